// Attendance rates and the invite list (issue 6) as domain rules: a missing record is an
// absence, deputies and written updates count as represented (DOMAIN.md), an agency is
// represented when any of its members is.
#include "AttendanceInsight.h"

#include <catch2/catch.hpp>

#include <map>

using namespace casebook;

namespace {

GroupMember member(qint64 id, const char* name, const char* agency, bool runs = false) {
  return {MemberId(id), QString::fromLatin1(name), QString::fromLatin1(agency), runs};
}

AttendanceFact fact(qint64 meeting, const QDate& on, qint64 memberId, AttendanceStatus status) {
  return {MeetingId(meeting), on, MemberId(memberId), status};
}

std::map<QString, std::pair<int, int>> byLabel(const std::vector<AttendanceRate>& rates) {
  std::map<QString, std::pair<int, int>> out;
  for (const auto& r : rates) out[r.label] = {r.represented, r.meetings};
  return out;
}

}  // namespace

TEST_CASE("attendance insight: rates per member and agency from the register", "[attendance]") {
  const QDate d1(2024, 4, 1), d2(2024, 5, 1), d3(2024, 6, 1);
  const std::vector<GroupMember> members{
      member(1, "Ann", "POL", true), member(2, "Bob", "POL"), member(3, "Cat", "LA"), member(4, "Dan", "NHS"),
      member(5, "Eve", ""),
  };
  const std::vector<AttendanceFact> facts{
      // Ann: present, present, apologies -> 2/3
      fact(10, d1, 1, AttendanceStatus::Present), fact(11, d2, 1, AttendanceStatus::Present),
      fact(12, d3, 1, AttendanceStatus::Apologies),
      // Bob: absent, nothing, present -> 1/3 (POL: 3/3 between them)
      fact(10, d1, 2, AttendanceStatus::Absent), fact(12, d3, 2, AttendanceStatus::Present),
      // Cat: deputy, update sent, observer -> 2/3
      fact(10, d1, 3, AttendanceStatus::Deputy), fact(11, d2, 3, AttendanceStatus::UpdateSent),
      fact(12, d3, 3, AttendanceStatus::Observer),
      // Dan: apologies twice -> 0/3. Eve: no record at all -> 0/3.
      fact(11, d2, 4, AttendanceStatus::Apologies), fact(12, d3, 4, AttendanceStatus::Apologies),
  };
  const AttendanceInsight insight = attendanceInsight(members, facts);
  CHECK(insight.meetingsCounted == 3);
  const auto rates = byLabel(insight.byMember);
  CHECK(rates.at(QStringLiteral("Ann")) == std::pair(2, 3));
  CHECK(rates.at(QStringLiteral("Bob")) == std::pair(1, 3));
  CHECK(rates.at(QStringLiteral("Cat")) == std::pair(2, 3));
  CHECK(rates.at(QStringLiteral("Dan")) == std::pair(0, 3));
  CHECK(rates.at(QStringLiteral("Eve")) == std::pair(0, 3));
  // Lowest first, then by name.
  REQUIRE(insight.byMember.size() == 5);
  CHECK(insight.byMember[0].label == QStringLiteral("Dan"));
  CHECK(insight.byMember[1].label == QStringLiteral("Eve"));
  CHECK(insight.byMember[2].label == QStringLiteral("Bob"));
  CHECK(insight.byMember[4].rate() == Approx(2.0 / 3.0));

  const auto agencies = byLabel(insight.byAgency);
  CHECK(agencies.size() == 3);  // a member without an agency adds none
  CHECK(agencies.at(QStringLiteral("POL")) == std::pair(3, 3));
  CHECK(agencies.at(QStringLiteral("LA")) == std::pair(2, 3));
  CHECK(agencies.at(QStringLiteral("NHS")) == std::pair(0, 3));
  CHECK(insight.byAgency.front().label == QStringLiteral("NHS"));

  // Apologies with no deputy, newest first.
  REQUIRE(insight.apologiesWithoutDeputy.size() == 3);
  CHECK(insight.apologiesWithoutDeputy[0].heldOn == d3);
  CHECK(insight.apologiesWithoutDeputy[1].heldOn == d3);
  CHECK(insight.apologiesWithoutDeputy[2].heldOn == d2);
  CHECK(insight.apologiesWithoutDeputy[2].member == QStringLiteral("Dan"));
  CHECK(insight.apologiesWithoutDeputy[2].agency == QStringLiteral("NHS"));
}

TEST_CASE("attendance insight: no meetings counted gives zero rates, not a division by zero", "[attendance]") {
  const AttendanceInsight insight = attendanceInsight({member(1, "Ann", "POL")}, {});
  CHECK(insight.meetingsCounted == 0);
  REQUIRE(insight.byMember.size() == 1);
  CHECK(insight.byMember[0].meetings == 0);
  CHECK(insight.byMember[0].rate() == 0.0);
  CHECK(insight.apologiesWithoutDeputy.empty());
}

TEST_CASE("invites: those who run the meeting or have business are suggested, with why", "[attendance][invites]") {
  const std::vector<GroupMember> members{
      member(1, "Chair", "POL", true), member(2, "Owner", "LA"),  member(3, "Actioner", "NHS"),
      member(4, "Lead", "HOUS"),        member(5, "Idle", "FIRE"), member(6, "Both", "UNI"),
  };
  InviteReasons reasons;
  reasons.caseOwners = {MemberId(2), MemberId(6)};
  reasons.actionOwners = {MemberId(3), MemberId(6)};
  reasons.leadAgencies = {QStringLiteral("HOUS")};
  const auto suggestions = suggestInvites(members, reasons);
  REQUIRE(suggestions.size() == members.size());
  for (size_t i = 0; i < members.size(); ++i) CHECK(suggestions[i].member.id == members[i].id);
  CHECK(suggestions[0].suggested);
  CHECK(suggestions[0].why == QStringLiteral("runs the meeting"));
  CHECK(suggestions[1].why == QStringLiteral("owns a case on the agenda"));
  CHECK(suggestions[2].why == QStringLiteral("owns an outstanding action"));
  CHECK(suggestions[3].why == QStringLiteral("agency leads a case on the agenda"));
  CHECK_FALSE(suggestions[4].suggested);
  CHECK(suggestions[4].why == QStringLiteral("nothing on the agenda"));
  CHECK(suggestions[5].why == QStringLiteral("owns a case on the agenda"));  // the first reason is given
  for (size_t i = 0; i < 4; ++i) CHECK(suggestions[i].suggested);

  // A member without an agency is not matched by an empty lead agency.
  reasons.leadAgencies.push_back(QString());
  const auto none = suggestInvites({member(7, "Loner", "")}, reasons);
  REQUIRE(none.size() == 1);
  CHECK_FALSE(none[0].suggested);
}
