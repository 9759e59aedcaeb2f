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

Result<QuarterComparison> FiguresService::quarter(const Quarter& quarter, const QStringList& groupCodes) {
  return m_ctx.db.read([&]() -> Result<QuarterComparison> {
    QuarterComparison result;
    auto chosen = reportGroups(m_ctx, groupCodes);
    if (!chosen) return chosen.error();
    std::vector<GroupId> groups;
    for (const auto& g : chosen.value()) {
      groups.push_back(g.id);
      result.groups << g.code;
    }
    const RiskPolicy policy = SettingsRepository(m_ctx.db).riskPolicy();
    result.now = figures(groups, quarter, policy);
    result.previous = figures(groups, quarter.previous(), policy);
    result.lastYear = figures(groups, quarter.sameQuarterLastYear(), policy);
    return result;
  });
}

}  // namespace casebook
