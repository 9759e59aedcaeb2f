#include "Plan.h"

#include <map>

namespace casebook {

namespace {

QString themeWhere(std::size_t theme) { return QStringLiteral("theme %1").arg(theme + 1); }

QString priorityWhere(std::size_t theme, std::size_t priority, const Priority& p) {
  const QString code = p.code.trimmed();
  return code.isEmpty() ? QStringLiteral("%1, priority %2").arg(themeWhere(theme)).arg(priority + 1)
                        : QStringLiteral("%1, priority %2").arg(themeWhere(theme), code);
}

}  // namespace

std::vector<PlanProblem> planProblems(const Plan& plan) {
  std::vector<PlanProblem> problems;
  auto add = [&](int theme, int priority, int objective, Error error) {
    problems.push_back({theme, priority, objective, std::move(error)});
  };
  if (plan.title.trimmed().isEmpty()) {
    add(-1, -1, -1, Error::invalid(QStringLiteral("plan title"), QStringLiteral("the plan has no title"),
                                   QStringLiteral("Give the plan's title, e.g. Community Safety Plan 2023-2026")));
  }
  if (!plan.startsOn.isValid() || !plan.endsOn.isValid() || plan.endsOn <= plan.startsOn) {
    add(-1, -1, -1, Error::invalid(QStringLiteral("plan period"), QStringLiteral("the plan must end after it starts"),
                                   QStringLiteral("Set the end date after the start date")));
  }
  std::map<QString, QString> codes;  // case-folded code -> where it was first used
  for (std::size_t t = 0; t < plan.themes.size(); ++t) {
    const PlanTheme& theme = plan.themes[t];
    const int ti = static_cast<int>(t);
    if (theme.title.trimmed().isEmpty()) {
      add(ti, -1, -1, Error::invalid(themeWhere(t), QStringLiteral("a theme has no title"),
                                     QStringLiteral("Give the theme a title, or remove it")));
    }
    for (std::size_t r = 0; r < theme.priorities.size(); ++r) {
      const Priority& priority = theme.priorities[r];
      const int ri = static_cast<int>(r);
      const QString where = priorityWhere(t, r, priority);
      const QString code = priority.code.trimmed();
      if (code.isEmpty()) {
        add(ti, ri, -1, Error::invalid(where, QStringLiteral("the priority has no code"),
                                       QStringLiteral("Give it a short code such as P1: cases are tagged by it")));
      } else if (const auto [first, added] = codes.emplace(code.toCaseFolded(), where); !added) {
        add(ti, ri, -1, Error::invalid(where, QStringLiteral("code %1 is used twice (also %2)").arg(code, first->second),
                                       QStringLiteral("Give every priority its own code")));
      }
      if (priority.title.trimmed().isEmpty()) {
        add(ti, ri, -1, Error::invalid(where, QStringLiteral("the priority has no title"),
                                       QStringLiteral("Say what the priority is, e.g. Reduce anti-social behaviour")));
      }
      for (std::size_t o = 0; o < priority.objectives.size(); ++o) {
        if (!priority.objectives[o].text.trimmed().isEmpty()) continue;
        add(ti, ri, static_cast<int>(o),
            Error::invalid(QStringLiteral("%1, objective %2").arg(where).arg(o + 1), QStringLiteral("the objective is empty"),
                           QStringLiteral("Write the objective, or remove it")));
      }
    }
  }
  return problems;
}

Status validatePlan(const Plan& plan) {
  const auto problems = planProblems(plan);
  if (problems.empty()) return {};
  return problems.front().error;
}

}  // namespace casebook
