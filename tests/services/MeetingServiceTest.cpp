#include "ServiceFixture.h"

#include <catch2/catch.hpp>

using namespace casebook;
using namespace casebook::test;

namespace {

struct Fixture {
  TestBed bed;
  MemberId chair;
  MemberId member;
  MemberId deputy;

  Fixture() {
    chair = addMember(bed, "Chair Person", "YJAG", MembershipRole::Chair, "POL");
    member = addMember(bed, "Member Person", "YJAG");
    deputy = addMember(bed, "Deputy Person", "YJAG");
    addMember(bed, "Minute Taker", "YJAG", MembershipRole::MinuteTaker);
  }

  NewMeetingInput input(MeetingStatus status = MeetingStatus::Held) const {
    return {QStringLiteral("YJAG"),
            QDate(2021, 2, 25),
            QTime(10, 0),
            QStringLiteral("Town hall"),
            {},
            QStringLiteral("Chair Person"),
            QStringLiteral("Minute Taker"),
            status};
  }

  qint64 add(const NewMeetingInput& in) {
    auto id = MeetingService(bed.ctx).add(in);
    INFO(errorText(id));
    REQUIRE(id.ok());
    return id->value;
  }

  MeetingDetail get(qint64 id) {
    auto d = MeetingService(bed.ctx).get(id);
    REQUIRE(d.ok());
    return d.value();
  }
};

AttendanceInput attendance(qint64 meeting, const char* member, AttendanceStatus status, const char* deputy = "") {
  return {meeting, QString::fromUtf8(member), status, QString::fromUtf8(deputy), false, false};
}

}  // namespace

TEST_CASE("a meeting is stored with its details and an agenda built from the group", "[meetings]") {
  Fixture f;
  const qint64 id = f.add(f.input());
  const auto d = f.get(id);
  CHECK(d.groupCode == QStringLiteral("YJAG"));
  CHECK(d.meeting.heldOn == QDate(2021, 2, 25));
  CHECK(d.meeting.startsAt == QTime(10, 0));
  CHECK(d.meeting.venue == QStringLiteral("Town hall"));
  CHECK(d.meeting.chairId == f.chair);
  CHECK(d.memberNames.value(d.meeting.minuteTakerId->value) == QStringLiteral("Minute Taker"));
  CHECK(d.meeting.status == MeetingStatus::Held);
  CHECK(d.memberAgencies.value(f.chair.value) == QStringLiteral("POL"));
  // The group has no cases yet: the agenda is the items every meeting has.
  REQUIRE(d.meeting.agenda.size() == 3);
  CHECK(d.meeting.agenda[2].kind == AgendaItemKind::Other);
  CHECK(d.meeting.agenda[0].kind == AgendaItemKind::Attendance);
  CHECK(d.meeting.agenda[0].position == 1);
  CHECK(d.meeting.agenda[0].title == QStringLiteral("Attendance and apologies"));
  CHECK(d.meeting.agenda[1].kind == AgendaItemKind::PreviousMinutes);
  CHECK(d.meeting.agenda[1].position == 2);
  CHECK(d.meeting.attendance.empty());

  // Online only, no time, no chair yet.
  NewMeetingInput online{QStringLiteral("YJAG"),
                         QDate(2021, 4, 8),
                         std::nullopt,
                         {},
                         QStringLiteral(" https://meet.example/yjag "),
                         {},
                         {},
                         MeetingStatus::Planned};
  const auto o = f.get(f.add(online));
  CHECK(o.meeting.onlineLink == QStringLiteral("https://meet.example/yjag"));
  CHECK_FALSE(o.meeting.startsAt.has_value());
  CHECK_FALSE(o.meeting.chairId.has_value());
  CHECK(o.meeting.status == MeetingStatus::Planned);

  const auto list = MeetingService(f.bed.ctx).listForGroup(QStringLiteral("yjag"));
  REQUIRE(list.ok());
  REQUIRE(list->size() == 2);
  CHECK(list->at(0).heldOn == QDate(2021, 4, 8));  // newest first
}

TEST_CASE("bad meetings are refused and change nothing", "[meetings][bad-input]") {
  Fixture f;
  const QString before = snapshot(f.bed);
  MeetingService meetings(f.bed.ctx);
  auto with = [&](auto change) {
    auto in = f.input();
    change(in);
    return in;
  };
  CHECK_REFUSED_UNCHANGED(f.bed, before, meetings.add(with([](auto& m) { m.groupCode = QStringLiteral("NOPE"); })),
                          Error::Kind::Invalid, "group");
  CHECK_REFUSED_UNCHANGED(f.bed, before, meetings.add(with([](auto& m) { m.venue = QStringLiteral(" "); })),
                          Error::Kind::Invalid, "venue");
  CHECK_REFUSED_UNCHANGED(f.bed, before, meetings.add(with([](auto& m) { m.heldOn = QDate(); })), Error::Kind::Invalid,
                          "date");
  CHECK_REFUSED_UNCHANGED(f.bed, before, meetings.add(with([](auto& m) { m.chair = QStringLiteral("Nobody"); })),
                          Error::Kind::Invalid, "chair");
  CHECK_REFUSED_UNCHANGED(f.bed, before, meetings.add(with([](auto& m) { m.minuteTaker = QStringLiteral("#404"); })),
                          Error::Kind::Invalid, "minute taker");
  CHECK_REFUSED_UNCHANGED(f.bed, before, meetings.get(404), Error::Kind::NotFound, "meeting");
  CHECK_REFUSED_UNCHANGED(f.bed, before, meetings.listForGroup(QStringLiteral("NOPE")), Error::Kind::Invalid, "group");
}

TEST_CASE("attendance is recorded once per member, a second record replaces the first", "[meetings][attendance]") {
  Fixture f;
  const qint64 id = f.add(f.input());
  MeetingService meetings(f.bed.ctx);
  REQUIRE(meetings.recordAttendance(attendance(id, "Chair Person", AttendanceStatus::Present)).ok());
  auto late = attendance(id, "Chair Person", AttendanceStatus::Present);
  late.joinedLate = true;
  late.leftEarly = true;
  REQUIRE(meetings.recordAttendance(late).ok());
  AttendanceInput byId{id, QStringLiteral("#%1").arg(f.member.value), AttendanceStatus::UpdateSent, {}, false, false};
  REQUIRE(meetings.recordAttendance(byId).ok());
  const auto d = f.get(id);
  REQUIRE(d.meeting.attendance.size() == 2);
  CHECK(d.meeting.attendance[0].memberId == f.chair);
  CHECK(d.meeting.attendance[0].joinedLate);
  CHECK(d.meeting.attendance[0].leftEarly);
  CHECK(d.meeting.attendance[1].memberId == f.member);
  CHECK(d.meeting.attendance[1].status == AttendanceStatus::UpdateSent);
}

TEST_CASE("a deputy may be a member or someone named who is not one", "[meetings][attendance]") {
  Fixture f;
  const qint64 id = f.add(f.input());
  MeetingService meetings(f.bed.ctx);
  REQUIRE(meetings.recordAttendance(attendance(id, "Member Person", AttendanceStatus::Deputy, "deputy person")).ok());
  auto d = f.get(id);
  REQUIRE(d.meeting.attendance.size() == 1);
  CHECK(d.meeting.attendance[0].deputyId == f.deputy);
  CHECK(d.meeting.attendance[0].deputyName.isEmpty());

  REQUIRE(meetings.recordAttendance(attendance(id, "Member Person", AttendanceStatus::Deputy, "Sam Standin")).ok());
  d = f.get(id);
  REQUIRE(d.meeting.attendance.size() == 1);
  CHECK_FALSE(d.meeting.attendance[0].deputyId.has_value());
  CHECK(d.meeting.attendance[0].deputyName == QStringLiteral("Sam Standin"));
}

TEST_CASE("bad attendance is refused and changes nothing", "[meetings][attendance][bad-input]") {
  Fixture f;
  const qint64 id = f.add(f.input());
  const qint64 cancelled = f.add(f.input(MeetingStatus::Cancelled));
  REQUIRE(MeetingService(f.bed.ctx).recordAttendance(attendance(id, "Chair Person", AttendanceStatus::Present)).ok());
  const QString before = snapshot(f.bed);
  MeetingService meetings(f.bed.ctx);
  CHECK_REFUSED_UNCHANGED(f.bed, before,
                          meetings.recordAttendance(attendance(404, "Chair Person", AttendanceStatus::Present)),
                          Error::Kind::NotFound, "meeting");
  CHECK_REFUSED_UNCHANGED(f.bed, before,
                          meetings.recordAttendance(attendance(cancelled, "Chair Person", AttendanceStatus::Present)),
                          Error::Kind::Conflict, "meeting");
  CHECK_REFUSED_UNCHANGED(f.bed, before, meetings.recordAttendance(attendance(id, "Nobody", AttendanceStatus::Present)),
                          Error::Kind::Invalid, "member");
  CHECK_REFUSED_UNCHANGED(f.bed, before,
                          meetings.recordAttendance(attendance(id, "Member Person", AttendanceStatus::Deputy)),
                          Error::Kind::Invalid, "deputy");
  CHECK_REFUSED_UNCHANGED(
      f.bed, before,
      meetings.recordAttendance(attendance(id, "Member Person", AttendanceStatus::Apologies, "Deputy Person")),
      Error::Kind::Invalid, "deputy");
  CHECK_REFUSED_UNCHANGED(
      f.bed, before,
      meetings.recordAttendance(attendance(id, "Member Person", AttendanceStatus::Deputy, "Member Person")),
      Error::Kind::Invalid, "deputy");
  auto lateApology = attendance(id, "Chair Person", AttendanceStatus::Apologies);
  lateApology.joinedLate = true;
  CHECK_REFUSED_UNCHANGED(f.bed, before, meetings.recordAttendance(lateApology), Error::Kind::Invalid,
                          "late / left early");
}
