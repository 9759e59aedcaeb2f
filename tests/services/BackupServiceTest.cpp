#include "BackupService.h"
#include "VaultBed.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QTemporaryDir>

using namespace casebook;
using namespace casebook::test;

namespace {

void addArea(VaultBed& bed, const char* code) {
  REQUIRE(DirectoryService(*bed.ctx).addArea(QString::fromLatin1(code), QStringLiteral("Riverside")).ok());
}

void flipMiddleByte(const QString& file) {
  QByteArray bytes = fileBytes(file);
  REQUIRE(bytes.size() > 100);
  bytes[bytes.size() / 2] = static_cast<char>(bytes[bytes.size() / 2] ^ 0x40);
  REQUIRE(writeFileBytes(file, bytes));
}

QString newestSnapshot(const QString& folder) {
  const QStringList names = QDir(folder).entryList({QStringLiteral("snapshot-*.cbs")}, QDir::Files, QDir::Name);
  REQUIRE_FALSE(names.isEmpty());
  return QDir(folder).filePath(names.last());
}

}  // namespace

TEST_CASE("backup: a backup is verified against the vault it came from", "[vault][backup]") {
  QTemporaryDir root;
  VaultBed bed = createVaultBed(root.filePath(QStringLiteral("vault")));
  addArea(bed, "NL70");
  const QString expected = snapshot(*bed.ctx);
  BackupService backups(*bed.ctx);
  const QString copy = root.filePath(QStringLiteral("copy"));
  const Status made = backups.backUpTo(copy);
  INFO(errorText(made));
  REQUIRE(made.ok());

  SECTION("the backup opens with the passphrase and holds everything") {
    VaultBed restored = reopen(copy);
    CHECK(snapshot(*restored.ctx) == expected);
  }
  SECTION("a backup the vault has moved on from no longer verifies") {
    addArea(bed, "NL71");
    const Status stale = bed.db->verifyVaultBackup(copy);
    REQUIRE_FALSE(stale.ok());
    CHECK(stale.error().message().contains(QStringLiteral("does not hold what the vault holds")));
  }
  SECTION("a tampered backup does not verify") {
    flipMiddleByte(newestSnapshot(copy));
    CHECK_FALSE(bed.db->verifyVaultBackup(copy).ok());
  }
  SECTION("a backup of another vault is refused") {
    VaultBed other = createVaultBed(root.filePath(QStringLiteral("other")));
    const Status foreign = bed.db->verifyVaultBackup(root.filePath(QStringLiteral("other")));
    REQUIRE_FALSE(foreign.ok());
    CHECK(foreign.error().kind == Error::Kind::Conflict);
  }
  SECTION("nothing is written over an existing folder") {
    const QByteArray before = fileBytes(newestSnapshot(copy));
    CHECK_FALSE(backups.backUpTo(copy).ok());
    CHECK(fileBytes(newestSnapshot(copy)) == before);
  }
}

TEST_CASE("backup: dated backups for the schedule, the newest N kept", "[vault][backup]") {
  QTemporaryDir root;
  VaultBed bed = createVaultBed(root.filePath(QStringLiteral("vault")));
  const QString into = root.filePath(QStringLiteral("backups"));
  BackupService backups(*bed.ctx);
  CHECK_FALSE(BackupService::newestIn(into).has_value());
  QStringList made;
  for (int i = 0; i < 4; ++i) {
    auto folder = backups.backUpInto(into, 3);
    INFO(errorText(folder));
    REQUIRE(folder.ok());
    made << QDir(folder.value()).dirName();
  }
  // The clock stands still in the test: each backup takes the next free second.
  CHECK(made.first() == QStringLiteral("casebook-backup-") + bed.clock.now().toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss")));
  CHECK(QDir(into).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name) == made.mid(1));
  const auto newest = BackupService::newestIn(into);
  REQUIRE(newest.has_value());
  CHECK(*newest == bed.clock.now().toUTC().addSecs(3));
  CHECK_FALSE(backups.backUpInto(into, -1).ok());
}

TEST_CASE("backup: an unencrypted database is not backed up this way", "[vault][backup]") {
  TestBed bed;
  QTemporaryDir root;
  const Status refused = BackupService(bed.ctx).backUpTo(root.filePath(QStringLiteral("copy")));
  REQUIRE_FALSE(refused.ok());
  CHECK(refused.error().kind == Error::Kind::Invalid);
  CHECK_FALSE(QFile::exists(root.filePath(QStringLiteral("copy"))));
}

TEST_CASE("vault database: when the newest generation is damaged the previous one opens and becomes the newest",
          "[vault]") {
  QTemporaryDir root;
  const QString folder = root.filePath(QStringLiteral("vault"));
  QString beforeCompaction;
  {
    VaultBed bed = createVaultBed(folder);
    addArea(bed, "NL70");
    beforeCompaction = snapshot(*bed.ctx);
    REQUIRE(bed.db->compactVault().ok());
    addArea(bed, "NL71");
    bed.db.reset();  // closing compacts once more: generations 1, 2 and 3, the last two kept
  }
  auto generations = Database::vaultGenerations(folder);
  REQUIRE(generations.size() == 2);
  flipMiddleByte(newestSnapshot(folder));
  auto damaged = Database::openVault(folder, kVaultPassphrase);
  REQUIRE_FALSE(damaged.ok());
  CHECK(damaged.error().kind == Error::Kind::Storage);

  QString afterRecovery;
  {
    VaultBed recovered = reopen(folder, generations.back());
    // Generation 2 is the compaction after NL70; NL71 was committed to its journal.
    CHECK(snapshot(*recovered.ctx) != beforeCompaction);
    REQUIRE(Database::vaultGenerations(folder).front() > generations.front());
    addArea(recovered, "NL72");
    afterRecovery = snapshot(*recovered.ctx);
  }
  VaultBed reopened = reopen(folder);  // the newest again, no generation named
  CHECK(snapshot(*reopened.ctx) == afterRecovery);
}
