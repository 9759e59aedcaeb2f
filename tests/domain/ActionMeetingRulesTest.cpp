#include "Action.h"
#include "Meeting.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>

using namespace casebook;

TEST_CASE("overdue is derived from the date and an outstanding status", "[action]") {
  const QDate due(2024, 6, 1);
  CHECK_FALSE(isActionOverdue(ActionStatus::Open, due, due));
  CHECK(isActionOverdue(ActionStatus::Open, due, due.addDays(1)));
  CHECK(isActionOverdue(ActionStatus::InProgress, due, due.addDays(1)));
  CHECK_FALSE(isActionOverdue(ActionStatus::Complete, due, due.addDays(30)));
  CHECK_FALSE(isActionOverdue(ActionStatus::Cancelled, due, due.addDays(30)));
}

TEST_CASE("action log references read DDMMYY Item N", "[action]") {
  CHECK(actionReference(QDate(2021, 2, 25), 4) == QStringLiteral("250221 Item 4"));
}

TEST_CASE("a new action needs a home, text, an owner and a date", "[action]") {
  const QDate today(2024, 6, 15);
  Action a;
  a.caseId = CaseId(1);
  a.text = QStringLiteral("Visit");
  a.ownerId = MemberId(1);
  a.raisedOn = today;
  a.dueOn = today.addDays(14);
  CHECK(validateNewAction(a, today).ok());
  auto b = a;
  b.caseId.reset();
  CHECK(validateNewAction(b, today).error().field == QStringLiteral("case or meeting"));
  b = a;
  b.ownerId.reset();
  CHECK(validateNewAction(b, today).error().field == QStringLiteral("owner"));
  b.ownerAgencyId = AgencyId(1);
  CHECK(validateNewAction(b, today).ok());
  b = a;
  b.dueOn = today.addDays(-1);
  CHECK(validateNewAction(b, today).error().field == QStringLiteral("due"));
}

TEST_CASE("not completing an action needs an explanation", "[action]") {
  const QDate today(2024, 6, 15);
  Action a;
  a.raisedOn = QDate(2024, 6, 1);
  a.status = ActionStatus::Open;
  CHECK(validateActionUpdate(a, {today, QString(), ActionStatus::Complete}, today).ok());
  CHECK_FALSE(validateActionUpdate(a, {today, QString(), ActionStatus::NotCompletedAgency}, today).ok());
  CHECK(validateActionUpdate(a, {today, QStringLiteral("No response"), ActionStatus::NotCompletedAgency}, today).ok());
  CHECK_FALSE(validateActionUpdate(a, {today, QString(), ActionStatus::Open}, today).ok());  // nothing to record
  CHECK_FALSE(validateActionUpdate(a, {today.addDays(1), QStringLiteral("x"), ActionStatus::Open}, today).ok());
}

TEST_CASE("meetings and attendance records", "[meeting]") {
  Meeting m;
  m.groupId = GroupId(1);
  m.heldOn = QDate(2024, 6, 1);
  CHECK(validateMeeting(m).error().field == QStringLiteral("venue"));
  m.onlineLink = QStringLiteral("https://meet.example/jag");
  CHECK(validateMeeting(m).ok());

  AttendanceRecord r;
  r.memberId = MemberId(1);
  r.status = AttendanceStatus::Deputy;
  CHECK(validateAttendance(r).error().field == QStringLiteral("deputy"));
  r.deputyName = QStringLiteral("A Deputy");
  CHECK(validateAttendance(r).ok());
  r.status = AttendanceStatus::Apologies;
  CHECK_FALSE(validateAttendance(r).ok());  // a deputy named without the deputy status
  r.deputyName.clear();
  r.joinedLate = true;
  CHECK_FALSE(validateAttendance(r).ok());  // only attendees join late
  CHECK(countsAsRepresented(AttendanceStatus::Deputy));
  CHECK(countsAsRepresented(AttendanceStatus::UpdateSent));
  CHECK_FALSE(countsAsRepresented(AttendanceStatus::Apologies));
}
