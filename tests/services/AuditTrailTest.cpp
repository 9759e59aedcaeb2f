// The audit trail (issue 5): one entry for every operation DPA 2018 s.62 names, none for a
// re-read, and a hash chain that finds an edited, deleted or reordered entry.
#include "AuditRepository.h"
#include "AuditService.h"
#include "ExportService.h"
#include "ImportService.h"
#include "ServiceFixture.h"
#include "SqlStatement.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QTemporaryDir>

using namespace casebook;
using namespace casebook::test;

namespace {

qint64 entries(TestBed& bed) { return AuditRepository(*bed.db).count(); }

AuditEntry newest(TestBed& bed) {
  AuditFilter last;
  last.limit = 1;
  return AuditRepository(*bed.db).list(last).front();
}

// Raw SQL, as someone with the key and sqlite3 could run it; one optional bound value.
void sql(TestBed& bed, const char* text, const QString& value = {}) {
  auto done = bed.db->write([&]() -> Status {
    SqlStatement q(*bed.db, QString::fromLatin1(text));
    if (!value.isNull()) q.bind(value);
    q.exec();
    return {};
  });
  INFO(errorText(done));
  REQUIRE(done.ok());
}

// Runs one operation and checks it added exactly one entry, of this event.
template <typename F>
AuditEntry exactlyOne(TestBed& bed, AuditEvent event, F&& operation) {
  const qint64 before = entries(bed);
  operation();
  REQUIRE(entries(bed) == before + 1);
  const AuditEntry entry = newest(bed);
  CHECK(entry.record.event == event);
  CHECK(entry.account == QStringLiteral("tester"));
  return entry;
}

}  // namespace

TEST_CASE("every operation s.62 names writes exactly one audit entry", "[audit]") {
  TestBed bed;
  QTemporaryDir dir;
  QString reference;

  // Collection
  const AuditEntry created = exactlyOne(bed, AuditEvent::CreateCase, [&] { reference = createCase(bed, newCase("YJAG", "Ada Quill")); });
  CHECK(created.record.caseReference == reference);
  CHECK(processingKind(created.record.event) == ProcessingKind::Collection);

  // Consultation: opening the case, with the reason given; a refresh is the same view.
  const AuditEntry viewed = exactlyOne(bed, AuditEvent::ViewCase, [&] {
    REQUIRE(CaseReader(bed.ctx).get(reference, QStringLiteral("review before JAG")).ok());
  });
  CHECK(viewed.record.reason == QStringLiteral("review before JAG"));
  CHECK(processingKind(viewed.record.event) == ProcessingKind::Consultation);
  const qint64 beforeRefresh = entries(bed);
  REQUIRE(CaseReader(bed.ctx).refresh(reference).ok());
  CHECK(entries(bed) == beforeRefresh);

  // Alteration: each kind of change is one entry naming the case and never a value.
  exactlyOne(bed, AuditEvent::ChangeCase, [&] {
    CaseChanges changes;
    changes.address = QStringLiteral("12 Secret Street");
    REQUIRE(CaseService(bed.ctx).update(reference, changes).ok());
  });
  CHECK(newest(bed).record.detail == QStringLiteral("details: address"));
  exactlyOne(bed, AuditEvent::ChangeCase, [&] {
    REQUIRE(CaseService(bed.ctx).addNote(reference, QStringLiteral("Spoke to school"), QString()).ok());
  });
  exactlyOne(bed, AuditEvent::ChangeCase, [&] {
    RiskInput risk;
    risk.caseReference = reference;
    risk.likelihood = 4;
    risk.impact = 4;
    risk.rationale = QStringLiteral("Escalating");
    REQUIRE(RiskService(bed.ctx).assess(risk).ok());
  });
  exactlyOne(bed, AuditEvent::ChangeCase, [&] {
    NewActionInput action;
    action.caseReference = reference;
    action.text = QStringLiteral("Home visit");
    action.ownerAgency = QStringLiteral("LA");
    action.dueOn = QDate(2024, 7, 1);
    REQUIRE(ActionService(bed.ctx).add(action).ok());
  });
  const AuditEntry closed = exactlyOne(bed, AuditEvent::ChangeCase, [&] {
    CloseInput close;
    close.outcome = Outcome::RiskReduced;
    REQUIRE(CaseService(bed.ctx).close(reference, close).ok());
  });
  CHECK(processingKind(closed.record.event) == ProcessingKind::Alteration);
  for (const auto& e : AuditRepository(*bed.db).list({})) CHECK_FALSE(e.record.detail.contains(QStringLiteral("Secret")));

  // Disclosure: an export is one entry, whatever it holds.
  const AuditEntry exported = exactlyOne(bed, AuditEvent::Export, [&] {
    REQUIRE(ExportService(bed.ctx).exportCases(dir.filePath(QStringLiteral("cases.csv")), {}, QStringLiteral("JAG pack")).ok());
  });
  CHECK(exported.record.reason == QStringLiteral("JAG pack"));
  CHECK_FALSE(exported.record.detail.contains(QStringLiteral("cases.csv")));  // people name files after subjects
  CHECK(processingKind(exported.record.event) == ProcessingKind::Disclosure);

  // Combination: an import of three cases is one entry, not four.
  const QString csv = dir.filePath(QStringLiteral("in.csv"));
  QFile file(csv);
  REQUIRE(file.open(QIODevice::WriteOnly));
  file.write("subject,group,received,reason\nBea One,LEDG,2024-05-02,Test\nCal Two,LEDG,2024-05-03,Test\n"
             "Dee Three,AARG,2024-05-04,Test\n");
  file.close();
  const AuditEntry imported = exactlyOne(bed, AuditEvent::Import, [&] {
    auto report = ImportService(bed.ctx).importCases(csv, {});
    INFO(errorText(report));
    REQUIRE(report.ok());
    REQUIRE(report->casesCreated == 3);
  });
  CHECK(imported.record.detail.startsWith(QStringLiteral("3 cases")));
}

TEST_CASE("a refused operation leaves no audit entry", "[audit]") {
  TestBed bed;
  const QString reference = createCase(bed, newCase("YJAG", "Ada Quill"));
  const qint64 before = entries(bed);
  CHECK_FALSE(CaseService(bed.ctx).addNote(reference, QString(), QString()).ok());
  CHECK_FALSE(CaseReader(bed.ctx).get(QStringLiteral("YJAG-2024-999")).ok());
  CHECK(entries(bed) == before);
}

TEST_CASE("a reason is refused missing when the partnership requires one, and nothing is written", "[audit]") {
  TestBed bed;
  QTemporaryDir dir;
  const QString reference = createCase(bed, newCase("YJAG", "Ada Quill"));
  REQUIRE(AuditService(bed.ctx).setReasonRule(ReasonRule::ViewsAndExports).ok());
  const qint64 before = entries(bed);
  const QString path = dir.filePath(QStringLiteral("out.csv"));
  auto exported = ExportService(bed.ctx).exportCases(path, {});
  REQUIRE_FALSE(exported.ok());
  CHECK(exported.error().field == QStringLiteral("reason"));
  CHECK_FALSE(QFile::exists(path));
  auto viewed = CaseReader(bed.ctx).get(reference);
  REQUIRE_FALSE(viewed.ok());
  CHECK(viewed.error().problem.contains(QStringLiteral("reason to view a case")));
  CHECK(entries(bed) == before);
  CHECK(CaseReader(bed.ctx).get(reference, QStringLiteral("safeguarding check")).ok());
}

TEST_CASE("the audit table refuses UPDATE and DELETE", "[audit]") {
  TestBed bed;
  createCase(bed, newCase("YJAG", "Ada Quill"));
  for (const char* statement : {"UPDATE audit_log SET detail = 'x' WHERE seq = 1", "DELETE FROM audit_log WHERE seq = 1"}) {
    auto refused = bed.db->write([&]() -> Status {
      SqlStatement(*bed.db, QString::fromLatin1(statement)).exec();
      return {};
    });
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message().contains(QStringLiteral("append-only")));
  }
  CHECK(AuditRepository(*bed.db).verify().intact());
}

TEST_CASE("verify finds an edited, a deleted and a reordered entry", "[audit]") {
  TestBed bed;
  for (const char* name : {"Ada Quill", "Ben Rook", "Cy Moss"}) createCase(bed, newCase("YJAG", name));
  const AuditVerdict sound = AuditRepository(*bed.db).verify();
  REQUIRE(sound.intact());
  REQUIRE(sound.entries >= 4);
  CHECK(sound.headHash.size() == 64);
  // Someone with the key and sqlite3 goes around the triggers.
  sql(bed, "DROP TRIGGER audit_log_no_update");
  sql(bed, "DROP TRIGGER audit_log_no_delete");

  SECTION("edited") {
    sql(bed, "UPDATE audit_log SET account = 'someone else' WHERE seq = 3");
    const AuditVerdict verdict = AuditRepository(*bed.db).verify();
    CHECK(verdict.brokenAt == 3);
    CHECK(verdict.problem.contains(QStringLiteral("changed")));
  }
  SECTION("edited with the hash recomputed for the entry alone") {
    sql(bed, "UPDATE audit_log SET detail = 'nothing to see' WHERE seq = 2");
    // Its own hash made right again: the next entry no longer follows it.
    AuditFilter all;
    all.limit = 0;
    AuditEntry entry;
    for (const auto& e : AuditRepository(*bed.db).list(all)) {
      if (e.seq == 2) entry = e;
    }
    sql(bed, "UPDATE audit_log SET hash = ? WHERE seq = 2", AuditRepository::hashOf(entry));
    const AuditVerdict verdict = AuditRepository(*bed.db).verify();
    CHECK(verdict.brokenAt == 3);
  }
  SECTION("deleted") {
    sql(bed, "DELETE FROM audit_log WHERE seq = 2");
    const AuditVerdict verdict = AuditRepository(*bed.db).verify();
    CHECK(verdict.brokenAt == 3);
    CHECK(verdict.problem.contains(QStringLiteral("missing")));
  }
  SECTION("reordered") {
    // Entries 2 and 3 swap places, each keeping its own fields and hashes.
    sql(bed, "UPDATE audit_log SET seq = -2 WHERE seq = 2");
    sql(bed, "UPDATE audit_log SET seq = 2 WHERE seq = 3");
    sql(bed, "UPDATE audit_log SET seq = 3 WHERE seq = -2");
    const AuditVerdict verdict = AuditRepository(*bed.db).verify();
    CHECK(verdict.brokenAt == 2);
  }
}
