// Accounts (issue 5): signing in to a vault with the vault passphrase or a passphrase of
// one's own, refusals recorded, and the access model applied through the signed-in actor.
#include "AccountService.h"
#include "AuditRepository.h"
#include "GroupAccessPolicy.h"
#include "VaultBed.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

using namespace casebook;
using namespace casebook::test;

namespace {

const QByteArray kCaseyPassphrase("casey copper meadow");

std::unique_ptr<Database> open(const QString& folder, const QByteArray& passphrase, const QString& account) {
  auto db = Database::openVault(folder, passphrase, false, 0, account);
  INFO(errorText(db));
  REQUIRE(db.ok());
  return std::move(db).value();
}

std::vector<AuditEntry> trail(Database& db) {
  AuditFilter all;
  all.limit = 0;
  return db.read([&]() -> Result<std::vector<AuditEntry>> { return AuditRepository(db).list(all); }).value();
}

// A vault whose first administrator is "admin", with YJAG caseworker "casey" and a YJAG case.
QString prepare(const QTemporaryDir& dir, QString* reference) {
  const QString folder = dir.filePath(QStringLiteral("vault"));
  VaultBed bed = createVaultBed(folder);
  REQUIRE(AccountService::signIn(*bed.db, bed.clock, QStringLiteral("admin")).ok());
  auto member = DirectoryService(*bed.ctx).addMember({QStringLiteral("Casey Ward"), QStringLiteral("LA"), {}, {}, {},
                                                      QStringLiteral("YJAG"), MembershipRole::Member});
  REQUIRE(member.ok());
  auto added = AccountService(*bed.ctx).add({QStringLiteral("casey"), Role::Caseworker, QStringLiteral("Casey Ward"),
                                             kCaseyPassphrase});
  INFO(errorText(added));
  REQUIRE(added.ok());
  auto created = CaseService(*bed.ctx).create(newCase("YJAG", "Ada Quill"));
  REQUIRE(created.ok());
  *reference = created->reference;
  REQUIRE(CaseService(*bed.ctx).create(newCase("LEDG", "Ben Rook")).ok());
  return folder;
}

}  // namespace

TEST_CASE("the first signer of a vault without accounts becomes its administrator", "[accounts]") {
  QTemporaryDir dir;
  VaultBed bed = createVaultBed(dir.filePath(QStringLiteral("vault")));
  auto actor = AccountService::signIn(*bed.db, bed.clock, QStringLiteral("morgan"));
  INFO(errorText(actor));
  REQUIRE(actor.ok());
  CHECK(actor->role == Role::Administrator);
  CHECK(actor->userName == QStringLiteral("morgan"));
  const auto entries = trail(*bed.db);
  REQUIRE(entries.size() >= 2);
  CHECK(entries[0].record.event == AuditEvent::SignIn);
  CHECK(entries[1].record.event == AuditEvent::ChangeAccount);
  // Once accounts exist, another name with the vault passphrase is no one.
  auto stranger = AccountService::signIn(*bed.db, bed.clock, QStringLiteral("stranger"));
  REQUIRE_FALSE(stranger.ok());
  CHECK(stranger.error().problem.contains(QStringLiteral("no account 'stranger'")));
  CHECK(trail(*bed.db).front().record.event == AuditEvent::FailedSignIn);
  // What was typed is not kept when it is no account: it may have been a passphrase.
  CHECK(trail(*bed.db).front().account == QStringLiteral("(unknown account name)"));
}

TEST_CASE("an older generation is not opened over a sound newest one", "[accounts]") {
  QTemporaryDir dir;
  const QString folder = dir.filePath(QStringLiteral("vault"));
  {
    VaultBed bed = createVaultBed(folder);
    REQUIRE(DirectoryService(*bed.ctx).addArea(QStringLiteral("NL70"), QStringLiteral("Riverside")).ok());
    REQUIRE(bed.db->compactVault().ok());
  }
  const auto generations = Database::vaultGenerations(folder);
  REQUIRE(generations.size() == 2);
  auto rolledBack = Database::openVault(folder, kVaultPassphrase, false, generations.back());
  REQUIRE_FALSE(rolledBack.ok());
  CHECK(rolledBack.error().field == QStringLiteral("generation"));
  CHECK(Database::vaultGenerations(folder) == generations);
}

TEST_CASE("an account signs in with its own passphrase and reaches only its groups", "[accounts]") {
  QTemporaryDir dir;
  QString yjagCase;
  const QString folder = prepare(dir, &yjagCase);

  auto db = open(folder, kCaseyPassphrase, QStringLiteral("Casey"));  // names are case-insensitive
  CHECK(db->signedInByOwnPassphrase());
  FixedClock clock{QDate(2024, 6, 15)};
  auto actor = AccountService::signIn(*db, clock, QStringLiteral("Casey"));
  INFO(errorText(actor));
  REQUIRE(actor.ok());
  CHECK(actor->role == Role::Caseworker);
  auto policy = GroupAccessPolicy::load(*db);
  REQUIRE(policy.ok());
  ServiceContext ctx{*db, clock, actor.value(), policy.value()};
  CHECK(CaseReader(ctx).get(yjagCase).ok());
  CaseListRequest all;
  auto page = CaseReader(ctx).list(all);
  REQUIRE(page.ok());
  REQUIRE(page->rows.size() == 1);
  CHECK(page->rows.front().reference == yjagCase);
  // Not an administrator: no accounts, no audit trail.
  CHECK(AccountService(ctx).list().error().kind == Error::Kind::Denied);
  CHECK_FALSE(AccountService(ctx).add({QStringLiteral("eve"), Role::Administrator, {}, kCaseyPassphrase}).ok());
}

TEST_CASE("wrong passphrases are noted while locked and recorded at the next sign-in", "[accounts]") {
  QTemporaryDir dir;
  QString reference;
  const QString folder = prepare(dir, &reference);
  CHECK_FALSE(Database::openVault(folder, "not the right one", false, 0, QStringLiteral("casey")).ok());
  // The vault passphrase is not casey's: casey has a slot of her own.
  CHECK_FALSE(Database::openVault(folder, kVaultPassphrase, false, 0, QStringLiteral("casey")).ok());
  auto db = open(folder, kVaultPassphrase, QStringLiteral("admin"));
  FixedClock clock{QDate(2024, 6, 15)};
  REQUIRE(AccountService::signIn(*db, clock, QStringLiteral("admin")).ok());
  int failed = 0;
  for (const auto& e : trail(*db)) {
    if (e.record.event == AuditEvent::FailedSignIn) {
      ++failed;
      CHECK(e.account == QStringLiteral("casey"));
    }
  }
  CHECK(failed == 2);
  // Recorded once: the note beside the vault is gone.
  CHECK(db->failedSignIns({}).empty());
}

TEST_CASE("a disabled account cannot sign in and its key slot is gone", "[accounts]") {
  QTemporaryDir dir;
  QString reference;
  const QString folder = prepare(dir, &reference);
  {
    VaultBed bed(open(folder, kVaultPassphrase, QStringLiteral("admin")));
    AccountChanges off;
    off.active = false;
    REQUIRE(AccountService(*bed.ctx).change(QStringLiteral("casey"), off).ok());
    CHECK_FALSE(bed.db->hasAccountKey(QStringLiteral("casey")));
    // The last administrator stays one.
    AccountChanges demote;
    demote.role = Role::Viewer;
    auto refused = AccountService(*bed.ctx).change(QStringLiteral("admin"), demote);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().problem.contains(QStringLiteral("no administrator")));
    auto nothing = AccountService(*bed.ctx).change(QStringLiteral("admin"), AccountChanges{});
    REQUIRE_FALSE(nothing.ok());
    CHECK(nothing.error().problem.contains(QStringLiteral("nothing to change")));
  }
  CHECK_FALSE(Database::openVault(folder, kCaseyPassphrase, false, 0, QStringLiteral("casey")).ok());
}

TEST_CASE("an account's passphrase is refused short, and the account is then not made", "[accounts]") {
  QTemporaryDir dir;
  VaultBed bed = createVaultBed(dir.filePath(QStringLiteral("vault")));
  REQUIRE(AccountService::signIn(*bed.db, bed.clock, QStringLiteral("admin")).ok());
  auto added = AccountService(*bed.ctx).add({QStringLiteral("short"), Role::Viewer, {}, "tiny"});
  REQUIRE_FALSE(added.ok());
  CHECK(added.error().field == QStringLiteral("passphrase"));
  auto names = AccountService(*bed.ctx).list();
  REQUIRE(names.ok());
  CHECK(names->size() == 1);
  // Spaces, and letters beyond ASCII: SQLite's NOCASE and the key slot's case folding would
  // disagree on which names are one ("Élise" and "élise").
  for (const char* name : {"two words", "\xc3\x89lise"}) {
    auto bad = AccountService(*bed.ctx).add({QString::fromUtf8(name), Role::Viewer, {}, kCaseyPassphrase});
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().field == QStringLiteral("account"));
  }
}
