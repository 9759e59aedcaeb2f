#include "VaultBed.h"
#include "VaultService.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

using namespace casebook;
using namespace casebook::test;

namespace {
const QByteArray kNew("copper meadow violin");
}

TEST_CASE("vault service: the passphrase changes only with the current one, and the recovery key keeps working",
          "[vault]") {
  QTemporaryDir root;
  const QString folder = root.filePath(QStringLiteral("vault"));
  auto created = Database::createVault(folder, kVaultPassphrase, vault::KdfParams{});
  REQUIRE(created.ok());
  const QString recovery = created.value().recoveryKey;
  VaultBed bed(std::move(created.value().db));
  REQUIRE(DirectoryService(*bed.ctx).seedDefaults().ok());
  const QString keyFile = QDir(folder).filePath(QStringLiteral("vault.key"));
  const QByteArray before = fileBytes(keyFile);
  VaultService vaults(*bed.ctx);

  SECTION("refusals change nothing") {
    const Status wrong = vaults.changePassphrase("not the passphrase", kNew);
    REQUIRE_FALSE(wrong.ok());
    CHECK(wrong.error().kind == Error::Kind::Denied);
    const Status shortOne = vaults.changePassphrase(kVaultPassphrase, "too short");
    REQUIRE_FALSE(shortOne.ok());
    CHECK(shortOne.error().message().contains(QStringLiteral("12 characters")));
    CHECK_FALSE(vaults.changePassphrase(kVaultPassphrase, kVaultPassphrase).ok());
    CHECK_FALSE(vaults.changePassphrase("0000", kNew, true).ok());  // not a recovery key
    CHECK(fileBytes(keyFile) == before);
  }
  SECTION("with the current passphrase") {
    REQUIRE(vaults.changePassphrase(kVaultPassphrase, kNew).ok());
    bed.db.reset();
    auto old = Database::openVault(folder, kVaultPassphrase);
    REQUIRE_FALSE(old.ok());
    CHECK(old.error().kind == Error::Kind::Denied);
    auto byNew = Database::openVault(folder, kNew);
    INFO(errorText(byNew));
    REQUIRE(byNew.ok());
    byNew.value().reset();
    CHECK(Database::openVault(folder, recovery.toLatin1(), true).ok());
  }
  SECTION("with the recovery key, when the passphrase is lost") {
    REQUIRE(vaults.changePassphrase(recovery.toLatin1(), kNew, true).ok());
    bed.db.reset();
    CHECK(Database::openVault(folder, kNew).ok());
  }
}

TEST_CASE("vault service: an unencrypted database has no passphrase to change and nothing to compact", "[vault]") {
  TestBed bed;
  CHECK(VaultService(bed.ctx).changePassphrase(kVaultPassphrase, kNew).error().kind == Error::Kind::Invalid);
  CHECK(VaultService(bed.ctx).compact().error().kind == Error::Kind::Invalid);
}
