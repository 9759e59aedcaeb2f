#pragma once

#include "EnumKeys.h"
#include "Ids.h"
#include "Result.h"

#include <QDate>
#include <QString>

#include <optional>
#include <vector>

namespace casebook {

// Overdue is derived from the due date, never set (DOMAIN.md).
enum class ActionStatus {
  Open,
  InProgress,
  Complete,
  NotCompletedCircumstances,
  NotCompletedAgency,
  Cancelled,
};

template <>
struct EnumTable<ActionStatus> {
  static constexpr std::array<EnumEntry<ActionStatus>, 6> entries{{
      {ActionStatus::Open, "open", "Open"},
      {ActionStatus::InProgress, "in_progress", "In progress"},
      {ActionStatus::Complete, "complete", "Complete"},
      {ActionStatus::NotCompletedCircumstances, "not_completed_circumstances",
       "Not completed: circumstances changed"},
      {ActionStatus::NotCompletedAgency, "not_completed_agency", "Not completed: agency did not act"},
      {ActionStatus::Cancelled, "cancelled", "Cancelled / superseded"},
  }};
};

struct ActionUpdate {
  QDate on;
  QString text;
  ActionStatus statusAfter = ActionStatus::Open;
};

struct Action {
  ActionId id;
  std::optional<CaseId> caseId;
  std::optional<MeetingId> meetingId;
  QString reference;  // meeting date DDMMYY and agenda item, e.g. "250221 Item 4"
  std::optional<AgendaItemId> agendaItemId;  // the item it was agreed under (its number can change)
  QString text;
  std::optional<MemberId> ownerId;
  std::optional<AgencyId> ownerAgencyId;
  QDate raisedOn;
  QDate dueOn;
  ActionStatus status = ActionStatus::Open;
  std::optional<QDate> statusReportedOn;
  std::optional<QDate> completedOn;
  int carriedForward = 0;
  std::vector<ActionUpdate> updates;
};

bool isOutstanding(ActionStatus status);
bool isActionOverdue(ActionStatus status, const QDate& dueOn, const QDate& today);

// The action log reference: "250221 Item 4" for item 4 of the meeting on 25 Feb 2021.
QString actionReference(const QDate& meetingDate, int agendaItemNumber);

Status validateNewAction(const Action& action, const QDate& today);
Status validateActionUpdate(const Action& current, const ActionUpdate& update, const QDate& today);

}  // namespace casebook
