// Hostile text in every free-text field the services accept: it must be stored as data and
// read back unchanged (or refused by the field's own rule), leaving the schema and every
// other row as they were. SQL is parameterised throughout storage; these tests keep it so.
#include "HostileText.h"
#include "InjectionFields.h"
#include "IntegrityService.h"
#include "ServiceFixture.h"
#include "TableCounts.h"

#include <QRegularExpression>

#include <catch2/catch.hpp>

using namespace casebook;
using namespace casebook::test;

namespace {

std::vector<TableCount> tableCounts(InjectionScene& s) {
  Database& db = *s.bed.db;
  auto counts = db.read([&]() -> Result<std::vector<TableCount>> { return TableCounts(db).all(); });
  REQUIRE(counts.ok());
  return counts.value();
}

QStringList tableNames(const std::vector<TableCount>& counts) {
  QStringList names;
  for (const auto& c : counts) names << c.table;
  return names;
}

QStringList rowCounts(const std::vector<TableCount>& counts) {
  QStringList rows;
  for (const auto& c : counts) rows << c.table + QLatin1Char('=') + QString::number(c.rows);
  return rows;
}

// Lines sorted, because lists ordered by name (members, groups) place a text by its value.
QStringList sortedLines(const QString& snapshotText) {
  QStringList lines = snapshotText.split(QLatin1Char('\n'));
  lines.sort();
  return lines;
}

void checkSound(InjectionScene& s) {
  auto findings = IntegrityService(s.bed.ctx).check();
  REQUIRE(findings.ok());
  CHECK(findings->isEmpty());
}

// Writes a plain text through the field as a reference database, then every hostile text
// into a fresh database of its own, and compares them: the same tables with the same
// number of rows, and the same snapshot once both values are replaced by one mark.
void checkField(const TextField& field) {
  INFO("field: " << field.name);
  InjectionScene reference;
  const auto plainWrite = field.write(reference, field.plain);
  INFO(errorText(plainWrite));
  REQUIRE(plainWrite.ok());
  REQUIRE(field.read(reference) == field.plain);
  const QString referenceSnapshot = snapshot(reference.bed.ctx);
  const auto expectedCounts = tableCounts(reference);

  for (const auto& hostile : hostileTexts()) {
    INFO("text: " << hostile.label);
    InjectionScene scene;
    const QString before = snapshot(scene.bed.ctx);
    const auto countsBefore = tableCounts(scene);
    const auto written = field.write(scene, hostile.text);
    if (field.refuses && field.refuses(hostile.text)) {
      REQUIRE_FALSE(written.ok());
      CHECK(written.error().kind == Error::Kind::Invalid);
      CHECK_FALSE(written.error().field.isEmpty());
      CHECK_FALSE(written.error().problem.isEmpty());
      CHECK(snapshot(scene.bed.ctx) == before);
      CHECK(rowCounts(tableCounts(scene)) == rowCounts(countsBefore));
    } else {
      INFO(errorText(written));
      REQUIRE(written.ok());
      const QString stored = field.trims ? hostile.text.trimmed() : hostile.text;
      CHECK(field.read(scene) == stored);
      // Both sides have the value, and anything else that happens to read like it (a short
      // "=1" is in "updates=1"), replaced by the same mark.
      const QString mark = QStringLiteral("<<value>>");
      CHECK(sortedLines(snapshot(scene.bed.ctx).replace(stored, mark)) ==
            sortedLines(QString(referenceSnapshot).replace(field.plain, mark).replace(stored, mark)));
      CHECK(rowCounts(tableCounts(scene)) == rowCounts(expectedCounts));
    }
    CHECK(tableNames(tableCounts(scene)) == tableNames(expectedCounts));
    checkSound(scene);
  }
}

void checkFields(const std::vector<TextField>& fields) {
  for (const auto& field : fields) checkField(field);
}

}  // namespace

TEST_CASE("injection: new case, subject and referral text", "[injection]") { checkFields(caseFields()); }

TEST_CASE("injection: case changes, closure, links and notes", "[injection]") { checkFields(caseChangeFields()); }

TEST_CASE("injection: referral decisions, escalation and step-down", "[injection]") { checkFields(referralFields()); }

TEST_CASE("injection: risk assessments and actions", "[injection]") { checkFields(riskActionFields()); }

TEST_CASE("injection: meetings and the directory", "[injection]") { checkFields(meetingDirectoryFields()); }

TEST_CASE("injection: the CSP plan", "[injection]") { checkFields(planFields()); }

TEST_CASE("injection: a note over the length limit is refused and nothing changes", "[injection]") {
  InjectionScene scene;
  const QString before = snapshot(scene.bed.ctx);
  const QString tooLong = longText() + QLatin1Char('x');
  CHECK_REFUSED_UNCHANGED(scene.bed, before, CaseService(scene.bed.ctx).addNote(scene.baseCase, tooLong, {}),
                          Error::Kind::Invalid, "text");
  checkSound(scene);
}

TEST_CASE("injection: hostile search text is searched for as words", "[injection]") {
  // Search text reaches FTS5 MATCH as bound values: no case holds these words, so none is
  // found (a spliced "' OR '1'='1" would find every case). A pasted paragraph is refused
  // with a message rather than failing in SQLite (CaseReader, kMaxSearchWords).
  for (const auto& hostile : hostileTexts()) {
    INFO("text: " << hostile.label);
    InjectionScene scene;
    const QString before = snapshot(scene.bed.ctx);
    CaseListRequest request;
    request.text = hostile.text;
    auto page = CaseReader(scene.bed.ctx).list(request);
    if (hostile.text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts).size() > 32) {
      REQUIRE_FALSE(page.ok());
      CHECK(page.error().kind == Error::Kind::Invalid);
      CHECK(page.error().field == QStringLiteral("text"));
    } else {
      INFO(errorText(page));
      REQUIRE(page.ok());
      CHECK(page->total == 0);
    }
    CHECK(snapshot(scene.bed.ctx) == before);
    checkSound(scene);
  }
}
