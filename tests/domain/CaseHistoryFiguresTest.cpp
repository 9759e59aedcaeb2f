#include "CaseHistoryFigures.h"

#include <catch2/catch.hpp>

using namespace casebook;

namespace {

RiskAssessment scored(const QDate& on, int likelihood, int impact, std::optional<RiskBand> judged = std::nullopt) {
  RiskAssessment a;
  a.assessedOn = on;
  a.likelihood = likelihood;
  a.impact = impact;
  a.judgedBand = judged;
  return a;
}

CaseHistory openCase(const QDate& openedOn, std::vector<RiskAssessment> assessments) {
  CaseHistory c;
  c.isGroupsWork = true;
  c.openedOn = openedOn;
  c.assessments = std::move(assessments);
  return c;
}

QuarterFigures filled(const CaseHistoryFigures& figures, std::size_t i) {
  QuarterFigures f;
  figures.fill(i, f);
  return f;
}

}  // namespace

// The same cases counted for three quarters in one pass must give each quarter what it would
// alone: the cases' state at each end, their reviews and their movement in each.
TEST_CASE("case histories give each quarter of one pass its own open cases, reviews and movement", "[figures]") {
  const Quarter q1 = Quarter::calendar(2025, 1);
  const Quarter q2 = Quarter::calendar(2025, 2);
  const Quarter q3 = Quarter::calendar(2025, 3);
  CaseHistoryFigures figures({q1, q2, q3}, RiskPolicy::defaults());

  // Opened in Q1, scored 12 (high, review in 28 days); reviewed 20 days later at 6 (on time;
  // medium, review in 42 days); in Q2 two assessments on one day, 9 and then 20, each a
  // review, the one recorded later counting as the latest.
  CaseHistory moving = openCase(QDate(2025, 1, 10), {scored(QDate(2025, 1, 10), 3, 4), scored(QDate(2025, 1, 30), 2, 3),
                                                     scored(QDate(2025, 5, 1), 3, 3), scored(QDate(2025, 5, 1), 4, 5)});
  moving.priorityCode = QStringLiteral("P1");
  figures.add(moving);
  // Closed on Q2's last day: open at Q1's end, not at Q2's; never scored.
  CaseHistory closed = openCase(QDate(2025, 2, 1), {});
  closed.closedOn = q2.lastDay();
  figures.add(closed);
  // Awaiting its referral decision: never open, though its assessment is still a review.
  CaseHistory referred = openCase(QDate(2025, 1, 5), {scored(QDate(2025, 1, 5), 1, 1), scored(QDate(2025, 8, 1), 5, 5)});
  referred.isGroupsWork = false;
  figures.add(referred);

  const QuarterFigures f1 = filled(figures, 0);
  CHECK(f1.openAtEnd == 2);
  CHECK(f1.openAtEndUnscored == 1);
  CHECK(f1.openAtEndByBand == std::map<RiskBand, int>{{RiskBand::Medium, 1}});
  CHECK(f1.openAtEndByPriority == std::map<QString, int>{{QStringLiteral("P1"), 1}, {QString(), 1}});
  CHECK(f1.reviewsDone == 1);
  CHECK(f1.reviewsOnTime == 1);
  // 12 -> 6 within the quarter (first scored in it): fell by 6. The referred case was
  // assessed once by Q1's end: nothing to compare.
  CHECK(f1.riskFell == 1);
  CHECK(f1.riskRose + f1.riskStayed == 0);
  CHECK(f1.riskMedianChange == -6.0);

  const QuarterFigures f2 = filled(figures, 1);
  CHECK(f2.openAtEnd == 1);
  CHECK(f2.openAtEndByBand == std::map<RiskBand, int>{{RiskBand::VeryHigh, 1}});
  // 1 May is 91 days after a medium score (42-day cycle): late; the second the same day is on time.
  CHECK(f2.reviewsDone == 2);
  CHECK(f2.reviewsOnTime == 1);
  // Latest before Q2 (6) against latest by its end (20, the later recorded that day).
  CHECK(f2.riskRose == 1);
  CHECK(f2.riskMedianChange == 14.0);

  const QuarterFigures f3 = filled(figures, 2);
  CHECK(f3.openAtEnd == 1);
  CHECK(f3.reviewsDone == 1);  // the referred case's, 208 days after a low score (84 days): late
  CHECK(f3.reviewsOnTime == 0);
  CHECK(f3.riskRose == 1);  // the referred case: 1 -> 25
  CHECK(f3.riskFell + f3.riskStayed == 0);
  CHECK(f3.riskMedianChange == 24.0);
}

TEST_CASE("a judged band above the score's counts in the bands and sets the review cycle", "[figures]") {
  const Quarter q = Quarter::calendar(2025, 1);
  CaseHistoryFigures figures({q}, RiskPolicy::defaults());
  // Score 4 (low, 84 days) judged very high (14 days): the review 20 days later is late.
  figures.add(openCase(QDate(2025, 1, 1), {scored(QDate(2025, 1, 1), 2, 2, RiskBand::VeryHigh),
                                           scored(QDate(2025, 1, 21), 2, 2, RiskBand::VeryHigh)}));
  const QuarterFigures f = filled(figures, 0);
  CHECK(f.openAtEndByBand == std::map<RiskBand, int>{{RiskBand::VeryHigh, 1}});
  CHECK(f.reviewsDone == 1);
  CHECK(f.reviewsOnTime == 0);
  CHECK(f.riskStayed == 1);
  CHECK(f.riskMedianChange == 0.0);
}
