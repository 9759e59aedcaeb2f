#include "ActionService.h"
#include "CaseService.h"
#include "CsvReader.h"
#include "ExportService.h"
#include "ImportFixture.h"

#include <catch2/catch.hpp>

using namespace casebook;
using casebook::test::ImportFixture;

TEST_CASE("export: formula-like cells are neutralised", "[export]") {
  ImportFixture f;
  for (const char* name : {"=SUM(A1:A9)", "+44 7000", "-1+1", "@cmd"}) {
    NewCaseInput input;
    input.subject.name = QString::fromLatin1(name);
    input.referral.groupCode = QStringLiteral("LEDG");
    input.referral.receivedOn = QDate(2024, 5, 1);
    input.referral.reason = QStringLiteral("ASB");
    input.allowLikelyDuplicate = true;
    REQUIRE(CaseService(f.bed.ctx).create(input).ok());
  }
  const QString out = f.dir.filePath(QStringLiteral("cases.csv"));
  auto report = ExportService(f.bed.ctx).exportCases(out, {});
  REQUIRE(report.ok());
  CHECK(report->rows == 4);
  const QByteArray bytes = fileBytes(out);
  CHECK(bytes.startsWith("\xEF\xBB\xBF\"Reference\",\"Group\",\"Subject\""));
  for (const char* cell : {"\"'=SUM(A1:A9)\"", "\"'+44 7000\"", "\"'-1+1\"", "\"'@cmd\""}) {
    INFO(cell);
    CHECK(bytes.contains(cell));
  }
}

TEST_CASE("export: cases re-import into an empty database with the same figures", "[export]") {
  ImportFixture source;
  REQUIRE(source.import(QStringLiteral(CASEBOOK_SAMPLES "/jag-tracker-sample.csv"))->committed);
  const QString out = source.dir.filePath(QStringLiteral("roundtrip.csv"));
  REQUIRE(ExportService(source.bed.ctx).exportCases(out, {}).ok());

  ImportFixture target;
  auto report = target.import(out);
  INFO(errorText(report));
  REQUIRE(report.ok());
  for (const auto& p : report->problems) INFO(p.line << " " << p.column.toStdString() << " " << p.reason.toStdString());
  REQUIRE(report->problems.empty());
  auto before = CaseReader(source.bed.ctx).list({});
  auto after = CaseReader(target.bed.ctx).list({});
  REQUIRE(before->rows.size() == after->rows.size());
  for (std::size_t i = 0; i < before->rows.size(); ++i) {
    CHECK(before->rows[i].reference == after->rows[i].reference);
    CHECK(before->rows[i].status == after->rows[i].status);
    CHECK(before->rows[i].score == after->rows[i].score);
    CHECK(before->rows[i].themes == after->rows[i].themes);
  }
}

TEST_CASE("export: the action log has the partnership's columns and the latest update", "[export]") {
  ImportFixture f;
  REQUIRE(f.import(QStringLiteral(CASEBOOK_SAMPLES "/jag-tracker-sample.csv"))->committed);
  NewActionInput action;
  action.caseReference = QStringLiteral("YJAG-2024-101");
  action.text = QStringLiteral("Safety plan with school");
  action.ownerAgency = QStringLiteral("YJS");
  action.raisedOn = QDate(2024, 6, 1);
  action.dueOn = QDate(2024, 6, 10);
  auto id = ActionService(f.bed.ctx).add(action);
  REQUIRE(id.ok());
  ActionUpdateInput update;
  update.actionId = id->value;
  update.status = ActionStatus::InProgress;
  update.text = QStringLiteral("School meeting booked");
  update.on = QDate(2024, 6, 5);
  REQUIRE(ActionService(f.bed.ctx).update(update).ok());

  const QString out = f.dir.filePath(QStringLiteral("actions.csv"));
  REQUIRE(ExportService(f.bed.ctx).exportActions(out, {})->rows == 1);
  auto table = CsvReader::parse(QString::fromUtf8(fileBytes(out).mid(3)));
  REQUIRE(table.ok());
  CHECK(table->header.contains(QStringLiteral("Complete by")));
  const QStringList row = table->rows.front().cells;
  CHECK(row.at(1) == QStringLiteral("YJAG-2024-101"));
  CHECK(row.at(8) == QStringLiteral("in_progress"));
  CHECK(row.at(9) == QStringLiteral("yes"));  // due 10 June, today is 15 June
  CHECK(row.at(13) == QStringLiteral("School meeting booked"));
}

TEST_CASE("export: every matching case is written, past any page size", "[export]") {
  ImportFixture f;
  for (int i = 0; i < 250; ++i) {
    NewCaseInput input;
    input.subject.name = QStringLiteral("Person %1").arg(i);
    input.referral.groupCode = i % 5 == 0 ? QStringLiteral("YJAG") : QStringLiteral("LEDG");
    input.referral.receivedOn = QDate(2024, 5, 1);
    input.referral.reason = QStringLiteral("ASB");
    input.allowLikelyDuplicate = true;
    REQUIRE(CaseService(f.bed.ctx).create(input).ok());
  }
  const QString all = f.dir.filePath(QStringLiteral("all.csv"));
  CHECK(ExportService(f.bed.ctx).exportCases(all, {})->rows == 250);
  auto table = CsvReader::parse(QString::fromUtf8(fileBytes(all).mid(3)));
  REQUIRE(table.ok());
  CHECK(table->rows.size() == 250);

  CaseListRequest yjag;
  yjag.groupCode = QStringLiteral("YJAG");
  CHECK(ExportService(f.bed.ctx).exportCases(f.dir.filePath(QStringLiteral("yjag.csv")), yjag)->rows == 50);
}

TEST_CASE("export: action text that looks like a formula is neutralised too", "[export]") {
  ImportFixture f;
  REQUIRE(f.import(QStringLiteral(CASEBOOK_SAMPLES "/jag-tracker-sample.csv"))->committed);
  NewActionInput action;
  action.caseReference = QStringLiteral("YJAG-2024-101");
  action.text = QStringLiteral("=HYPERLINK(\"http://example.invalid\",\"click\")");
  action.ownerAgency = QStringLiteral("YJS");
  action.dueOn = QDate(2024, 7, 1);
  REQUIRE(ActionService(f.bed.ctx).add(action).ok());
  const QString out = f.dir.filePath(QStringLiteral("actions.csv"));
  REQUIRE(ExportService(f.bed.ctx).exportActions(out, {}).ok());
  CHECK(fileBytes(out).contains("\"'=HYPERLINK(\"\"http://example.invalid\"\",\"\"click\"\")\""));
}

TEST_CASE("export: a file that cannot be written is an error and leaves nothing behind", "[export]") {
  ImportFixture f;
  const QString out = f.dir.filePath(QStringLiteral("no/such/folder/cases.csv"));
  auto report = ExportService(f.bed.ctx).exportCases(out, {});
  REQUIRE_FALSE(report.ok());
  CHECK(report.error().problem.contains(QStringLiteral("cannot write")));
  CHECK_FALSE(QFile::exists(out));
}

TEST_CASE("export: closed, owned and formula-like cases survive the round trip field by field", "[export]") {
  const QByteArray tracker =
      "Reference,Group,Subject,Aliases,Date of birth,Area,Themes,Owner,Status,Referral date,Referring agency,"
      "Reason,Criterion,Urgent,Likelihood,Impact,Assessed on,Outcome,Closed on,Closure note,Approved by\r\n"
      "JAG-2024-001,JAG,=Odd Name,Al; Lexi,1990-12-31,NL63,hate; asb,Chris Chairperson,closed,2024-03-01,POL,"
      "-Threats,professional_judgement,yes,4,5,2024-04-01,enforcement,2024-05-01,Injunction granted,Chris Chairperson\r\n"
      "AARG-2024-003,AARG,@Handle,,,,self_neglect,,monitoring,2024-02-01,NHS,Hoarding,,no,2,3,2024-05-20,,,,\r\n";
  ImportFixture source;
  source.addChair(QStringLiteral("Chris Chairperson"), QStringLiteral("JAG"));
  const auto imported = source.importBytes(tracker);
  INFO(casebook::test::problemText(imported).toStdString());
  REQUIRE(imported.committed);
  const QString out = source.dir.filePath(QStringLiteral("roundtrip.csv"));
  REQUIRE(ExportService(source.bed.ctx).exportCases(out, {}).ok());
  CHECK(fileBytes(out).contains("\"'=Odd Name\""));

  ImportFixture target;
  target.addChair(QStringLiteral("Chris Chairperson"), QStringLiteral("JAG"));  // members are not exported
  auto report = target.import(out);
  INFO(errorText(report).toStdString());
  REQUIRE(report.ok());
  INFO(casebook::test::problemText(report.value()).toStdString());
  REQUIRE(report->committed);
  for (const auto& reference : {QStringLiteral("JAG-2024-001"), QStringLiteral("AARG-2024-003")}) {
    INFO(reference.toStdString());
    const CaseDetail a = source.detail(reference);
    const CaseDetail b = target.detail(reference);
    CHECK(a.record.subject.name == b.record.subject.name);
    CHECK(a.record.subject.aliases == b.record.subject.aliases);
    CHECK(a.record.subject.dateOfBirth == b.record.subject.dateOfBirth);
    CHECK(a.areaCode == b.areaCode);
    CHECK(a.record.themes == b.record.themes);
    CHECK(a.ownerName == b.ownerName);
    CHECK(a.record.status == b.record.status);
    CHECK(a.record.addedReason == b.record.addedReason);
    CHECK(a.record.currentScore == b.record.currentScore);
    CHECK(a.record.currentBand == b.record.currentBand);
    CHECK(a.record.nextReviewOn == b.record.nextReviewOn);
    CHECK(a.record.outcome == b.record.outcome);
    CHECK(a.record.closedOn == b.record.closedOn);
    CHECK(a.record.closureNote == b.record.closureNote);
    CHECK(a.closureApprovedByName == b.closureApprovedByName);
    CHECK(a.referrals.front().receivedOn == b.referrals.front().receivedOn);
    CHECK(a.referrals.front().urgent == b.referrals.front().urgent);
    CHECK(a.referrals.front().criterion == b.referrals.front().criterion);
    CHECK(a.assessments.back().assessedOn == b.assessments.back().assessedOn);
  }
  CHECK(target.detail(QStringLiteral("JAG-2024-001")).record.subject.name == QStringLiteral("=Odd Name"));
}
