#pragma once

#include "Plan.h"
#include "ServiceContext.h"

#include <map>
#include <optional>
#include <vector>

namespace casebook {

// The CSP plan: data, not code, since each plan period brings new themes and priorities
// (docs/reports.md "CSP plan"). Adding and changing a plan is an administrator's, like the
// partnership directory (Operation::ManageDirectory); everyone reads it.
class PlanService final {
 public:
  explicit PlanService(ServiceContext& ctx) : m_ctx(ctx) {}

  // Refuses a plan whose period overlaps one already held.
  Result<PlanId> add(const Plan& plan);
  // Writes the plan over the one with its id, in one transaction: title, period, themes,
  // priorities and objectives. A priority with an id keeps it (matched by id, wherever it
  // now sits), so the cases tagged to it stay tagged; one without is added. Refuses to drop
  // a priority that cases are tagged to, a period that overlaps another plan, and a priority
  // id that is not the plan's.
  Status update(const Plan& plan);
  Result<std::optional<Plan>> current();
  Result<std::vector<Plan>> list();  // every plan, by start date
  Result<Plan> get(PlanId id);
  // How many cases are tagged to each of the plan's priorities (priority id -> cases).
  Result<std::map<qint64, int>> taggedCases(PlanId id);

 private:
  Status checkPeriod(const Plan& plan);
  ServiceContext& m_ctx;
};

}  // namespace casebook
