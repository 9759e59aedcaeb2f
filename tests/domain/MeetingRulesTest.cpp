#include "Meeting.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>

using namespace casebook;

namespace {

Meeting valid() {
  Meeting m;
  m.groupId = GroupId(1);
  m.heldOn = QDate(2024, 6, 1);
  m.venue = QStringLiteral("Committee room 2");
  return m;
}

AttendanceRecord attended(AttendanceStatus status) {
  AttendanceRecord r;
  r.memberId = MemberId(1);
  r.status = status;
  return r;
}

}  // namespace

TEST_CASE("a meeting has a group, a date and a venue or link", "[meeting]") {
  CHECK(validateMeeting(valid()).ok());
  auto m = valid();
  m.groupId = GroupId();
  CHECK(validateMeeting(m).error().field == QStringLiteral("group"));
  m = valid();
  m.heldOn = QDate();
  CHECK(validateMeeting(m).error().field == QStringLiteral("date"));
  m = valid();
  m.venue = QStringLiteral("  ");
  const auto nowhere = validateMeeting(m);
  REQUIRE_FALSE(nowhere.ok());
  CHECK(nowhere.error().kind == Error::Kind::Invalid);
  CHECK(nowhere.error().field == QStringLiteral("venue"));
  m.onlineLink = QStringLiteral("https://meet.example/jag");
  CHECK(validateMeeting(m).ok());
}

TEST_CASE("a deputy is named only when the status says a deputy attended", "[meeting]") {
  auto r = attended(AttendanceStatus::Deputy);
  CHECK(validateAttendance(r).error().field == QStringLiteral("deputy"));
  r.deputyName = QStringLiteral("   ");
  CHECK(validateAttendance(r).error().field == QStringLiteral("deputy"));
  r.deputyName = QStringLiteral("Sam Standin");
  CHECK(validateAttendance(r).ok());
  r.deputyName.clear();
  r.deputyId = MemberId(2);
  CHECK(validateAttendance(r).ok());

  for (auto status : {AttendanceStatus::Present, AttendanceStatus::Apologies, AttendanceStatus::Observer,
                      AttendanceStatus::Absent, AttendanceStatus::UpdateSent}) {
    INFO(toKey(status));
    auto named = attended(status);
    CHECK(validateAttendance(named).ok());
    named.deputyName = QStringLiteral("Sam Standin");
    CHECK(validateAttendance(named).error().problem.contains(toKey(status)));
    named.deputyName.clear();
    named.deputyId = MemberId(2);
    CHECK(validateAttendance(named).error().field == QStringLiteral("deputy"));
  }
}

TEST_CASE("only someone who attended can join late or leave early", "[meeting]") {
  for (auto status : {AttendanceStatus::Present, AttendanceStatus::Observer}) {
    auto r = attended(status);
    r.joinedLate = true;
    r.leftEarly = true;
    CHECK(validateAttendance(r).ok());
  }
  auto deputy = attended(AttendanceStatus::Deputy);
  deputy.deputyName = QStringLiteral("Sam Standin");
  deputy.leftEarly = true;
  CHECK(validateAttendance(deputy).ok());
  for (auto status : {AttendanceStatus::Apologies, AttendanceStatus::Absent, AttendanceStatus::UpdateSent}) {
    INFO(toKey(status));
    auto late = attended(status);
    late.joinedLate = true;
    CHECK(validateAttendance(late).error().field == QStringLiteral("late / left early"));
    auto early = attended(status);
    early.leftEarly = true;
    CHECK_FALSE(validateAttendance(early).ok());
  }
}

TEST_CASE("attendance profiles count present, deputies and written updates as represented", "[meeting]") {
  CHECK(countsAsRepresented(AttendanceStatus::Present));
  CHECK(countsAsRepresented(AttendanceStatus::Deputy));
  CHECK(countsAsRepresented(AttendanceStatus::UpdateSent));
  CHECK_FALSE(countsAsRepresented(AttendanceStatus::Apologies));
  CHECK_FALSE(countsAsRepresented(AttendanceStatus::Absent));
  CHECK_FALSE(countsAsRepresented(AttendanceStatus::Observer));
}
