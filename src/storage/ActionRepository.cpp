#include "ActionRepository.h"

#include "IdList.h"
#include "SqlStatement.h"

namespace casebook {

namespace {

#define ACTION_COLUMNS                                                                                    \
  "a.id, a.case_id, a.meeting_id, a.reference, a.text, a.owner_id, a.owner_agency_id, a.raised_on, " \
  "a.due_on, a.status, a.status_reported_on, a.completed_on, a.carried_forward, a.agenda_item_id"

Action readAction(const SqlStatement& q) {
  Action a;
  a.id = q.id<ActionId>(0);
  a.caseId = q.optionalId<CaseId>(1);
  a.meetingId = q.optionalId<MeetingId>(2);
  a.reference = q.text(3);
  a.text = q.text(4);
  a.ownerId = q.optionalId<MemberId>(5);
  a.ownerAgencyId = q.optionalId<AgencyId>(6);
  a.raisedOn = q.requiredDate(7);
  a.dueOn = q.requiredDate(8);
  a.status = enumFromKey<ActionStatus>(q.text(9)).value_or(ActionStatus::Open);
  a.statusReportedOn = q.date(10);
  a.completedOn = q.date(11);
  a.carriedForward = q.integer(12);
  a.agendaItemId = q.optionalId<AgendaItemId>(13);
  return a;
}

}  // namespace

ActionId ActionRepository::insert(const Action& a) {
  SqlStatement q(m_db, "INSERT INTO actions (case_id, meeting_id, reference, text, owner_id, owner_agency_id, "
                       "raised_on, due_on, status, status_reported_on, completed_on, carried_forward, agenda_item_id) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  q.bind(a.caseId).bind(a.meetingId).bind(a.reference).bind(a.text).bind(a.ownerId).bind(a.ownerAgencyId)
      .bind(a.raisedOn).bind(a.dueOn).bind(toKey(a.status)).bind(a.statusReportedOn).bind(a.completedOn)
      .bind(a.carriedForward).bind(a.agendaItemId).exec();
  const ActionId id(q.lastInsertId());
  for (const auto& update : a.updates) addUpdate(id, update);
  return id;
}

std::optional<Action> ActionRepository::get(ActionId id) {
  SqlStatement q(m_db, "SELECT " ACTION_COLUMNS " FROM actions a WHERE a.id = ?");
  q.bind(id).exec();
  if (!q.next()) return std::nullopt;
  Action action = readAction(q);
  action.updates = updatesOf(id);
  return action;
}

std::vector<ActionUpdate> ActionRepository::updatesOf(ActionId id) {
  SqlStatement u(m_db, "SELECT updated_on, text, status_after FROM action_updates WHERE action_id = ? "
                       "ORDER BY updated_on, id");
  u.bind(id).exec();
  std::vector<ActionUpdate> updates;
  while (u.next()) {
    updates.push_back({u.requiredDate(0), u.text(1), enumFromKey<ActionStatus>(u.text(2)).value_or(ActionStatus::Open)});
  }
  return updates;
}

void ActionRepository::saveStatus(const Action& a) {
  SqlStatement q(m_db, "UPDATE actions SET status = ?, status_reported_on = ?, completed_on = ?, "
                       "carried_forward = ?, due_on = ?, owner_id = ?, owner_agency_id = ?, text = ? WHERE id = ?");
  q.bind(toKey(a.status)).bind(a.statusReportedOn).bind(a.completedOn).bind(a.carriedForward).bind(a.dueOn)
      .bind(a.ownerId).bind(a.ownerAgencyId).bind(a.text).bind(a.id).exec();
}

void ActionRepository::addUpdate(ActionId id, const ActionUpdate& update) {
  SqlStatement q(m_db, "INSERT INTO action_updates (action_id, updated_on, text, status_after) VALUES (?, ?, ?, ?)");
  q.bind(id).bind(update.on).bind(update.text).bind(toKey(update.statusAfter)).exec();
}

std::vector<ActionRow> ActionRepository::list(const ActionQuery& query) {
  QString sql = QStringLiteral(
      "SELECT " ACTION_COLUMNS ", coalesce(c.reference, ''), coalesce(m.name, ''), coalesce(ag.code, ''), "
      "coalesce((SELECT u.text FROM action_updates u WHERE u.action_id = a.id ORDER BY u.updated_on DESC, u.id DESC "
      "LIMIT 1), '') FROM actions a LEFT JOIN cases c ON c.id = a.case_id LEFT JOIN members m ON m.id = a.owner_id "
      "LEFT JOIN agencies ag ON ag.id = a.owner_agency_id LEFT JOIN meetings mt ON mt.id = a.meeting_id "
      "WHERE 1 = 1");
  QVariantList values;
  if (query.caseId) {
    sql += QStringLiteral(" AND a.case_id = ?");
    values << query.caseId->value;
  }
  if (query.meetingId) {
    sql += QStringLiteral(" AND a.meeting_id = ?");
    values << query.meetingId->value;
  }
  if (query.ownerId) {
    sql += QStringLiteral(" AND a.owner_id = ?");
    values << query.ownerId->value;
  }
  if (query.groupId) {
    sql += QStringLiteral(" AND (c.group_id = ? OR mt.group_id = ?)");
    values << query.groupId->value << query.groupId->value;
  }
  if (query.withinGroups) {
    sql += QStringLiteral(" AND COALESCE(c.group_id, mt.group_id) IN (SELECT value FROM json_each(?))");
    values << idListJson(*query.withinGroups);
  }
  if (query.outstandingOnly || query.overdueOnly) sql += QStringLiteral(" AND a.status IN ('open', 'in_progress')");
  if (query.overdueOnly) {
    sql += QStringLiteral(" AND a.due_on < ?");
    values << query.today.toString(Qt::ISODate);
  }
  sql += QStringLiteral(" ORDER BY a.due_on, a.id LIMIT ?");
  values << query.limit;

  SqlStatement q(m_db, sql);
  for (const auto& value : values) q.bind(value);
  q.exec();
  std::vector<ActionRow> rows;
  while (q.next()) {
    ActionRow row{readAction(q), q.text(14), q.text(15), q.text(16), q.text(17), false};
    row.overdue = isActionOverdue(row.action.status, row.action.dueOn, query.today);
    rows.push_back(std::move(row));
  }
  if (query.withUpdates) {
    for (auto& row : rows) row.action.updates = updatesOf(row.action.id);
  }
  return rows;
}

}  // namespace casebook
