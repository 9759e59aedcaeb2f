#pragma once

#include "EnumKeys.h"
#include "Ids.h"
#include "Result.h"

#include <QDate>
#include <QDateTime>
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

// What the meeting decided on a case item (issue 6): recorded with the minute text and
// carried out on the case in the same transaction. Accept and decline answer a referral or
// an escalation waiting for the group.
enum class ItemDecision { None, Continue, Escalate, StepDown, Close, ReferOn, Accept, Decline };

template <>
struct EnumTable<ItemDecision> {
  static constexpr std::array<EnumEntry<ItemDecision>, 8> entries{{
      {ItemDecision::None, "none", "No decision"},
      {ItemDecision::Accept, "accept", "Accept the referral"},
      {ItemDecision::Decline, "decline", "Decline the referral"},
      {ItemDecision::Continue, "continue", "Continue: keep on the agenda"},
      {ItemDecision::Escalate, "escalate", "Escalate to the JAG"},
      {ItemDecision::StepDown, "step_down", "Step down to the sub-group"},
      {ItemDecision::Close, "close", "Close with outcome"},
      {ItemDecision::ReferOn, "refer_on", "Refer to another forum"},
  }};
};

// Whether recording this decision changes the case (and so is carried out once).
bool changesTheCase(ItemDecision decision);

// A caseworker's written update on a case item, attached before the meeting.
struct ItemUpdate {
  QString author;
  QDateTime writtenAt;
  QString body;
};

struct AgendaItem {
  AgendaItemId id;
  int position = 0;
  AgendaItemKind kind = AgendaItemKind::Other;
  QString title;
  std::optional<CaseId> caseId;
  QString minutes;
  ItemDecision decision = ItemDecision::None;
  QString decisionNote;  // the outcome, the forum referred to, the escalation's reason
  int secondsSpent = 0;  // the item's clock, kept across pauses and re-visits
  QString riskBefore;    // "16 Very high" as the meeting found the case; kept for the minutes
  QString riskAfter;     // after a re-score in the meeting
  std::vector<ItemUpdate> updates;
};

// A correction after sign-off: the signed minutes stay as they were, the amendment is
// printed with them (issue 6).
struct Amendment {
  QDateTime madeAt;
  QString madeBy;
  int itemPosition = 0;  // 0: the meeting as a whole
  QString text;
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
  std::optional<QDateTime> signedOffAt;  // set: the minutes are locked
  QString signedOffBy;
  std::vector<Amendment> amendments;
  std::vector<MemberId> invited;  // the confirmed invite list; empty: not yet sent

  bool isSignedOff() const { return signedOffAt.has_value(); }
};

Status validateMeeting(const Meeting& meeting);
Status validateAttendance(const AttendanceRecord& record);

// Attendance rate for profiles: present, deputy and update-sent count as represented;
// cancelled meetings are excluded by the caller (DOMAIN.md).
bool countsAsRepresented(AttendanceStatus status);

}  // namespace casebook
