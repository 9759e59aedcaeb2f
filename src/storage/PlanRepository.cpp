#include "PlanRepository.h"

#include "SqlStatement.h"

#include <set>

namespace casebook {

PlanId PlanRepository::insert(const Plan& plan) {
  SqlStatement p(m_db, "INSERT INTO plans (title, starts_on, ends_on) VALUES (?, ?, ?)");
  p.bind(plan.title).bind(plan.startsOn).bind(plan.endsOn).exec();
  const PlanId id(p.lastInsertId());
  int themePosition = 0;
  for (const auto& theme : plan.themes) {
    const qint64 themeId = insertTheme(id, ++themePosition, theme.title);
    int priorityPosition = 0;
    for (const auto& priority : theme.priorities) insertPriority(themeId, ++priorityPosition, priority);
  }
  return id;
}

void PlanRepository::update(const Plan& plan) {
  // Every row is added before any is deleted, so no new row takes the id of one deleted in
  // the same edit: undo (the session change set, services/EditHistory.h) then sees plain
  // inserts and deletes, never a row that changed parent under a reused id.
  SqlStatement p(m_db, "UPDATE plans SET title = ?, starts_on = ?, ends_on = ? WHERE id = ?");
  p.bind(plan.title).bind(plan.startsOn).bind(plan.endsOn).bind(plan.id).exec();

  // Theme rows are reused in order; the surplus go last, once no priority that stays is
  // under them (deleting a theme deletes its priorities).
  std::vector<qint64> themeRows;
  SqlStatement t(m_db, "SELECT id FROM plan_themes WHERE plan_id = ? ORDER BY position, id");
  t.bind(plan.id).exec();
  while (t.next()) themeRows.push_back(t.int64(0));
  std::map<qint64, std::vector<QString>> heldObjectives;  // priority id -> objective texts
  std::map<qint64, std::vector<qint64>> heldObjectiveRows;
  SqlStatement o(m_db, "SELECT o.priority_id, o.id, o.text FROM objectives o JOIN priorities r ON r.id = o.priority_id "
                       "JOIN plan_themes t ON t.id = r.plan_theme_id WHERE t.plan_id = ? ORDER BY o.priority_id, o.position");
  o.bind(plan.id).exec();
  while (o.next()) {
    heldObjectiveRows[o.int64(0)].push_back(o.int64(1));
    heldObjectives[o.int64(0)].push_back(o.text(2));
  }
  std::vector<qint64> heldPriorities;
  SqlStatement r(m_db, "SELECT r.id FROM priorities r JOIN plan_themes t ON t.id = r.plan_theme_id WHERE t.plan_id = ?");
  r.bind(plan.id).exec();
  while (r.next()) heldPriorities.push_back(r.int64(0));

  std::set<qint64> kept;
  std::vector<qint64> objectivesToDelete;
  for (std::size_t i = 0; i < plan.themes.size(); ++i) {
    const PlanTheme& theme = plan.themes[i];
    const int position = static_cast<int>(i) + 1;
    qint64 themeId = 0;
    if (i < themeRows.size()) {
      themeId = themeRows[i];
      SqlStatement u(m_db, "UPDATE plan_themes SET position = ?, title = ? WHERE id = ?");
      u.bind(position).bind(theme.title).bind(themeId).exec();
    } else {
      themeId = insertTheme(plan.id, position, theme.title);
    }
    int priorityPosition = 0;
    for (const auto& priority : theme.priorities) {
      ++priorityPosition;
      if (!priority.id.isValid()) {
        insertPriority(themeId, priorityPosition, priority);
        continue;
      }
      kept.insert(priority.id.value);
      SqlStatement u(m_db, "UPDATE priorities SET plan_theme_id = ?, position = ?, code = ?, title = ? WHERE id = ?");
      u.bind(themeId).bind(priorityPosition).bind(priority.code).bind(priority.title).bind(priority.id).exec();
      std::vector<QString> texts;
      for (const auto& objective : priority.objectives) texts.push_back(objective.text);
      if (texts == heldObjectives[priority.id.value]) continue;  // unchanged: left alone
      insertObjectives(priority.id, priority.objectives);
      const auto& old = heldObjectiveRows[priority.id.value];
      objectivesToDelete.insert(objectivesToDelete.end(), old.begin(), old.end());
    }
  }
  for (const qint64 id : objectivesToDelete) {
    SqlStatement d(m_db, "DELETE FROM objectives WHERE id = ?");
    d.bind(id).exec();
  }
  for (const qint64 id : heldPriorities) {
    if (kept.count(id) > 0) continue;
    SqlStatement d(m_db, "DELETE FROM priorities WHERE id = ?");  // its objectives go with it
    d.bind(id).exec();
  }
  for (std::size_t i = plan.themes.size(); i < themeRows.size(); ++i) {
    SqlStatement d(m_db, "DELETE FROM plan_themes WHERE id = ?");
    d.bind(themeRows[i]).exec();
  }
}

std::optional<Plan> PlanRepository::current(const QDate& day) {
  SqlStatement q(m_db, "SELECT id FROM plans ORDER BY (starts_on <= ? AND ends_on >= ?) DESC, starts_on DESC, id DESC "
                       "LIMIT 1");
  q.bind(day).bind(day).exec();
  if (!q.next()) return std::nullopt;
  const PlanId id = q.id<PlanId>(0);
  return load(id);
}

std::optional<Plan> PlanRepository::find(PlanId id) {
  SqlStatement q(m_db, "SELECT 1 FROM plans WHERE id = ?");
  q.bind(id).exec();
  if (!q.next()) return std::nullopt;
  return load(id);
}

std::vector<Plan> PlanRepository::all() {
  SqlStatement q(m_db, "SELECT id FROM plans ORDER BY starts_on, id");
  q.exec();
  std::vector<PlanId> ids;
  while (q.next()) ids.push_back(q.id<PlanId>(0));
  std::vector<Plan> plans;
  for (const PlanId id : ids) plans.push_back(load(id));
  return plans;
}

bool PlanRepository::overlaps(const QDate& startsOn, const QDate& endsOn, PlanId except) {
  SqlStatement q(m_db, "SELECT 1 FROM plans WHERE starts_on <= ? AND ends_on >= ? AND id <> ?");
  q.bind(endsOn).bind(startsOn).bind(except.value).exec();
  return q.next();
}

std::map<qint64, int> PlanRepository::taggedCases(PlanId id) {
  SqlStatement q(m_db, "SELECT c.priority_id, count(*) FROM cases c JOIN priorities r ON r.id = c.priority_id "
                       "JOIN plan_themes t ON t.id = r.plan_theme_id WHERE t.plan_id = ? GROUP BY c.priority_id");
  q.bind(id).exec();
  std::map<qint64, int> counts;
  while (q.next()) counts[q.int64(0)] = q.integer(1);
  return counts;
}

Plan PlanRepository::load(PlanId id) {
  Plan plan;
  SqlStatement p(m_db, "SELECT id, title, starts_on, ends_on FROM plans WHERE id = ?");
  p.bind(id).exec();
  if (!p.next()) return plan;
  plan.id = p.id<PlanId>(0);
  plan.title = p.text(1);
  plan.startsOn = p.requiredDate(2);
  plan.endsOn = p.requiredDate(3);
  SqlStatement t(m_db, "SELECT t.id, t.title, r.id, r.code, r.title FROM plan_themes t "
                       "LEFT JOIN priorities r ON r.plan_theme_id = t.id WHERE t.plan_id = ? "
                       "ORDER BY t.position, t.id, r.position, r.id");
  t.bind(id).exec();
  qint64 themeId = 0;
  while (t.next()) {
    if (plan.themes.empty() || themeId != t.int64(0)) {
      themeId = t.int64(0);
      plan.themes.push_back({t.text(1), {}});
    }
    if (!t.isNull(2)) plan.themes.back().priorities.push_back({t.id<PriorityId>(2), t.text(3), t.text(4), {}});
  }
  for (auto& theme : plan.themes) {
    for (auto& priority : theme.priorities) {
      SqlStatement o(m_db, "SELECT text FROM objectives WHERE priority_id = ? ORDER BY position");
      o.bind(priority.id).exec();
      while (o.next()) priority.objectives.push_back({o.text(0)});
    }
  }
  return plan;
}

qint64 PlanRepository::insertTheme(PlanId plan, int position, const QString& title) {
  SqlStatement t(m_db, "INSERT INTO plan_themes (plan_id, position, title) VALUES (?, ?, ?)");
  t.bind(plan).bind(position).bind(title).exec();
  return t.lastInsertId();
}

PriorityId PlanRepository::insertPriority(qint64 themeId, int position, const Priority& priority) {
  SqlStatement r(m_db, "INSERT INTO priorities (plan_theme_id, position, code, title) VALUES (?, ?, ?, ?)");
  r.bind(themeId).bind(position).bind(priority.code).bind(priority.title).exec();
  const PriorityId id(r.lastInsertId());
  insertObjectives(id, priority.objectives);
  return id;
}

void PlanRepository::insertObjectives(PriorityId priority, const std::vector<Objective>& objectives) {
  int position = 0;
  for (const auto& objective : objectives) {
    SqlStatement o(m_db, "INSERT INTO objectives (priority_id, position, text) VALUES (?, ?, ?)");
    o.bind(priority).bind(++position).bind(objective.text).exec();
  }
}

}  // namespace casebook
