#include "PlanService.h"

#include "Database.h"
#include "Dates.h"
#include "PlanRepository.h"

namespace casebook {

Result<PlanId> PlanService::add(const Plan& plan) {
  return m_ctx.db.write([&]() -> Result<PlanId> {
    if (auto allowed = m_ctx.allow(Operation::ManageDirectory); !allowed) return allowed.error();
    if (auto valid = validatePlan(plan); !valid) return valid.error();
    PlanRepository plans(m_ctx.db);
    if (plans.overlaps(plan.startsOn, plan.endsOn)) {
      return Error::conflict(QStringLiteral("plan period"),
                             QStringLiteral("%1 to %2 overlaps a plan already held").arg(isoDate(plan.startsOn), isoDate(plan.endsOn)),
                             QStringLiteral("Start the new plan after the current one ends"));
    }
    const PlanId id = plans.insert(plan);
    m_ctx.audit(AuditEvent::ChangeDirectory, std::nullopt, QString(), QStringLiteral("plan %1 added").arg(id.value));
    return id;
  });
}

Result<std::optional<Plan>> PlanService::current() {
  return m_ctx.db.read([&]() -> Result<std::optional<Plan>> { return PlanRepository(m_ctx.db).current(m_ctx.clock.today()); });
}

}  // namespace casebook
