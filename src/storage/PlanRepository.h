#pragma once

#include "Plan.h"

#include <map>
#include <optional>
#include <vector>

namespace casebook {

class Database;

class PlanRepository final {
 public:
  explicit PlanRepository(Database& db) : m_db(db) {}

  PlanId insert(const Plan& plan);  // with its themes, priorities and objectives
  // Writes the plan over the one with its id. Priorities whose id is in the plan already keep
  // that id (so their cases stay tagged) and move to where the plan now puts them; the others
  // are added. Priorities that are no longer in it are deleted: the caller has checked that
  // no case is tagged to them. Objectives are written afresh.
  void update(const Plan& plan);
  // The plan in force on the day, or else the one that started last.
  std::optional<Plan> current(const QDate& day);
  std::optional<Plan> find(PlanId id);
  std::vector<Plan> all();  // by start date
  // Whether another plan than `except` shares a day with the period.
  bool overlaps(const QDate& startsOn, const QDate& endsOn, PlanId except = PlanId());
  // How many cases are tagged to each of the plan's priorities (those with none left out).
  std::map<qint64, int> taggedCases(PlanId id);

 private:
  Plan load(PlanId id);
  qint64 insertTheme(PlanId plan, int position, const QString& title);
  PriorityId insertPriority(qint64 themeId, int position, const Priority& priority);
  void insertObjectives(PriorityId priority, const std::vector<Objective>& objectives);
  Database& m_db;
};

}  // namespace casebook
