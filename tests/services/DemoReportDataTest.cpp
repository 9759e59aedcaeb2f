#include "DemoService.h"
#include "PerformanceDataService.h"
#include "PlanService.h"
#include "ServiceFixture.h"

#include <catch2/catch.hpp>

#include <set>

using namespace casebook;

TEST_CASE("demo data holds a CSP plan that most cases are tagged to, and performance data per quarter", "[demo][plan][performance]") {
  TestBed bed;  // today is 2024-06-15
  auto summary = DemoService(bed.ctx).generate({300, 7});
  INFO(errorText(summary));
  REQUIRE(summary.ok());

  const auto plans = PlanService(bed.ctx).list();
  REQUIRE(plans.ok());
  REQUIRE(plans->size() == 1u);
  const Plan& plan = plans->front();
  CHECK(plan.title == QStringLiteral("Community Safety Plan 2023-2026"));
  CHECK(plan.startsOn == QDate(2023, 4, 1));
  CHECK(plan.endsOn == QDate(2026, 3, 31));
  CHECK(validatePlan(plan).ok());
  REQUIRE(plan.themes.size() == 3u);
  std::set<QString> codes;
  for (const auto& theme : plan.themes) {
    for (const auto& p : theme.priorities) {
      codes.insert(p.code);
      CHECK(p.objectives.size() >= 2u);
    }
  }
  CHECK(codes == std::set<QString>{QStringLiteral("P1"), QStringLiteral("P2"), QStringLiteral("P3"), QStringLiteral("P4"),
                                   QStringLiteral("P5")});

  // A good share of cases, across every priority, and the summary counts them.
  CaseListRequest all;
  all.limit = 100000;
  std::map<QString, int> byPriority;
  int tagged = 0;
  const auto cases = CaseReader(bed.ctx).list(all);
  REQUIRE(cases.ok());
  for (const auto& row : cases->rows) {
    const QString code = test::detail(bed, row.reference).priorityCode;
    if (code.isEmpty()) continue;
    ++tagged;
    ++byPriority[code];
  }
  CHECK(tagged == summary->taggedCases);
  CHECK(tagged > 300 * 50 / 100);
  CHECK(tagged < 300 * 90 / 100);
  CHECK(byPriority.size() == 5u);
  const auto counts = PlanService(bed.ctx).taggedCases(plan.id).value();
  int counted = 0;
  for (const auto& [id, count] : counts) counted += count;
  CHECK(counted == tagged);

  // Eight crime types, each quarter from 2021Q2 (a year before the demo's first quarter) to
  // 2024Q1 (the last whole quarter), "All crime" first and the sum of the crimes and more.
  const auto figures = PerformanceDataService(bed.ctx).all().value();
  CHECK(static_cast<int>(figures.size()) == summary->performanceFigures);
  CHECK(figures.size() == 8u * 12u);
  const auto types = PerformanceDataService(bed.ctx).crimeTypes().value();
  REQUIRE(types.size() == 8);
  CHECK(types.front() == QStringLiteral("All crime"));
  CHECK(types.contains(QStringLiteral("Burglary - residential")));
  CHECK(types.contains(QStringLiteral("Anti-social behaviour incidents")));
  const auto table = PerformanceDataService(bed.ctx).table(Quarter::parse(QStringLiteral("2024Q1")).value()).value();
  REQUIRE(table.rows.size() == 8u);
  int crimes = 0;
  for (const auto& row : table.rows) {
    INFO(row.crimeType);
    REQUIRE(row.now.has_value());
    REQUIRE(row.previous.has_value());
    REQUIRE(row.lastYear.has_value());
    CHECK(*row.now > 0);
    if (row.crimeType != QStringLiteral("All crime") && row.crimeType != QStringLiteral("Anti-social behaviour incidents")) {
      crimes += *row.now;
    }
  }
  CHECK(*table.rows.front().now > crimes);
  CHECK(PerformanceDataService(bed.ctx).table(Quarter::parse(QStringLiteral("2024Q2")).value())->rows.front().now == std::nullopt);
  CHECK(PerformanceDataService(bed.ctx).table(Quarter::parse(QStringLiteral("2021Q2")).value())->rows.front().now.has_value());
  CHECK(PerformanceDataService(bed.ctx).table(Quarter::parse(QStringLiteral("2021Q1")).value())->rows.empty());
}
