// libFuzzer target for everything that reads vault files (docs/fuzzing.md): the key file's
// header, a snapshot, a journal and a typed recovery key. Whatever the bytes, each reader
// returns its result or an Error: no crash, no hang, no allocation sized by the input.
//
// The first byte picks the reader; the rest is the file. Snapshots and journals are read
// with a fixed key, and the seed corpus holds files sealed with that key, so the fuzzer
// starts past the authentication and can reach the record and chunk parsing behind it.
// CASEBOOK_WRITE_VAULT_SEEDS=DIR writes those seeds and exits.
#include "vault/Vault.h"
#include "vault/VaultCrypto.h"
#include "vault/VaultFiles.h"

#include <QBuffer>
#include <QDir>
#include <QFile>

#include <cstdint>
#include <cstdlib>
#include <cstring>

using namespace casebook::vault;

namespace {

constexpr std::uint64_t kGeneration = 7;

const SecretKey& fixedKey() {
  static SecretKey key = [] {
    SecretKey k;
    std::memset(k.data(), 0x5a, SecretKey::kSize);
    return k;
  }();
  return key;
}

void writeSeed(const QString& dir, const QString& name, char reader, const QByteArray& file) {
  QFile out(QDir(dir).filePath(name));
  if (!out.open(QIODevice::WriteOnly) || out.write(QByteArray(1, reader) + file) != file.size() + 1) std::abort();
}

// A snapshot file as the vault writes it.
QByteArray sealedSnapshot(const QString& dir, const QByteArray& database) {
  const QString path = QDir(dir).filePath(QStringLiteral("snapshot.tmp"));
  if (!writeSnapshot(path, fixedKey(), kGeneration, database)) std::abort();
  QFile in(path);
  if (!in.open(QIODevice::ReadOnly)) std::abort();
  const QByteArray bytes = in.readAll();
  QFile::remove(path);
  return bytes;
}

// A real journal: a header and one segment of two records, as JournalWriter writes it.
QByteArray sampleJournal(const QString& dir) {
  const QString path = QDir(dir).filePath(QStringLiteral("journal.tmp"));
  QFile::remove(path);
  auto writer = JournalWriter::open(path, fixedKey(), kGeneration, 0, 0);
  if (!writer || !writer.value()->append("first change set") || !writer.value()->append(QByteArray(300, 'x'))) std::abort();
  writer.value().reset();
  QFile in(path);
  if (!in.open(QIODevice::ReadOnly)) std::abort();
  const QByteArray bytes = in.readAll();
  QFile::remove(path);
  return bytes;
}

void writeSeeds(const QString& dir) {
  QDir().mkpath(dir);
  writeSeed(dir, QStringLiteral("snapshot-small"), 1, sealedSnapshot(dir, "SQLite format 3"));
  writeSeed(dir, QStringLiteral("snapshot-two-chunks"), 1, sealedSnapshot(dir, QByteArray(70000, 's')));
  writeSeed(dir, QStringLiteral("journal"), 2, sampleJournal(dir));
  writeSeed(dir, QStringLiteral("journal-header-only"), 2, journalHeader(kGeneration));
  writeSeed(dir, QStringLiteral("recovery-key"), 3, recoveryText(fixedKey()).toLatin1());
  // A real key file (the cheapest Argon2id cost), and the same with a hostile memory cost.
  const QString folder = QDir(dir).filePath(QStringLiteral("vault.tmp"));
  QDir(folder).removeRecursively();
  if (!Vault::create(folder, "harbour lantern tulip", KdfParams{}, "SQLite format 3")) std::abort();
  QFile keyFile(QDir(folder).filePath(QStringLiteral("vault.key")));
  if (!keyFile.open(QIODevice::ReadOnly)) std::abort();
  QByteArray key = keyFile.readAll();
  QDir(folder).removeRecursively();
  writeSeed(dir, QStringLiteral("key-file"), 0, key);
  std::memset(key.data() + 20, 0xff, 8);  // memory limit: 16 EiB
  writeSeed(dir, QStringLiteral("key-file-hostile-memory"), 0, key);
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  if (!initialiseSodium()) std::abort();
  if (const char* dir = std::getenv("CASEBOOK_WRITE_VAULT_SEEDS")) {
    writeSeeds(QString::fromLocal8Bit(dir));
    std::exit(0);
  }
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const QByteArray file(reinterpret_cast<const char*>(data) + 1, static_cast<qsizetype>(size - 1));
  switch (data[0] % 4) {
    case 0: (void)Vault::checkKeyFile(file); break;
    case 1: {
      QBuffer sealed;
      sealed.setData(file);
      if (sealed.open(QIODevice::ReadOnly)) (void)openSnapshot(fixedKey(), kGeneration, sealed);
      break;
    }
    case 2: (void)readJournal(fixedKey(), kGeneration, file); break;
    case 3: (void)recoveryKeyFromText(QString::fromLatin1(file)); break;
  }
  return 0;
}
