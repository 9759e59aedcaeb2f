// Hostile text on its way out: exported CSV must never hand a spreadsheet a formula (OWASP
// CSV injection), and an exported file must import back to exactly the text that was saved
// (docs/import.md: the import undoes the export's guard).
#include "CsvReader.h"
#include "ExportService.h"
#include "HostileText.h"
#include "ImportService.h"
#include "IntegrityService.h"
#include "ServiceFixture.h"

#include <QRegularExpression>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace casebook;
using namespace casebook::test;

namespace {

// CsvWriter::neutraliseFormula's rule, restated so that the test does not trust the code.
bool startsLikeFormula(const QString& cell) {
  return !cell.isEmpty() && QStringLiteral("=+-@\t\r").contains(cell.front());
}

QString guarded(const QString& text) { return startsLikeFormula(text) ? QLatin1Char('\'') + text : text; }

// One closed case per hostile text, every exported free-text column holding it, with an
// action and an update holding it too.
QStringList addHostileCases(TestBed& bed) {
  QStringList references;
  for (const auto& hostile : hostileTexts()) {
    NewCaseInput input = newCase("LEDG", "placeholder");
    input.subject.name = hostile.text;
    input.subject.aliases = QStringList{hostile.text};
    input.subject.address = hostile.text;
    input.referral.referringOfficer = hostile.text;
    input.referral.reason = hostile.text;
    input.allowLikelyDuplicate = true;  // "\t=1" and "\r=1" are both "=1" once the name is trimmed
    const QString reference = createCase(bed, input);
    auto action = ActionService(bed.ctx).add(
        {reference, 0, 0, hostile.text, {}, QStringLiteral("POL"), QDate(2024, 6, 1), QDate(2024, 6, 30)});
    REQUIRE(action.ok());
    REQUIRE(ActionService(bed.ctx).update({action->value, ActionStatus::Complete, hostile.text, QDate(2024, 6, 5), {}}).ok());
    const auto closed = CaseService(bed.ctx).close(reference, {Outcome::RiskReduced, std::nullopt, hostile.text, QDate(2024, 6, 10), {}});
    INFO(errorText(closed));
    REQUIRE(closed.ok());
    references << reference;
  }
  return references;
}

CsvTable readCsv(const QString& path) {
  QByteArray bytes = fileBytes(path);
  REQUIRE(bytes.startsWith("\xEF\xBB\xBF"));
  auto table = CsvReader::parse(QString::fromUtf8(bytes.mid(3)));
  INFO(errorText(table));
  REQUIRE(table.ok());
  return table.value();
}

void checkNoCellRunsAsFormula(const CsvTable& table) {
  for (const auto& row : table.rows) {
    for (const auto& cell : row.cells) {
      INFO("line " << row.line << ": " << cell.left(40));
      CHECK_FALSE(startsLikeFormula(cell));
    }
  }
}

QString cell(const CsvTable& table, const CsvRow& row, const char* column) {
  const auto index = table.header.indexOf(QString::fromLatin1(column));
  REQUIRE(index >= 0);
  return row.cells.value(index);
}

// docs/import.md: aliases are one cell, separated by ';' or ','.
QStringList aliasesAfterImport(const QString& alias) {
  QStringList parts;
  for (const auto& part : alias.split(QRegularExpression(QStringLiteral("[;,]")))) {
    if (!part.trimmed().isEmpty()) parts << part.trimmed();
  }
  return parts;
}

}  // namespace

TEST_CASE("injection: exported cases neutralise formulas and import back unchanged", "[injection][export]") {
  TestBed source;
  const QStringList references = addHostileCases(source);
  QTemporaryDir dir;
  const QString path = dir.filePath(QStringLiteral("cases.csv"));
  auto exported = ExportService(source.ctx).exportCases(path, {});
  INFO(errorText(exported));
  REQUIRE(exported.ok());

  const CsvTable table = readCsv(path);
  REQUIRE(table.rows.size() == hostileTexts().size());
  checkNoCellRunsAsFormula(table);
  for (std::size_t i = 0; i < table.rows.size(); ++i) {
    const QString text = hostileTexts()[i].text;
    INFO("text: " << hostileTexts()[i].label);
    const CsvRow& row = table.rows[i];
    REQUIRE(cell(table, row, "Reference") == references.at(static_cast<qsizetype>(i)));
    CHECK(cell(table, row, "Subject") == guarded(text.trimmed()));
    for (const char* column : {"Address", "Aliases", "Referring officer", "Reason", "Closure note"}) {
      INFO(column);
      CHECK(cell(table, row, column) == guarded(text));
    }
  }

  TestBed target;
  auto imported = ImportService(target.ctx).importCases(path, {});
  INFO(errorText(imported));
  REQUIRE(imported.ok());
  for (const auto& p : imported->problems) INFO("line " << p.line << ", " << p.column << ": " << p.reason.left(200));
  CHECK(imported->problems.empty());
  REQUIRE(imported->committed);
  for (std::size_t i = 0; i < hostileTexts().size(); ++i) {
    const QString text = hostileTexts()[i].text;
    INFO("text: " << hostileTexts()[i].label);
    const CaseDetail before = detail(source, references.at(static_cast<qsizetype>(i)));
    const CaseDetail after = detail(target, references.at(static_cast<qsizetype>(i)));
    CHECK(after.record.subject.name == text.trimmed());
    CHECK(after.record.subject.address == text);
    CHECK(after.record.subject.aliases == aliasesAfterImport(text));
    CHECK(after.referrals.front().referringOfficer == text);
    CHECK(after.referrals.front().reason == text);
    CHECK(after.record.addedReason == text);
    CHECK(after.record.closureNote == text);
    CHECK(after.record.status == before.record.status);
    CHECK(after.record.currentScore == before.record.currentScore);
  }
  auto findings = IntegrityService(target.ctx).check();
  REQUIRE(findings.ok());
  CHECK(findings->isEmpty());
}

TEST_CASE("injection: the exported action log neutralises formulas", "[injection][export]") {
  TestBed bed;
  addHostileCases(bed);
  QTemporaryDir dir;
  const QString path = dir.filePath(QStringLiteral("actions.csv"));
  auto exported = ExportService(bed.ctx).exportActions(path, {});
  INFO(errorText(exported));
  REQUIRE(exported.ok());
  const CsvTable table = readCsv(path);
  REQUIRE(table.rows.size() == hostileTexts().size());
  checkNoCellRunsAsFormula(table);
  QStringList actions;
  QStringList updates;
  for (const auto& row : table.rows) {
    actions << cell(table, row, "Action");
    updates << cell(table, row, "Update");
  }
  for (const auto& hostile : hostileTexts()) {
    INFO("text: " << hostile.label);
    // Action text and updates are trimmed by ActionService.
    CHECK(actions.contains(guarded(hostile.text.trimmed())));
    CHECK(updates.contains(guarded(hostile.text.trimmed())));
  }
}
