#pragma once

#include "Case.h"
#include "DemoRandom.h"
#include "Plan.h"

#include <QDate>
#include <QHash>

namespace casebook {
class Database;
}

namespace casebook::demo {

// The demo's CSP plan (fictional, written for the demo): three themes, five priorities with
// objectives, running three years from the April before last, so today is in it. Cases are
// tagged to the priority their themes fall under, with their own random stream so that the
// cases' stories are the same with or without the plan.
class DemoPlan final {
 public:
  DemoPlan(Database& db, quint64 seed, const QDate& today);

  // Writes the plan; call once, before tagging.
  void write();
  // Tags about three cases in four whose themes fall under a priority; false if untagged.
  bool tag(Case& c);

 private:
  Database& m_db;
  DemoRandom m_random;
  Plan m_plan;
  QHash<QString, PriorityId> m_byTheme;  // case theme code -> priority
};

}  // namespace casebook::demo
