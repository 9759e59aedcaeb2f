#include "ActionService.h"
#include "MeetingService.h"
#include "ServiceFixture.h"

#include <catch2/catch.hpp>

using namespace casebook;
using casebook::test::newCase;

namespace {
void addMember(TestBed& bed, const char* name, const char* group, MembershipRole role = MembershipRole::Member) {
  REQUIRE(DirectoryService(bed.ctx).addMember({QString::fromUtf8(name), QStringLiteral("LA"), {}, {}, {},
                                               QString::fromLatin1(group), role}).ok());
}
}  // namespace

TEST_CASE("actions on cases: add, update, complete, carry forward, overdue", "[actions]") {
  TestBed bed;
  REQUIRE(CaseService(bed.ctx).create(newCase("LEDG", "Action Person")).ok());
  addMember(bed, "Owner Person", "LEDG");
  NewActionInput input{QStringLiteral("LEDG-2024-001"), 0, 0, QStringLiteral("Home visit"), QStringLiteral("Owner Person"),
                       {}, QDate(2024, 5, 2), QDate(2024, 6, 1)};
  auto id = ActionService(bed.ctx).add(input);
  REQUIRE(id.ok());
  ActionListRequest overdue;
  overdue.overdueOnly = true;
  CHECK(ActionService(bed.ctx).list(overdue)->size() == 1);  // due 1 June, today 15 June

  ActionUpdateInput carry;
  carry.actionId = id->value;
  carry.newDueOn = QDate(2024, 6, 30);
  carry.text = QStringLiteral("Carried to the next meeting");
  REQUIRE(ActionService(bed.ctx).update(carry).ok());
  auto action = ActionService(bed.ctx).get(id->value);
  CHECK(action->carriedForward == 1);
  CHECK(action->dueOn == QDate(2024, 6, 30));
  CHECK(ActionService(bed.ctx).list(overdue)->empty());
  carry.newDueOn = QDate(2024, 6, 20);  // earlier than the current date
  CHECK(ActionService(bed.ctx).update(carry).error().field == QStringLiteral("due"));

  ActionUpdateInput done;
  done.actionId = id->value;
  done.status = ActionStatus::Complete;
  done.on = QDate(2024, 6, 14);
  REQUIRE(ActionService(bed.ctx).update(done).ok());
  action = ActionService(bed.ctx).get(id->value);
  CHECK(action->status == ActionStatus::Complete);
  CHECK(action->completedOn == QDate(2024, 6, 14));
  CHECK(action->updates.size() == 2);

  NewActionInput noOwner = input;
  noOwner.owner.clear();
  CHECK(ActionService(bed.ctx).add(noOwner).error().field == QStringLiteral("owner"));
  NewActionInput early = input;
  early.dueOn = QDate(2024, 4, 1);
  CHECK(ActionService(bed.ctx).add(early).error().field == QStringLiteral("due"));
}

TEST_CASE("meetings: standing agenda, meeting actions and attendance", "[meetings]") {
  TestBed bed;
  addMember(bed, "Chair Person", "YJAG", MembershipRole::Chair);
  addMember(bed, "Member Person", "YJAG");
  addMember(bed, "Deputy Person", "YJAG");
  NewMeetingInput input{QStringLiteral("YJAG"), QDate(2021, 2, 25), QTime(10, 0), QStringLiteral("Town hall"), {},
                        QStringLiteral("Chair Person"), {}, MeetingStatus::Held};
  auto id = MeetingService(bed.ctx).add(input);
  REQUIRE(id.ok());
  NewMeetingInput noVenue = input;
  noVenue.venue.clear();
  CHECK(MeetingService(bed.ctx).add(noVenue).error().field == QStringLiteral("venue"));

  NewActionInput action{{}, id->value, 4, QStringLiteral("Invite the commissioner"), {}, QStringLiteral("LA"), {}, QDate(2021, 3, 25)};
  auto actionId = ActionService(bed.ctx).add(action);
  REQUIRE(actionId.ok());
  auto stored = ActionService(bed.ctx).get(actionId->value);
  CHECK(stored->reference == QStringLiteral("250221 Item 4"));
  CHECK(stored->raisedOn == QDate(2021, 2, 25));

  REQUIRE(MeetingService(bed.ctx).recordAttendance({id->value, QStringLiteral("Chair Person"), AttendanceStatus::Present, {}, false, false}).ok());
  REQUIRE(MeetingService(bed.ctx).recordAttendance({id->value, QStringLiteral("Member Person"), AttendanceStatus::Deputy,
                                                    QStringLiteral("Deputy Person"), false, false}).ok());
  REQUIRE(MeetingService(bed.ctx).recordAttendance({id->value, QStringLiteral("Chair Person"), AttendanceStatus::Present, {}, false, true}).ok());
  CHECK(MeetingService(bed.ctx).recordAttendance({id->value, QStringLiteral("Member Person"), AttendanceStatus::Deputy, {}, false, false})
            .error().field == QStringLiteral("deputy"));
  auto detail = MeetingService(bed.ctx).get(id->value);
  REQUIRE(detail.ok());
  CHECK(detail->meeting.agenda.size() == 2);
  REQUIRE(detail->meeting.attendance.size() == 2);
  CHECK(detail->meeting.attendance[0].leftEarly);  // the second record replaced the first
  CHECK(detail->memberNames.value(detail->meeting.attendance[1].deputyId->value) == QStringLiteral("Deputy Person"));

  NewMeetingInput cancelled = input;
  cancelled.status = MeetingStatus::Cancelled;
  auto cancelledId = MeetingService(bed.ctx).add(cancelled);
  REQUIRE(cancelledId.ok());
  CHECK(MeetingService(bed.ctx).recordAttendance({cancelledId->value, QStringLiteral("Chair Person"), AttendanceStatus::Present, {}, false, false})
            .error().kind == Error::Kind::Conflict);
}
