#include "DemoActions.h"

#include "Dates.h"
#include "TextBank.h"

#include <algorithm>

namespace casebook::demo {

namespace {

QDate dayBetween(DemoRandom& r, const QDate& from, const QDate& to) {
  return from.addDays(r.between(0, static_cast<int>(std::max<qint64>(0, from.daysTo(to)))));
}

void record(DemoRandom& r, Action& a, const QDate& on, ActionStatus status, QString text = {}) {
  if (text.isEmpty()) text = TextBank::actionUpdate(r, status);
  a.updates.push_back({on, text, status});
  a.status = status;
  a.statusReportedOn = on;
  if (status == ActionStatus::Complete) a.completedOn = on;
}

enum class Fate { OnTime, Late, NotDoneCircumstances, NotDoneAgency, Cancelled, Outstanding };

}  // namespace

void DemoActions::settle(DemoRandom& r, Action& a, const QDate& until, bool mustFinish) {
  a.status = ActionStatus::Open;
  a.statusReportedOn = a.raisedOn;
  a.updates.clear();
  if (a.dueOn >= until && !mustFinish) {
    if (r.chance(45) && a.raisedOn < until) {
      record(r, a, dayBetween(r, a.raisedOn.addDays(1), until), ActionStatus::InProgress);
    }
    return;
  }
  // Most actions are done by their date; the action log's other endings are rarer, and a
  // few stay open past their date: those are the overdue ones the chair chases.
  const Fate fate = static_cast<Fate>(mustFinish ? r.weighted({64, 14, 8, 7, 7, 0}) : r.weighted({56, 13, 6, 5, 5, 15}));
  const QDate lastOnTime = std::min(a.dueOn, until);
  switch (fate) {
    case Fate::OnTime:
    case Fate::Late: {
      QDate done = fate == Fate::OnTime ? dayBetween(r, a.raisedOn, lastOnTime)
                                        : std::min(until, a.dueOn.addDays(r.between(1, 35)));
      done = std::max(done, a.raisedOn);
      if (r.chance(40) && a.raisedOn < done) record(r, a, dayBetween(r, a.raisedOn, done), ActionStatus::InProgress);
      record(r, a, done, ActionStatus::Complete);
      break;
    }
    case Fate::NotDoneCircumstances:
    case Fate::NotDoneAgency:
    case Fate::Cancelled: {
      const ActionStatus status = fate == Fate::Cancelled            ? ActionStatus::Cancelled
                                  : fate == Fate::NotDoneAgency ? ActionStatus::NotCompletedAgency
                                                                : ActionStatus::NotCompletedCircumstances;
      record(r, a, dayBetween(r, a.raisedOn, std::min(until, a.dueOn.addDays(14))), status);
      break;
    }
    case Fate::Outstanding: {
      if (r.chance(50)) record(r, a, dayBetween(r, a.raisedOn, lastOnTime), ActionStatus::InProgress);
      // Carried forward at the meeting after the date was missed, as the CSP action log does.
      for (int carries = r.chance(35) ? r.between(1, 3) : 0; carries > 0; --carries) {
        const QDate on = a.dueOn.addDays(r.between(0, 7));
        if (on > until || (a.statusReportedOn && on < *a.statusReportedOn)) break;
        const QDate newDue = a.dueOn.addDays(r.between(21, 42));
        record(r, a, on, a.status, QStringLiteral("Carried forward to %1").arg(isoDate(newDue)));
        a.dueOn = newDue;
        ++a.carriedForward;
      }
      break;
    }
  }
}

}  // namespace casebook::demo
