#include "PlanService.h"
#include "ServiceFixture.h"

#include <catch2/catch.hpp>

using namespace casebook;

namespace {
Plan plan2023() {
  Plan p;
  p.title = QStringLiteral("Partnership Plan 2023-26");
  p.startsOn = QDate(2023, 4, 1);
  p.endsOn = QDate(2026, 3, 31);
  p.themes.push_back({QStringLiteral("Safer neighbourhoods"),
                      {{PriorityId(), QStringLiteral("P1"), QStringLiteral("Reduce ASB"), {{QStringLiteral("Fewer repeat callers")}}},
                       {PriorityId(), QStringLiteral("P2"), QStringLiteral("Tackle exploitation"), {}}}});
  p.themes.push_back({QStringLiteral("Protecting the vulnerable"),
                      {{PriorityId(), QStringLiteral("P3"), QStringLiteral("Adults at risk"), {}}}});
  return p;
}
}  // namespace

TEST_CASE("the CSP plan is data: add, read back, tag cases by priority", "[plan]") {
  TestBed bed;
  CHECK_FALSE(PlanService(bed.ctx).current()->has_value());
  auto untagged = casebook::test::newCase("YJAG", "Tagged Person");
  untagged.priorityCode = QStringLiteral("P2");
  CHECK(CaseService(bed.ctx).create(untagged).error().problem.contains(QStringLiteral("no CSP plan")));

  REQUIRE(PlanService(bed.ctx).add(plan2023()).ok());
  auto current = PlanService(bed.ctx).current();
  REQUIRE(current->has_value());
  const Plan& p = **current;
  CHECK(p.themes.size() == 2);
  CHECK(p.themes[0].priorities.size() == 2);
  CHECK(p.themes[0].priorities[0].objectives.front().text == QStringLiteral("Fewer repeat callers"));
  CHECK(p.themes[1].priorities[0].code == QStringLiteral("P3"));

  REQUIRE(CaseService(bed.ctx).create(untagged).ok());
  CHECK(CaseReader(bed.ctx).get(QStringLiteral("YJAG-2024-001"))->priorityCode == QStringLiteral("P2"));
  CaseChanges wrong;
  wrong.priorityCode = QStringLiteral("P9");
  auto refused = CaseService(bed.ctx).update(QStringLiteral("YJAG-2024-001"), wrong);
  CHECK(refused.error().fix.contains(QStringLiteral("P1, P2, P3")));

  auto overlapping = plan2023();
  overlapping.startsOn = QDate(2025, 4, 1);
  overlapping.endsOn = QDate(2028, 3, 31);
  CHECK(PlanService(bed.ctx).add(overlapping).error().kind == Error::Kind::Conflict);
  auto twice = plan2023();
  twice.startsOn = QDate(2026, 4, 1);
  twice.endsOn = QDate(2029, 3, 31);
  twice.themes[1].priorities[0].code = QStringLiteral("P1");
  CHECK(PlanService(bed.ctx).add(twice).error().problem.contains(QStringLiteral("used twice")));
}
