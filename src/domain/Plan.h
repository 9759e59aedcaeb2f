#pragma once

#include "Ids.h"
#include "Result.h"

#include <QDate>
#include <QStringList>

#include <vector>

namespace casebook {

// The CSP plan is data, not code: a later plan has different themes and priorities.
struct Objective {
  QString text;
};

struct Priority {
  PriorityId id;
  QString code;  // e.g. P1
  QString title;
  std::vector<Objective> objectives;
};

struct PlanTheme {
  QString title;
  std::vector<Priority> priorities;
};

struct Plan {
  PlanId id;
  QString title;
  QDate startsOn;
  QDate endsOn;
  std::vector<PlanTheme> themes;
};

Status validatePlan(const Plan& plan);

}  // namespace casebook
