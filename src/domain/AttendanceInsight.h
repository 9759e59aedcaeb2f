#pragma once

#include "Meeting.h"

#include <QString>

#include <vector>

namespace casebook {

// One member's attendance at one of the meetings counted.
struct AttendanceFact {
  MeetingId meetingId;
  QDate heldOn;
  MemberId memberId;
  AttendanceStatus status = AttendanceStatus::Absent;
};

// A member of the group, as the insight and the invite list need them.
struct GroupMember {
  MemberId id;
  QString name;
  QString agency;  // agency code; empty when the member has none
  bool runsMeeting = false;  // chair, vice-chair or minute-taker: always invited
};

struct AttendanceRate {
  QString label;        // member name or agency code
  int meetings = 0;     // meetings counted (the member's or agency's expected ones)
  int represented = 0;  // present, deputy sent, or written update sent (DOMAIN.md)
  double rate() const { return meetings == 0 ? 0.0 : static_cast<double>(represented) / meetings; }
};

struct MissedWithoutDeputy {
  QDate heldOn;
  QString member;
  QString agency;
};

struct AttendanceInsight {
  int meetingsCounted = 0;
  std::vector<AttendanceRate> byMember;  // lowest rate first: whom to chase
  std::vector<AttendanceRate> byAgency;
  std::vector<MissedWithoutDeputy> apologiesWithoutDeputy;  // newest first
};

// Rates over the meetings the facts come from (the caller picks the last N held meetings,
// cancelled ones left out). A member with no record at a counted meeting was absent: the
// register lists everyone expected. An agency is represented when any of its members is.
AttendanceInsight attendanceInsight(const std::vector<GroupMember>& members, const std::vector<AttendanceFact>& facts);

// Whether a member has business at a meeting: they run it, own a case on its agenda, own an
// outstanding action on an agenda case or of the group's meetings, or their agency leads a
// case on the agenda.
struct InviteReasons {
  std::vector<MemberId> caseOwners;
  std::vector<MemberId> actionOwners;
  std::vector<QString> leadAgencies;
};

struct InviteSuggestion {
  GroupMember member;
  bool suggested = false;
  QString why;  // "chair", "owns YJAG-2026-004", "nothing on the agenda"
};

std::vector<InviteSuggestion> suggestInvites(const std::vector<GroupMember>& members, const InviteReasons& reasons);

}  // namespace casebook
