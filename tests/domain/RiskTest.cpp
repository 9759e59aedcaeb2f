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
