#include "ServiceFixture.h"
#include "VaultBed.h"

#include <catch2/catch.hpp>

#include <csignal>
#include <sys/resource.h>

#include <QDir>
#include <QFileInfo>
#include <QFile>
#include <QTemporaryDir>

using namespace casebook;
using namespace casebook::test;

TEST_CASE("vault database: every commit survives a crash, through the journal", "[vault]") {
  QTemporaryDir root;
  const QString folder = root.filePath(QStringLiteral("vault"));
  auto created = Database::createVault(folder, kVaultPassphrase, vault::KdfParams{});
  INFO(errorText(created));
  REQUIRE(created.ok());
  Database::NewVault made0 = std::move(created).value();
  CHECK_FALSE(made0.recoveryKey.isEmpty());
  VaultBed bed(std::move(made0.db));
  REQUIRE(bed.db->isVault());
  CHECK(bed.db->pragma(QStringLiteral("temp_store")) == QStringLiteral("2"));  // sorting never spills to a file
  CHECK(bed.db->pragma(QStringLiteral("secure_delete")) == QStringLiteral("1"));
  REQUIRE(DirectoryService(*bed.ctx).seedDefaults().ok());

  NewCaseInput input;
  input.subject.name = QStringLiteral("Journal Tester");
  input.subject.ageBand = QStringLiteral("18-25");
  input.referral.groupCode = QStringLiteral("LEDG");
  input.referral.receivedOn = QDate(2024, 6, 1);
  input.referral.reason = QStringLiteral("Nuisance at the flats");
  input.acceptNow = true;
  auto made = CaseService(*bed.ctx).create(input);
  REQUIRE(made.ok());
  // A refused write in between leaves nothing behind in the journal.
  CHECK_FALSE(CaseService(*bed.ctx).close(made->reference, CloseInput{}).ok());
  REQUIRE(CaseService(*bed.ctx).addNote(made->reference, QStringLiteral("Seen at the shop"), QStringLiteral("t")).ok());
  const QString expected = snapshot(*bed.ctx);

  const QString crashed = copyOnDisk(folder, root.filePath(QStringLiteral("crash")));
  VaultBed after = reopen(crashed);
  CHECK(snapshot(*after.ctx) == expected);
  // The search index is rebuilt by the replayed rows' triggers.
  CaseListRequest search;
  search.text = QStringLiteral("journal");
  CHECK(CaseReader(*after.ctx).list(search)->total == 1);
}

TEST_CASE("vault database: closing compacts, and the recovery key opens it", "[vault]") {
  QTemporaryDir root;
  const QString folder = root.filePath(QStringLiteral("vault"));
  QString recovery;
  QString expected;
  {
    auto created = Database::createVault(folder, kVaultPassphrase, vault::KdfParams{});
    REQUIRE(created.ok());
    Database::NewVault made0 = std::move(created).value();
    recovery = made0.recoveryKey;
    VaultBed bed(std::move(made0.db));
    REQUIRE(DirectoryService(*bed.ctx).seedDefaults().ok());
    REQUIRE(DirectoryService(*bed.ctx).addArea(QStringLiteral("NL70"), QStringLiteral("Riverside")).ok());
    expected = snapshot(*bed.ctx);
  }
  const QStringList snapshots = QDir(folder).entryList({QStringLiteral("snapshot-*.cbs")}, QDir::Files);
  CHECK(snapshots.size() == 2);  // the closing compaction and the generation before it
  auto db = Database::openVault(folder, recovery.toLatin1(), true);
  INFO(errorText(db));
  REQUIRE(db.ok());
  VaultBed bed(std::move(db).value());
  CHECK(snapshot(*bed.ctx) == expected);
}

TEST_CASE("vault database: a wrong passphrase and a second opener are refused", "[vault]") {
  QTemporaryDir root;
  const QString folder = root.filePath(QStringLiteral("vault"));
  auto created = Database::createVault(folder, kVaultPassphrase, vault::KdfParams{});
  REQUIRE(created.ok());
  Database::NewVault first = std::move(created).value();
  auto second = Database::openVault(folder, kVaultPassphrase);
  REQUIRE_FALSE(second.ok());
  CHECK(second.error().kind == Error::Kind::Conflict);
  first.db.reset();
  auto wrong = Database::openVault(folder, QByteArray("not the passphrase"));
  REQUIRE_FALSE(wrong.ok());
  CHECK(wrong.error().kind == Error::Kind::Denied);
}

// A full disk (here a file size limit, which fails writes the same way) refuses the commit
// with a clear error; the database and the vault keep everything committed before it.
TEST_CASE("vault database: a write that cannot reach the disk is refused and loses nothing", "[vault]") {
  QTemporaryDir root;
  const QString folder = root.filePath(QStringLiteral("vault"));
  auto created = Database::createVault(folder, kVaultPassphrase, vault::KdfParams{});
  REQUIRE(created.ok());
  Database::NewVault made = std::move(created).value();
  VaultBed bed(std::move(made.db));
  REQUIRE(DirectoryService(*bed.ctx).seedDefaults().ok());
  REQUIRE(DirectoryService(*bed.ctx).addArea(QStringLiteral("NL70"), QStringLiteral("Before")).ok());
  const QString before = snapshot(*bed.ctx);

  const QString journal = QDir(folder).filePath(QDir(folder).entryList({QStringLiteral("journal-*.cbj")}).last());
  const qint64 size = QFileInfo(journal).size();
  struct rlimit old {};
  REQUIRE(::getrlimit(RLIMIT_FSIZE, &old) == 0);
  std::signal(SIGXFSZ, SIG_IGN);
  struct rlimit tight = old;
  tight.rlim_cur = static_cast<rlim_t>(size + 10);
  REQUIRE(::setrlimit(RLIMIT_FSIZE, &tight) == 0);
  const auto refused = DirectoryService(*bed.ctx).addArea(QStringLiteral("NL71"), QString(5000, QLatin1Char('x')));
  REQUIRE(::setrlimit(RLIMIT_FSIZE, &old) == 0);
  std::signal(SIGXFSZ, SIG_DFL);

  REQUIRE_FALSE(refused.ok());
  CHECK(refused.error().problem.contains(QStringLiteral("cannot write")));
  CHECK(snapshot(*bed.ctx) == before);  // rolled back in memory too
  CHECK(QFileInfo(journal).size() == size);  // the half-written record was cut back
  // The vault on disk still opens to the same state, and later commits work.
  REQUIRE(DirectoryService(*bed.ctx).addArea(QStringLiteral("NL72"), QStringLiteral("After")).ok());
  const QString after = snapshot(*bed.ctx);
  VaultBed copy = reopen(copyOnDisk(folder, root.filePath(QStringLiteral("copy"))));
  CHECK(snapshot(*copy.ctx) == after);
}
