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

// One problem in a plan, and where it is: indexes into themes, their priorities and those
// priorities' objectives (-1 when the problem is not that deep), so an editor can point at
// the item. The error's field says the same in words ("theme 2, priority P3: title").
struct PlanProblem {
  int theme = -1;
  int priority = -1;
  int objective = -1;
  Error error;
};

// Every problem, in the plan's order: the title and period; a theme, priority or objective
// with no text; a priority without a code, or a code used twice (codes match whatever their
// case, as cases are tagged by them).
std::vector<PlanProblem> planProblems(const Plan& plan);
// The first of planProblems(), if any.
Status validatePlan(const Plan& plan);

}  // namespace casebook
