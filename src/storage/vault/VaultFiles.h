#pragma once

#include "PlainBuffer.h"
#include "Result.h"
#include "VaultCrypto.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

class QIODevice;

#include <cstdint>
#include <functional>
#include <memory>
#include <vector>

namespace casebook::vault {

// Durable file writing: the data reaches the disk (fsync) before the call returns.
Status writeFileDurably(const QString& path, const QByteArray& bytes);  // temp, fsync, rename, fsync folder
// The same, with the content written to the temporary file's descriptor by `write`.
Status writeFileDurably(const QString& path, const std::function<Status(int fd, const QString& temp)>& write);
Status syncFolder(const QString& folder);

// A snapshot: the whole database as SQLite serialises it, in a secretstream of 64 KiB
// chunks bound to its generation; the last chunk is tagged final, so a cut file is caught.
Status writeSnapshot(const QString& path, const SecretKey& key, std::uint64_t generation, QByteArrayView database);
// Reads the sealed file from `sealed` a chunk at a time; the buffer holds `spare` bytes more
// than the database, room for it to grow before SQLite must move it.
Result<PlainBuffer> openSnapshot(const SecretKey& key, std::uint64_t generation, QIODevice& sealed, qint64 spare = 0);

// The journal of one generation: after a small header, segments (one per session that
// appended), each a secretstream of records, each record one committed transaction's change
// set. A record cut short at the very end is a write that never finished (its commit was
// never reported done) and is ignored; any other damage is refused.
struct JournalContents {
  std::vector<QByteArray> changeSets;
  qint64 validLength = 0;  // bytes up to the end of the last whole record
  int segments = 0;
};
QByteArray journalHeader(std::uint64_t generation);
Result<JournalContents> readJournal(const SecretKey& key, std::uint64_t generation, const QByteArray& bytes);

// Appends records to a journal file, each fsync'd before append() returns.
class JournalWriter final {
 public:
  // Truncates the file to validLength (dropping a torn tail) and starts a new segment.
  static Result<std::unique_ptr<JournalWriter>> open(const QString& path, const SecretKey& key, std::uint64_t generation,
                                                     qint64 validLength, int segment);
  ~JournalWriter();
  JournalWriter(const JournalWriter&) = delete;
  JournalWriter& operator=(const JournalWriter&) = delete;

  Status append(const QByteArray& changeSet);
  qint64 size() const { return m_size; }

 private:
  JournalWriter() = default;
  Status writeAll(const QByteArray& bytes);
  int m_fd = -1;
  qint64 m_size = 0;
  QByteArray m_associated;
  std::unique_ptr<unsigned char[]> m_state;  // crypto_secretstream state
};

}  // namespace casebook::vault
