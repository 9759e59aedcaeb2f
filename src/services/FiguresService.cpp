#include "FiguresService.h"

#include "Database.h"
#include "FiguresRepository.h"
#include "ReportGroups.h"
#include "SettingsRepository.h"

namespace casebook {

QuarterFigures FiguresService::figures(const std::vector<GroupId>& groups, const Quarter& quarter,
                                       const RiskPolicy& policy) {
  FiguresRepository repo(m_ctx.db);
  QuarterFigures f = repo.counts(groups, quarter.firstDay(), quarter.lastDay());
  f.quarter = quarter;
  // Bands by the policy in force now: a report compares periods on one scale.
  for (const auto& open : repo.openCaseRisks(groups, quarter.lastDay())) {
    ++f.openAtEnd;
    if (open.latest) {
      ++f.openAtEndByBand[open.latest->effectiveBand(policy)];
    } else {
      ++f.openAtEndUnscored;
    }
  }
  // A review was due on the date the assessment before it set (docs/risk.md "next review
  // date"); the policy of the day is not kept, so today's applies, as for the bands.
  for (const auto& gap : repo.reviewGaps(groups, quarter.firstDay(), quarter.lastDay())) {
    f.reviewsDone += gap.reviews;
    if (gap.days <= policy.reviewDays(gap.previous.effectiveBand(policy))) f.reviewsOnTime += gap.reviews;
  }
  return f;
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
    result.now = figures(groups.value(), quarter, policy);
    result.previous = figures(groups.value(), quarter.previous(), policy);
    result.lastYear = figures(groups.value(), quarter.sameQuarterLastYear(), policy);
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
    for (const Quarter& period : periods) result.quarters.push_back(figures(groups.value(), period, policy));
    result.comparison.now = result.quarters[count - 1];
    result.comparison.previous = result.quarters[count - 2];
    result.comparison.lastYear = result.quarters[count - 5];
    return result;
  });
}

}  // namespace casebook
