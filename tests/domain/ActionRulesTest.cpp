#include "Action.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>

using namespace casebook;

namespace {

const QDate kToday(2024, 6, 15);

Action valid() {
  Action a;
  a.caseId = CaseId(1);
  a.text = QStringLiteral("Joint home visit");
  a.ownerId = MemberId(1);
  a.raisedOn = QDate(2024, 6, 1);
  a.dueOn = QDate(2024, 6, 29);
  return a;
}

}  // namespace

TEST_CASE("overdue is derived from the due date and an outstanding status", "[action]") {
  const QDate due(2024, 6, 1);
  CHECK_FALSE(isActionOverdue(ActionStatus::Open, due, due.addDays(-1)));
  CHECK_FALSE(isActionOverdue(ActionStatus::Open, due, due));  // due today is not late yet
  CHECK(isActionOverdue(ActionStatus::Open, due, due.addDays(1)));
  CHECK(isActionOverdue(ActionStatus::InProgress, due, due.addDays(1)));
  for (auto finished : {ActionStatus::Complete, ActionStatus::NotCompletedCircumstances,
                        ActionStatus::NotCompletedAgency, ActionStatus::Cancelled}) {
    INFO(toKey(finished));
    CHECK_FALSE(isOutstanding(finished));
    CHECK_FALSE(isActionOverdue(finished, due, due.addDays(30)));
  }
  CHECK(isOutstanding(ActionStatus::Open));
  CHECK(isOutstanding(ActionStatus::InProgress));
  CHECK_FALSE(isActionOverdue(ActionStatus::Open, QDate(), due));  // no date, nothing to be late for
}

TEST_CASE("action log references read DDMMYY Item N", "[action]") {
  CHECK(actionReference(QDate(2021, 2, 25), 4) == QStringLiteral("250221 Item 4"));
  CHECK(actionReference(QDate(2024, 1, 5), 12) == QStringLiteral("050124 Item 12"));
  CHECK(actionReference(QDate(2030, 11, 30), 1) == QStringLiteral("301130 Item 1"));
}

TEST_CASE("a new action needs a home, text, an owner and a date", "[action]") {
  CHECK(validateNewAction(valid(), kToday).ok());

  auto a = valid();
  a.caseId.reset();
  const auto homeless = validateNewAction(a, kToday);
  REQUIRE_FALSE(homeless.ok());
  CHECK(homeless.error().kind == Error::Kind::Invalid);
  CHECK(homeless.error().field == QStringLiteral("case or meeting"));
  a.meetingId = MeetingId(4);
  CHECK(validateNewAction(a, kToday).ok());  // a meeting item is a home too

  a = valid();
  a.text = QStringLiteral("   ");
  CHECK(validateNewAction(a, kToday).error().field == QStringLiteral("text"));

  a = valid();
  a.ownerId.reset();
  CHECK(validateNewAction(a, kToday).error().field == QStringLiteral("owner"));
  a.ownerAgencyId = AgencyId(1);
  CHECK(validateNewAction(a, kToday).ok());  // an agency may own it

  a = valid();
  a.dueOn = QDate();
  CHECK(validateNewAction(a, kToday).error().field == QStringLiteral("due"));
  a.dueOn = a.raisedOn.addDays(-1);
  const auto early = validateNewAction(a, kToday);
  REQUIRE_FALSE(early.ok());
  CHECK(early.error().field == QStringLiteral("due"));
  CHECK(early.error().problem.contains(QStringLiteral("2024-05-31")));
  a.dueOn = a.raisedOn;
  CHECK(validateNewAction(a, kToday).ok());  // due the day it is raised

  a = valid();
  a.raisedOn = kToday.addDays(1);
  a.dueOn = kToday.addDays(10);
  CHECK(validateNewAction(a, kToday).error().field == QStringLiteral("raised"));
}

TEST_CASE("an action update is dated between raising and today and records something", "[action]") {
  auto a = valid();
  a.status = ActionStatus::Open;
  CHECK(validateActionUpdate(a, {kToday, QString(), ActionStatus::Complete}, kToday).ok());
  CHECK(validateActionUpdate(a, {kToday, QString(), ActionStatus::InProgress}, kToday).ok());
  CHECK(validateActionUpdate(a, {a.raisedOn, QStringLiteral("Letter sent"), ActionStatus::Open}, kToday).ok());

  const auto nothing = validateActionUpdate(a, {kToday, QStringLiteral("  "), ActionStatus::Open}, kToday);
  REQUIRE_FALSE(nothing.ok());
  CHECK(nothing.error().field == QStringLiteral("update"));
  CHECK(nothing.error().problem.contains(QStringLiteral("nothing to record")));

  CHECK(validateActionUpdate(a, {kToday.addDays(1), QStringLiteral("x"), ActionStatus::Open}, kToday).error().field ==
        QStringLiteral("date"));
  CHECK(validateActionUpdate(a, {QDate(), QStringLiteral("x"), ActionStatus::Open}, kToday).error().field ==
        QStringLiteral("date"));
  const auto beforeRaised =
      validateActionUpdate(a, {a.raisedOn.addDays(-1), QStringLiteral("x"), ActionStatus::Open}, kToday);
  REQUIRE_FALSE(beforeRaised.ok());
  CHECK(beforeRaised.error().problem.contains(QStringLiteral("before the action was raised")));
}

TEST_CASE("not completing an action needs an explanation", "[action]") {
  auto a = valid();
  for (auto notDone :
       {ActionStatus::NotCompletedAgency, ActionStatus::NotCompletedCircumstances, ActionStatus::Cancelled}) {
    INFO(toKey(notDone));
    const auto bare = validateActionUpdate(a, {kToday, QString(), notDone}, kToday);
    REQUIRE_FALSE(bare.ok());
    CHECK(bare.error().field == QStringLiteral("update"));
    CHECK(validateActionUpdate(a, {kToday, QStringLiteral("Tenant moved away"), notDone}, kToday).ok());
  }
}
