#include "CaseRepository.h"
#include "IntegrityCheck.h"
#include "RiskRepository.h"
#include "StorageFixture.h"
#include "SubjectRepository.h"

#include <catch2/catch.hpp>

using namespace casebook;
using namespace casebook::test;

namespace {

// A case with two assessments (the later one current), a note and an alias: everything
// the invariants relate.
struct Fixture {
  TestBed bed;
  CaseId id;

  Fixture() {
    id = inWrite(*bed.db, [&]() -> Result<CaseId> {
      Subject s;
      s.name = QStringLiteral("Integrity Person");
      s.aliases = {QStringLiteral("Ink")};
      s.id = SubjectRepository(*bed.db).insert(s);
      Case c;
      c.reference = QStringLiteral("YJAG-2024-001");
      c.subject = s;
      c.groupId = GroupId(3);
      c.status = CaseStatus::Open;
      c.openedOn = QDate(2024, 5, 1);
      c.currentScore = 12;
      c.currentBand = RiskBand::High;
      c.nextReviewOn = QDate(2024, 6, 29);
      c.id = CaseRepository(*bed.db).insert(c);
      RiskRepository risks(*bed.db);
      risks.insert({RiskAssessmentId(), c.id, QDate(2024, 5, 1), 2, 2, {}, {}, {}, QStringLiteral("At referral")});
      risks.insert({RiskAssessmentId(), c.id, QDate(2024, 6, 1), 3, 4, {}, {}, {}, QStringLiteral("Review")});
      CaseRepository(*bed.db).insertNote({NoteId(), c.id, QDateTime(QDate(2024, 6, 1), QTime(9, 0)),
                                          QStringLiteral("tester"), QStringLiteral("Visited")});
      return c.id;
    });
  }

  QStringList findings() {
    return inWrite(*bed.db, [&]() -> Result<QStringList> { return IntegrityCheck(*bed.db).run(); });
  }
};

}  // namespace

TEST_CASE("the integrity check finds nothing wrong with a sound database", "[storage][integrity]") {
  Fixture f;
  CHECK(f.findings().isEmpty());
}

TEST_CASE("the integrity check finds a current score that differs from the latest assessment", "[storage][integrity]") {
  Fixture f;
  REQUIRE(exec(*f.bed.db, QStringLiteral("UPDATE cases SET current_score = 4")).ok());
  const QStringList findings = f.findings();
  REQUIRE(findings.size() == 1);
  CHECK(findings.front() ==
        QStringLiteral("case id %1: current score differs from its latest assessment").arg(f.id.value));
  CHECK_FALSE(findings.front().contains(QStringLiteral("Integrity Person")));  // ids only, never names

  REQUIRE(exec(*f.bed.db, QStringLiteral("UPDATE cases SET current_score = NULL")).ok());
  CHECK(f.findings().size() == 1);  // a missing copy is as wrong as a stale one
  REQUIRE(exec(*f.bed.db, QStringLiteral("UPDATE cases SET current_score = 12")).ok());
  CHECK(f.findings().isEmpty());
}

TEST_CASE("the integrity check finds a closed case without an outcome", "[storage][integrity]") {
  Fixture f;
  // Only possible with the database's own CHECK switched off, as a damaged file might be.
  REQUIRE(execOutside(*f.bed.db, QStringLiteral("PRAGMA ignore_check_constraints = ON")).ok());
  REQUIRE(exec(*f.bed.db, QStringLiteral("UPDATE cases SET status = 'closed', closed_on = '2024-06-10'")).ok());
  REQUIRE(execOutside(*f.bed.db, QStringLiteral("PRAGMA ignore_check_constraints = OFF")).ok());
  const QStringList findings = f.findings();
  INFO(findings.join(QLatin1Char('\n')));
  CHECK(findings.contains(QStringLiteral("case id %1: closed without an outcome").arg(f.id.value)));
  // SQLite's own check sees the broken CHECK constraint too; nothing else is reported.
  CHECK(findings.size() == 2);
}

TEST_CASE("the integrity check finds rows pointing at missing rows", "[storage][integrity]") {
  Fixture f;
  REQUIRE(execOutside(*f.bed.db, QStringLiteral("PRAGMA foreign_keys = OFF")).ok());
  REQUIRE(exec(*f.bed.db, QStringLiteral("UPDATE cases SET owner_id = 999")).ok());
  REQUIRE(execOutside(*f.bed.db, QStringLiteral("PRAGMA foreign_keys = ON")).ok());
  const QStringList findings = f.findings();
  REQUIRE(findings.size() == 1);
  CHECK(findings.front().contains(QStringLiteral("table cases points to a missing row of members")));
}

TEST_CASE("the integrity check finds a search index that lost a case, and the rebuild restores it",
          "[storage][integrity][search]") {
  Fixture f;
  REQUIRE(exec(*f.bed.db, QStringLiteral("DELETE FROM case_search")).ok());
  const QStringList findings = f.findings();
  REQUIRE(findings.size() == 1);
  CHECK(findings.front().contains(QStringLiteral("search index is missing cases")));
  CHECK(scalar(*f.bed.db, QStringLiteral("SELECT count(*) FROM case_search WHERE case_search MATCH 'ink'")) ==
        QStringLiteral("0"));

  inWrite(*f.bed.db, [&]() -> Status {
    IntegrityCheck(*f.bed.db).rebuildSearchIndex();
    return {};
  });
  CHECK(f.findings().isEmpty());
  CHECK(scalar(*f.bed.db, QStringLiteral("SELECT count(*) FROM case_search WHERE case_search MATCH 'ink'")) ==
        QStringLiteral("1"));
  CHECK(scalar(*f.bed.db, QStringLiteral("SELECT count(*) FROM note_search WHERE note_search MATCH 'visited'")) ==
        QStringLiteral("1"));
}

// Opening a vault runs SQLite's quick_check, which does not match indexes against their
// tables; `check`, backups and the recovery of a damaged generation run the full check
// (IntegrityCheck::Depth, docs/security.md "Checks on opening").
TEST_CASE("an index that disagrees with its table is found by the full check, not the opening one",
          "[storage][integrity]") {
  Fixture f;
  auto run = [&](IntegrityCheck::Depth depth) {
    return inWrite(*f.bed.db, [&]() -> Result<QStringList> { return IntegrityCheck(*f.bed.db).run(depth); });
  };
  REQUIRE(run(IntegrityCheck::Depth::OnOpening).isEmpty());
  // The index keeps its entries by owner while the schema now says it is by group.
  REQUIRE(exec(*f.bed.db, QStringLiteral("PRAGMA writable_schema = ON")).ok());
  REQUIRE(exec(*f.bed.db, QStringLiteral("UPDATE sqlite_schema SET sql = 'CREATE INDEX cases_owner ON cases(group_id)' "
                                         "WHERE name = 'cases_owner'")).ok());
  REQUIRE(exec(*f.bed.db, QStringLiteral("PRAGMA writable_schema = RESET")).ok());
  const QStringList full = run(IntegrityCheck::Depth::Full);
  REQUIRE(full.size() == 1);
  CHECK(full.front().contains(QStringLiteral("missing from index cases_owner")));
  CHECK(run(IntegrityCheck::Depth::OnOpening).isEmpty());
  // What the opening check does look at, it still finds.
  REQUIRE(exec(*f.bed.db, QStringLiteral("UPDATE cases SET current_score = 4")).ok());
  CHECK(run(IntegrityCheck::Depth::OnOpening).size() == 1);
}
