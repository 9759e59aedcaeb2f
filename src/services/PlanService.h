#pragma once

#include "Plan.h"
#include "ServiceContext.h"

#include <optional>

namespace casebook {

// The CSP plan: data, not code, since each plan period brings new themes and priorities.
class PlanService final {
 public:
  explicit PlanService(ServiceContext& ctx) : m_ctx(ctx) {}

  // Refuses a plan whose period overlaps one already held.
  Result<PlanId> add(const Plan& plan);
  Result<std::optional<Plan>> current();

 private:
  ServiceContext& m_ctx;
};

}  // namespace casebook
