#include "Risk.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>

using namespace casebook;

TEST_CASE("score is likelihood times impact and only 14 scores exist", "[risk]") {
  CHECK(riskScore(3, 4) == 12);
  CHECK(achievableScores() == std::vector<int>{1, 2, 3, 4, 5, 6, 8, 9, 10, 12, 15, 16, 20, 25});
  CHECK_FALSE(isAchievableScore(7));
  CHECK(isAchievableScore(15));
}

TEST_CASE("default bands follow DOMAIN.md", "[risk]") {
  const auto policy = RiskPolicy::defaults();
  CHECK(policy.bandFor(4) == RiskBand::Low);
  CHECK(policy.bandFor(5) == RiskBand::Medium);
  CHECK(policy.bandFor(9) == RiskBand::Medium);
  CHECK(policy.bandFor(10) == RiskBand::High);
  CHECK(policy.bandFor(15) == RiskBand::High);
  CHECK(policy.bandFor(16) == RiskBand::High);
  CHECK(policy.bandFor(20) == RiskBand::VeryHigh);
}

TEST_CASE("likelihood and impact outside 1-5 are rejected", "[risk]") {
  CHECK(validateRiskInputs(1, 5).ok());
  CHECK(validateRiskInputs(0, 3).error().field == QStringLiteral("likelihood"));
  CHECK(validateRiskInputs(6, 3).error().field == QStringLiteral("likelihood"));
  CHECK(validateRiskInputs(3, 0).error().field == QStringLiteral("impact"));
  CHECK(validateRiskInputs(3, 6).error().field == QStringLiteral("impact"));
}

TEST_CASE("a partnership may configure three bands with other edges", "[risk]") {
  auto policy = RiskPolicy::create({{RiskBand::Low, 1, 90}, {RiskBand::Medium, 8, 30}, {RiskBand::High, 15, 7}}, 12);
  REQUIRE(policy.ok());
  CHECK(policy->bandFor(6) == RiskBand::Low);
  CHECK(policy->bandFor(8) == RiskBand::Medium);
  CHECK(policy->bandFor(25) == RiskBand::High);
  CHECK(policy->highestBand() == RiskBand::High);
  CHECK(policy->reviewDays(RiskBand::VeryHigh) == 7);  // absent band: the nearest below
  CHECK(policy->nextReviewDate(RiskBand::Medium, QDate(2024, 1, 1)) == QDate(2024, 1, 31));
}

TEST_CASE("band policies that cannot work are refused", "[risk]") {
  const auto threshold = 15;
  CHECK_FALSE(RiskPolicy::create({{RiskBand::Low, 1, 84}, {RiskBand::High, 10, 28}}, threshold).ok());  // 2 bands
  CHECK_FALSE(RiskPolicy::create({{RiskBand::Low, 2, 84}, {RiskBand::Medium, 5, 42}, {RiskBand::High, 10, 28}}, threshold).ok());
  auto unachievable = RiskPolicy::create({{RiskBand::Low, 1, 84}, {RiskBand::Medium, 7, 42}, {RiskBand::High, 10, 28}}, threshold);
  REQUIRE_FALSE(unachievable.ok());
  CHECK(unachievable.error().problem.contains(QStringLiteral("cannot give")));
  CHECK_FALSE(RiskPolicy::create({{RiskBand::Low, 1, 84}, {RiskBand::High, 10, 28}, {RiskBand::Medium, 12, 42}}, threshold).ok());
  CHECK_FALSE(RiskPolicy::create({{RiskBand::Low, 1, 84}, {RiskBand::Medium, 5, 42}, {RiskBand::High, 10, 28}}, 11).ok());
  CHECK_FALSE(RiskPolicy::create({{RiskBand::Low, 1, 0}, {RiskBand::Medium, 5, 42}, {RiskBand::High, 10, 28}}, threshold).ok());
}

TEST_CASE("review cycle and overdue by band", "[risk]") {
  const auto policy = RiskPolicy::defaults();
  const QDate assessed(2024, 3, 1);
  CHECK(policy.nextReviewDate(RiskBand::Low, assessed) == assessed.addDays(84));
  CHECK(policy.nextReviewDate(RiskBand::Medium, assessed) == assessed.addDays(42));
  CHECK(policy.nextReviewDate(RiskBand::High, assessed) == assessed.addDays(28));
  CHECK(policy.nextReviewDate(RiskBand::VeryHigh, assessed) == assessed.addDays(14));
  CHECK_FALSE(isReviewOverdue(QDate(2024, 3, 15), QDate(2024, 3, 15)));
  CHECK(isReviewOverdue(QDate(2024, 3, 15), QDate(2024, 3, 16)));
  CHECK_FALSE(isReviewOverdue(std::nullopt, QDate(2024, 3, 16)));
}

TEST_CASE("escalation is prompted at the threshold, in sub-groups only", "[risk]") {
  const auto policy = RiskPolicy::defaults();
  CHECK_FALSE(policy.promptsEscalation(12, RiskBand::High, true));
  CHECK(policy.promptsEscalation(15, RiskBand::High, true));
  CHECK_FALSE(policy.promptsEscalation(20, RiskBand::VeryHigh, false));  // already the JAG
  CHECK(policy.promptsEscalation(6, RiskBand::VeryHigh, true));          // judgement to the top band
}

TEST_CASE("professional judgement raises a band, never lowers it, and needs a reason", "[risk]") {
  const auto policy = RiskPolicy::defaults();
  const QDate today(2024, 6, 15);
  RiskAssessment a;
  a.assessedOn = today;
  a.likelihood = 2;
  a.impact = 3;  // 6: medium
  a.rationale = QStringLiteral("Stable");
  CHECK(validateAssessment(a, policy, today).ok());
  a.judgedBand = RiskBand::VeryHigh;
  CHECK(validateAssessment(a, policy, today).error().field == QStringLiteral("judgement reason"));
  a.judgementReason = QStringLiteral("Disclosure of threats not yet scored");
  CHECK(validateAssessment(a, policy, today).ok());
  CHECK(a.effectiveBand(policy) == RiskBand::VeryHigh);
  a.judgedBand = RiskBand::Low;
  CHECK(validateAssessment(a, policy, today).error().problem.contains(QStringLiteral("never lower")));
  a.judgedBand.reset();
  a.rationale.clear();
  CHECK(validateAssessment(a, policy, today).error().field == QStringLiteral("rationale"));
  a.rationale = QStringLiteral("x");
  a.assessedOn = today.addDays(1);
  CHECK(validateAssessment(a, policy, today).error().problem.contains(QStringLiteral("future")));
}

TEST_CASE("risk trend", "[risk]") {
  CHECK(riskTrend(16, 9) == RiskTrend::Fell);
  CHECK(riskTrend(9, 16) == RiskTrend::Rose);
  CHECK(riskTrend(9, 9) == RiskTrend::Stayed);
}
