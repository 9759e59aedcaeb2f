#include "PlanService.h"

#include "Database.h"
#include "Dates.h"
#include "PlanRepository.h"

#include <set>

namespace casebook {

namespace {

// Codes are what cases are tagged by (Lookup::priority trims them), so none keeps stray spaces.
Plan withTrimmedCodes(Plan plan) {
  for (auto& theme : plan.themes) {
    for (auto& priority : theme.priorities) priority.code = priority.code.trimmed();
  }
  return plan;
}

Error noSuchPlan(PlanId id) {
  return Error::notFound(QStringLiteral("plan"), QStringLiteral("there is no plan #%1").arg(id.value),
                         QStringLiteral("See the plans held with 'casebook-cli plan list'"));
}

QString whereIs(const Plan& plan, PriorityId id) {
  for (std::size_t t = 0; t < plan.themes.size(); ++t) {
    for (const auto& p : plan.themes[t].priorities) {
      if (p.id == id) return QStringLiteral("theme %1, priority %2").arg(t + 1).arg(p.code);
    }
  }
  return QStringLiteral("priority");
}

}  // namespace

Status PlanService::checkPeriod(const Plan& plan) {
  if (PlanRepository(m_ctx.db).overlaps(plan.startsOn, plan.endsOn, plan.id)) {
    return Error::conflict(QStringLiteral("plan period"),
                           QStringLiteral("%1 to %2 overlaps a plan already held").arg(isoDate(plan.startsOn), isoDate(plan.endsOn)),
                           QStringLiteral("Start the new plan after the current one ends"));
  }
  return {};
}

Result<PlanId> PlanService::add(const Plan& given) {
  const Plan plan = withTrimmedCodes(given);
  return m_ctx.db.write([&]() -> Result<PlanId> {
    if (auto allowed = m_ctx.allow(Operation::ManageDirectory); !allowed) return allowed.error();
    if (auto valid = validatePlan(plan); !valid) return valid.error();
    if (auto period = checkPeriod(plan); !period) return period.error();
    const PlanId id = PlanRepository(m_ctx.db).insert(plan);
    m_ctx.audit(AuditEvent::ChangeReport, std::nullopt, QString(), QStringLiteral("plan %1 added").arg(id.value));
    return id;
  });
}

Status PlanService::update(const Plan& given) {
  const Plan plan = withTrimmedCodes(given);
  return m_ctx.db.write([&]() -> Status {
    if (auto allowed = m_ctx.allow(Operation::ManageDirectory); !allowed) return allowed;
    PlanRepository plans(m_ctx.db);
    const auto held = plans.find(plan.id);
    if (!held) return noSuchPlan(plan.id);
    if (auto valid = validatePlan(plan); !valid) return valid;
    if (auto period = checkPeriod(plan); !period) return period;

    std::set<qint64> heldIds, kept;
    for (const auto& theme : held->themes) {
      for (const auto& p : theme.priorities) heldIds.insert(p.id.value);
    }
    for (std::size_t t = 0; t < plan.themes.size(); ++t) {
      for (const auto& p : plan.themes[t].priorities) {
        if (!p.id.isValid()) continue;
        const QString where = QStringLiteral("theme %1, priority %2").arg(t + 1).arg(p.code);
        if (heldIds.count(p.id.value) == 0) {
          return Error::invalid(where, QStringLiteral("priority #%1 is not one of this plan's").arg(p.id.value),
                                QStringLiteral("Leave its id out to add it as a new priority"));
        }
        if (!kept.insert(p.id.value).second) {
          return Error::invalid(where, QStringLiteral("priority #%1 is in the plan twice").arg(p.id.value),
                                QStringLiteral("Keep it once, and give a new priority no id"));
        }
      }
    }
    // A priority that cases are tagged to stays until they are re-tagged: dropping it would
    // leave them pointing at nothing (and the report's per-priority counts would lose them).
    const auto tagged = plans.taggedCases(plan.id);
    for (const auto& theme : held->themes) {
      for (const auto& p : theme.priorities) {
        if (kept.count(p.id.value) > 0) continue;
        const auto cases = tagged.find(p.id.value);
        if (cases == tagged.end()) continue;
        return Error::conflict(whereIs(*held, p.id),
                               QStringLiteral("%1 (%2) cannot be removed: %3 %4 tagged to it")
                                   .arg(p.code, p.title)
                                   .arg(cases->second)
                                   .arg(cases->second == 1 ? QStringLiteral("case is") : QStringLiteral("cases are")),
                               QStringLiteral("Re-tag those cases to another priority (or none) first, in each case's "
                                              "details or with 'casebook-cli case update REF --priority CODE'"));
      }
    }
    plans.update(plan);
    int added = 0;
    for (const auto& theme : plan.themes) {
      for (const auto& p : theme.priorities) added += p.id.isValid() ? 0 : 1;
    }
    m_ctx.audit(AuditEvent::ChangeReport, std::nullopt, QString(),
                QStringLiteral("plan %1 changed (priorities: %2 added, %3 removed)")
                    .arg(plan.id.value)
                    .arg(added)
                    .arg(heldIds.size() - kept.size()));
    return {};
  });
}

Result<std::optional<Plan>> PlanService::current() {
  return m_ctx.db.read([&]() -> Result<std::optional<Plan>> { return PlanRepository(m_ctx.db).current(m_ctx.clock.today()); });
}

Result<std::vector<Plan>> PlanService::list() {
  return m_ctx.db.read([&]() -> Result<std::vector<Plan>> { return PlanRepository(m_ctx.db).all(); });
}

Result<Plan> PlanService::get(PlanId id) {
  return m_ctx.db.read([&]() -> Result<Plan> {
    auto plan = PlanRepository(m_ctx.db).find(id);
    if (!plan) return noSuchPlan(id);
    return *plan;
  });
}

Result<std::map<qint64, int>> PlanService::taggedCases(PlanId id) {
  return m_ctx.db.read([&]() -> Result<std::map<qint64, int>> { return PlanRepository(m_ctx.db).taggedCases(id); });
}

}  // namespace casebook
