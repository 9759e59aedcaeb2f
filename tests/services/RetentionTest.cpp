// Retention and subject access (issue 5): closed cases past the period listed for review,
// kept with a reason or purged, and a purged case leaving no trace in the vault, its journal
// or a backup made afterwards.
#include "AuditRepository.h"
#include "BackupService.h"
#include "RetentionService.h"
#include "SubjectAccessService.h"
#include "VaultBed.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace casebook;
using namespace casebook::test;

namespace {

// Strings that exist only in the case to be purged.
const QByteArray kMarkerName("Quennell Zarathustra");
const QByteArray kMarkerNote("xylophone-marmalade-note");
const QByteArray kMarkerAlias("Zed Q-Marker");

QString closedCase(VaultBed& bed, const char* subject, const QDate& received, const QDate& closed, const char* group = "YJAG") {
  NewCaseInput input = newCase(group, subject);
  input.referral.receivedOn = received;
  input.acceptNow = true;
  auto created = CaseService(*bed.ctx).create(input);
  INFO(errorText(created));
  REQUIRE(created.ok());
  CloseInput close;
  close.outcome = Outcome::RiskReduced;
  close.closedOn = closed;
  auto done = CaseService(*bed.ctx).close(created->reference, close);
  INFO(errorText(done));
  REQUIRE(done.ok());
  return created->reference;
}

// Every byte the vault folder can give back with its key: each generation's decrypted
// snapshot and journal records.
QByteArray everythingDecrypted(const QString& folder) {
  auto vault = vault::Vault::unlock(folder, kVaultPassphrase);
  INFO(errorText(vault));
  REQUIRE(vault.ok());
  QByteArray all;
  for (auto generation : vault.value()->generations()) {
    auto state = vault.value()->load(generation);
    INFO(errorText(state));
    REQUIRE(state.ok());
    all += state->snapshot.copy();
    for (const auto& changes : state->changeSets) all += changes;
  }
  return all;
}

QByteArray rawFiles(const QString& folder) {
  QByteArray all;
  for (const QString& name : QDir(folder).entryList(QDir::Files)) all += fileBytes(QDir(folder).filePath(name));
  return all;
}

}  // namespace

TEST_CASE("closed cases past the retention period are listed for review, kept ones only after their review date", "[retention]") {
  QTemporaryDir dir;
  VaultBed bed = createVaultBed(dir.filePath(QStringLiteral("vault")));
  const QString old = closedCase(bed, "Ada Old", QDate(2017, 5, 1), QDate(2018, 1, 10));
  closedCase(bed, "Ben Recent", QDate(2020, 5, 1), QDate(2021, 1, 10));  // under 6 years at 2024-06-15
  RetentionService retention(*bed.ctx);
  auto due = retention.due();
  REQUIRE(due.ok());
  REQUIRE(due->size() == 1);
  CHECK(due->front().reference == old);

  auto noReason = retention.retain(old, QString());
  REQUIRE_FALSE(noReason.ok());
  CHECK(noReason.error().field == QStringLiteral("reason"));
  REQUIRE(retention.retain(old, QStringLiteral("linked prosecution ongoing")).ok());
  CHECK(retention.due()->empty());
  bed.clock.set(QDate(2025, 6, 16).startOfDay());  // a year on: due again, with the reason shown
  REQUIRE(retention.due()->size() == 1);
  CHECK(retention.due()->front().lastReason == QStringLiteral("linked prosecution ongoing"));

  REQUIRE(retention.setYears(3).ok());
  CHECK(retention.due()->size() == 2);
  CHECK_FALSE(retention.setYears(0).ok());
}

TEST_CASE("a case not due is not purged", "[retention]") {
  QTemporaryDir dir;
  VaultBed bed = createVaultBed(dir.filePath(QStringLiteral("vault")));
  const QString recent = closedCase(bed, "Ben Recent", QDate(2020, 5, 1), QDate(2021, 1, 10));
  auto refused = RetentionService(*bed.ctx).purge(recent);
  REQUIRE_FALSE(refused.ok());
  CHECK(refused.error().kind == Error::Kind::Conflict);
  CHECK(CaseReader(*bed.ctx).refresh(recent).ok());
}

TEST_CASE("a purged case leaves no trace in the vault, its journal or a new backup", "[retention]") {
  QTemporaryDir dir;
  const QString folder = dir.filePath(QStringLiteral("vault"));
  QString purged;
  QString kept;
  {
    VaultBed bed = createVaultBed(folder);
    purged = closedCase(bed, kMarkerName.constData(), QDate(2017, 5, 1), QDate(2018, 1, 10));
    CaseChanges alias;
    alias.aliases = QStringList{QString::fromLatin1(kMarkerAlias)};
    REQUIRE(CaseService(*bed.ctx).update(purged, alias).ok());
    REQUIRE(CaseService(*bed.ctx).addNote(purged, QString::fromLatin1(kMarkerNote), QString()).ok());
    kept = closedCase(bed, "Ben Keeps", QDate(2017, 5, 1), QDate(2018, 1, 10));
    // The markers go into more than one generation and journal before the purge.
    REQUIRE(bed.db->compactVault().ok());
    REQUIRE(CaseReader(*bed.ctx).get(purged).ok());
  }
  {
    const QByteArray before = everythingDecrypted(folder);
    REQUIRE(before.contains(kMarkerName));
    REQUIRE(before.contains(kMarkerNote));
    // Encrypted at rest, so the raw files never show the markers at all.
    CHECK_FALSE(rawFiles(folder).contains(kMarkerName));
  }
  {
    VaultBed bed = reopen(folder);
    // The subject access export of the case holds it all, before it goes.
    const QString sar = dir.filePath(QStringLiteral("sar.json"));
    auto report = SubjectAccessService(*bed.ctx).exportSubject(purged, sar, QStringLiteral("SAR 2024-001"));
    INFO(errorText(report));
    REQUIRE(report.ok());
    CHECK(report->cases == 1);
    const QByteArray json = fileBytes(sar);
    CHECK(json.contains(kMarkerName));
    CHECK(json.contains(kMarkerNote));
    CHECK(json.contains(kMarkerAlias));
    CHECK_FALSE(json.contains("Ben Keeps"));
    CHECK(QJsonDocument::fromJson(json).object().value(QStringLiteral("tables")).toObject().contains(QStringLiteral("notes")));

    auto removed = RetentionService(*bed.ctx).purge(purged);
    INFO(errorText(removed));
    REQUIRE(removed.ok());
    CHECK(removed->cases == 1);
    CHECK(removed->subjects == 1);
    CHECK_FALSE(CaseReader(*bed.ctx).refresh(purged).ok());
    CHECK(CaseReader(*bed.ctx).refresh(kept).ok());
    CHECK(Database::vaultGenerations(folder).size() == 1);
    // The trail keeps that it was purged and by whom, never what it held.
    auto entries = bed.db->read([&]() -> Result<std::vector<AuditEntry>> { return AuditRepository(*bed.db).list({}); });
    REQUIRE(entries.ok());
    CHECK(entries->front().record.event == AuditEvent::Purge);
    CHECK(entries->front().record.caseReference == purged);
    CHECK(AuditRepository(*bed.db).verify().intact());

    const QString backup = dir.filePath(QStringLiteral("backup"));
    REQUIRE(BackupService(*bed.ctx).backUpTo(backup).ok());
    const QByteArray inBackup = everythingDecrypted(backup);
    CHECK_FALSE(inBackup.contains(kMarkerName));
    CHECK_FALSE(inBackup.contains(kMarkerNote));
    CHECK_FALSE(inBackup.contains(kMarkerAlias));
    CHECK(inBackup.contains("Ben Keeps"));
  }
  const QByteArray after = everythingDecrypted(folder);
  CHECK_FALSE(after.contains(kMarkerName));
  CHECK_FALSE(after.contains(kMarkerNote));
  CHECK_FALSE(after.contains(kMarkerAlias));
  CHECK_FALSE(after.contains(QByteArray("Quennell")));
  CHECK(after.contains("Ben Keeps"));
}
