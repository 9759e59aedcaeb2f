#pragma once

#include "Plan.h"

#include <optional>

namespace casebook {

class Database;

class PlanRepository final {
 public:
  explicit PlanRepository(Database& db) : m_db(db) {}

  PlanId insert(const Plan& plan);  // with its themes, priorities and objectives
  // The plan in force on the day, or else the one that started last.
  std::optional<Plan> current(const QDate& day);
  bool overlaps(const QDate& startsOn, const QDate& endsOn);

 private:
  Plan load(PlanId id);
  Database& m_db;
};

}  // namespace casebook
