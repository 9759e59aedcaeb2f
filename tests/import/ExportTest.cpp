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
