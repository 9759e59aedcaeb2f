#include "PlanRepository.h"

#include "SqlStatement.h"

namespace casebook {

PlanId PlanRepository::insert(const Plan& plan) {
  SqlStatement p(m_db, "INSERT INTO plans (title, starts_on, ends_on) VALUES (?, ?, ?)");
  p.bind(plan.title).bind(plan.startsOn).bind(plan.endsOn).exec();
  const PlanId id(p.lastInsertId());
  int themePosition = 0;
  for (const auto& theme : plan.themes) {
    SqlStatement t(m_db, "INSERT INTO plan_themes (plan_id, position, title) VALUES (?, ?, ?)");
    t.bind(id).bind(++themePosition).bind(theme.title).exec();
    const qint64 themeId = t.lastInsertId();
    for (const auto& priority : theme.priorities) {
      SqlStatement r(m_db, "INSERT INTO priorities (plan_theme_id, code, title) VALUES (?, ?, ?)");
      r.bind(themeId).bind(priority.code).bind(priority.title).exec();
      const qint64 priorityId = r.lastInsertId();
      int objectivePosition = 0;
      for (const auto& objective : priority.objectives) {
        SqlStatement o(m_db, "INSERT INTO objectives (priority_id, position, text) VALUES (?, ?, ?)");
        o.bind(priorityId).bind(++objectivePosition).bind(objective.text).exec();
      }
    }
  }
  return id;
}

std::optional<Plan> PlanRepository::current(const QDate& day) {
  SqlStatement q(m_db, "SELECT id FROM plans ORDER BY (starts_on <= ? AND ends_on >= ?) DESC, starts_on DESC, id DESC "
                       "LIMIT 1");
  q.bind(day).bind(day).exec();
  if (!q.next()) return std::nullopt;
  const PlanId id = q.id<PlanId>(0);
  return load(id);
}

bool PlanRepository::overlaps(const QDate& startsOn, const QDate& endsOn) {
  SqlStatement q(m_db, "SELECT 1 FROM plans WHERE starts_on <= ? AND ends_on >= ?");
  q.bind(endsOn).bind(startsOn).exec();
  return q.next();
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
  SqlStatement t(m_db, "SELECT t.title, r.id, r.code, r.title FROM plan_themes t "
                       "LEFT JOIN priorities r ON r.plan_theme_id = t.id WHERE t.plan_id = ? ORDER BY t.position, r.id");
  t.bind(id).exec();
  std::vector<std::pair<PriorityId, Priority*>> priorities;
  while (t.next()) {
    if (plan.themes.empty() || plan.themes.back().title != t.text(0)) plan.themes.push_back({t.text(0), {}});
    if (!t.isNull(1)) plan.themes.back().priorities.push_back({t.id<PriorityId>(1), t.text(2), t.text(3), {}});
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

}  // namespace casebook
