#pragma once

#include "Action.h"
#include "Meeting.h"

#include <QDateTime>
#include <QStringList>

#include <optional>
#include <vector>

namespace casebook {

// A meeting as its documents show it (agenda pack, minutes, action log), resolved to
// display text by MeetingService::record. Cases appear by reference and initials only:
// every document made from this is sent outside the partnership's case system.
struct RecordAttendee {
  QString name;
  QString agency;  // agency name, e.g. "Police"
  AttendanceStatus status = AttendanceStatus::Present;
  QString deputy;  // who attended in their place, when status is Deputy
};

struct RecordAction {
  QString reference;  // "250221 Item 4": the meeting's date and item number
  int itemPosition = 0;
  QString caseReference;  // empty for a meeting action
  QString text;
  QString owner;  // member name, or the agency when no one person owns it
  QDate dueOn;
  ActionStatus status = ActionStatus::Open;
  QString update;  // the latest update's text, dated
  bool overdue = false;
};

struct RecordItem {
  int position = 0;
  AgendaItemKind kind = AgendaItemKind::Other;
  QString title;  // already masked: "Review due: YJAG-2026-004 (J.S.)"
  QString caseReference;
  QString initials;
  QString riskBefore;  // "12 High" at the start of the meeting; empty for non-case items
  QString riskAfter;   // after a re-score in the meeting; empty when not re-scored
  std::vector<ItemUpdate> updates;
  QString minutes;
  ItemDecision decision = ItemDecision::None;
  QString decisionNote;
  int secondsSpent = 0;
  std::vector<RecordAction> actions;  // AGREED actions raised on this item
};

struct MeetingRecord {
  qint64 meetingId = 0;
  QString groupCode;
  QString groupName;
  QDate heldOn;
  std::optional<QTime> startsAt;
  QString venue;
  QString onlineLink;
  QString chair;
  QString minuteTaker;
  MeetingStatus status = MeetingStatus::Planned;
  std::vector<RecordAttendee> attendees;  // register order: present first, then apologies...
  std::vector<QString> invited;           // names, for the agenda pack
  std::vector<RecordItem> items;
  // The action log: every action raised at this meeting, then those of earlier meetings of
  // the group still outstanding on its date.
  std::vector<RecordAction> actionLog;
  std::optional<QDateTime> signedOffAt;
  QString signedOffBy;
  std::vector<Amendment> amendments;
};

}  // namespace casebook
