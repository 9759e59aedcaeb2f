#include "VaultFiles.h"

#include <sodium.h>

#include <QFileInfo>
#include <QIODevice>
#include <QtEndian>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace casebook::vault {

namespace {

constexpr char kSnapshotMagic[8] = {'C', 'B', 'S', 'N', 'A', 'P', '1', '\0'};
constexpr char kJournalMagic[8] = {'C', 'B', 'J', 'R', 'N', 'L', '1', '\0'};
// Never a record length (those stay below kMaxRecord), so a segment start is unambiguous.
constexpr char kSegmentMagic[4] = {'\xff', '\xff', '\xff', '\xff'};
constexpr int kChunk = 64 * 1024;
constexpr int kHeaderBytes = crypto_secretstream_xchacha20poly1305_HEADERBYTES;
constexpr int kTagBytes = crypto_secretstream_xchacha20poly1305_ABYTES;
// No change set or chunk is larger; a length above it is damage, not a reason to allocate.
constexpr quint32 kMaxRecord = 1u << 30;

QByteArray le64(std::uint64_t value) {
  QByteArray out(8, '\0');
  qToLittleEndian<quint64>(value, out.data());
  return out;
}

QByteArray le32(quint32 value) {
  QByteArray out(4, '\0');
  qToLittleEndian<quint32>(value, out.data());
  return out;
}

quint32 readLe32(const char* at) { return qFromLittleEndian<quint32>(at); }

Error damaged(const QString& what) {
  return Error::storage(QStringLiteral("the vault's %1 is damaged or has been tampered with").arg(what),
                        QStringLiteral("Open the previous generation or restore a backup"));
}

Error ioError(const QString& what, const QString& path) {
  const int code = errno;
  const QString reason = QString::fromLocal8Bit(std::strerror(code));
  return Error::storage(QStringLiteral("cannot %1 %2: %3").arg(what, path, reason),
                        code == ENOSPC ? QStringLiteral("Free some disk space; nothing was lost")
                                       : QStringLiteral("Check the disk and that you may write to the folder"));
}

Status writeFd(int fd, const QByteArray& bytes, const QString& path) {
  qint64 done = 0;
  while (done < bytes.size()) {
    const ssize_t n = ::write(fd, bytes.constData() + done, static_cast<size_t>(bytes.size() - done));
    if (n < 0) {
      if (errno == EINTR) continue;
      return ioError(QStringLiteral("write"), path);
    }
    done += n;
  }
  return {};
}

}  // namespace

Status syncFolder(const QString& folder) {
  const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return ioError(QStringLiteral("open the folder"), folder);
  const int rc = ::fsync(fd);
  ::close(fd);
  if (rc != 0) return ioError(QStringLiteral("sync the folder"), folder);
  return {};
}

Status writeFileDurably(const QString& path, const std::function<Status(int fd, const QString& temp)>& write) {
  const QString temp = path + QStringLiteral(".tmp");
  const int fd = ::open(QFile::encodeName(temp).constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
  if (fd < 0) return ioError(QStringLiteral("create"), temp);
  Status written = write(fd, temp);
  if (written && ::fsync(fd) != 0) written = ioError(QStringLiteral("sync"), temp);
  ::close(fd);
  if (written && ::rename(QFile::encodeName(temp).constData(), QFile::encodeName(path).constData()) != 0) {
    written = ioError(QStringLiteral("rename"), temp);
  }
  if (!written) {
    ::unlink(QFile::encodeName(temp).constData());
    return written;
  }
  return syncFolder(QFileInfo(path).absolutePath());
}

Status writeFileDurably(const QString& path, const QByteArray& bytes) {
  return writeFileDurably(path, [&bytes](int fd, const QString& temp) { return writeFd(fd, bytes, temp); });
}

Status writeSnapshot(const QString& path, const SecretKey& key, std::uint64_t generation, QByteArrayView database) {
  return writeFileDurably(path, [&](int fd, const QString& temp) -> Status {
    const QByteArray ad = QByteArray(kSnapshotMagic, 8) + le64(generation);
    crypto_secretstream_xchacha20poly1305_state state;
    QByteArray header(kHeaderBytes, '\0');
    crypto_secretstream_xchacha20poly1305_init_push(&state, reinterpret_cast<unsigned char*>(header.data()), key.data());
    Status written = writeFd(fd, ad + header, temp);
    // One chunk at a time from the database as SQLite holds it: no second copy of it, and
    // none of the sealed file, is made in memory.
    QByteArray record(4 + kChunk + kTagBytes, '\0');
    qint64 offset = 0;
    while (written) {
      const qint64 size = std::min<qint64>(kChunk, database.size() - offset);
      const bool last = offset + size >= database.size();
      qToLittleEndian<quint32>(static_cast<quint32>(size + kTagBytes), record.data());
      crypto_secretstream_xchacha20poly1305_push(
          &state, reinterpret_cast<unsigned char*>(record.data() + 4), nullptr,
          reinterpret_cast<const unsigned char*>(database.data() + offset), static_cast<unsigned long long>(size),
          reinterpret_cast<const unsigned char*>(ad.constData()), static_cast<unsigned long long>(ad.size()),
          last ? crypto_secretstream_xchacha20poly1305_TAG_FINAL : crypto_secretstream_xchacha20poly1305_TAG_MESSAGE);
      written = writeFd(fd, record.left(4 + size + kTagBytes), temp);
      offset += size;
      if (last) break;
    }
    sodium_memzero(&state, sizeof state);
    return written;
  });
}

Result<PlainBuffer> openSnapshot(const SecretKey& key, std::uint64_t generation, QIODevice& sealed, qint64 spare) {
  const QByteArray ad = QByteArray(kSnapshotMagic, 8) + le64(generation);
  const qint64 total = sealed.size();
  if (total < ad.size() + kHeaderBytes || sealed.read(ad.size()) != ad) return damaged(QStringLiteral("snapshot"));
  const QByteArray header = sealed.read(kHeaderBytes);
  crypto_secretstream_xchacha20poly1305_state state;
  if (header.size() != kHeaderBytes ||
      crypto_secretstream_xchacha20poly1305_init_pull(&state, reinterpret_cast<const unsigned char*>(header.constData()),
                                                      key.data()) != 0) {
    return damaged(QStringLiteral("snapshot"));
  }
  // Every chunk's plaintext is shorter than its record, so what follows the header bounds the
  // database; the file is read a chunk at a time and decrypted straight into place.
  const qint64 bound = total - ad.size() - kHeaderBytes;
  auto buffer = PlainBuffer::allocate(bound + spare);
  if (!buffer) {
    return Error::storage(QStringLiteral("not enough memory to open the vault"),
                          QStringLiteral("Close other programs and open the vault again"));
  }
  QByteArray cipher;
  qint64 used = 0;
  bool final = false;
  while (!final) {
    char length4[4];
    if (sealed.read(length4, 4) != 4) return damaged(QStringLiteral("snapshot"));
    const quint32 length = readLe32(length4);
    if (length < static_cast<quint32>(kTagBytes) || length > kMaxRecord || sealed.bytesAvailable() < length) {
      return damaged(QStringLiteral("snapshot"));
    }
    cipher.resize(static_cast<qsizetype>(length));
    if (sealed.read(cipher.data(), length) != length || used + (length - kTagBytes) > bound) {
      return damaged(QStringLiteral("snapshot"));
    }
    unsigned char tag = 0;
    unsigned long long plain = 0;
    if (crypto_secretstream_xchacha20poly1305_pull(
            &state, buffer->data() + used, &plain, &tag, reinterpret_cast<const unsigned char*>(cipher.constData()),
            length, reinterpret_cast<const unsigned char*>(ad.constData()), static_cast<unsigned long long>(ad.size())) != 0) {
      return damaged(QStringLiteral("snapshot"));
    }
    used += static_cast<qint64>(plain);
    final = tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL;
  }
  sodium_memzero(&state, sizeof state);
  if (!sealed.atEnd()) return damaged(QStringLiteral("snapshot"));
  buffer->setSize(used);
  return std::move(buffer).value();
}

QByteArray journalHeader(std::uint64_t generation) { return QByteArray(kJournalMagic, 8) + le64(generation); }

Result<JournalContents> readJournal(const SecretKey& key, std::uint64_t generation, const QByteArray& bytes) {
  JournalContents contents;
  const QByteArray header = journalHeader(generation);
  // Cut inside its own header: the journal was being created when the writer stopped.
  if (bytes.size() < header.size() && header.startsWith(bytes)) return contents;
  if (!bytes.startsWith(header)) return damaged(QStringLiteral("journal"));
  qint64 at = header.size();
  contents.validLength = at;
  crypto_secretstream_xchacha20poly1305_state state;
  QByteArray ad;
  bool inSegment = false;
  while (at < bytes.size()) {
    const qint64 left = bytes.size() - at;
    if (!inSegment || (left >= 4 && std::memcmp(bytes.constData() + at, kSegmentMagic, 4) == 0)) {
      // A new segment: marker, its number, the stream header.
      if (left < 8 + kHeaderBytes) break;  // torn at the end
      if (std::memcmp(bytes.constData() + at, kSegmentMagic, 4) != 0) return damaged(QStringLiteral("journal"));
      const quint32 number = readLe32(bytes.constData() + at + 4);
      if (static_cast<int>(number) != contents.segments) return damaged(QStringLiteral("journal"));
      ad = header + le32(number);
      if (crypto_secretstream_xchacha20poly1305_init_pull(
              &state, reinterpret_cast<const unsigned char*>(bytes.constData() + at + 8), key.data()) != 0) {
        return damaged(QStringLiteral("journal"));
      }
      at += 8 + kHeaderBytes;
      ++contents.segments;
      inSegment = true;
      contents.validLength = at;
      continue;
    }
    if (left < 4) break;
    const quint32 length = readLe32(bytes.constData() + at);
    if (length < static_cast<quint32>(kTagBytes) || length > kMaxRecord) return damaged(QStringLiteral("journal"));
    if (left - 4 < length) break;  // the last write never finished
    QByteArray plain(static_cast<int>(length) - kTagBytes, '\0');
    unsigned char tag = 0;
    if (crypto_secretstream_xchacha20poly1305_pull(
            &state, reinterpret_cast<unsigned char*>(plain.data()), nullptr, &tag,
            reinterpret_cast<const unsigned char*>(bytes.constData() + at + 4), length,
            reinterpret_cast<const unsigned char*>(ad.constData()), static_cast<unsigned long long>(ad.size())) != 0) {
      return damaged(QStringLiteral("journal"));
    }
    contents.changeSets.push_back(plain);
    at += 4 + length;
    contents.validLength = at;
  }
  sodium_memzero(&state, sizeof state);
  return contents;
}

Result<std::unique_ptr<JournalWriter>> JournalWriter::open(const QString& path, const SecretKey& key,
                                                           std::uint64_t generation, qint64 validLength, int segment) {
  std::unique_ptr<JournalWriter> writer(new JournalWriter);
  writer->m_fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_CLOEXEC, 0600);
  if (writer->m_fd < 0) return ioError(QStringLiteral("open"), path);
  const QByteArray header = journalHeader(generation);
  if (validLength < header.size()) validLength = 0;
  if (::ftruncate(writer->m_fd, validLength) != 0 || ::lseek(writer->m_fd, validLength, SEEK_SET) < 0) {
    return ioError(QStringLiteral("prepare"), path);
  }
  writer->m_size = validLength;
  writer->m_associated = header + le32(static_cast<quint32>(segment));
  writer->m_state.reset(new unsigned char[sizeof(crypto_secretstream_xchacha20poly1305_state)]);
  auto* state = reinterpret_cast<crypto_secretstream_xchacha20poly1305_state*>(writer->m_state.get());
  QByteArray streamHeader(kHeaderBytes, '\0');
  crypto_secretstream_xchacha20poly1305_init_push(state, reinterpret_cast<unsigned char*>(streamHeader.data()), key.data());
  QByteArray start = validLength == 0 ? header : QByteArray();
  start += QByteArray(kSegmentMagic, 4) + le32(static_cast<quint32>(segment)) + streamHeader;
  if (auto ok = writer->writeAll(start); !ok) return ok.error();
  if (validLength == 0) {
    if (auto synced = syncFolder(QFileInfo(path).absolutePath()); !synced) return synced.error();
  }
  return writer;
}

JournalWriter::~JournalWriter() {
  if (m_state) sodium_memzero(m_state.get(), sizeof(crypto_secretstream_xchacha20poly1305_state));
  if (m_fd >= 0) ::close(m_fd);
}

Status JournalWriter::writeAll(const QByteArray& bytes) {
  if (auto ok = writeFd(m_fd, bytes, QStringLiteral("the journal")); !ok) {
    // Cut back what was half-written, so the next record starts on a boundary.
    if (::ftruncate(m_fd, m_size) == 0) ::lseek(m_fd, m_size, SEEK_SET);
    return ok;
  }
  if (::fdatasync(m_fd) != 0) {
    const Error failed = ioError(QStringLiteral("sync"), QStringLiteral("the journal"));
    if (::ftruncate(m_fd, m_size) == 0) ::lseek(m_fd, m_size, SEEK_SET);
    return failed;
  }
  m_size += bytes.size();
  return {};
}

Status JournalWriter::append(const QByteArray& changeSet) {
  auto* state = reinterpret_cast<crypto_secretstream_xchacha20poly1305_state*>(m_state.get());
  QByteArray cipher(changeSet.size() + kTagBytes, '\0');
  // The stream state moves on with every push; a failed write must not leave it ahead of the
  // file, so the push works on a copy that is kept only once the record is on disk.
  crypto_secretstream_xchacha20poly1305_state next = *state;
  crypto_secretstream_xchacha20poly1305_push(
      &next, reinterpret_cast<unsigned char*>(cipher.data()), nullptr,
      reinterpret_cast<const unsigned char*>(changeSet.constData()), static_cast<unsigned long long>(changeSet.size()),
      reinterpret_cast<const unsigned char*>(m_associated.constData()), static_cast<unsigned long long>(m_associated.size()),
      crypto_secretstream_xchacha20poly1305_TAG_MESSAGE);
  if (auto ok = writeAll(le32(static_cast<quint32>(cipher.size())) + cipher); !ok) {
    sodium_memzero(&next, sizeof next);
    return ok;
  }
  *state = next;
  sodium_memzero(&next, sizeof next);
  return {};
}

}  // namespace casebook::vault
