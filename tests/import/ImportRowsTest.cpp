#include "ImportColumns.h"
#include "ImportFixture.h"

#include <catch2/catch.hpp>

using namespace casebook;
using casebook::test::ImportFixture;
using casebook::test::problemText;

namespace {
const QByteArray kMinimal = "Group,Subject,Referral date,Reason";
}

TEST_CASE("import: partnerships' own header variants are recognised", "[import][columns]") {
  const std::vector<std::pair<const char*, ImportColumn>> variants{
      {"Ref", ImportColumn::Reference},          {"Case ref", ImportColumn::Reference},
      {"Case reference", ImportColumn::Reference}, {"Forum", ImportColumn::Group},
      {"Sub-group", ImportColumn::Group},        {"Name", ImportColumn::Subject},
      {"Subject name", ImportColumn::Subject},   {"Client", ImportColumn::Subject},
      {"Subject type", ImportColumn::SubjectType}, {"D.O.B", ImportColumn::DateOfBirth},
      {"DOB", ImportColumn::DateOfBirth},        {"Date of birth", ImportColumn::DateOfBirth},
      {"Age band", ImportColumn::AgeBand},       {"Address", ImportColumn::Address},
      {"AKA", ImportColumn::Aliases},            {"Aliases", ImportColumn::Aliases},
      {"Beat", ImportColumn::Area},              {"Ward", ImportColumn::Area},
      {"Issues", ImportColumn::Themes},          {"Theme", ImportColumn::Themes},
      {"Lead agency", ImportColumn::LeadAgency}, {"Case owner", ImportColumn::Owner},
      {"Lead officer", ImportColumn::Owner},     {"Status", ImportColumn::CaseStatus},
      {"Date referred", ImportColumn::ReferralDate}, {"Date of Referral", ImportColumn::ReferralDate},
      {"date_of_referral", ImportColumn::ReferralDate}, {"Referring agency", ImportColumn::ReferringAgency},
      {"Referrer", ImportColumn::ReferringOfficer}, {"Reason for referral", ImportColumn::Reason},
      {"Criterion", ImportColumn::Criterion},    {" Urgent? ", ImportColumn::Urgent},
      {"L", ImportColumn::Likelihood},           {"I", ImportColumn::Impact},
      {"Risk score", ImportColumn::Score},       {"Assessed on", ImportColumn::AssessedOn},
      {"Outcome", ImportColumn::Outcome},        {"Closed on", ImportColumn::ClosedOn},
  };
  for (const auto& [header, column] : variants) {
    INFO(header);
    const auto recognised = ImportColumns::recognise(QString::fromLatin1(header));
    REQUIRE(recognised.has_value());
    CHECK(*recognised == column);
  }
  CHECK_FALSE(ImportColumns::recognise(QStringLiteral("Shoe size")).has_value());
}

TEST_CASE("import: a tracker with other headers lands in the right fields", "[import][columns]") {
  ImportFixture f;
  f.addChair(QStringLiteral("Chris Chairperson"), QStringLiteral("JAG"));
  auto report = f.importBytes(
      "Case reference,Sub-group,Client,D.O.B,Ward,Theme,Lead officer,Date of referral,Referring agency,Referrer,"
      "Reason for referral,Urgent,L,I,Risk score,Assessed on,AKA\r\n"
      "JAG-2024-007,JAG,Alex Invented,31/12/1990,NL63,\"Domestic abuse, hate\",Chris Chairperson,01/05/2024,HOUS,"
      "Housing officer,Threats to neighbours,yes,5,4,20,2024-06-01,Al; Lexi\r\n");
  INFO(problemText(report).toStdString());
  REQUIRE(report.committed);
  const CaseDetail c = f.detail(QStringLiteral("JAG-2024-007"));
  CHECK(c.groupCode == QStringLiteral("JAG"));
  CHECK(c.record.subject.name == QStringLiteral("Alex Invented"));
  CHECK(c.record.subject.dateOfBirth == QDate(1990, 12, 31));
  CHECK(c.record.subject.aliases == QStringList{QStringLiteral("Al"), QStringLiteral("Lexi")});
  CHECK(c.areaCode == QStringLiteral("NL63"));
  CHECK(c.record.themes == QStringList{QStringLiteral("domestic_abuse"), QStringLiteral("hate")});  // labels read
  CHECK(c.ownerName == QStringLiteral("Chris Chairperson"));
  CHECK(c.record.status == CaseStatus::Open);
  CHECK(c.record.currentScore == 20);
  CHECK(c.record.currentBand == RiskBand::VeryHigh);
  REQUIRE(c.referrals.size() == 1);
  CHECK(c.referrals.front().receivedOn == QDate(2024, 5, 1));
  CHECK(c.referrals.front().urgent);
  CHECK(c.referrals.front().referringOfficer == QStringLiteral("Housing officer"));
  CHECK(c.referrals.front().decision == ReferralDecision::Accepted);
  REQUIRE(c.assessments.size() == 1);
  CHECK(c.assessments.front().assessedOn == QDate(2024, 6, 1));
  CHECK(c.assessments.front().rationale == QStringLiteral("Imported latest score"));
}

TEST_CASE("import: the score must be likelihood x impact, and never stands alone", "[import][rows]") {
  ImportFixture f;
  auto report = f.importBytes(
      "Group,Subject,Referral date,Reason,Likelihood,Impact,Risk score,Assessed on\r\n"
      "YJAG,Score Alone,2024-05-01,ASB,,,12,\r\n"            // line 2
      "YJAG,Wrong Sum,2024-05-01,ASB,3,4,16,\r\n"            // line 3
      "YJAG,Half Score,2024-05-01,ASB,3,,,\r\n"              // line 4
      "YJAG,Dated Nothing,2024-05-01,ASB,,,,2024-05-02\r\n"  // line 5
      "YJAG,Right Sum,2024-05-01,ASB,3,4,12,\r\n");          // line 6: fine
  INFO(problemText(report).toStdString());
  REQUIRE(report.problems.size() == 4);
  CHECK(report.problems[0].line == 2);
  CHECK(report.problems[0].column == QStringLiteral("Risk score"));
  CHECK(report.problems[0].reason.contains(QStringLiteral("a score alone cannot be imported")));
  CHECK(report.problems[1].line == 3);
  CHECK(report.problems[1].reason.contains(QStringLiteral("3 x 4 = 12")));
  CHECK(report.problems[2].line == 4);
  CHECK(report.problems[2].column == QStringLiteral("Impact"));
  CHECK(report.problems[3].line == 5);
  CHECK(report.problems[3].column == QStringLiteral("Assessed on"));
  CHECK(f.caseCount() == 0);
}

TEST_CASE("import: urgent reads the ways spreadsheets write yes and no", "[import][rows]") {
  ImportFixture f;
  QByteArray file = kMinimal + ",Urgent\r\n";
  const QList<QByteArray> yes{"Y", "yes", "TRUE", "1"};
  const QList<QByteArray> no{"N", "No", "false", "0", ""};
  int n = 0;
  for (const auto& value : yes + no) file += "YJAG,Person " + QByteArray::number(++n) + ",2024-05-01,ASB," + value + "\r\n";
  auto report = f.importBytes(file);
  INFO(problemText(report).toStdString());
  REQUIRE(report.committed);
  for (int i = 0; i < report.createdReferences.size(); ++i) {
    INFO(i);
    CHECK(f.detail(report.createdReferences.at(i)).referrals.front().urgent == (i < yes.size()));
  }

  auto maybe = f.importBytes(kMinimal + ",Urgency\r\nYJAG,Unsure Person,2024-05-01,ASB,maybe\r\n");
  REQUIRE(maybe.problems.size() == 1);
  CHECK(maybe.problems.front().column == QStringLiteral("Urgency"));
  CHECK(maybe.problems.front().reason.contains(QStringLiteral("not yes or no")));
}

TEST_CASE("import: every unknown name in a row is reported under its column", "[import][rows]") {
  ImportFixture f;
  auto report = f.importBytes(
      "Group,Subject,Referral date,Reason,Beat,Issues,Case owner,Lead agency,Referring agency\r\n"
      "YJAG,Many Wrongs,2024-05-01,ASB,NL99,asb; shoplifting,Nobody Known,XYZ,ABC\r\n"
      "NOPE,Wrong Group,2024-05-01,ASB,NL61,asb,,,\r\n");
  INFO(problemText(report).toStdString());
  REQUIRE(report.problems.size() == 6);
  QStringList columns;
  for (const auto& p : report.problems) columns << p.column;
  CHECK(columns == QStringList{QStringLiteral("Beat"), QStringLiteral("Lead agency"), QStringLiteral("Referring agency"),
                               QStringLiteral("Case owner"), QStringLiteral("Issues"), QStringLiteral("Group")});
  CHECK(report.problems[3].reason.contains(QStringLiteral("no member is called 'Nobody Known'")));
  CHECK(report.problems[4].reason.contains(QStringLiteral("no theme 'shoplifting'")));
  CHECK(report.problems[5].line == 3);
  CHECK(f.caseCount() == 0);
}

TEST_CASE("import: statuses, and what a closed row needs", "[import][rows]") {
  ImportFixture f;
  const QByteArray header =
      "Reference,Group,Subject,Referral date,Reason,Status,Outcome,Transferred to,Closed on,Approved by\r\n";

  SECTION("referred, open, monitoring and closed rows") {
    auto report = f.importBytes(header +
        "LEDG-2024-001,LEDG,Ref Person,2024-05-01,ASB,referred,,,,\r\n"
        "LEDG-2024-002,LEDG,Open Person,2024-05-01,ASB,Open,,,,\r\n"
        "LEDG-2024-003,LEDG,Watch Person,2024-05-01,ASB,monitoring,,,,\r\n"
        "LEDG-2024-004,LEDG,Gone Person,2024-05-01,ASB,closed,Transferred to another forum,MARAC,03/06/2024,\r\n");
    INFO(problemText(report).toStdString());
    REQUIRE(report.committed);
    CHECK(f.detail(QStringLiteral("LEDG-2024-001")).record.status == CaseStatus::Referred);
    CHECK(f.detail(QStringLiteral("LEDG-2024-001")).referrals.front().decision == ReferralDecision::Pending);
    CHECK(f.detail(QStringLiteral("LEDG-2024-002")).record.status == CaseStatus::Open);
    CHECK(f.detail(QStringLiteral("LEDG-2024-003")).record.status == CaseStatus::Monitoring);
    const Case closed = f.detail(QStringLiteral("LEDG-2024-004")).record;
    CHECK(closed.status == CaseStatus::Closed);
    CHECK(closed.outcome == Outcome::TransferredToOtherForum);
    CHECK(closed.transferredTo == Forum::Marac);
    CHECK(closed.closedOn == QDate(2024, 6, 3));
  }
  SECTION("closure cells on a row that is not closed, and closed rows missing what they need") {
    auto report = f.importBytes(header +
        "LEDG-2024-001,LEDG,Open Person,2024-05-01,ASB,open,risk_reduced,,,\r\n"     // line 2
        "LEDG-2024-002,LEDG,Closed Person,2024-05-01,ASB,closed,,,,\r\n"             // line 3: no outcome, no date
        "LEDG-2024-003,LEDG,Transfer Person,2024-05-01,ASB,closed,transferred,,2024-06-01,\r\n"  // line 4: no forum
        "LEDG-2024-004,LEDG,Odd Person,2024-05-01,ASB,Closed - risk reduced,,,,\r\n"  // line 5: one problem only
        "LEDG-2024-005,LEDG,Forum Person,2024-05-01,ASB,closed,rehoused,mash,2024-06-01,\r\n");  // line 6
    INFO(problemText(report).toStdString());
    REQUIRE(report.problems.size() == 6);
    CHECK(report.problems[0].line == 2);
    CHECK(report.problems[0].column == QStringLiteral("Outcome"));
    CHECK(report.problems[0].reason.contains(QStringLiteral("status is open")));
    CHECK(report.problems[1].column == QStringLiteral("Outcome"));
    CHECK(report.problems[2].column == QStringLiteral("Closed on"));
    CHECK(report.problems[3].line == 4);
    CHECK(report.problems[3].column == QStringLiteral("Transferred to"));
    CHECK(report.problems[4].line == 5);
    CHECK(report.problems[4].column == QStringLiteral("Status"));
    CHECK(report.problems[5].line == 6);
    CHECK(report.problems[5].column == QStringLiteral("Transferred to"));
    CHECK(f.caseCount() == 0);
  }
  SECTION("a JAG case closes only with its chair's approval") {
    const QByteArray row = "JAG-2024-001,JAG,Jag Person,2024-05-01,ASB,closed,risk_reduced,,2024-06-01,";
    auto refused = f.importBytes(header + row + "\r\n");
    REQUIRE(refused.problems.size() == 1);
    CHECK(refused.problems.front().column == QStringLiteral("Approved by"));
    CHECK(refused.problems.front().reason.contains(QStringLiteral("requires the chair's approval")));
    CHECK(refused.problems.front().reason.contains(QStringLiteral("import the case as open")));

    f.addChair(QStringLiteral("Chris Chairperson"), QStringLiteral("JAG"));
    auto approved = f.importBytes(header + row + "Chris Chairperson\r\n");
    INFO(problemText(approved).toStdString());
    REQUIRE(approved.committed);
    CHECK(f.detail(QStringLiteral("JAG-2024-001")).closureApprovedByName == QStringLiteral("Chris Chairperson"));
  }
  SECTION("a closed score is kept: the case closes after its latest assessment") {
    auto report = f.importBytes("Group,Subject,Referral date,Reason,Status,Outcome,Closed on,L,I\r\n"
                                "LCDG,Closed Scored,2024-02-01,Begging,closed,rehoused,2024-04-01,2,2\r\n");
    INFO(problemText(report).toStdString());
    REQUIRE(report.committed);
    const Case c = f.detail(report.createdReferences.front()).record;
    CHECK(c.currentScore == 4);
    CHECK(c.currentBand == RiskBand::Low);
    CHECK(c.outcome == Outcome::Rehoused);
  }
}

TEST_CASE("import: rows without a reference never take one a later row names", "[import][rows]") {
  ImportFixture f;
  auto report = f.importBytes(
      "Reference,Group,Subject,Referral date,Reason\r\n"
      ",AARG,Unnumbered Person,2024-03-01,Self-neglect\r\n"
      "AARG-2024-001,AARG,Numbered Person,2024-03-02,Self-neglect\r\n");
  INFO(problemText(report).toStdString());
  REQUIRE(report.committed);
  CHECK(report.createdReferences == QStringList{QStringLiteral("AARG-2024-002"), QStringLiteral("AARG-2024-001")});
  CHECK(f.detail(QStringLiteral("AARG-2024-002")).record.subject.name == QStringLiteral("Unnumbered Person"));
}

TEST_CASE("import: cells that fit the header, and cells that do not", "[import][rows]") {
  ImportFixture f;
  SECTION("empty cells past the header, as spreadsheets pad rows, are ignored") {
    auto report = f.importBytes(kMinimal + "\r\nYJAG,Padded Person,2024-05-01,ASB,,,\r\n");
    CHECK(report.committed);
    CHECK(f.caseCount() == 1);
  }
  SECTION("a value past the header is reported") {
    auto report = f.importBytes(kMinimal + "\r\nYJAG,Long Person,2024-05-01,ASB,stray\r\n");
    REQUIRE(report.problems.size() == 1);
    CHECK(report.problems.front().column == QStringLiteral("column 5"));
    CHECK(report.problems.front().reason.contains(QStringLiteral("a comma may need quotes")));
    CHECK(f.caseCount() == 0);
  }
  SECTION("a value under a column with no header is reported") {
    auto report = f.importBytes("Group,Subject,,Referral date,Reason\r\nYJAG,Note Person,a note,2024-05-01,ASB\r\n");
    REQUIRE(report.problems.size() == 1);
    CHECK(report.problems.front().column == QStringLiteral("column 3"));
    CHECK(report.problems.front().reason.contains(QStringLiteral("no header")));
    CHECK(f.caseCount() == 0);
  }
  SECTION("an export's formula guard is read back without the apostrophe") {
    auto report = f.importBytes(kMinimal + "\r\nYJAG,'=Odd Name,2024-05-01,'-ASB\r\n");
    REQUIRE(report.committed);
    const Case c = f.detail(report.createdReferences.front()).record;
    CHECK(c.subject.name == QStringLiteral("=Odd Name"));
    CHECK(c.addedReason == QStringLiteral("-ASB"));
  }
  SECTION("a dry run with problems lists them and saves nothing") {
    ImportOptions dry;
    dry.dryRun = true;
    auto report = f.importBytes(kMinimal + "\r\nYJAG,Good Person,2024-05-01,ASB\r\nYJAG,Bad Date,2024-13-01,ASB\r\n", dry);
    REQUIRE(report.problems.size() == 1);
    CHECK(report.problems.front().line == 3);
    CHECK_FALSE(report.committed);
    CHECK(f.caseCount() == 0);
  }
}
