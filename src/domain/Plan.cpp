#include "Plan.h"

#include <set>

namespace casebook {

Status validatePlan(const Plan& plan) {
  if (plan.title.trimmed().isEmpty()) {
    return Error::invalid(QStringLiteral("plan title"), QStringLiteral("the plan has no title"), QString());
  }
  if (!plan.startsOn.isValid() || !plan.endsOn.isValid() || plan.endsOn <= plan.startsOn) {
    return Error::invalid(QStringLiteral("plan period"), QStringLiteral("the plan must end after it starts"),
                          QString());
  }
  std::set<QString> codes;
  for (const auto& theme : plan.themes) {
    if (theme.title.trimmed().isEmpty()) {
      return Error::invalid(QStringLiteral("theme"), QStringLiteral("a theme has no title"), QString());
    }
    for (const auto& priority : theme.priorities) {
      if (!codes.insert(priority.code).second) {
        return Error::invalid(QStringLiteral("priority"),
                              QStringLiteral("code %1 is used twice").arg(priority.code),
                              QStringLiteral("Give every priority its own code"));
      }
    }
  }
  return {};
}

}  // namespace casebook
