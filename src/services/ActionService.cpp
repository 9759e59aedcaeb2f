#include "ActionService.h"

#include "ActionRepository.h"
#include "CaseRepository.h"
#include "Database.h"
#include "Dates.h"
#include "Log.h"
#include "Lookup.h"
#include "MeetingAccess.h"
#include "MeetingRepository.h"

namespace casebook {

// An action belongs to a case, or to a meeting's own business (no case to name).
void ActionService::auditChange(const Action& action, const QString& what) {
  if (action.caseId) {
    m_ctx.audit(AuditEvent::ChangeCase, action.caseId, CaseRepository(m_ctx.db).get(*action.caseId)->reference, what);
  } else {
    m_ctx.audit(AuditEvent::ChangeCase, std::nullopt, QString(),
                QStringLiteral("%1 (meeting %2)").arg(what).arg(action.meetingId ? action.meetingId->value : 0));
  }
}

std::optional<GroupId> ActionService::groupOf(const Action& action) {
  if (action.caseId) return CaseRepository(m_ctx.db).get(*action.caseId)->groupId;
  if (action.meetingId) return MeetingRepository(m_ctx.db).get(*action.meetingId)->groupId;
  return std::nullopt;
}

Result<ActionId> ActionService::add(const NewActionInput& input) {
  return m_ctx.db.write([&]() -> Result<ActionId> {
    Lookup lookup(m_ctx);
    Action a;
    std::optional<GroupId> group;
    if (!input.caseReference.isEmpty()) {
      auto id = lookup.caseByReference(input.caseReference);
      if (!id) return id.error();
      a.caseId = id.value();
      group = CaseRepository(m_ctx.db).get(id.value())->groupId;
    }
    a.raisedOn = input.raisedOn.isValid() ? input.raisedOn : m_ctx.clock.today();
    if (input.meetingId != 0) {
      // Signed-off minutes are locked: an action agreed later belongs to a later meeting.
      auto meeting = loadMeeting(m_ctx, input.meetingId, Operation::ChangeCase);
      if (!meeting) return meeting.error();
      a.meetingId = meeting->id;
      group = meeting->groupId;
      if (!input.raisedOn.isValid()) a.raisedOn = meeting->heldOn;
      if (input.agendaItem > 0) {
        auto item = itemAt(meeting.value(), input.agendaItem);
        if (!item) return item.error();
        a.agendaItemId = item->id;
        a.reference = actionReference(meeting->heldOn, input.agendaItem);
      }
    }
    // An action on a case needs the case within reach, whatever meeting it is raised at.
    if (a.caseId) {
      const GroupId caseGroup = CaseRepository(m_ctx.db).get(*a.caseId)->groupId;
      if (auto allowed = m_ctx.allow(Operation::ChangeCase, caseGroup); !allowed) return allowed.error();
    }
    if (auto allowed = m_ctx.allow(Operation::ChangeCase, group); !allowed) return allowed.error();
    a.text = input.text.trimmed();
    auto owner = lookup.optionalMember(input.owner, QStringLiteral("owner"));
    if (!owner) return owner.error();
    a.ownerId = owner.value();
    auto agency = lookup.optionalAgency(input.ownerAgency, QStringLiteral("owner agency"));
    if (!agency) return agency.error();
    a.ownerAgencyId = agency.value();
    a.dueOn = input.dueOn;
    a.status = ActionStatus::Open;
    a.statusReportedOn = a.raisedOn;
    if (auto valid = validateNewAction(a, m_ctx.clock.today()); !valid) return valid.error();
    const ActionId id = ActionRepository(m_ctx.db).insert(a);
    auditChange(a, QStringLiteral("action %1 added").arg(id.value));
    log::services()->info("action {} added", id.value);
    return id;
  });
}

Status ActionService::update(const ActionUpdateInput& input) {
  return m_ctx.db.write([&]() -> Status {
    ActionRepository actions(m_ctx.db);
    auto stored = actions.get(ActionId(input.actionId));
    if (!stored) {
      return Error::notFound(QStringLiteral("action"), QStringLiteral("there is no action %1").arg(input.actionId),
                             QStringLiteral("List actions with 'action list'"));
    }
    Action a = *stored;
    if (auto allowed = m_ctx.allow(Operation::ChangeCase, groupOf(a)); !allowed) return allowed;

    // A carry forward is itself worth recording, so it is never "nothing to record"; the
    // update's date is checked like any other's.
    QString text = input.text.trimmed();
    if (input.newDueOn && input.newDueOn->isValid() && text.isEmpty()) {
      text = QStringLiteral("Carried forward to %1").arg(isoDate(*input.newDueOn));
    }
    const ActionUpdate update{input.on.isValid() ? input.on : m_ctx.clock.today(), text,
                              input.status.value_or(a.status)};
    if (auto valid = validateActionUpdate(a, update, m_ctx.clock.today()); !valid) return valid;
    if (input.newDueOn) {
      if (!input.newDueOn->isValid() || *input.newDueOn <= a.dueOn) {
        return Error::invalid(QStringLiteral("due"), QStringLiteral("carrying an action forward needs a later date"),
                              QStringLiteral("Give a date after %1").arg(isoDate(a.dueOn)));
      }
      if (!isOutstanding(a.status)) {
        return Error::conflict(QStringLiteral("due"), QStringLiteral("only an outstanding action can be carried forward"),
                               QString());
      }
      a.dueOn = *input.newDueOn;
      ++a.carriedForward;
    }
    // The day an action was completed stays put when later notes are added to it.
    const bool alreadyComplete = stored->status == ActionStatus::Complete && stored->completedOn;
    a.status = update.statusAfter;
    a.statusReportedOn = update.on;
    if (a.status != ActionStatus::Complete) {
      a.completedOn.reset();
    } else if (!alreadyComplete) {
      a.completedOn = update.on;
    }
    actions.saveStatus(a);
    actions.addUpdate(a.id, update);
    auditChange(a, QStringLiteral("action %1 updated: %2").arg(a.id.value).arg(toKey(a.status)));
    log::services()->info("action {} updated", a.id.value);
    return {};
  });
}

Result<std::vector<ActionRow>> ActionService::list(const ActionListRequest& request) {
  return m_ctx.db.read([&]() -> Result<std::vector<ActionRow>> {
    Lookup lookup(m_ctx);
    ActionQuery query;
    if (!request.caseReference.isEmpty()) {
      auto id = lookup.caseByReference(request.caseReference);
      if (!id) return id.error();
      query.caseId = id.value();
    }
    if (request.meetingId != 0) query.meetingId = MeetingId(request.meetingId);
    if (!request.owner.isEmpty()) {
      auto owner = lookup.member(request.owner, QStringLiteral("owner"));
      if (!owner) return owner.error();
      query.ownerId = owner.value();
    }
    if (!request.groupCode.isEmpty()) {
      auto group = lookup.group(request.groupCode);
      if (!group) return group.error();
      query.groupId = group->id;
    }
    if (auto allowed = m_ctx.allow(Operation::ViewCase, query.groupId); !allowed) return allowed.error();
    if (!query.groupId) query.withinGroups = m_ctx.reachableGroups();
    query.outstandingOnly = request.outstandingOnly;
    query.overdueOnly = request.overdueOnly;
    query.today = m_ctx.clock.today();
    query.limit = request.limit;
    query.withUpdates = request.withUpdates;
    return ActionRepository(m_ctx.db).list(query);
  });
}

Result<Action> ActionService::get(qint64 id) {
  return m_ctx.db.read([&]() -> Result<Action> {
    auto action = ActionRepository(m_ctx.db).get(ActionId(id));
    if (!action) {
      return Error::notFound(QStringLiteral("action"), QStringLiteral("there is no action %1").arg(id), QString());
    }
    if (auto allowed = m_ctx.allow(Operation::ViewCase, groupOf(*action)); !allowed) return allowed.error();
    return *action;
  });
}

}  // namespace casebook
