#include "ImportFixture.h"

#include <catch2/catch.hpp>

using namespace casebook;
using casebook::test::ImportFixture;
using casebook::test::kHeader;

TEST_CASE("import: the sample tracker imports into a fresh database", "[import]") {
  ImportFixture f;
  auto report = f.import(QStringLiteral(CASEBOOK_SAMPLES "/jag-tracker-sample.csv"));
  INFO(errorText(report));
  REQUIRE(report.ok());
  CHECK(report->problems.empty());
  CHECK(report->committed);
  CHECK(report->casesCreated == 8);
  CHECK(f.caseCount() == 8);

  auto kai = CaseReader(f.bed.ctx).get(QStringLiteral("YJAG-2024-101"));
  REQUIRE(kai.ok());
  CHECK(kai->record.status == CaseStatus::Open);
  CHECK(kai->record.currentScore == 16);
  CHECK(kai->record.currentBand == RiskBand::High);
  CHECK(kai->record.subject.dateOfBirth == QDate(2009, 3, 14));  // UK day-first date
  CHECK(kai->record.themes == QStringList{QStringLiteral("cce"), QStringLiteral("knife_crime")});
  CHECK(kai->referrals.front().urgent);
  CHECK(kai->assessments.back().assessedOn == QDate(2024, 5, 28));

  auto parade = CaseReader(f.bed.ctx).get(QStringLiteral("LCDG-2024-012"));
  REQUIRE(parade.ok());
  CHECK(parade->record.status == CaseStatus::Closed);
  CHECK(parade->record.outcome == Outcome::RiskReduced);
  CHECK(parade->record.closedOn == QDate(2024, 3, 20));
  CHECK(parade->record.subject.kind == SubjectKind::Location);

  auto sasha = CaseReader(f.bed.ctx).get(QStringLiteral("AARG-2024-040"));
  REQUIRE(sasha.ok());
  CHECK(sasha->record.subject.address == QStringLiteral("12 Wintergreen Road, Flat 2"));
  CHECK(sasha->record.addedReason.contains(QStringLiteral("\"friends\"")));
  CHECK(CaseReader(f.bed.ctx).get(QStringLiteral("YJAG-2024-102"))->record.status == CaseStatus::Monitoring);
  // The row without a reference got the next free one of its group and year.
  CHECK(CaseReader(f.bed.ctx).get(QStringLiteral("AARG-2024-041"))->record.status == CaseStatus::Referred);
}

TEST_CASE("import: each group is looked up once for the whole file, however many rows name it", "[import]") {
  ImportFixture f;
  int groupLookups = 0;
  f.bed.db->traceStatements([&groupLookups](const QString& sql) {
    if (sql.contains(QStringLiteral("FROM groups WHERE code"))) ++groupLookups;
  });
  auto report = f.import(QStringLiteral(CASEBOOK_SAMPLES "/jag-tracker-sample.csv"));
  f.bed.db->traceStatements(nullptr);
  INFO(errorText(report));
  REQUIRE(report.ok());
  REQUIRE(report->casesCreated == 8);
  // The sample's eight rows name four groups; each row looks its group up three times over
  // (checked, then for the case and its referral) without the import's directory memo.
  CHECK(groupLookups == 4);
}

TEST_CASE("import: a dry run checks everything and saves nothing", "[import]") {
  ImportFixture f;
  ImportOptions options;
  options.dryRun = true;
  auto report = f.import(QStringLiteral(CASEBOOK_SAMPLES "/jag-tracker-sample.csv"), options);
  REQUIRE(report.ok());
  CHECK(report->problems.empty());
  CHECK_FALSE(report->committed);
  CHECK(report->createdReferences.size() == 8);
  CHECK(f.caseCount() == 0);
}

TEST_CASE("import: progress is reported per row, and cancelling saves nothing", "[import]") {
  ImportFixture f;
  std::vector<std::pair<int, int>> calls;
  ImportOptions options;
  options.progress = [&](int done, int total) {
    calls.emplace_back(done, total);
    return true;
  };
  REQUIRE(f.import(QStringLiteral(CASEBOOK_SAMPLES "/jag-tracker-sample.csv"), options).ok());
  REQUIRE(calls.size() == 8);
  CHECK(calls.front() == std::make_pair(1, 8));
  CHECK(calls.back() == std::make_pair(8, 8));

  ImportFixture other;
  options.progress = [](int done, int) { return done < 3; };  // the user cancels at row 3
  const auto cancelled = other.import(QStringLiteral(CASEBOOK_SAMPLES "/jag-tracker-sample.csv"), options);
  REQUIRE_FALSE(cancelled.ok());
  CHECK(cancelled.error().problem.contains(QStringLiteral("cancelled")));
  CHECK(other.caseCount() == 0);
}

TEST_CASE("import: every bad row is reported with its line and column, and nothing is saved", "[import]") {
  ImportFixture f;
  const QString path = f.write("bad.csv", kHeader +
      "YJAG-2024-001,YJAG,Good Person,2008-01-01,2024-05-01,ASB,3,3,open,\r\n"     // line 2: fine
      "YJAG-2024-002,NOPE,Some One,2008-01-01,2024-05-01,ASB,3,3,open,\r\n"        // line 3: unknown group
      "YJAG-2024-003,YJAG,Some Two,2008-01-01,2024-05-01,ASB,0,3,open,\r\n"        // line 4: likelihood 0
      "YJAG-2024-004,YJAG,Some Three,2008-01-01,2024-05-01,ASB,6,3,open,\r\n"      // line 5: likelihood 6
      "YJAG-2024-005,YJAG,Some Four,2008-01-01,2024-02-30,ASB,3,3,open,\r\n"       // line 6: impossible date
      "YJAG-2024-001,YJAG,Some Five,2008-01-01,2024-05-01,ASB,3,3,open,\r\n"       // line 7: duplicate reference
      "YJAG-2024-006,YJAG,Some Six,2008-01-01,2024-05-01,ASB,3,3,closed,\r\n"      // line 8: closed, no outcome or date
      "YJAG-2024-007,YJAG,,2008-01-01,2024-05-01,ASB,3,3,open,\r\n");              // line 9: no subject
  auto report = f.import(path);
  INFO(errorText(report));
  REQUIRE(report.ok());
  CHECK_FALSE(report->committed);
  CHECK(f.caseCount() == 0);
  REQUIRE(report->problems.size() == 8);
  auto at = [&](std::size_t i) { return report->problems[i]; };
  CHECK(at(0).line == 3);
  CHECK(at(0).column == QStringLiteral("Group"));
  CHECK(at(0).reason.contains(QStringLiteral("no group 'NOPE'")));
  CHECK(at(1).line == 4);
  CHECK(at(1).column == QStringLiteral("Likelihood"));
  CHECK(at(2).line == 5);
  CHECK(at(2).column == QStringLiteral("Likelihood"));
  CHECK(at(3).line == 6);
  CHECK(at(3).column == QStringLiteral("Referral date"));
  CHECK(at(3).reason.contains(QStringLiteral("not a real calendar date")));
  CHECK(at(4).line == 7);
  CHECK(at(4).column == QStringLiteral("Reference"));
  CHECK(at(4).reason.contains(QStringLiteral("already used")));
  CHECK(at(5).line == 8);
  CHECK(at(5).column == QStringLiteral("Outcome"));
  CHECK(at(6).line == 8);
  CHECK(at(6).column == QStringLiteral("Closed on"));  // not in the file: named as the column to add
  CHECK(at(7).line == 9);
  CHECK(at(7).column == QStringLiteral("Subject"));
  CHECK(at(7).reason.contains(QStringLiteral("required")));
}

// A large import pauses the search triggers and indexes once at the end; a small one into a
// fuller database keeps them (SearchIndexPause::pays). Either way what it adds must be found,
// what was there before must stay found, and a refused file must leave the index as it was.
TEST_CASE("import: imported cases are found by search, and a refused file leaves search as it was", "[import]") {
  ImportFixture f;
  auto search = [&](const char* text) {
    CaseListRequest request;
    request.text = QString::fromLatin1(text);
    auto page = CaseReader(f.bed.ctx).list(request);
    REQUIRE(page.ok());
    QStringList references;
    for (const auto& row : page->rows) references << row.reference;
    return references;
  };
  // Three rows into an empty database: paused.
  auto first = f.importBytes(kHeader +
      "YJAG-2024-001,YJAG,Rowan Quillfeather,2008-01-01,2024-05-01,ASB,3,3,open,\r\n"
      "YJAG-2024-004,YJAG,Sky Marchbank,2008-01-01,2024-05-01,ASB,3,3,open,\r\n"
      "YJAG-2024-008,YJAG,Wren Larkspur,2008-01-01,2024-05-01,ASB,3,3,open,\r\n");
  REQUIRE(first.committed);
  REQUIRE(search("Quillfeather") == QStringList{QStringLiteral("YJAG-2024-001")});
  REQUIRE(search("Marchbank") == QStringList{QStringLiteral("YJAG-2024-004")});

  // Refused files of two rows (fewer than the three cases: not paused) and of three (paused).
  for (const bool paused : {false, true}) {
    INFO("paused: " << paused);
    QByteArray rows = "YJAG-2024-002,YJAG,Ember Thistlewood,2008-01-01,2024-05-01,ASB,3,3,open,\r\n"
                      "YJAG-2024-003,NOPE,Some One,2008-01-01,2024-05-01,ASB,3,3,open,\r\n";
    if (paused) rows += "YJAG-2024-005,YJAG,Some Two,2008-01-01,2024-05-01,ASB,3,3,open,\r\n";
    auto refused = f.importBytes(kHeader + rows);
    REQUIRE_FALSE(refused.committed);
    CHECK(search("Thistlewood").isEmpty());
    CHECK(search("Quillfeather") == QStringList{QStringLiteral("YJAG-2024-001")});
  }
  // One row into four cases: not paused; then four rows into four cases: paused.
  auto small = f.importBytes(kHeader + "YJAG-2024-002,YJAG,Ember Thistlewood,2008-01-01,2024-05-01,ASB,3,3,open,\r\n");
  REQUIRE(small.committed);
  CHECK(search("Thistlewood") == QStringList{QStringLiteral("YJAG-2024-002")});
  QByteArray many;
  for (const char* name : {"Ash Pennyroyal", "Bea Pennyroyal", "Cal Pennyroyal", "Dee Pennyroyal"}) {
    many += QByteArray(",YJAG,") + name + ",2008-01-01,2024-05-01,ASB,3,3,open,\r\n";
  }
  auto large = f.importBytes(kHeader + many);
  REQUIRE(large.committed);
  CHECK(search("Pennyroyal") == QStringList{QStringLiteral("YJAG-2024-009"), QStringLiteral("YJAG-2024-010"),
                                            QStringLiteral("YJAG-2024-011"), QStringLiteral("YJAG-2024-012")});
  CHECK(search("YJAG-2024-010") == QStringList{QStringLiteral("YJAG-2024-010")});
  CHECK(search("Larkspur") == QStringList{QStringLiteral("YJAG-2024-008")});
  CHECK(search("Quillfeather") == QStringList{QStringLiteral("YJAG-2024-001")});
  CHECK(search("Thistlewood") == QStringList{QStringLiteral("YJAG-2024-002")});
}

TEST_CASE("import: a reference already in the database is refused", "[import]") {
  ImportFixture f;
  const QByteArray row = "YJAG-2024-001,YJAG,Good Person,2008-01-01,2024-05-01,ASB,3,3,open,\r\n";
  REQUIRE(f.import(f.write("one.csv", kHeader + row))->committed);
  auto again = f.import(f.write("two.csv", kHeader + row));
  REQUIRE(again.ok());
  REQUIRE(again->problems.size() == 1);
  CHECK(again->problems.front().column == QStringLiteral("Reference"));
  CHECK(f.caseCount() == 1);
}

TEST_CASE("import: quoted fields over several lines keep later line numbers right", "[import]") {
  ImportFixture f;
  const QString path = f.write("multiline.csv", kHeader +
      "YJAG-2024-001,YJAG,Good Person,2008-01-01,2024-05-01,\"First line\r\nsecond line\r\nthird\",3,3,open,\r\n"
      "YJAG-2024-002,YJAG,Other Person,2008-01-01,2024-05-01,ASB,9,3,open,\r\n");
  auto report = f.import(path);
  REQUIRE(report.ok());
  REQUIRE(report->problems.size() == 1);
  CHECK(report->problems.front().line == 5);
}

TEST_CASE("import: file-level problems are errors that name the fix", "[import]") {
  ImportFixture f;
  SECTION("missing required column") {
    auto r = f.import(f.write("nogroup.csv", "Subject,Referral date,Reason\r\nA B,2024-05-01,ASB\r\n"));
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().field == QStringLiteral("column Group"));
    CHECK(r.error().fix.contains(QStringLiteral("--map")));
  }
  SECTION("empty file") {
    auto r = f.import(f.write("empty.csv", ""));
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().problem.contains(QStringLiteral("empty")));
  }
  SECTION("header only") {
    auto r = f.import(f.write("header.csv", kHeader));
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().problem.contains(QStringLiteral("no rows")));
  }
  SECTION("unknown column") {
    auto r = f.import(f.write("extra.csv", "Group,Subject,Referral date,Reason,Shoe size\r\nYJAG,A B,2024-05-01,ASB,9\r\n"));
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().field == QStringLiteral("column Shoe size"));
  }
  SECTION("the same column twice") {
    auto r = f.import(f.write("twice.csv", "Group,Forum,Subject,Referral date,Reason\r\nYJAG,YJAG,A B,2024-05-01,ASB\r\n"));
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().field == QStringLiteral("column Forum"));
  }
  SECTION("a missing file") {
    auto r = f.import(f.dir.filePath(QStringLiteral("nothere.csv")));
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().problem.contains(QStringLiteral("cannot read")));
  }
  CHECK(f.caseCount() == 0);
}

TEST_CASE("import: a map file names headers Casebook does not know", "[import]") {
  ImportFixture f;
  const QString map = f.write("map.csv", "# their header, Casebook's column\r\nYoung person,Subject\r\nPanel,Group\r\n"
                                         "\"Date in, referral\",Referral date\r\nWhy,Reason\r\n");
  const QString data = f.write("theirs.csv", "Panel,Young person,\"Date in, referral\",Why\r\nYJAG,Ash Example,2024-05-01,ASB\r\n");
  ImportOptions options;
  options.mapFile = map;
  auto report = f.import(data, options);
  INFO(errorText(report));
  REQUIRE(report.ok());
  CHECK(report->committed);
  CHECK(f.caseCount() == 1);

  options.mapFile = f.write("badmap.csv", "Young person,Shoe size\r\n");
  auto bad = f.import(data, options);
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.error().field == QStringLiteral("map file line 1"));
}
