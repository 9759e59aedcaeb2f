#pragma once

#include "EnumKeys.h"
#include "Ids.h"
#include "Result.h"

#include <QDate>
#include <QTime>

#include <optional>
#include <vector>

namespace casebook {

enum class MeetingStatus { Planned, Held, Cancelled };

template <>
struct EnumTable<MeetingStatus> {
  static constexpr std::array<EnumEntry<MeetingStatus>, 3> entries{{
      {MeetingStatus::Planned, "planned", "Planned"},
      {MeetingStatus::Held, "held", "Held"},
      {MeetingStatus::Cancelled, "cancelled", "Cancelled"},
  }};
};

enum class AttendanceStatus { Present, Apologies, Deputy, Observer, Absent, UpdateSent };

template <>
struct EnumTable<AttendanceStatus> {
  static constexpr std::array<EnumEntry<AttendanceStatus>, 6> entries{{
      {AttendanceStatus::Present, "present", "Present"},
      {AttendanceStatus::Apologies, "apologies", "Apologies"},
      {AttendanceStatus::Deputy, "deputy", "Apologies, deputy attending"},
      {AttendanceStatus::Observer, "observer", "Observer"},
      {AttendanceStatus::Absent, "absent", "Absent without apologies"},
      {AttendanceStatus::UpdateSent, "update_sent", "Written update sent in advance"},
  }};
};

enum class AgendaItemKind { Attendance, PreviousMinutes, NewReferral, EscalationIn, CaseReview, StandingItem, Other };

template <>
struct EnumTable<AgendaItemKind> {
  static constexpr std::array<EnumEntry<AgendaItemKind>, 7> entries{{
      {AgendaItemKind::Attendance, "attendance", "Attendance and apologies"},
      {AgendaItemKind::PreviousMinutes, "previous_minutes", "Minutes and actions of the last meeting"},
      {AgendaItemKind::NewReferral, "new_referral", "New referral"},
      {AgendaItemKind::EscalationIn, "escalation_in", "Escalation in"},
      {AgendaItemKind::CaseReview, "case_review", "Case review"},
      {AgendaItemKind::StandingItem, "standing_item", "Standing item"},
      {AgendaItemKind::Other, "other", "Any other business"},
  }};
};

struct AgendaItem {
  AgendaItemId id;
  int position = 0;
  AgendaItemKind kind = AgendaItemKind::Other;
  QString title;
  std::optional<CaseId> caseId;
  QString minutes;
  QString decision;
};

struct AttendanceRecord {
  MemberId memberId;
  AttendanceStatus status = AttendanceStatus::Present;
  std::optional<MemberId> deputyId;  // the member attending in their place
  QString deputyName;                // or a deputy who is not a member
  bool joinedLate = false;
  bool leftEarly = false;
};

struct Meeting {
  MeetingId id;
  GroupId groupId;
  QDate heldOn;
  std::optional<QTime> startsAt;
  QString venue;
  QString onlineLink;
  std::optional<MemberId> chairId;
  std::optional<MemberId> minuteTakerId;
  MeetingStatus status = MeetingStatus::Planned;
  std::vector<AgendaItem> agenda;
  std::vector<AttendanceRecord> attendance;
};

Status validateMeeting(const Meeting& meeting);
Status validateAttendance(const AttendanceRecord& record);

// Attendance rate for profiles: present, deputy and update-sent count as represented;
// cancelled meetings are excluded by the caller (DOMAIN.md).
bool countsAsRepresented(AttendanceStatus status);

}  // namespace casebook
