#include "AuditService.h"
#include "GroupAccessPolicy.h"
#include "PlanService.h"
#include "ReportDataState.h"
#include "ServiceFixture.h"

#include <catch2/catch.hpp>

using namespace casebook;

namespace {

Plan planOf(const char* title, QDate starts, QDate ends) {
  Plan p;
  p.title = QString::fromUtf8(title);
  p.startsOn = starts;
  p.endsOn = ends;
  p.themes.push_back({QStringLiteral("Safer streets"),
                      {{PriorityId(), QStringLiteral("P1"), QStringLiteral("Reduce ASB"), {{QStringLiteral("Fewer repeat calls")}}},
                       {PriorityId(), QStringLiteral("P2"), QStringLiteral("Safe town centre"), {}}}});
  p.themes.push_back({QStringLiteral("Vulnerable people"),
                      {{PriorityId(), QStringLiteral("P3"), QStringLiteral("Adults at risk"), {{QStringLiteral("Joint visits")}}}}});
  return p;
}

Plan held(TestBed& bed, PlanId id) {
  auto p = PlanService(bed.ctx).get(id);
  INFO(errorText(p));
  REQUIRE(p.ok());
  return p.value();
}

PlanId added(TestBed& bed, const Plan& p) {
  auto id = PlanService(bed.ctx).add(p);
  INFO(errorText(id));
  REQUIRE(id.ok());
  return id.value();
}

QString tagged(TestBed& bed, const char* subject, const char* priority) {
  auto input = test::newCase("YJAG", subject);
  input.priorityCode = QString::fromLatin1(priority);
  return test::createCase(bed, input);
}

// "theme: code title [objectives]" per priority, in the plan's order.
QStringList outline(const Plan& p) {
  QStringList lines;
  for (const auto& theme : p.themes) {
    for (const auto& priority : theme.priorities) {
      QStringList objectives;
      for (const auto& o : priority.objectives) objectives << o.text;
      lines << QStringLiteral("%1: %2 %3 [%4]").arg(theme.title, priority.code, priority.title, objectives.join(QStringLiteral("; ")));
    }
  }
  return lines;
}

}  // namespace

TEST_CASE("plan update: priorities keep their ids where they move, so cases stay tagged", "[plan]") {
  TestBed bed;
  const PlanId id = added(bed, planOf("Plan 2023-26", QDate(2023, 4, 1), QDate(2026, 3, 31)));
  const QString onP2 = tagged(bed, "Tagged Two", "P2");
  const QString onP3 = tagged(bed, "Tagged Three", "P3");
  Plan p = held(bed, id);
  const PriorityId p2 = p.themes[0].priorities[1].id;
  const PriorityId p3 = p.themes[1].priorities[0].id;
  CHECK(PlanService(bed.ctx).taggedCases(id).value() == std::map<qint64, int>{{p2.value, 1}, {p3.value, 1}});

  // Rename the plan and move its period; P3 moves into the first theme, above P1; P2 is
  // renamed and re-coded; P1 (no cases) is dropped; a theme is added with a new priority.
  p.title = QStringLiteral("Community Safety Plan 2023-2026");
  p.endsOn = QDate(2026, 6, 30);
  Priority moved = p.themes[1].priorities[0];
  moved.objectives.push_back({QStringLiteral("Shared case records")});
  p.themes[0].priorities = {moved, p.themes[0].priorities[1]};
  p.themes[0].priorities[1].code = QStringLiteral(" P2a ");
  p.themes[0].priorities[1].title = QStringLiteral("Safe town centres by night");
  p.themes[1].title = QStringLiteral("Exploitation");
  p.themes[1].priorities = {{PriorityId(), QStringLiteral("P4"), QStringLiteral("County lines"), {{QStringLiteral("Close cuckooed homes")}}}};
  p.themes.push_back({QStringLiteral("Empty theme"), {}});
  const auto updated = PlanService(bed.ctx).update(p);
  INFO(errorText(updated));
  REQUIRE(updated.ok());

  const Plan after = held(bed, id);
  CHECK(after.title == QStringLiteral("Community Safety Plan 2023-2026"));
  CHECK(after.endsOn == QDate(2026, 6, 30));
  CHECK(outline(after) == QStringList({QStringLiteral("Safer streets: P3 Adults at risk [Joint visits; Shared case records]"),
                                       QStringLiteral("Safer streets: P2a Safe town centres by night []"),
                                       QStringLiteral("Exploitation: P4 County lines [Close cuckooed homes]")}));
  REQUIRE(after.themes.size() == 3u);
  CHECK(after.themes[2].title == QStringLiteral("Empty theme"));
  CHECK(after.themes[0].priorities[0].id == p3);
  CHECK(after.themes[0].priorities[1].id == p2);
  CHECK(test::detail(bed, onP3).priorityCode == QStringLiteral("P3"));
  CHECK(test::detail(bed, onP2).priorityCode == QStringLiteral("P2a"));

  // Reorder the themes: the priorities go with them.
  Plan swapped = after;
  std::swap(swapped.themes[0], swapped.themes[1]);
  REQUIRE(PlanService(bed.ctx).update(swapped).ok());
  CHECK(outline(held(bed, id)).first() == QStringLiteral("Exploitation: P4 County lines [Close cuckooed homes]"));
  CHECK(test::detail(bed, onP3).priorityCode == QStringLiteral("P3"));

  AuditFilter filter;
  filter.event = AuditEvent::ChangeReport;
  const auto entries = AuditService(bed.ctx).list(filter).value();
  QStringList details;
  for (const auto& e : entries) details << e.record.detail;
  CHECK(details.contains(QStringLiteral("plan %1 changed (priorities: 1 added, 1 removed)").arg(id.value)));
}

TEST_CASE("plan update: a priority that cases are tagged to cannot be dropped", "[plan]") {
  TestBed bed;
  const PlanId id = added(bed, planOf("Plan 2023-26", QDate(2023, 4, 1), QDate(2026, 3, 31)));
  tagged(bed, "Tagged One", "P2");
  tagged(bed, "Tagged Two", "P2");
  const QString before = test::reportDataState(bed);

  Plan dropped = held(bed, id);
  dropped.themes[0].priorities.pop_back();  // P2
  const auto refused = PlanService(bed.ctx).update(dropped);
  REQUIRE_FALSE(refused.ok());
  CHECK(refused.error().kind == Error::Kind::Conflict);
  CHECK(refused.error().field == QStringLiteral("theme 1, priority P2"));
  CHECK(refused.error().problem == QStringLiteral("P2 (Safe town centre) cannot be removed: 2 cases are tagged to it"));
  CHECK(refused.error().fix.contains(QStringLiteral("Re-tag those cases")));
  CHECK(test::reportDataState(bed) == before);

  // Removing its theme drops it too; given again without its id it would be a new priority.
  Plan themeGone = held(bed, id);
  themeGone.themes.erase(themeGone.themes.begin());
  CHECK(PlanService(bed.ctx).update(themeGone).error().kind == Error::Kind::Conflict);
  Plan freshCopy = held(bed, id);
  freshCopy.themes[0].priorities[1].id = PriorityId();
  freshCopy.themes[0].priorities[1].code = QStringLiteral("P9");
  CHECK(PlanService(bed.ctx).update(freshCopy).error().problem.contains(QStringLiteral("2 cases are tagged")));
  CHECK(test::reportDataState(bed) == before);

  // Once the cases are re-tagged, it goes.
  const auto cases = CaseReader(bed.ctx).list(CaseListRequest{});
  REQUIRE(cases.ok());
  for (const auto& row : cases->rows) {
    CaseChanges retag;
    retag.priorityCode = QStringLiteral("P1");
    REQUIRE(CaseService(bed.ctx).update(row.reference, retag).ok());
  }
  REQUIRE(PlanService(bed.ctx).update(dropped).ok());
  CHECK(outline(held(bed, id)).size() == 2);
}

TEST_CASE("plan update: validation, periods, ids and permission", "[plan]") {
  TestBed bed;
  const PlanId first = added(bed, planOf("Plan 2020-23", QDate(2020, 4, 1), QDate(2023, 3, 31)));
  const PlanId second = added(bed, planOf("Plan 2023-26", QDate(2023, 4, 1), QDate(2026, 3, 31)));
  QString before = test::reportDataState(bed);
  PlanService plans(bed.ctx);

  Plan overlapping = held(bed, first);
  overlapping.endsOn = QDate(2023, 6, 30);
  CHECK_REFUSED_KEEPS_REPORT_DATA(bed, before, plans.update(overlapping), Error::Kind::Conflict, "plan period");
  Plan itself = held(bed, second);
  itself.startsOn = QDate(2023, 5, 1);  // overlapping only its own old period is fine
  CHECK(plans.update(itself).ok());
  itself.startsOn = QDate(2023, 4, 1);
  REQUIRE(plans.update(itself).ok());
  before = test::reportDataState(bed);  // the refusals below are held against the plan as it now is

  Plan noTitle = held(bed, second);
  noTitle.title = QStringLiteral("  ");
  CHECK_REFUSED_KEEPS_REPORT_DATA(bed, before, plans.update(noTitle), Error::Kind::Invalid, "plan title");
  Plan backwards = held(bed, second);
  backwards.endsOn = backwards.startsOn.addDays(-1);
  CHECK_REFUSED_KEEPS_REPORT_DATA(bed, before, plans.update(backwards), Error::Kind::Invalid, "plan period");
  Plan twice = held(bed, second);
  twice.themes[1].priorities[0].code = QStringLiteral("p1");  // codes match whatever their case
  CHECK_REFUSED_KEEPS_REPORT_DATA(bed, before, plans.update(twice), Error::Kind::Invalid, "theme 2, priority p1");
  Plan emptyObjective = held(bed, second);
  emptyObjective.themes[0].priorities[0].objectives.push_back({QStringLiteral(" ")});
  CHECK_REFUSED_KEEPS_REPORT_DATA(bed, before, plans.update(emptyObjective), Error::Kind::Invalid, "theme 1, priority P1, objective 2");
  Plan noCode = held(bed, second);
  noCode.themes[1].priorities[0].code.clear();
  CHECK_REFUSED_KEEPS_REPORT_DATA(bed, before, plans.update(noCode), Error::Kind::Invalid, "theme 2, priority 1");
  Plan foreign = held(bed, second);
  foreign.themes[0].priorities[0].id = held(bed, first).themes[0].priorities[0].id;
  CHECK_REFUSED_KEEPS_REPORT_DATA(bed, before, plans.update(foreign), Error::Kind::Invalid, "theme 1, priority P1");
  Plan repeated = held(bed, second);
  repeated.themes[1].priorities.push_back(repeated.themes[0].priorities[0]);
  repeated.themes[1].priorities.back().code = QStringLiteral("P7");
  CHECK_REFUSED_KEEPS_REPORT_DATA(bed, before, plans.update(repeated), Error::Kind::Invalid, "theme 2, priority P7");
  Plan missing = held(bed, second);
  missing.id = PlanId(99);
  CHECK_REFUSED_KEEPS_REPORT_DATA(bed, before, plans.update(missing), Error::Kind::NotFound, "plan");

  // Every problem at once, each with where it is, for the editor to mark.
  Plan many = held(bed, second);
  many.title.clear();
  many.themes[0].title.clear();
  many.themes[1].priorities[0].title.clear();
  const auto problems = planProblems(many);
  REQUIRE(problems.size() == 3u);
  CHECK(problems[1].theme == 0);
  CHECK(problems[1].priority == -1);
  CHECK(problems[2].theme == 1);
  CHECK(problems[2].priority == 0);
  CHECK(problems[2].error.field == QStringLiteral("theme 2, priority P3"));

  CHECK(plans.list()->size() == 2u);
  CHECK(plans.list()->front().id == first);

  // Whoever may add plans may change them: administrators (docs/reports.md "CSP plan").
  auto policy = GroupAccessPolicy::load(*bed.db);
  REQUIRE(policy.ok());
  ServiceContext chair{*bed.db, bed.clock, Actor{QStringLiteral("jo"), Role::Chair, {1}, {1}}, policy.value()};
  Plan renamed = held(bed, second);
  renamed.title = QStringLiteral("Renamed");
  const QString beforeChair = test::reportDataState(bed);
  const auto denied = PlanService(chair).update(renamed);
  REQUIRE_FALSE(denied.ok());
  CHECK(denied.error().kind == Error::Kind::Denied);
  CHECK(test::reportDataState(bed) == beforeChair);
  CHECK(PlanService(chair).list().ok());  // everyone reads it
}
