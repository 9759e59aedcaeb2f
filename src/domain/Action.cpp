#include "Action.h"

#include "Dates.h"

namespace casebook {

bool isOutstanding(ActionStatus status) {
  return status == ActionStatus::Open || status == ActionStatus::InProgress;
}

bool isActionOverdue(ActionStatus status, const QDate& dueOn, const QDate& today) {
  return isOutstanding(status) && dueOn.isValid() && dueOn < today;
}

QString actionReference(const QDate& meetingDate, int agendaItemNumber) {
  return meetingDate.toString(QStringLiteral("ddMMyy")) + QStringLiteral(" Item %1").arg(agendaItemNumber);
}

Status validateNewAction(const Action& a, const QDate& today) {
  if (!a.caseId && !a.meetingId) {
    return Error::invalid(QStringLiteral("case or meeting"),
                          QStringLiteral("an action belongs to a case or to a meeting item"),
                          QStringLiteral("Give a case reference or a meeting"));
  }
  if (a.text.trimmed().isEmpty()) {
    return Error::invalid(QStringLiteral("text"), QStringLiteral("the action says nothing"),
                          QStringLiteral("Describe what is to be done"));
  }
  if (!a.ownerId && !a.ownerAgencyId) {
    return Error::invalid(QStringLiteral("owner"), QStringLiteral("every action needs an owner"),
                          QStringLiteral("Name a member or an agency"));
  }
  if (!a.dueOn.isValid()) {
    return Error::invalid(QStringLiteral("due"), QStringLiteral("every action needs a complete-by date"),
                          QStringLiteral("Give the date as YYYY-MM-DD"));
  }
  if (a.raisedOn.isValid() && a.dueOn < a.raisedOn) {
    return Error::invalid(QStringLiteral("due"),
                          QStringLiteral("%1 is before the action was raised on %2")
                              .arg(isoDate(a.dueOn), isoDate(a.raisedOn)),
                          QStringLiteral("Give a complete-by date on or after the date raised"));
  }
  if (a.raisedOn > today) {
    return Error::invalid(QStringLiteral("raised"), QStringLiteral("an action cannot be raised in the future"),
                          QString());
  }
  return {};
}

Status validateActionUpdate(const Action& current, const ActionUpdate& update, const QDate& today) {
  if (!update.on.isValid() || update.on > today) {
    return Error::invalid(QStringLiteral("date"), QStringLiteral("an update is dated today or earlier"), QString());
  }
  if (update.on < current.raisedOn) {
    return Error::invalid(QStringLiteral("date"),
                          QStringLiteral("%1 is before the action was raised").arg(isoDate(update.on)), QString());
  }
  if (update.text.trimmed().isEmpty() && update.statusAfter == current.status) {
    return Error::invalid(QStringLiteral("update"), QStringLiteral("nothing to record"),
                          QStringLiteral("Give update text, a new status, or both"));
  }
  const bool notDone = update.statusAfter == ActionStatus::NotCompletedAgency ||
                       update.statusAfter == ActionStatus::NotCompletedCircumstances ||
                       update.statusAfter == ActionStatus::Cancelled;
  if (notDone && update.text.trimmed().isEmpty()) {
    return Error::invalid(QStringLiteral("update"),
                          QStringLiteral("closing an action without completing it needs an explanation"),
                          QStringLiteral("Say what changed"));
  }
  return {};
}

}  // namespace casebook
