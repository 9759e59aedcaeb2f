#include "CaseHistoryFigures.h"

#include <algorithm>

namespace casebook {

namespace {

// The index one past the last assessment on or before `day`.
std::size_t endOn(const std::vector<RiskAssessment>& assessments, const QDate& day) {
  const auto after = std::upper_bound(assessments.begin(), assessments.end(), day,
                                      [](const QDate& d, const RiskAssessment& a) { return d < a.assessedOn; });
  return static_cast<std::size_t>(after - assessments.begin());
}

}  // namespace

bool CaseHistory::openOn(const QDate& day) const {
  return isGroupsWork && openedOn <= day && (!closedOn || *closedOn > day);
}

CaseHistoryFigures::CaseHistoryFigures(std::vector<Quarter> quarters, RiskPolicy policy)
    : m_quarters(std::move(quarters)), m_policy(std::move(policy)), m_counts(m_quarters.size()) {}

void CaseHistoryFigures::add(const CaseHistory& history) {
  for (std::size_t i = 0; i < m_quarters.size(); ++i) {
    countOpenAtEnd(history, m_quarters[i].lastDay(), m_counts[i]);
    if (history.assessments.empty()) continue;
    countReviews(history, m_quarters[i], m_counts[i]);
    countMovement(history, m_quarters[i], m_counts[i]);
  }
}

void CaseHistoryFigures::countOpenAtEnd(const CaseHistory& history, const QDate& day, Counts& counts) const {
  if (!history.openOn(day)) return;
  ++counts.openAtEnd;
  ++counts.byPriority[history.priorityCode];
  const std::size_t end = endOn(history.assessments, day);
  if (end == 0) {
    ++counts.unscored;
  } else {
    ++counts.byBand[history.assessments[end - 1].effectiveBand(m_policy)];
  }
}

// A review is an assessment other than the case's first; it was due on the date the one
// before it set (docs/risk.md "next review date").
void CaseHistoryFigures::countReviews(const CaseHistory& history, const Quarter& quarter, Counts& counts) const {
  const auto& a = history.assessments;
  for (std::size_t k = std::max<std::size_t>(1, endOn(a, quarter.firstDay().addDays(-1))); k < a.size(); ++k) {
    if (a[k].assessedOn > quarter.lastDay()) break;
    const RiskAssessment& before = a[k - 1];
    ++counts.reviewsDone;
    if (before.assessedOn.daysTo(a[k].assessedOn) <= m_policy.reviewDays(before.effectiveBand(m_policy))) ++counts.reviewsOnTime;
  }
}

// The latest assessment by the quarter's end, made in the quarter, against the latest before
// it (or the case's first, when first assessed in the quarter); one assessment so far has
// nothing to compare.
void CaseHistoryFigures::countMovement(const CaseHistory& history, const Quarter& quarter, Counts& counts) {
  const auto& a = history.assessments;
  const std::size_t endAtLast = endOn(a, quarter.lastDay());
  if (endAtLast == 0 || a[endAtLast - 1].assessedOn < quarter.firstDay()) return;
  const std::size_t beforeFirst = endOn(a, quarter.firstDay().addDays(-1));
  const std::size_t start = beforeFirst == 0 ? 0 : beforeFirst - 1;
  const std::size_t end = endAtLast - 1;
  if (start == end) return;
  ++counts.changes[a[end].score() - a[start].score()];
}

void CaseHistoryFigures::fill(std::size_t i, QuarterFigures& f) const {
  const Counts& c = m_counts.at(i);
  f.openAtEnd = c.openAtEnd;
  f.openAtEndUnscored = c.unscored;
  f.openAtEndByBand = c.byBand;
  f.openAtEndByPriority = c.byPriority;
  f.reviewsDone = c.reviewsDone;
  f.reviewsOnTime = c.reviewsOnTime;
  f.riskFell = f.riskRose = f.riskStayed = 0;
  for (const auto& [change, cases] : c.changes) {
    (change < 0 ? f.riskFell : change > 0 ? f.riskRose : f.riskStayed) += cases;
  }
  f.riskMedianChange = medianOfTally(c.changes);
}

}  // namespace casebook
