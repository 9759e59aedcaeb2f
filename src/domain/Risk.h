#pragma once

#include "EnumKeys.h"
#include "Ids.h"
#include "Result.h"

#include <QDate>
#include <QString>

#include <optional>
#include <vector>

namespace casebook {

enum class RiskBand { Low, Medium, High, VeryHigh };

template <>
struct EnumTable<RiskBand> {
  static constexpr std::array<EnumEntry<RiskBand>, 4> entries{{
      {RiskBand::Low, "low", "Low"},
      {RiskBand::Medium, "medium", "Medium"},
      {RiskBand::High, "high", "High"},
      {RiskBand::VeryHigh, "very_high", "Very high"},
  }};
};

// Likelihood and impact on the 5x5 matrix (docs/risk.md).
inline constexpr int kRiskScaleMin = 1;
inline constexpr int kRiskScaleMax = 5;

const char* likelihoodLabel(int likelihood);  // 1 rare ... 5 almost certain
const char* impactLabel(int impact);          // 1 negligible ... 5 severe

Status validateRiskInputs(int likelihood, int impact);
int riskScore(int likelihood, int impact);

// Only 14 products of two numbers from 1 to 5 exist; band edges must sit on them.
bool isAchievableScore(int score);
std::vector<int> achievableScores();

struct BandRule {
  RiskBand band;
  int minScore;    // the lowest achievable score in this band
  int reviewDays;  // default review cycle for cases in this band
};

// Bands, review cycle and escalation threshold are partnership settings: there is no
// national matrix, so the defaults of DOMAIN.md are a starting point, not a law.
class RiskPolicy {
 public:
  static RiskPolicy defaults();
  // Rules in ascending band order, the first starting at score 1; 3 or 4 bands.
  static Result<RiskPolicy> create(std::vector<BandRule> rules, int escalationThreshold);

  RiskBand bandFor(int score) const;
  int reviewDays(RiskBand band) const;
  QDate nextReviewDate(RiskBand band, const QDate& lastAssessed) const;
  int escalationThreshold() const { return m_escalationThreshold; }
  const std::vector<BandRule>& rules() const { return m_rules; }
  RiskBand highestBand() const { return m_rules.back().band; }
  bool hasBand(RiskBand band) const;

  // A score at or above the threshold in a sub-group, or a judgement that raises a case to
  // the top band, prompts escalation to the JAG. The JAG itself escalates nowhere.
  bool promptsEscalation(int score, RiskBand effectiveBand, bool inSubGroup) const;

 private:
  RiskPolicy(std::vector<BandRule> rules, int threshold)
      : m_rules(std::move(rules)), m_escalationThreshold(threshold) {}
  std::vector<BandRule> m_rules;
  int m_escalationThreshold;
};

struct RiskAssessment {
  RiskAssessmentId id;
  CaseId caseId;
  QDate assessedOn;
  int likelihood = 0;
  int impact = 0;
  // Professional judgement may raise the band above what the score gives, never lower it.
  std::optional<RiskBand> judgedBand;
  QString judgementReason;
  QString assessor;
  QString rationale;

  int score() const { return riskScore(likelihood, impact); }
  RiskBand effectiveBand(const RiskPolicy& policy) const;
};

// Validates a new assessment: scale, rationale, date not in the future, judgement rules.
Status validateAssessment(const RiskAssessment& assessment, const RiskPolicy& policy, const QDate& today);

// Whether an assessment dated `on` becomes the case's current one: a back-dated assessment,
// older than the latest, joins the history only.
bool becomesCurrent(const std::optional<QDate>& latestOn, const QDate& on);

bool isReviewOverdue(const std::optional<QDate>& nextReview, const QDate& today);

enum class RiskTrend { Fell, Rose, Stayed };
RiskTrend riskTrend(int earlierScore, int laterScore);

}  // namespace casebook
