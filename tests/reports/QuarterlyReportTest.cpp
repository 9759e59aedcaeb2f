// The quarterly report's parts on figures made by hand: tables, suppression, the first
// draft's sentences and the templates (issue 7).
#include "Narrative.h"
#include "QuarterlyReport.h"
#include "ReportTables.h"
#include "ReportTemplate.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace casebook;

namespace {

QuarterlyReportData youthQuarter() {
  QuarterlyReportData d;
  d.request = {QStringLiteral("csp"), Quarter::calendar(2024, 4), {QStringLiteral("YJAG")}, std::nullopt};
  d.figures.groups = {QStringLiteral("YJAG")};
  d.figures.now.quarter = Quarter::calendar(2024, 4);
  d.figures.previous.quarter = Quarter::calendar(2024, 3);
  d.figures.lastYear.quarter = Quarter::calendar(2023, 4);
  d.figures.now.referralsReceived = 14;
  d.figures.previous.referralsReceived = 9;
  d.figures.lastYear.referralsReceived = 11;
  d.figures.now.referralsAccepted = 12;
  d.figures.now.referralsDeclined = 2;
  d.figures.now.casesOpened = 12;
  d.figures.now.casesClosed = 3;
  d.figures.now.openAtEnd = 30;
  d.figures.now.openAtEndByBand = {{RiskBand::VeryHigh, 3}, {RiskBand::High, 9}, {RiskBand::Medium, 10}, {RiskBand::Low, 8}};
  d.figures.now.actionsRaised = 3;
  d.figures.now.actionsCompleted = 4;
  d.figures.now.actionsCompletedOnTime = 3;
  d.figures.now.meetingsHeld = 2;
  d.figures.now.referralsByAgency = {{QStringLiteral("POL"), 8}, {QStringLiteral("YJS"), 6}};
  d.agencyNames = {{QStringLiteral("POL"), QStringLiteral("Police")}, {QStringLiteral("YJS"), QStringLiteral("Youth justice service")}};
  d.date = QDate(2025, 1, 10);
  d.author = QStringLiteral("Report author");
  d.organisation = QStringLiteral("Northshire CSP");
  d.trend = {d.figures.lastYear, d.figures.previous, d.figures.previous, d.figures.previous, d.figures.now};
  return d;
}

const ReportRow& rowOf(const std::vector<ReportRow>& rows, const QString& key) {
  for (const auto& r : rows) {
    if (r.key == key) return r;
  }
  FAIL("no row " << key.toStdString());
  return rows.front();
}

}  // namespace

TEST_CASE("report tables show each figure beside the previous quarter and a year before, with change",
          "[quarterly]") {
  const ReportTables t = reportTables(youthQuarter());
  const ReportRow& received = rowOf(t.headline, QStringLiteral("referrals_received"));
  CHECK(received.now == QStringLiteral("14"));
  CHECK(received.previous == QStringLiteral("9"));
  CHECK(received.change == QStringLiteral("+56%"));
  CHECK(received.yearChange == QStringLiteral("+27%"));
  CHECK(rowOf(t.headline, QStringLiteral("cases_closed")).previous == QStringLiteral("0"));
  CHECK(rowOf(t.headline, QStringLiteral("cases_closed")).change == QStringLiteral("-"));  // 0 before, hidden now
  CHECK(percentChangeText(0, 4) == QStringLiteral("new"));
  CHECK(percentChangeText(0, 0) == QStringLiteral("-"));
  CHECK(percentChangeText(10, 5) == QStringLiteral("-50%"));
  CHECK(percentChangeText(10000, 9999) == QStringLiteral("0%"));  // never "-0%"
  CHECK(percentChangeText(636, 670, 1) == QStringLiteral("+5.3%"));
}

TEST_CASE("counts of people and cases below 5 are suppressed in tables, changes and charts' values, other counts are not",
          "[quarterly]") {
  QuarterlyReportData d = youthQuarter();
  ReportTables t = reportTables(d);
  CHECK(rowOf(t.headline, QStringLiteral("referrals_declined")).now == QStringLiteral("fewer than 5"));
  CHECK(rowOf(t.headline, QStringLiteral("cases_closed")).now == QStringLiteral("fewer than 5"));
  CHECK_FALSE(rowOf(t.headline, QStringLiteral("cases_closed")).nowValue.has_value());
  // Actions and meetings are about agencies' work, not about anyone's case.
  CHECK(rowOf(t.headline, QStringLiteral("actions_raised")).now == QStringLiteral("3"));
  CHECK(rowOf(t.headline, QStringLiteral("meetings_held")).now == QStringLiteral("2"));
  // Very high (3) is hidden, and so is the next smallest band (low, 8), since the total of 30
  // is printed; that one is not small, so it says "withheld".
  CHECK(rowOf(t.bands, QStringLiteral("very_high")).now == QStringLiteral("fewer than 5"));
  CHECK(rowOf(t.bands, QStringLiteral("low")).now == QStringLiteral("withheld"));
  CHECK_FALSE(rowOf(t.bands, QStringLiteral("low")).nowValue.has_value());
  CHECK(rowOf(t.bands, QStringLiteral("high")).now == QStringLiteral("9"));

  d.disclosure.suppressBelow = 0;
  t = reportTables(d);
  CHECK(rowOf(t.headline, QStringLiteral("cases_closed")).now == QStringLiteral("3"));
  CHECK(rowOf(t.bands, QStringLiteral("very_high")).now == QStringLiteral("3"));
  d.disclosure.suppressBelow = 10;
  t = reportTables(d);
  CHECK(rowOf(t.headline, QStringLiteral("referrals_received")).previous == QStringLiteral("fewer than 10"));
  CHECK(rowOf(t.headline, QStringLiteral("referrals_received")).change == QStringLiteral("-"));
}

TEST_CASE("the first draft says what the figures say, in sentences, and suppresses as the tables do", "[quarterly]") {
  QuarterlyReportData d = youthQuarter();
  auto report = loadReportTemplate(QStringLiteral("csp"));
  REQUIRE(report.ok());
  const auto texts = draftTexts(d, report.value());
  const QString text = texts.at(QStringLiteral("case_management"));
  INFO(text.toStdString());
  CHECK(text.contains(QStringLiteral("The YJAG received 14 referrals in 2024Q4, up from 9 in 2024Q3")));
  CHECK(text.contains(QStringLiteral("against 11 in 2023Q4 a year before")));
  CHECK(text.contains(QStringLiteral("12 were accepted and fewer than 5 declined")));
  CHECK(text.contains(QStringLiteral("Most came from Police (8)")));
  CHECK(text.contains(QStringLiteral("12 cases were opened and fewer than 5 closed")));
  CHECK(text.contains(QStringLiteral("4 were completed")) == false);
  CHECK(text.contains(QStringLiteral("3 actions were raised and 4 completed, 75% of them on time")));
  CHECK(texts.at(QStringLiteral("summary")).contains(QStringLiteral("1 October 2024 to 31 December 2024")));
  {
    QuarterlyReportData moves = d;
    moves.figures.now.escalationsOut = 6;
    moves.figures.now.actionsOverdueAtEnd = 0;
    const QString said = draftTexts(moves, report.value()).at(QStringLiteral("case_management"));
    CHECK(said.contains(QStringLiteral("6 cases were escalated to a higher group and none stepped down.")));
    CHECK(said.contains(QStringLiteral("; none were overdue at the quarter's end.")));
  }
  // Sections the generator does not know are there, empty, for a person to write.
  CHECK(texts.at(QStringLiteral("recommendations")).isEmpty());

  d.figures.now.referralsReceived = 1;
  const QString one = draftTexts(d, report.value()).at(QStringLiteral("case_management"));
  d.disclosure.suppressBelow = 0;
  const QString unsuppressed = draftTexts(d, report.value()).at(QStringLiteral("case_management"));
  CHECK(one.contains(QStringLiteral("received fewer than 5 referrals in 2024Q4")));
  CHECK(unsuppressed.contains(QStringLiteral("received 1 referral in 2024Q4, down from 9")));

  // A saved draft keeps what people wrote; what they left as generated is written again from
  // today's figures and suppression, so it never holds a stale or unsuppressed number.
  d.draftVersion = 2;
  d.disclosure.suppressBelow = 5;
  d.figures.now.referralsReceived = 14;
  auto written = writtenSections(d, report.value(), draftTexts(d, report.value()));
  CHECK(written.count(QStringLiteral("case_management")) == 0);  // untouched: not stored
  written[QStringLiteral("summary")] = QStringLiteral("Edited by hand.");
  d.texts = written;
  d.disclosure.suppressBelow = 20;  // raised after the save
  const auto saved = draftTexts(d, report.value());
  CHECK(saved.at(QStringLiteral("summary")) == QStringLiteral("Edited by hand."));
  CHECK(saved.at(QStringLiteral("case_management")).contains(QStringLiteral("received fewer than 20 referrals")));
  CHECK(saved.at(QStringLiteral("recommendations")).isEmpty());
}

TEST_CASE("both shipped templates declare their sections and fill every table", "[quarterly]") {
  for (const char* name : {"csp", "jag-narrative"}) {
    INFO(name);
    auto report = loadReportTemplate(QString::fromLatin1(name));
    REQUIRE(report.ok());
    CHECK_FALSE(report->title.isEmpty());
    CHECK(report->sections.size() >= 5);
    QuarterlyReportData d = youthQuarter();
    auto rendered = renderQuarterlyReport(d, report.value(), draftTexts(d, report.value()));
    REQUIRE(rendered.ok());
    const QString md = rendered->markdown;
    CHECK(md.contains(QStringLiteral("| Referrals received | 14 | 9 | +56% | 11 | +27% |")));
    CHECK(md.contains(QStringLiteral("![Referrals received by quarter](chart:referrals)")));
    CHECK_FALSE(md.contains(QStringLiteral("{{")));
    CHECK(rendered->charts.count(QStringLiteral("referrals")) == 1);
    CHECK(rendered->charts.at(QStringLiteral("bands")).width() > 600);
  }
  // The CSP form reports by the plan's themes when there is one, and says so when not.
  QuarterlyReportData d = youthQuarter();
  auto csp = loadReportTemplate(QStringLiteral("csp"));
  CHECK(renderQuarterlyReport(d, csp.value(), {})->markdown.contains(QStringLiteral("No CSP plan covers 2024Q4")));
  d.plan = Plan{PlanId(1), QStringLiteral("Safer Northshire 2023-26"), QDate(2023, 4, 1), QDate(2026, 3, 31),
                {{QStringLiteral("Safer streets"), {{PriorityId(7), QStringLiteral("P1"), QStringLiteral("Reduce ASB"), {}}}},
                 {QStringLiteral("Protecting people"), {}}}};
  const auto sections = sectionsFor(csp.value(), d.plan);
  const bool hasTheme2 = std::any_of(sections.begin(), sections.end(), [](const auto& s) { return s.key == QStringLiteral("theme_2"); });
  CHECK(hasTheme2);
  auto withPlan = renderQuarterlyReport(d, csp.value(), {{QStringLiteral("theme_1"), QStringLiteral("Street patrols began.")}});
  REQUIRE(withPlan.ok());
  CHECK(withPlan->markdown.contains(QStringLiteral("### Safer streets")));
  CHECK(withPlan->markdown.contains(QStringLiteral("**P1** Reduce ASB")));
  CHECK(withPlan->markdown.contains(QStringLiteral("Street patrols began.")));
}

TEST_CASE("a value that means something in Markdown is escaped, a draft's own Markdown is kept", "[quarterly]") {
  QuarterlyReportData d = youthQuarter();
  d.agencyNames[QStringLiteral("POL")] = QStringLiteral("Police | *Force*");
  auto report = loadReportTemplate(QStringLiteral("csp"));
  auto rendered = renderQuarterlyReport(d, report.value(), {{QStringLiteral("summary"), QStringLiteral("**Bold** words")}});
  REQUIRE(rendered.ok());
  CHECK(rendered->markdown.contains(QStringLiteral("| Police \\| \\*Force\\* |")));
  CHECK(rendered->markdown.contains(QStringLiteral("**Bold** words")));
}

TEST_CASE("a template with unbalanced sections or no title is refused with its line", "[quarterly]") {
  auto unclosed = parseReportTemplate(QStringLiteral("mine"), QStringLiteral("{{! title: Mine }}\nline\n{{#headline}}\n"),
                                      QStringLiteral("mine.md"));
  REQUIRE_FALSE(unclosed.ok());
  CHECK(unclosed.error().message().contains(QStringLiteral("mine.md, line 3: {{#headline}} is never closed")));
  auto crossed = parseReportTemplate(QStringLiteral("mine"), QStringLiteral("{{! title: Mine }}\n{{#a}}{{#b}}{{/a}}{{/b}}"),
                                     QStringLiteral("mine.md"));
  REQUIRE_FALSE(crossed.ok());
  CHECK(crossed.error().message().contains(QStringLiteral("line 2: {{/a}} closes a section that is not open")));
  auto untitled = parseReportTemplate(QStringLiteral("mine"), QStringLiteral("# Report\n"), QStringLiteral("mine.md"));
  REQUIRE_FALSE(untitled.ok());
  CHECK(untitled.error().message().contains(QStringLiteral("has no title")));
  CHECK_FALSE(loadReportTemplate(QStringLiteral("../etc/passwd")).ok());
  auto missing = loadReportTemplate(QStringLiteral("nosuch"));
  REQUIRE_FALSE(missing.ok());
  CHECK(missing.error().message().contains(QStringLiteral("no template is called \"nosuch\"")));
}

TEST_CASE("a user's template in the data folder is listed and used, and can replace a built-in one", "[quarterly]") {
  QDir folder(userTemplateFolder());
  REQUIRE(folder.mkpath(QStringLiteral(".")));
  const QString path = folder.filePath(QStringLiteral("board.md"));
  {
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("{{! title: Board summary\n section summary: Summary }}\n# {{groups_label}} {{quarter}}\n\n{{{text.summary}}}\n");
  }
  const auto all = availableTemplates();
  const bool listed = std::any_of(all.begin(), all.end(), [](const ReportTemplate& t) { return t.name == QStringLiteral("board"); });
  CHECK(listed);
  auto board = loadReportTemplate(QStringLiteral("board"));
  REQUIRE(board.ok());
  CHECK(board->title == QStringLiteral("Board summary"));
  CHECK(board->origin == path);
  QuarterlyReportData d = youthQuarter();
  auto rendered = renderQuarterlyReport(d, board.value(), draftTexts(d, board.value()));
  REQUIRE(rendered.ok());
  CHECK(rendered->markdown.startsWith(QStringLiteral("# YJAG 2024Q4")));
  CHECK(rendered->markdown.contains(QStringLiteral("This report gives the case-management figures of the YJAG")));
  QFile::remove(path);
}

TEST_CASE("performance data goes into the CSP form with its change, never suppressed, 'no data' said plainly",
          "[quarterly]") {
  QuarterlyReportData d = youthQuarter();
  auto csp = loadReportTemplate(QStringLiteral("csp"));
  REQUIRE(csp.ok());
  CHECK(renderQuarterlyReport(d, csp.value(), {})->markdown.contains(QStringLiteral("No performance data has been entered for 2024Q4.")));
  PerformanceRow burglary;
  burglary.crimeType = QStringLiteral("Burglary - residential");
  burglary.now = 3;
  burglary.previous = 4;
  PerformanceRow all;
  all.crimeType = QStringLiteral("All crime");
  all.now = 1200;
  all.previous = 1000;
  all.lastYear = 1500;
  d.performance = {all, burglary};
  auto rendered = renderQuarterlyReport(d, csp.value(), {});
  REQUIRE(rendered.ok());
  CHECK(rendered->markdown.contains(QStringLiteral("| All crime | 1200 | 1000 | +20% | 1500 | -20% |")));
  // Recorded crime is published by the police: a count of 3 is not about anyone's case.
  CHECK(rendered->markdown.contains(QStringLiteral("| Burglary - residential | 3 | 4 | -25% | - | - |")));
}

TEST_CASE("risk movement, reviews, priorities and attendance reach the tables and the first draft", "[quarterly]") {
  QuarterlyReportData d = youthQuarter();
  auto& now = d.figures.now;
  now.riskFell = 9;
  now.riskRose = 6;
  now.riskStayed = 5;
  now.riskMedianChange = -2.0;
  now.reviewsDone = 20;
  now.reviewsOnTime = 15;
  now.openAtEndByPriority = {{QStringLiteral("P1"), 21}, {QString(), 9}};
  d.plan = Plan{PlanId(1), QStringLiteral("Safer Northshire"), QDate(2023, 4, 1), QDate(2026, 3, 31),
                {{QStringLiteral("Safer streets"), {{PriorityId(7), QStringLiteral("P1"), QStringLiteral("Reduce ASB"), {}}}}}};
  now.attendanceByAgency[QStringLiteral("POL")] = AgencyAttendance{4, 3, 1, 0, 0, 0, 0};
  now.attendanceByAgency[QStringLiteral("YJS")] = AgencyAttendance{4, 1, 0, 1, 1, 1, 0};
  const ReportTables t = reportTables(d);
  CHECK(rowOf(t.headline, QStringLiteral("risk_fell")).now == QStringLiteral("9"));
  CHECK(t.riskMedianChange == QStringLiteral("-2 points"));
  CHECK(rowOf(t.priorities, QStringLiteral("P1")).label == QStringLiteral("P1 Reduce ASB"));
  CHECK(rowOf(t.priorities, QString()).label == QStringLiteral("Not tagged to a priority"));
  REQUIRE(t.attendance.size() == 2);
  CHECK(t.attendance[0].label == QStringLiteral("Police"));
  CHECK(t.attendance[0].ratePercent == 100);  // present or a deputy
  CHECK(t.attendance[1].ratePercent == 25);

  auto jag = loadReportTemplate(QStringLiteral("jag-narrative"));
  REQUIRE(jag.ok());
  const auto texts = draftTexts(d, jag.value());
  const QString risk = texts.at(QStringLiteral("risk"));
  INFO(risk.toStdString());
  CHECK(risk.contains(QStringLiteral("risk fell in 9, rose in 6 and stayed the same in 5; the median change in score was -2 points.")));
  CHECK(risk.contains(QStringLiteral("20 reviews were held, 75% of them on time.")));
  const QString partnership = texts.at(QStringLiteral("partnership"));
  CHECK(partnership.contains(QStringLiteral("present or sent a deputy for 63% of the places expected")));
  CHECK(partnership.contains(QStringLiteral("lowest for Youth justice service (25%)")));
  auto rendered = renderQuarterlyReport(d, jag.value(), texts);
  REQUIRE(rendered.ok());
  CHECK(rendered->markdown.contains(QStringLiteral("| Police | 4 | 3 | 1 | 0 | 0 | 0 | 100% |")));
  CHECK(rendered->markdown.contains(QStringLiteral("| P1 Reduce ASB | 21 |")));

  // Done and on time both printed: with few late, on time is withheld.
  CHECK(rowOf(t.headline, QStringLiteral("reviews_on_time")).now == QStringLiteral("15"));
  {
    QuarterlyReportData few = d;
    few.figures.now.reviewsOnTime = 18;  // 2 late
    CHECK(rowOf(reportTables(few).headline, QStringLiteral("reviews_on_time")).now == QStringLiteral("withheld"));
    CHECK(rowOf(reportTables(few).headline, QStringLiteral("reviews_done")).now == QStringLiteral("20"));
  }
  // Too few cases to give a median or an on-time share without giving a small count away.
  now.riskFell = 2;
  now.riskRose = 1;
  now.riskStayed = 0;
  now.reviewsOnTime = 17;  // 3 late
  const QString small = draftTexts(d, jag.value()).at(QStringLiteral("risk"));
  CHECK(reportTables(d).riskMedianChange == QStringLiteral("-"));
  CHECK(small.contains(QStringLiteral("20 reviews were held.")));
}

TEST_CASE("a Markdown export that cannot be written leaves the report already there as it was", "[quarterly]") {
  QTemporaryDir folder;
  const QString path = folder.filePath(QStringLiteral("report.md"));
  REQUIRE(writeFileBytes(path, "the report exported last quarter\n"));
  // A folder where the second chart's file would go: that chart cannot be written.
  REQUIRE(QDir(folder.path()).mkdir(QStringLiteral("report-referrals.png")));
  RenderedReport report;
  report.title = QStringLiteral("Quarterly report");
  report.markdown = QStringLiteral("![Bands](chart:bands)\n\n![Referrals](chart:referrals)\n");
  QImage image(8, 8, QImage::Format_RGB32);
  image.fill(Qt::white);
  report.charts = {{QStringLiteral("bands"), image}, {QStringLiteral("referrals"), image}};

  CHECK_FALSE(writeQuarterlyReport(report, ReportFormat::Markdown, path));
  CHECK(fileBytes(path) == QByteArray("the report exported last quarter\n"));
  CHECK_FALSE(QFile::exists(folder.filePath(QStringLiteral("report-bands.png"))));  // written, then taken back
}
