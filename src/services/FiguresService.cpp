#include "FiguresService.h"

#include "Database.h"
#include "FiguresRepository.h"
#include "ReportGroups.h"
#include "SettingsRepository.h"

namespace casebook {

std::vector<QuarterFigures> FiguresService::figures(const std::vector<GroupId>& groups,
                                                    const std::vector<Quarter>& quarters, const RiskPolicy& policy) {
  FiguresRepository repo(m_ctx.db);
  CaseHistoryFigures histories(quarters, policy);
  repo.forEachCaseHistory(groups, [&histories](const CaseHistory& history) { histories.add(history); });
  std::vector<QuarterFigures> result;
  for (std::size_t i = 0; i < quarters.size(); ++i) {
    QuarterFigures& f = result.emplace_back(repo.counts(groups, quarters[i].firstDay(), quarters[i].lastDay()));
    f.quarter = quarters[i];
    histories.fill(i, f);
  }
  return result;
}

Result<std::vector<GroupId>> FiguresService::groupIds(const QStringList& groupCodes, QStringList& codes) {
  auto chosen = reportGroups(m_ctx, groupCodes);
  if (!chosen) return chosen.error();
  std::vector<GroupId> groups;
  for (const auto& g : chosen.value()) {
    groups.push_back(g.id);
    codes << g.code;
  }
  return groups;
}

Result<QuarterComparison> FiguresService::quarter(const Quarter& quarter, const QStringList& groupCodes) {
  return m_ctx.db.read([&]() -> Result<QuarterComparison> {
    QuarterComparison result;
    auto groups = groupIds(groupCodes, result.groups);
    if (!groups) return groups.error();
    const RiskPolicy policy = SettingsRepository(m_ctx.db).riskPolicy();
    auto counted = figures(groups.value(), {quarter, quarter.previous(), quarter.sameQuarterLastYear()}, policy);
    result.now = std::move(counted[0]);
    result.previous = std::move(counted[1]);
    result.lastYear = std::move(counted[2]);
    return result;
  });
}

Result<QuarterSeries> FiguresService::series(const Quarter& quarter, const QStringList& groupCodes, int count) {
  if (count < 5) {
    return Error::invalid(QStringLiteral("quarters"), QStringLiteral("%1 is too few").arg(count),
                          QStringLiteral("Ask for 5 or more, so the quarter a year before is among them"));
  }
  return m_ctx.db.read([&]() -> Result<QuarterSeries> {
    QuarterSeries result;
    auto groups = groupIds(groupCodes, result.comparison.groups);
    if (!groups) return groups.error();
    const RiskPolicy policy = SettingsRepository(m_ctx.db).riskPolicy();
    std::vector<Quarter> periods{quarter};
    while (static_cast<int>(periods.size()) < count) periods.insert(periods.begin(), periods.front().previous());
    result.quarters = figures(groups.value(), periods, policy);
    result.comparison.now = result.quarters[count - 1];
    result.comparison.previous = result.quarters[count - 2];
    result.comparison.lastYear = result.quarters[count - 5];
    return result;
  });
}

}  // namespace casebook
