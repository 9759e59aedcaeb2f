#include "Risk.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <utility>

using namespace casebook;

namespace {

const QDate kToday(2024, 6, 15);

// A 3-band policy of the kind some partnerships use: no "very high", other edges.
RiskPolicy threeBands() {
  auto policy = RiskPolicy::create({{RiskBand::Low, 1, 90}, {RiskBand::Medium, 8, 30}, {RiskBand::High, 15, 7}}, 12);
  REQUIRE(policy.ok());
  return policy.value();
}

RiskAssessment assessment(int likelihood, int impact) {
  RiskAssessment a;
  a.assessedOn = kToday;
  a.likelihood = likelihood;
  a.impact = impact;
  a.rationale = QStringLiteral("Weekly incidents at the address");
  return a;
}

Error refusal(std::vector<BandRule> rules, int threshold) {
  auto policy = RiskPolicy::create(std::move(rules), threshold);
  REQUIRE_FALSE(policy.ok());
  CHECK(policy.error().kind == Error::Kind::Invalid);
  return policy.error();
}

}  // namespace

TEST_CASE("score is likelihood times impact and only 14 scores exist", "[risk]") {
  CHECK(riskScore(1, 1) == 1);
  CHECK(riskScore(3, 4) == 12);
  CHECK(riskScore(5, 5) == 25);
  CHECK(achievableScores() == std::vector<int>{1, 2, 3, 4, 5, 6, 8, 9, 10, 12, 15, 16, 20, 25});
  for (int score : {7, 11, 13, 14, 17, 18, 19, 21, 22, 23, 24, 0, 26}) {
    INFO(score);
    CHECK_FALSE(isAchievableScore(score));
  }
  CHECK(isAchievableScore(15));
}

TEST_CASE("likelihood and impact carry the matrix labels", "[risk]") {
  CHECK(QString::fromLatin1(likelihoodLabel(1)) == QStringLiteral("rare"));
  CHECK(QString::fromLatin1(likelihoodLabel(3)) == QStringLiteral("possible"));
  CHECK(QString::fromLatin1(likelihoodLabel(5)) == QStringLiteral("almost certain"));
  CHECK(QString::fromLatin1(impactLabel(1)) == QStringLiteral("negligible"));
  CHECK(QString::fromLatin1(impactLabel(4)) == QStringLiteral("major"));
  CHECK(QString::fromLatin1(impactLabel(5)) == QStringLiteral("severe"));
  CHECK(QString::fromLatin1(likelihoodLabel(0)).isEmpty());
  CHECK(QString::fromLatin1(impactLabel(6)).isEmpty());
}

TEST_CASE("default bands follow DOMAIN.md for every achievable score", "[risk]") {
  const auto policy = RiskPolicy::defaults();
  const std::vector<std::pair<int, RiskBand>> expected{
      {1, RiskBand::Low},       {2, RiskBand::Low},      {3, RiskBand::Low},    {4, RiskBand::Low},
      {5, RiskBand::Medium},    {6, RiskBand::Medium},   {8, RiskBand::Medium}, {9, RiskBand::Medium},
      {10, RiskBand::High},     {12, RiskBand::High},    {15, RiskBand::High},  {16, RiskBand::High},
      {20, RiskBand::VeryHigh}, {25, RiskBand::VeryHigh}};
  for (const auto& [score, band] : expected) {
    INFO(score);
    CHECK(policy.bandFor(score) == band);
  }
  REQUIRE(policy.rules().size() == 4);
  CHECK(policy.highestBand() == RiskBand::VeryHigh);
  CHECK(policy.escalationThreshold() == 15);
}

TEST_CASE("likelihood and impact outside 1-5 are rejected", "[risk]") {
  CHECK(validateRiskInputs(1, 5).ok());
  CHECK(validateRiskInputs(5, 1).ok());
  const auto zero = validateRiskInputs(0, 3);
  REQUIRE_FALSE(zero.ok());
  CHECK(zero.error().kind == Error::Kind::Invalid);
  CHECK(zero.error().field == QStringLiteral("likelihood"));
  CHECK(zero.error().problem.contains(QStringLiteral("0")));
  CHECK(validateRiskInputs(6, 3).error().field == QStringLiteral("likelihood"));
  CHECK(validateRiskInputs(3, 0).error().field == QStringLiteral("impact"));
  CHECK(validateRiskInputs(3, 6).error().field == QStringLiteral("impact"));
  CHECK(validateAssessment(assessment(0, 3), RiskPolicy::defaults(), kToday).error().field ==
        QStringLiteral("likelihood"));
  CHECK(validateAssessment(assessment(6, 3), RiskPolicy::defaults(), kToday).error().field ==
        QStringLiteral("likelihood"));
}

TEST_CASE("a partnership may configure three bands with other edges", "[risk]") {
  const auto policy = threeBands();
  CHECK(policy.bandFor(1) == RiskBand::Low);
  CHECK(policy.bandFor(6) == RiskBand::Low);
  CHECK(policy.bandFor(8) == RiskBand::Medium);
  CHECK(policy.bandFor(12) == RiskBand::Medium);
  CHECK(policy.bandFor(15) == RiskBand::High);
  CHECK(policy.bandFor(25) == RiskBand::High);
  CHECK(policy.highestBand() == RiskBand::High);
  CHECK_FALSE(policy.hasBand(RiskBand::VeryHigh));
  CHECK(policy.escalationThreshold() == 12);
}

TEST_CASE("a three-band policy may leave out a middle band", "[risk]") {
  auto policy =
      RiskPolicy::create({{RiskBand::Low, 1, 84}, {RiskBand::High, 10, 28}, {RiskBand::VeryHigh, 20, 14}}, 15);
  REQUIRE(policy.ok());
  CHECK(policy->bandFor(9) == RiskBand::Low);
  CHECK(policy->bandFor(10) == RiskBand::High);
  CHECK_FALSE(policy->hasBand(RiskBand::Medium));
  CHECK(policy->reviewDays(RiskBand::Medium) == 84);  // the nearest band below
}

TEST_CASE("band policies that cannot work are refused", "[risk]") {
  SECTION("two bands") {
    CHECK(refusal({{RiskBand::Low, 1, 84}, {RiskBand::High, 10, 28}}, 15).problem.contains(QStringLiteral("2 bands")));
  }
  SECTION("five bands") {
    const auto error = refusal({{RiskBand::Low, 1, 84},
                                {RiskBand::Medium, 5, 42},
                                {RiskBand::High, 10, 28},
                                {RiskBand::VeryHigh, 20, 14},
                                {RiskBand::VeryHigh, 25, 7}},
                               15);
    CHECK(error.problem.contains(QStringLiteral("5 bands")));
    CHECK(error.fix.contains(QStringLiteral("3 or 4")));
  }
  SECTION("not starting at 1") {
    const auto error = refusal({{RiskBand::Low, 2, 84}, {RiskBand::Medium, 5, 42}, {RiskBand::High, 10, 28}}, 15);
    CHECK(error.field == QStringLiteral("risk bands"));
    CHECK(error.problem.contains(QStringLiteral("starts at 2")));
  }
  SECTION("an edge on a score the matrix cannot give") {
    for (int edge : {7, 11, 13, 14, 17, 24}) {
      INFO(edge);
      const auto error = refusal({{RiskBand::Low, 1, 84}, {RiskBand::Medium, 5, 42}, {RiskBand::High, edge, 28}}, 15);
      CHECK(error.problem.contains(QStringLiteral("cannot give")));
      CHECK(error.fix.contains(QStringLiteral("1, 2, 3, 4, 5, 6, 8, 9, 10, 12, 15, 16, 20, 25")));
    }
  }
  SECTION("bands out of order") {
    CHECK(refusal({{RiskBand::Low, 1, 84}, {RiskBand::High, 10, 28}, {RiskBand::Medium, 12, 42}}, 15)
              .problem.contains(QStringLiteral("ascending")));
    CHECK(refusal({{RiskBand::Low, 1, 84}, {RiskBand::Medium, 10, 42}, {RiskBand::High, 5, 28}}, 15)
              .problem.contains(QStringLiteral("ascending")));
    CHECK(refusal({{RiskBand::Low, 1, 84}, {RiskBand::Medium, 5, 42}, {RiskBand::High, 5, 28}}, 15)
              .problem.contains(QStringLiteral("ascending")));
    CHECK(refusal({{RiskBand::Low, 1, 84}, {RiskBand::Low, 5, 42}, {RiskBand::High, 10, 28}}, 15)
              .problem.contains(QStringLiteral("ascending")));
  }
  SECTION("an escalation threshold the matrix cannot give") {
    for (int threshold : {0, 7, 11, 26}) {
      INFO(threshold);
      CHECK(refusal({{RiskBand::Low, 1, 84}, {RiskBand::Medium, 5, 42}, {RiskBand::High, 10, 28}}, threshold).field ==
            QStringLiteral("escalation threshold"));
    }
  }
  SECTION("a review cycle outside 1 to 366 days") {
    CHECK(refusal({{RiskBand::Low, 1, 0}, {RiskBand::Medium, 5, 42}, {RiskBand::High, 10, 28}}, 15)
              .problem.contains(QStringLiteral("review cycle")));
    CHECK(refusal({{RiskBand::Low, 1, 367}, {RiskBand::Medium, 5, 42}, {RiskBand::High, 10, 28}}, 15)
              .problem.contains(QStringLiteral("367")));
    CHECK(RiskPolicy::create({{RiskBand::Low, 1, 366}, {RiskBand::Medium, 5, 1}, {RiskBand::High, 10, 28}}, 15).ok());
  }
}

TEST_CASE("next review date by band: 84, 42, 28 and 14 days", "[risk]") {
  const auto policy = RiskPolicy::defaults();
  const QDate assessed(2024, 3, 1);
  CHECK(policy.reviewDays(RiskBand::Low) == 84);
  CHECK(policy.reviewDays(RiskBand::Medium) == 42);
  CHECK(policy.reviewDays(RiskBand::High) == 28);
  CHECK(policy.reviewDays(RiskBand::VeryHigh) == 14);
  CHECK(policy.nextReviewDate(RiskBand::Low, assessed) == QDate(2024, 5, 24));
  CHECK(policy.nextReviewDate(RiskBand::Medium, assessed) == QDate(2024, 4, 12));
  CHECK(policy.nextReviewDate(RiskBand::High, assessed) == QDate(2024, 3, 29));
  CHECK(policy.nextReviewDate(RiskBand::VeryHigh, assessed) == QDate(2024, 3, 15));
}

TEST_CASE("next review date under a three-band policy", "[risk]") {
  const auto policy = threeBands();
  const QDate assessed(2024, 1, 1);
  CHECK(policy.nextReviewDate(RiskBand::Low, assessed) == QDate(2024, 3, 31));
  CHECK(policy.nextReviewDate(RiskBand::Medium, assessed) == QDate(2024, 1, 31));
  CHECK(policy.nextReviewDate(RiskBand::High, assessed) == QDate(2024, 1, 8));
  CHECK(policy.reviewDays(RiskBand::VeryHigh) == 7);  // absent band: the nearest below
}

TEST_CASE("a review is overdue only after its date", "[risk]") {
  CHECK_FALSE(isReviewOverdue(QDate(2024, 3, 15), QDate(2024, 3, 14)));
  CHECK_FALSE(isReviewOverdue(QDate(2024, 3, 15), QDate(2024, 3, 15)));
  CHECK(isReviewOverdue(QDate(2024, 3, 15), QDate(2024, 3, 16)));
  CHECK_FALSE(isReviewOverdue(std::nullopt, QDate(2024, 3, 16)));
  CHECK_FALSE(isReviewOverdue(QDate(), QDate(2024, 3, 16)));
}

TEST_CASE("escalation is prompted at the threshold, in sub-groups only", "[risk]") {
  const auto policy = RiskPolicy::defaults();
  CHECK_FALSE(policy.promptsEscalation(12, RiskBand::High, true));
  CHECK(policy.promptsEscalation(15, RiskBand::High, true));
  CHECK(policy.promptsEscalation(16, RiskBand::High, true));
  CHECK_FALSE(policy.promptsEscalation(15, RiskBand::High, false));      // already the JAG
  CHECK_FALSE(policy.promptsEscalation(20, RiskBand::VeryHigh, false));  // already the JAG
  CHECK(policy.promptsEscalation(6, RiskBand::VeryHigh, true));          // judgement to the top band
  CHECK_FALSE(policy.promptsEscalation(6, RiskBand::High, true));        // judgement short of the top band

  const auto custom = threeBands();  // threshold 12, top band "high"
  CHECK_FALSE(custom.promptsEscalation(10, RiskBand::Medium, true));
  CHECK(custom.promptsEscalation(12, RiskBand::Medium, true));
  CHECK(custom.promptsEscalation(4, RiskBand::High, true));
}

TEST_CASE("professional judgement raises a band, never lowers it, and needs a reason", "[risk]") {
  const auto policy = RiskPolicy::defaults();
  auto a = assessment(2, 3);  // 6: medium
  CHECK(validateAssessment(a, policy, kToday).ok());
  CHECK(a.effectiveBand(policy) == RiskBand::Medium);

  a.judgedBand = RiskBand::VeryHigh;
  const auto noReason = validateAssessment(a, policy, kToday);
  REQUIRE_FALSE(noReason.ok());
  CHECK(noReason.error().field == QStringLiteral("judgement reason"));
  a.judgementReason = QStringLiteral("   ");
  CHECK(validateAssessment(a, policy, kToday).error().field == QStringLiteral("judgement reason"));
  a.judgementReason = QStringLiteral("Disclosure of threats not yet scored");
  CHECK(validateAssessment(a, policy, kToday).ok());
  CHECK(a.effectiveBand(policy) == RiskBand::VeryHigh);

  a.judgedBand = RiskBand::Medium;  // the band the score gives: allowed, changes nothing
  CHECK(validateAssessment(a, policy, kToday).ok());
  CHECK(a.effectiveBand(policy) == RiskBand::Medium);

  a.judgedBand = RiskBand::Low;
  const auto lower = validateAssessment(a, policy, kToday);
  REQUIRE_FALSE(lower.ok());
  CHECK(lower.error().field == QStringLiteral("judged band"));
  CHECK(lower.error().problem.contains(QStringLiteral("never lower")));
  // Even if it slipped through, the effective band never falls below the score's band.
  CHECK(a.effectiveBand(policy) == RiskBand::Medium);
}

TEST_CASE("a judged band must exist in the partnership's policy", "[risk]") {
  const auto policy = threeBands();
  auto a = assessment(2, 3);
  a.judgedBand = RiskBand::VeryHigh;
  a.judgementReason = QStringLiteral("Weapon seen");
  const auto result = validateAssessment(a, policy, kToday);
  REQUIRE_FALSE(result.ok());
  CHECK(result.error().field == QStringLiteral("judged band"));
  CHECK(result.error().problem.contains(QStringLiteral("not used")));
  a.judgedBand = RiskBand::High;
  CHECK(validateAssessment(a, policy, kToday).ok());
}

TEST_CASE("an assessment needs a rationale and a date no later than today", "[risk]") {
  const auto policy = RiskPolicy::defaults();
  auto a = assessment(3, 3);
  a.rationale = QStringLiteral("  ");
  CHECK(validateAssessment(a, policy, kToday).error().field == QStringLiteral("rationale"));
  a = assessment(3, 3);
  a.assessedOn = kToday.addDays(1);
  const auto future = validateAssessment(a, policy, kToday);
  REQUIRE_FALSE(future.ok());
  CHECK(future.error().field == QStringLiteral("date"));
  CHECK(future.error().problem.contains(QStringLiteral("future")));
  a.assessedOn = QDate();
  CHECK(validateAssessment(a, policy, kToday).error().field == QStringLiteral("date"));
  a.assessedOn = QDate(2020, 1, 1);  // back-dated assessments are allowed
  CHECK(validateAssessment(a, policy, kToday).ok());
}

TEST_CASE("risk trend", "[risk]") {
  CHECK(riskTrend(16, 9) == RiskTrend::Fell);
  CHECK(riskTrend(9, 16) == RiskTrend::Rose);
  CHECK(riskTrend(9, 9) == RiskTrend::Stayed);
}
