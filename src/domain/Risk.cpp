#include "Risk.h"

#include <algorithm>
#include <set>

namespace casebook {

namespace {
constexpr const char* kLikelihood[] = {"rare", "unlikely", "possible", "likely", "almost certain"};
constexpr const char* kImpact[] = {"negligible", "minor", "moderate", "major", "severe"};
}  // namespace

const char* likelihoodLabel(int likelihood) {
  return likelihood >= 1 && likelihood <= 5 ? kLikelihood[likelihood - 1] : "";
}

const char* impactLabel(int impact) {
  return impact >= 1 && impact <= 5 ? kImpact[impact - 1] : "";
}

Status validateRiskInputs(int likelihood, int impact) {
  const QString fix = QStringLiteral("Use a whole number from 1 to 5");
  if (likelihood < kRiskScaleMin || likelihood > kRiskScaleMax) {
    return Error::invalid(QStringLiteral("likelihood"),
                          QStringLiteral("%1 is outside the 5x5 matrix").arg(likelihood), fix);
  }
  if (impact < kRiskScaleMin || impact > kRiskScaleMax) {
    return Error::invalid(QStringLiteral("impact"), QStringLiteral("%1 is outside the 5x5 matrix").arg(impact),
                          fix);
  }
  return {};
}

int riskScore(int likelihood, int impact) { return likelihood * impact; }

std::vector<int> achievableScores() {
  std::set<int> scores;
  for (int l = kRiskScaleMin; l <= kRiskScaleMax; ++l)
    for (int i = kRiskScaleMin; i <= kRiskScaleMax; ++i) scores.insert(l * i);
  return {scores.begin(), scores.end()};
}

bool isAchievableScore(int score) {
  const auto scores = achievableScores();
  return std::binary_search(scores.begin(), scores.end(), score);
}

RiskPolicy RiskPolicy::defaults() {
  // DOMAIN.md: low 1-4, medium 5-9, high 10-16 (15 counts as high), very high 20-25;
  // review every 12, 6, 4 and 2 weeks; escalation prompt from 15.
  return RiskPolicy({{RiskBand::Low, 1, 84},
                     {RiskBand::Medium, 5, 42},
                     {RiskBand::High, 10, 28},
                     {RiskBand::VeryHigh, 20, 14}},
                    15);
}

Result<RiskPolicy> RiskPolicy::create(std::vector<BandRule> rules, int escalationThreshold) {
  const QString field = QStringLiteral("risk bands");
  if (rules.size() < 3 || rules.size() > 4) {
    return Error::invalid(field, QStringLiteral("%1 bands given").arg(rules.size()),
                          QStringLiteral("Configure 3 or 4 bands"));
  }
  if (rules.front().minScore != 1) {
    return Error::invalid(field, QStringLiteral("the lowest band starts at %1").arg(rules.front().minScore),
                          QStringLiteral("Start the lowest band at score 1"));
  }
  for (std::size_t i = 0; i < rules.size(); ++i) {
    const auto& rule = rules[i];
    if (!isAchievableScore(rule.minScore)) {
      return Error::invalid(field,
                            QStringLiteral("band %1 starts at %2, a score the 5x5 matrix cannot give")
                                .arg(toKey(rule.band))
                                .arg(rule.minScore),
                            QStringLiteral("Use one of 1, 2, 3, 4, 5, 6, 8, 9, 10, 12, 15, 16, 20, 25"));
    }
    if (rule.reviewDays < 1 || rule.reviewDays > 366) {
      return Error::invalid(field, QStringLiteral("band %1 has a review cycle of %2 days").arg(toKey(rule.band)).arg(rule.reviewDays),
                            QStringLiteral("Use 1 to 366 days"));
    }
    if (i > 0 && (rule.band <= rules[i - 1].band || rule.minScore <= rules[i - 1].minScore)) {
      return Error::invalid(field, QStringLiteral("bands are not in ascending order"),
                            QStringLiteral("List bands from low to very high with rising start scores"));
    }
  }
  if (!isAchievableScore(escalationThreshold)) {
    return Error::invalid(QStringLiteral("escalation threshold"),
                          QStringLiteral("%1 is not a score the 5x5 matrix can give").arg(escalationThreshold),
                          QStringLiteral("Use one of 1, 2, 3, 4, 5, 6, 8, 9, 10, 12, 15, 16, 20, 25"));
  }
  return RiskPolicy(std::move(rules), escalationThreshold);
}

RiskBand RiskPolicy::bandFor(int score) const {
  RiskBand band = m_rules.front().band;
  for (const auto& rule : m_rules) {
    if (score >= rule.minScore) band = rule.band;
  }
  return band;
}

bool RiskPolicy::hasBand(RiskBand band) const {
  return std::any_of(m_rules.begin(), m_rules.end(), [band](const BandRule& r) { return r.band == band; });
}

int RiskPolicy::reviewDays(RiskBand band) const {
  // A band missing from a 3-band policy reviews on the cycle of the nearest band below it.
  int days = m_rules.front().reviewDays;
  for (const auto& rule : m_rules) {
    if (rule.band <= band) days = rule.reviewDays;
  }
  return days;
}

QDate RiskPolicy::nextReviewDate(RiskBand band, const QDate& lastAssessed) const {
  return lastAssessed.addDays(reviewDays(band));
}

bool RiskPolicy::promptsEscalation(int score, RiskBand effectiveBand, bool inSubGroup) const {
  if (!inSubGroup) return false;
  return score >= m_escalationThreshold || effectiveBand == highestBand();
}

RiskBand RiskAssessment::effectiveBand(const RiskPolicy& policy) const {
  const RiskBand byScore = policy.bandFor(score());
  return judgedBand && *judgedBand > byScore ? *judgedBand : byScore;
}

Status validateAssessment(const RiskAssessment& a, const RiskPolicy& policy, const QDate& today) {
  if (auto inputs = validateRiskInputs(a.likelihood, a.impact); !inputs) return inputs;
  if (!a.assessedOn.isValid()) {
    return Error::invalid(QStringLiteral("date"), QStringLiteral("the assessment has no date"),
                          QStringLiteral("Give the date the risk was assessed"));
  }
  if (a.assessedOn > today) {
    return Error::invalid(QStringLiteral("date"),
                          QStringLiteral("%1 is in the future").arg(a.assessedOn.toString(Qt::ISODate)),
                          QStringLiteral("Record an assessment on or before today"));
  }
  if (a.rationale.trimmed().isEmpty()) {
    return Error::invalid(QStringLiteral("rationale"), QStringLiteral("a rationale is required"),
                          QStringLiteral("Say briefly why the risk is scored this way"));
  }
  if (a.judgedBand) {
    if (!policy.hasBand(*a.judgedBand)) {
      return Error::invalid(QStringLiteral("judged band"),
                            QStringLiteral("band %1 is not used by this partnership").arg(toKey(*a.judgedBand)),
                            QStringLiteral("Choose one of the configured bands"));
    }
    if (*a.judgedBand < policy.bandFor(a.score())) {
      return Error::invalid(QStringLiteral("judged band"),
                            QStringLiteral("professional judgement may raise a band, never lower it"),
                            QStringLiteral("Lower the likelihood or impact instead, with a rationale"));
    }
    if (a.judgementReason.trimmed().isEmpty()) {
      return Error::invalid(QStringLiteral("judgement reason"),
                            QStringLiteral("raising the band by professional judgement needs a reason"),
                            QStringLiteral("State the concern that justifies the higher band"));
    }
  }
  return {};
}

bool becomesCurrent(const std::optional<QDate>& latestOn, const QDate& on) { return !latestOn || *latestOn <= on; }

bool isReviewOverdue(const std::optional<QDate>& nextReview, const QDate& today) {
  return nextReview && nextReview->isValid() && *nextReview < today;
}

RiskTrend riskTrend(int earlierScore, int laterScore) {
  if (laterScore < earlierScore) return RiskTrend::Fell;
  if (laterScore > earlierScore) return RiskTrend::Rose;
  return RiskTrend::Stayed;
}

}  // namespace casebook
