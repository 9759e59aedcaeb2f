#include "ActionService.h"
#include "DemoService.h"
#include "IntegrityService.h"
#include "MeetingService.h"
#include "ServiceFixture.h"

#include <catch2/catch.hpp>

using namespace casebook;

namespace {

// A digest of the demo database as the services show it.
QString contents(TestBed& bed) {
  QString text = casebook::test::snapshot(bed);
  auto actions = ActionService(bed.ctx).list({{}, 0, {}, {}, false, false, 100000, true});
  for (const auto& a : actions.value()) text += a.action.text + a.ownerName + a.action.dueOn.toString(Qt::ISODate);
  return text;
}

}  // namespace

TEST_CASE("demo data is deterministic, consistent and covers every group", "[demo]") {
  TestBed first;
  auto summary = DemoService(first.ctx).generate({300, 7});
  INFO(errorText(summary));
  REQUIRE(summary.ok());
  CHECK(summary->cases == 300);
  CHECK(summary->assessments > 300);
  CHECK(summary->meetings > 50);
  CHECK(IntegrityService(first.ctx).check()->isEmpty());

  TestBed second;
  REQUIRE(DemoService(second.ctx).generate({300, 7}).ok());
  CHECK(contents(first) == contents(second));
  TestBed other;
  REQUIRE(DemoService(other.ctx).generate({300, 8}).ok());
  CHECK(contents(first) != contents(other));

  auto groups = DirectoryService(first.ctx).groups();
  for (const auto& g : groups.value()) {
    INFO(g.group.code.toStdString());
    CaseListRequest request;
    request.groupCode = g.group.code;
    CHECK(CaseReader(first.ctx).list(request)->total > 0);
    CHECK(!MeetingService(first.ctx).listForGroup(g.group.code)->empty());
  }
  CaseListRequest closed;
  closed.statuses = {CaseStatus::Closed};
  CHECK(CaseReader(first.ctx).list(closed)->total > 50);
  ActionListRequest overdue;
  overdue.overdueOnly = true;
  CHECK(!ActionService(first.ctx).list(overdue)->empty());
  CaseListRequest several;
  several.openInSeveralGroupsOnly = true;
  CHECK(CaseReader(first.ctx).list(several)->total > 0);

  bool escalated = false, deputy = false, apologies = false;
  CaseListRequest jag;
  jag.groupCode = QStringLiteral("JAG");
  jag.statuses = {};
  const auto jagCases = CaseReader(first.ctx).list(jag);
  for (const auto& row : jagCases->rows) {
    const auto d = CaseReader(first.ctx).get(row.reference);
    for (const auto& r : d->referrals) escalated |= r.kind == ReferralKind::Escalation;
  }
  for (const auto& m : MeetingService(first.ctx).listForGroup(QStringLiteral("YJAG")).value()) {
    const auto meeting = MeetingService(first.ctx).get(m.id.value);
    for (const auto& a : meeting->meeting.attendance) {
      deputy |= a.status == AttendanceStatus::Deputy && !a.deputyName.isEmpty();
      apologies |= a.status == AttendanceStatus::Apologies;
    }
  }
  CHECK(escalated);
  CHECK(deputy);
  CHECK(apologies);
}

TEST_CASE("demo data refuses a database with cases, and a cancel saves nothing", "[demo]") {
  TestBed bed;
  REQUIRE(CaseService(bed.ctx).create(casebook::test::newCase("YJAG", "Real Case")).ok());
  CHECK(DemoService(bed.ctx).generate({50, 1}).error().kind == Error::Kind::Conflict);

  TestBed fresh;
  int calls = 0;
  auto cancelled = DemoService(fresh.ctx).generate({2000, 1}, [&](int, int) { return ++calls < 2; });
  REQUIRE_FALSE(cancelled.ok());
  CHECK(cancelled.error().problem == QStringLiteral("cancelled"));
  CHECK(CaseReader(fresh.ctx).list({})->total == 0);
  CHECK(DirectoryService(fresh.ctx).members()->empty());
  CHECK(DemoService(fresh.ctx).generate({0, 1}).error().field == QStringLiteral("cases"));
}
