#include "MeetingRunService.h"

#include "ActionService.h"
#include "AgendaRepository.h"
#include "CaseRepository.h"
#include "CaseService.h"
#include "Database.h"
#include "Log.h"
#include "MeetingAccess.h"
#include "MeetingRepository.h"
#include "ReferralRepository.h"
#include "ReferralService.h"
#include "RiskService.h"

namespace casebook {

namespace {

QString riskText(std::optional<int> score, std::optional<RiskBand> band) {
  if (!score || !band) return QStringLiteral("not scored");
  return QStringLiteral("%1 %2").arg(*score).arg(toLabel(*band));
}

Status needNote(const QString& note, const QString& what) {
  if (!note.trimmed().isEmpty()) return {};
  return Error::invalid(QStringLiteral("decision note"), QStringLiteral("%1 needs a reason").arg(what),
                        QStringLiteral("Write the reason in the decision note"));
}

}  // namespace

Status MeetingRunService::carryOut(const Meeting& meeting, const AgendaItem& item, const ItemRecordInput& input,
                                   const QDate& on) {
  const ItemDecision decision = input.decision;
  if (item.decision == decision) return {};
  // A decision carried out on the case stays the item's decision: the minutes must not say
  // "continue" for a case the meeting escalated, and a later save must not apply it again.
  if (changesTheCase(item.decision)) {
    return Error::conflict(QStringLiteral("decision"),
                           QStringLiteral("item %1 was already decided: %2").arg(item.position).arg(toLabel(item.decision)),
                           QStringLiteral("A decision is carried out once; change the case itself to reverse it"));
  }
  if (!changesTheCase(decision)) return {};
  if (!item.caseId) {
    return Error::invalid(QStringLiteral("decision"),
                          QStringLiteral("item %1 has no case to %2").arg(item.position).arg(toLabel(decision).toLower()),
                          QStringLiteral("Record the outcome in the minute text"));
  }
  const Case c = *CaseRepository(m_ctx.db).get(*item.caseId);
  const QString note = input.decisionNote.trimmed();
  switch (decision) {
    case ItemDecision::Escalate: {
      if (auto given = needNote(note, QStringLiteral("an escalation")); !given) return given;
      auto escalated = ReferralService(m_ctx).escalate({c.reference, on, note, ReferralCriterion::Escalation, note, {}});
      return escalated ? Status() : Status(escalated.error());
    }
    case ItemDecision::StepDown:
      if (auto given = needNote(note, QStringLiteral("stepping down")); !given) return given;
      return ReferralService(m_ctx).stepDown({c.reference, QString(), on, note});
    case ItemDecision::Close:
    case ItemDecision::ReferOn: {
      CloseInput close;
      close.note = note;
      close.closedOn = on;
      if (decision == ItemDecision::ReferOn) {
        if (!input.forum) {
          return Error::invalid(QStringLiteral("forum"), QStringLiteral("referring on needs the forum"),
                                QStringLiteral("Choose MARAC, MAPPA, Channel... or Other"));
        }
        close.outcome = Outcome::TransferredToOtherForum;
        close.transferredTo = input.forum;
      } else {
        close.outcome = input.outcome;
        close.transferredTo = input.forum;
      }
      // The chair closing in the meeting is the chair's approval, where the group needs it.
      if (meeting.chairId) close.approvedBy = QStringLiteral("#%1").arg(meeting.chairId->value);
      return CaseService(m_ctx).close(c.reference, close);
    }
    case ItemDecision::Accept:
    case ItemDecision::Decline: {
      const auto pending = ReferralRepository(m_ctx.db).pendingForCase(c.id);
      if (!pending || pending->toGroupId != meeting.groupId) {
        return Error::conflict(QStringLiteral("decision"),
                               QStringLiteral("%1 has no referral waiting for this group").arg(c.reference),
                               QStringLiteral("Choose another decision"));
      }
      if (decision == ItemDecision::Decline) {
        if (auto given = needNote(note, QStringLiteral("declining")); !given) return given;
      }
      DecisionInput decide;
      decide.referralId = pending->id.value;
      decide.decision = decision == ItemDecision::Accept ? ReferralDecision::Accepted : ReferralDecision::Declined;
      decide.reason = note;
      decide.decidedOn = on;
      return ReferralService(m_ctx).decide(decide);
    }
    case ItemDecision::None:
    case ItemDecision::Continue: break;
  }
  return {};
}

Result<ItemRecordOutcome> MeetingRunService::recordItem(const ItemRecordInput& input) {
  return m_ctx.db.write([&]() -> Result<ItemRecordOutcome> {
    auto meeting = loadMeeting(m_ctx, input.meetingId, Operation::ManageMeeting);
    if (!meeting) return meeting.error();
    auto found = itemAt(*meeting, input.position);
    if (!found) return found.error();
    AgendaItem item = found.value();
    // A meeting planned ahead and minuted on the day: nothing is dated after today.
    const QDate on = std::min(meeting->heldOn, m_ctx.clock.today());
    ItemRecordOutcome outcome;
    QStringList done;
    std::optional<Case> c;
    if (item.caseId) c = CaseRepository(m_ctx.db).get(*item.caseId);
    if (c && item.riskBefore.isEmpty()) item.riskBefore = riskText(c->currentScore, c->currentBand);

    {
      // The nested calls check their own permissions; the meeting's record is the one audit
      // entry for all of it.
      AuditPause pause(m_ctx);
      if (input.likelihood || input.impact) {
        if (!c) {
          return Error::invalid(QStringLiteral("score"), QStringLiteral("item %1 has no case to re-score").arg(input.position));
        }
        if (!input.likelihood || !input.impact) {
          return Error::invalid(QStringLiteral("score"), QStringLiteral("a re-score needs both likelihood and impact"),
                                QStringLiteral("Give both, from 1 to 5"));
        }
        RiskInput risk;
        risk.caseReference = c->reference;
        risk.likelihood = *input.likelihood;
        risk.impact = *input.impact;
        risk.assessedOn = on;
        risk.assessor = m_ctx.actor.userName;
        risk.rationale = input.rationale.trimmed().isEmpty()
                             ? QStringLiteral("Re-scored at the %1 meeting").arg(meeting->heldOn.toString(Qt::ISODate))
                             : input.rationale.trimmed();
        auto assessed = RiskService(m_ctx).assess(risk);
        if (!assessed) return assessed.error();
        item.riskAfter = riskText(assessed->score, assessed->band);
        outcome.rescored = true;
        outcome.escalationPrompted = assessed->escalationPrompted;
        done << QStringLiteral("re-scored");
      }
      for (size_t i = 0; i < input.actions.size(); ++i) {
        const auto& a = input.actions[i];
        NewActionInput action;
        action.caseReference = c ? c->reference : QString();
        action.meetingId = meeting->id.value;
        action.agendaItem = item.position;
        action.text = a.text;
        action.owner = a.owner;
        action.dueOn = a.dueOn;
        action.raisedOn = on;
        auto added = ActionService(m_ctx).add(action);
        if (!added) {
          Error e = added.error();
          e.problem = QStringLiteral("new action %1: %2").arg(i + 1).arg(e.problem);
          return e;
        }
        ++outcome.actionsAdded;
      }
      if (outcome.actionsAdded > 0) done << QStringLiteral("%1 actions").arg(outcome.actionsAdded);
      if (auto carried = carryOut(*meeting, item, input, on); !carried) return carried.error();
    }
    if (input.decision != item.decision) done << toKey(input.decision);
    if (input.minutes != item.minutes) done << QStringLiteral("minutes");
    item.minutes = input.minutes;
    item.decision = input.decision;
    item.decisionNote = input.decisionNote.trimmed();
    if (input.secondsSpent >= 0) item.secondsSpent = input.secondsSpent;
    AgendaRepository(m_ctx.db).saveRecord(item);
    if (meeting->status == MeetingStatus::Planned && meeting->heldOn <= m_ctx.clock.today()) {
      MeetingRepository(m_ctx.db).setStatus(meeting->id, MeetingStatus::Held);
    }
    m_ctx.audit(c ? AuditEvent::ChangeCase : AuditEvent::ChangeMeeting, item.caseId, c ? c->reference : QString(),
                QStringLiteral("meeting %1 item %2: %3")
                    .arg(meeting->id.value)
                    .arg(item.position)
                    .arg(done.isEmpty() ? QStringLiteral("clock") : done.join(QStringLiteral(", "))));
    log::services()->info("meeting {} item {} recorded", meeting->id.value, item.position);
    return outcome;
  });
}

Status MeetingRunService::saveClocks(qint64 meetingId, const std::vector<std::pair<int, int>>& secondsByPosition) {
  return m_ctx.db.write([&]() -> Status {
    auto meeting = loadMeeting(m_ctx, meetingId, Operation::ManageMeeting);
    if (!meeting) return meeting.error();
    AgendaRepository repo(m_ctx.db);
    for (const auto& [position, seconds] : secondsByPosition) {
      auto item = itemAt(*meeting, position);
      if (!item) return item.error();
      if (seconds < 0) return Error::invalid(QStringLiteral("clock"), QStringLiteral("a clock cannot be negative"));
      AgendaItem changed = item.value();
      changed.secondsSpent = seconds;
      repo.saveRecord(changed);
    }
    m_ctx.audit(AuditEvent::ChangeMeeting, std::nullopt, QString(),
                QStringLiteral("meeting %1: item clocks saved").arg(meetingId));
    return {};
  });
}

Status MeetingRunService::signOff(qint64 meetingId) {
  return m_ctx.db.write([&]() -> Status {
    auto meeting = loadMeeting(m_ctx, meetingId, Operation::ManageMeeting);
    if (!meeting) return meeting.error();
    if (meeting->attendance.empty()) {
      return Error::conflict(QStringLiteral("attendance"),
                             QStringLiteral("meeting %1 has no attendance recorded").arg(meetingId),
                             QStringLiteral("Take the register first: minutes open with who was present"));
    }
    if (meeting->heldOn > m_ctx.clock.today()) {
      return Error::conflict(QStringLiteral("meeting"),
                             QStringLiteral("meeting %1 is on %2, in the future").arg(meetingId).arg(meeting->heldOn.toString(Qt::ISODate)),
                             QStringLiteral("Sign the minutes off once the meeting has been held"));
    }
    // Minutes keep the risk each case had at the meeting, whatever happens to it later.
    AgendaRepository repo(m_ctx.db);
    CaseRepository cases(m_ctx.db);
    for (auto item : meeting->agenda) {
      if (!item.caseId || !item.riskBefore.isEmpty()) continue;
      const auto c = cases.get(*item.caseId);
      item.riskBefore = riskText(c->currentScore, c->currentBand);
      repo.saveRecord(item);
    }
    MeetingRepository(m_ctx.db).signOff(meeting->id, m_ctx.clock.now(), m_ctx.actor.userName);
    m_ctx.audit(AuditEvent::ChangeMeeting, std::nullopt, QString(), QStringLiteral("meeting %1 signed off").arg(meetingId));
    return {};
  });
}

Status MeetingRunService::amend(qint64 meetingId, int position, const QString& text) {
  return m_ctx.db.write([&]() -> Status {
    auto meeting = loadMeeting(m_ctx, meetingId, Operation::ManageMeeting, MeetingLock::Ignore);
    if (!meeting) return meeting.error();
    if (!meeting->isSignedOff()) {
      return Error::conflict(QStringLiteral("meeting"), QStringLiteral("meeting %1 is not signed off").arg(meetingId),
                             QStringLiteral("Edit the item's minutes directly until sign-off"));
    }
    std::optional<CaseId> caseId;
    if (position != 0) {
      auto item = itemAt(*meeting, position);
      if (!item) return item.error();
      caseId = item->caseId;
    }
    if (text.trimmed().isEmpty()) {
      return Error::invalid(QStringLiteral("amendment"), QStringLiteral("the amendment is empty"),
                            QStringLiteral("Write the correction as the minutes should read"));
    }
    MeetingRepository(m_ctx.db).addAmendment(meeting->id, {m_ctx.clock.now(), m_ctx.actor.userName, position, text.trimmed()},
                                             caseId);
    m_ctx.audit(AuditEvent::ChangeMeeting, std::nullopt, QString(),
                QStringLiteral("meeting %1: amendment to item %2").arg(meetingId).arg(position));
    return {};
  });
}

}  // namespace casebook
