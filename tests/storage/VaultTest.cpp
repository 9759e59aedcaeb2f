#include "TestSupport.h"
#include "vault/ProcessHardening.h"
#include "vault/Vault.h"
#include "vault/WipingAllocator.h"
#include "Database.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstring>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtEndian>

#include <sodium.h>

#include <sys/prctl.h>
#include <sys/resource.h>

using namespace casebook;
using namespace casebook::vault;

namespace {

const QByteArray kPassphrase("harbour lantern tulip");

// The cheapest cost the header may hold: the tests derive keys a dozen times.
KdfParams cheap() { return KdfParams{}; }

void writeBytes(const QString& path, const QByteArray& bytes) { REQUIRE(writeFileBytes(path, bytes)); }

QString only(const QString& folder, const char* pattern) {
  const QStringList files = QDir(folder).entryList({QString::fromLatin1(pattern)}, QDir::Files, QDir::Name);
  REQUIRE(!files.isEmpty());
  return QDir(folder).filePath(files.last());
}

struct CreatedVault {
  QTemporaryDir root;
  QString folder = root.filePath(QStringLiteral("vault"));
  QString recovery;
  CreatedVault() {
    auto created = Vault::create(folder, kPassphrase, cheap(), QByteArray("first snapshot"));
    INFO(errorText(created));
    REQUIRE(created.ok());
    recovery = created->recoveryKey;
    REQUIRE(created->vault->append("change one").ok());
    REQUIRE(created->vault->append("change two").ok());
  }
};

}  // namespace

TEST_CASE("vault: what was committed comes back, in order, with the passphrase or the recovery key", "[vault]") {
  CreatedVault v;
  auto opened = Vault::unlock(v.folder, kPassphrase);
  REQUIRE(opened.ok());
  auto state = opened.value()->load();
  REQUIRE(state.ok());
  CHECK(state->snapshot.copy() == QByteArray("first snapshot"));
  REQUIRE(state->changeSets.size() == 2);
  CHECK(state->changeSets[0] == QByteArray("change one"));
  CHECK(state->changeSets[1] == QByteArray("change two"));
  REQUIRE(opened.value()->append("change three").ok());
  opened.value().reset();

  auto recovered = Vault::unlockWithRecoveryKey(v.folder, v.recovery.toLower());
  INFO(errorText(recovered));
  REQUIRE(recovered.ok());
  auto again = recovered.value()->load();
  REQUIRE(again.ok());
  CHECK(again->changeSets.size() == 3);
  CHECK(again->changeSets.back() == QByteArray("change three"));
}

// The snapshot is decrypted chunk by chunk straight into the buffer SQLite takes over.
TEST_CASE("vault: a snapshot of many chunks comes back whole, with room to grow", "[vault]") {
  QTemporaryDir root;
  const QString folder = root.filePath(QStringLiteral("vault"));
  QByteArray database(300 * 1024 + 17, '\0');  // four full 64 KiB chunks and a short last one
  for (qsizetype i = 0; i < database.size(); ++i) database[i] = static_cast<char>((i * 7919) % 251);
  auto created = Vault::create(folder, kPassphrase, cheap(), database);
  INFO(errorText(created));
  REQUIRE(created.ok());
  created.value().vault.reset();
  auto opened = Vault::unlock(folder, kPassphrase);
  REQUIRE(opened.ok());
  auto state = opened.value()->load();
  INFO(errorText(state));
  REQUIRE(state.ok());
  CHECK(state->snapshot.size() == database.size());
  CHECK(state->snapshot.copy() == database);
  CHECK(state->snapshot.capacity() >= database.size() + database.size() / 8);
}

TEST_CASE("vault: nothing on disk is plaintext", "[vault]") {
  CreatedVault v;
  for (const QString& name : QDir(v.folder).entryList(QDir::Files)) {
    const QByteArray bytes = fileBytes(QDir(v.folder).filePath(name));
    CHECK_FALSE(bytes.contains("first snapshot"));
    CHECK_FALSE(bytes.contains("change one"));
  }
}

TEST_CASE("vault: a wrong passphrase or recovery key is refused", "[vault]") {
  CreatedVault v;
  auto wrong = Vault::unlock(v.folder, QByteArray("harbour lantern tulips"));
  REQUIRE_FALSE(wrong.ok());
  CHECK(wrong.error().kind == Error::Kind::Denied);
  auto badRecovery = Vault::unlockWithRecoveryKey(v.folder, QStringLiteral("1234"));
  REQUIRE_FALSE(badRecovery.ok());
  CHECK(badRecovery.error().field == QStringLiteral("recovery key"));
  QString other = v.recovery;
  other[0] = other[0] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
  CHECK(Vault::unlockWithRecoveryKey(v.folder, other).error().kind == Error::Kind::Denied);
}

TEST_CASE("vault: a short passphrase and a used folder are refused", "[vault]") {
  QTemporaryDir root;
  auto shortOne = Vault::create(root.filePath(QStringLiteral("a")), QByteArray("short"), cheap(), QByteArray("x"));
  REQUIRE_FALSE(shortOne.ok());
  CHECK(shortOne.error().field == QStringLiteral("passphrase"));
  QDir().mkpath(root.filePath(QStringLiteral("b")));
  writeBytes(root.filePath(QStringLiteral("b/file")), "x");
  auto used = Vault::create(root.filePath(QStringLiteral("b")), kPassphrase, cheap(), QByteArray("x"));
  REQUIRE_FALSE(used.ok());
  CHECK(used.error().problem.contains(QStringLiteral("not empty")));
}

TEST_CASE("vault: a second opener is refused while the first holds the vault", "[vault]") {
  CreatedVault v;
  auto first = Vault::unlock(v.folder, kPassphrase);
  REQUIRE(first.ok());
  auto second = Vault::unlock(v.folder, kPassphrase);
  REQUIRE_FALSE(second.ok());
  CHECK(second.error().kind == Error::Kind::Conflict);
  CHECK(second.error().problem.contains(QStringLiteral("open in another")));
  first.value().reset();
  CHECK(Vault::unlock(v.folder, kPassphrase).ok());
}

TEST_CASE("vault: a record cut short at the end is a commit that never finished", "[vault]") {
  CreatedVault v;
  const QString journal = only(v.folder, "journal-*.cbj");
  const QByteArray whole = fileBytes(journal);
  for (int cut = 1; cut <= 20; ++cut) {
    writeBytes(journal, whole.left(whole.size() - cut));
    auto opened = Vault::unlock(v.folder, kPassphrase);
    REQUIRE(opened.ok());
    auto state = opened.value()->load();
    INFO("cut " << cut);
    REQUIRE(state.ok());
    REQUIRE(state->changeSets.size() == 1);
    CHECK(state->changeSets[0] == QByteArray("change one"));
    if (cut == 20) {
      // Appending after a torn tail starts cleanly past the last whole record.
      REQUIRE(opened.value()->append("change after").ok());
      opened.value().reset();
      auto reopened = Vault::unlock(v.folder, kPassphrase);
      auto after = reopened.value()->load();
      REQUIRE(after.ok());
      REQUIRE(after->changeSets.size() == 2);
      CHECK(after->changeSets[1] == QByteArray("change after"));
    }
  }
}

TEST_CASE("vault: a journal cut inside its own header was still being created", "[vault]") {
  CreatedVault v;
  const QString journal = only(v.folder, "journal-*.cbj");
  writeBytes(journal, fileBytes(journal).left(5));
  auto opened = Vault::unlock(v.folder, kPassphrase);
  auto state = opened.value()->load();
  INFO(errorText(state));
  REQUIRE(state.ok());
  CHECK(state->changeSets.empty());
  REQUIRE(opened.value()->append("fresh").ok());
  opened.value().reset();
  auto again = Vault::unlock(v.folder, kPassphrase).value()->load();
  REQUIRE(again.ok());
  CHECK(again->changeSets == std::vector<QByteArray>{QByteArray("fresh")});
}

TEST_CASE("vault: tampered or cut files are refused, never half-read", "[vault]") {
  CreatedVault v;
  const QString journal = only(v.folder, "journal-*.cbj");
  const QString snapshot = only(v.folder, "snapshot-*.cbs");
  SECTION("a flipped bit inside a journal record") {
    QByteArray bytes = fileBytes(journal);
    bytes[bytes.size() - 20] = static_cast<char>(bytes[bytes.size() - 20] ^ 0x01);
    writeBytes(journal, bytes);
  }
  SECTION("a flipped bit in the snapshot") {
    QByteArray bytes = fileBytes(snapshot);
    bytes[bytes.size() / 2] = static_cast<char>(bytes[bytes.size() / 2] ^ 0x40);
    writeBytes(snapshot, bytes);
  }
  SECTION("a snapshot cut short") {
    const QByteArray bytes = fileBytes(snapshot);
    writeBytes(snapshot, bytes.left(bytes.size() - 5));
  }
  SECTION("bytes after the final chunk") {
    writeBytes(snapshot, fileBytes(snapshot) + QByteArray(4, '\0'));
  }
  SECTION("a chunk length beyond the file's end") {
    QByteArray bytes = fileBytes(snapshot);
    const qsizetype firstLength = 16 + crypto_secretstream_xchacha20poly1305_HEADERBYTES;
    qToLittleEndian<quint32>(1u << 20, bytes.data() + firstLength);
    writeBytes(snapshot, bytes);
  }
  SECTION("a journal header naming another generation") {
    QByteArray bytes = fileBytes(journal);
    bytes[8] = static_cast<char>(bytes[8] + 1);
    writeBytes(journal, bytes);
  }
  auto opened = Vault::unlock(v.folder, kPassphrase);
  REQUIRE(opened.ok());
  auto state = opened.value()->load();
  REQUIRE_FALSE(state.ok());
  CHECK(state.error().problem.contains(QStringLiteral("damaged or has been tampered with")));
}

TEST_CASE("vault: a hostile key file is refused before any key is derived", "[vault]") {
  CreatedVault v;
  const QString keyFile = QDir(v.folder).filePath(QStringLiteral("vault.key"));
  QByteArray bytes = fileBytes(keyFile);
  SECTION("huge memory") { qToLittleEndian<quint64>(quint64(1) << 50, bytes.data() + 20); }
  SECTION("too few passes") { qToLittleEndian<quint64>(1, bytes.data() + 12); }
  SECTION("a billion passes") { qToLittleEndian<quint64>(1000000000, bytes.data() + 12); }
  writeBytes(keyFile, bytes);
  auto opened = Vault::unlock(v.folder, kPassphrase);
  REQUIRE_FALSE(opened.ok());
  CHECK(opened.error().problem.contains(QStringLiteral("out of range")));
}

TEST_CASE("vault: a key file whose settings were lowered does not open", "[vault]") {
  CreatedVault v;
  const QString keyFile = QDir(v.folder).filePath(QStringLiteral("vault.key"));
  QByteArray bytes = fileBytes(keyFile);
  qToLittleEndian<quint64>(4, bytes.data() + 12);  // in range, but not what the keys were wrapped with
  writeBytes(keyFile, bytes);
  CHECK_FALSE(Vault::unlock(v.folder, kPassphrase).ok());
  writeBytes(keyFile, bytes.left(bytes.size() - 1));
  CHECK(Vault::unlock(v.folder, kPassphrase).error().problem.contains(QStringLiteral("key file is damaged")));
}

TEST_CASE("vault: compaction starts a new generation and keeps the previous one", "[vault]") {
  CreatedVault v;
  auto opened = Vault::unlock(v.folder, kPassphrase);
  REQUIRE(opened.value()->load().ok());
  REQUIRE(opened.value()->compact("second snapshot").ok());
  REQUIRE(opened.value()->append("change on two").ok());
  CHECK(opened.value()->generations() == std::vector<std::uint64_t>{2, 1});
  REQUIRE(opened.value()->compact("third snapshot").ok());
  CHECK(opened.value()->generations() == std::vector<std::uint64_t>{3, 2});  // one previous generation kept
  opened.value().reset();

  auto reopened = Vault::unlock(v.folder, kPassphrase);
  auto newest = reopened.value()->load();
  REQUIRE(newest.ok());
  CHECK(newest->generation == 3);
  CHECK(newest->snapshot.copy() == QByteArray("third snapshot"));
  CHECK(newest->changeSets.empty());

  // A damaged newest generation leaves the previous one to fall back on.
  reopened.value().reset();
  const QString third = only(v.folder, "snapshot-*3.cbs");
  QByteArray bytes = fileBytes(third);
  bytes[bytes.size() - 3] = static_cast<char>(bytes[bytes.size() - 3] ^ 0x10);
  writeBytes(third, bytes);
  auto fallback = Vault::unlock(v.folder, kPassphrase);
  CHECK_FALSE(fallback.value()->load().ok());
  auto previous = fallback.value()->load(2);
  REQUIRE(previous.ok());
  CHECK(previous->snapshot.copy() == QByteArray("second snapshot"));
  REQUIRE(previous->changeSets.size() == 1);
  CHECK(previous->changeSets[0] == QByteArray("change on two"));
}

TEST_CASE("vault: the programs switch off core dumps before anything else", "[vault]") {
  casebook::vault::hardenProcess();
  rlimit core{};
  REQUIRE(getrlimit(RLIMIT_CORE, &core) == 0);
  CHECK(core.rlim_cur == 0);
  CHECK(core.rlim_max == 0);
  CHECK(prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) == 0);
}

namespace {
int g_wiped = 0;
int g_notZero = 0;
void countWiped(void* block, std::size_t bytes) {
  ++g_wiped;
  const auto* p = static_cast<const unsigned char*>(block);
  if (std::any_of(p, p + bytes, [](unsigned char c) { return c != 0; })) ++g_notZero;
}
}  // namespace

TEST_CASE("vault: SQLite's memory is wiped as it is freed", "[vault]") {
  g_wiped = g_notZero = 0;
  setWipedBlockHookForTests(&countWiped);
  SECTION("a block and a moved block") {
    auto* block = static_cast<char*>(wipingMalloc(100));
    std::memset(block, 'S', 100);
    auto* grown = static_cast<char*>(wipingRealloc(block, 5000));
    CHECK(std::all_of(grown, grown + 100, [](char c) { return c == 'S'; }));  // the content moved
    CHECK(g_wiped == 1);  // and the old copy was wiped
    wipingFree(grown);
    CHECK(g_wiped == 2);
  }
  SECTION("a small block is kept once wiped, and given out again still zero") {
    freeKeptBlocksForTests();  // earlier tests in this process may have filled its size's list
    auto* block = static_cast<char*>(wipingMalloc(40));
    std::memset(block, 'S', 40);
    wipingFree(block);
    CHECK(g_wiped == 1);
    auto* again = static_cast<char*>(wipingMalloc(33));  // the same size class, 48 bytes
    CHECK(again == block);
    CHECK(std::all_of(again, again + 33, [](char c) { return c == 0; }));
    wipingFree(again);
  }
  SECTION("a database's pages, when it closes") {
    // The test programs install the allocator before SQLite starts, as the two programs do.
    {
      auto db = Database::openInMemory();
      REQUIRE(db.ok());
      CHECK_FALSE(installWipingAllocator());  // too late now: SQLite is running
      g_wiped = 0;
    }
    CHECK(g_wiped > 10);  // the pages and caches of the closed database went through it
  }
  setWipedBlockHookForTests(nullptr);
  CHECK(g_notZero == 0);
}
