#include "ServiceFixture.h"

#include <catch2/catch.hpp>

using namespace casebook;
using namespace casebook::test;

namespace {

RiskInput assessment(const QString& reference, int likelihood, int impact, const QDate& on = QDate()) {
  RiskInput input;
  input.caseReference = reference;
  input.likelihood = likelihood;
  input.impact = impact;
  input.assessedOn = on;
  input.rationale = QStringLiteral("Reviewed at the meeting");
  return input;
}

}  // namespace

TEST_CASE("an assessment sets the case's current score, band and next review", "[risk]") {
  TestBed bed;
  const QString ref = createCase(bed, newCase("LEDG", "Risk Person", 2, 2));
  auto input = assessment(ref, 4, 5, QDate(2024, 6, 1));
  input.assessor = QStringLiteral("Sam Assessor");
  auto outcome = RiskService(bed.ctx).assess(input);
  INFO(errorText(outcome));
  REQUIRE(outcome.ok());
  CHECK(outcome->score == 20);
  CHECK(outcome->band == RiskBand::VeryHigh);
  CHECK(outcome->nextReviewOn == QDate(2024, 6, 15));  // 14 days
  CHECK(outcome->escalationPrompted);

  const auto d = detail(bed, ref);
  CHECK(d.record.currentScore == 20);
  CHECK(d.record.currentBand == RiskBand::VeryHigh);
  CHECK(d.record.nextReviewOn == QDate(2024, 6, 15));
  CHECK_FALSE(d.reviewOverdue);  // due today
  REQUIRE(d.assessments.size() == 2);
  const RiskAssessment& stored = d.assessments.back();
  CHECK(stored.id == outcome->id);
  CHECK(stored.assessedOn == QDate(2024, 6, 1));
  CHECK(stored.likelihood == 4);
  CHECK(stored.impact == 5);
  CHECK(stored.assessor == QStringLiteral("Sam Assessor"));
  CHECK(stored.rationale == QStringLiteral("Reviewed at the meeting"));

  // Undated: today, by the acting user.
  auto today = RiskService(bed.ctx).assess(assessment(ref, 2, 3));
  REQUIRE(today.ok());
  CHECK(today->band == RiskBand::Medium);
  CHECK(today->nextReviewOn == QDate(2024, 7, 27));  // 42 days
  CHECK_FALSE(today->escalationPrompted);
  const auto after = detail(bed, ref);
  CHECK(after.assessments.back().assessedOn == QDate(2024, 6, 15));
  CHECK(after.assessments.back().assessor == QStringLiteral("tester"));
  CHECK(after.record.currentScore == 6);
}

TEST_CASE("the next review follows each band's cycle", "[risk]") {
  TestBed bed;
  const QString ref = createCase(bed, newCase("LEDG", "Cycle Person"));
  const QDate on(2024, 6, 3);
  for (auto [l, i, band, review] :
       {std::tuple{1, 4, RiskBand::Low, QDate(2024, 8, 26)}, std::tuple{3, 3, RiskBand::Medium, QDate(2024, 7, 15)},
        std::tuple{3, 5, RiskBand::High, QDate(2024, 7, 1)},
        std::tuple{5, 5, RiskBand::VeryHigh, QDate(2024, 6, 17)}}) {
    auto outcome = RiskService(bed.ctx).assess(assessment(ref, l, i, on));
    REQUIRE(outcome.ok());
    CHECK(outcome->band == band);
    CHECK(detail(bed, ref).record.nextReviewOn == review);
  }
}

TEST_CASE("a back-dated assessment joins the history without replacing the current score", "[risk]") {
  TestBed bed;
  const QString ref = createCase(bed, newCase("LEDG", "History Person", 2, 2));  // 1 May
  REQUIRE(RiskService(bed.ctx).assess(assessment(ref, 4, 5, QDate(2024, 6, 1))).ok());
  auto late = RiskService(bed.ctx).assess(assessment(ref, 1, 1, QDate(2024, 5, 15)));
  REQUIRE(late.ok());
  CHECK(late->score == 1);
  CHECK(late->band == RiskBand::VeryHigh);  // the case's band stays
  CHECK(late->nextReviewOn == QDate(2024, 6, 15));
  CHECK_FALSE(late->escalationPrompted);
  const auto d = detail(bed, ref);
  CHECK(d.record.currentScore == 20);
  CHECK(d.record.currentBand == RiskBand::VeryHigh);
  REQUIRE(d.assessments.size() == 3);
  CHECK(d.assessments[0].score() == 4);  // in date order
  CHECK(d.assessments[1].score() == 1);
  CHECK(d.assessments[2].score() == 20);

  // On the same day as the latest, the newer entry wins.
  REQUIRE(RiskService(bed.ctx).assess(assessment(ref, 2, 5, QDate(2024, 6, 1))).ok());
  CHECK(detail(bed, ref).record.currentScore == 10);
}

TEST_CASE("professional judgement raises the band and its review cycle", "[risk]") {
  TestBed bed;
  const QString ref = createCase(bed, newCase("AARG", "Judged Person", 2, 2));
  auto input = assessment(ref, 2, 3, QDate(2024, 6, 10));  // 6: medium
  input.judgedBand = RiskBand::VeryHigh;
  input.judgementReason = QStringLiteral("Disclosed a plan to harm");
  auto outcome = RiskService(bed.ctx).assess(input);
  REQUIRE(outcome.ok());
  CHECK(outcome->score == 6);
  CHECK(outcome->band == RiskBand::VeryHigh);
  CHECK(outcome->nextReviewOn == QDate(2024, 6, 24));
  CHECK(outcome->escalationPrompted);  // judged into the top band in a sub-group
  const auto d = detail(bed, ref);
  CHECK(d.record.currentScore == 6);
  CHECK(d.record.currentBand == RiskBand::VeryHigh);
  CHECK(d.assessments.back().judgedBand == RiskBand::VeryHigh);
  CHECK(d.assessments.back().judgementReason == QStringLiteral("Disclosed a plan to harm"));
}

TEST_CASE("escalation is prompted at the threshold in sub-groups, never in the JAG", "[risk][escalation]") {
  TestBed bed;
  const QString sub = createCase(bed, newCase("YJAG", "Sub Person", 1, 1));
  const QString jag = createCase(bed, newCase("JAG", "Jag Person", 1, 1));
  CHECK_FALSE(RiskService(bed.ctx).assess(assessment(sub, 3, 4))->escalationPrompted);  // 12
  CHECK(RiskService(bed.ctx).assess(assessment(sub, 3, 5))->escalationPrompted);        // 15
  CHECK_FALSE(RiskService(bed.ctx).assess(assessment(jag, 5, 5))->escalationPrompted);
  CHECK(CaseService(bed.ctx).create(newCase("LCDG", "Created High", 5, 3))->escalationPrompted);
  CHECK_FALSE(CaseService(bed.ctx).create(newCase("JAG", "Created In Jag", 5, 5))->escalationPrompted);
}

TEST_CASE("bad assessments are refused and change nothing", "[risk][bad-input]") {
  TestBed bed;
  const QString ref = createCase(bed, newCase("LEDG", "Refused Person"));
  const QString closed = createCase(bed, newCase("LEDG", "Closed Person"));
  REQUIRE(CaseService(bed.ctx).close(closed, {Outcome::RiskReduced, {}, {}, {}, {}}).ok());
  const QString before = snapshot(bed);
  RiskService risk(bed.ctx);
  CHECK_REFUSED_UNCHANGED(bed, before, risk.assess(assessment(ref, 0, 3)), Error::Kind::Invalid, "likelihood");
  CHECK_REFUSED_UNCHANGED(bed, before, risk.assess(assessment(ref, 6, 3)), Error::Kind::Invalid, "likelihood");
  CHECK_REFUSED_UNCHANGED(bed, before, risk.assess(assessment(ref, 3, 0)), Error::Kind::Invalid, "impact");
  CHECK_REFUSED_UNCHANGED(bed, before, risk.assess(assessment(ref, 3, 6)), Error::Kind::Invalid, "impact");
  CHECK_REFUSED_UNCHANGED(bed, before, risk.assess(assessment(ref, 3, 3, QDate(2024, 6, 16))), Error::Kind::Invalid,
                          "date");
  auto noRationale = assessment(ref, 3, 3);
  noRationale.rationale = QStringLiteral(" ");
  CHECK_REFUSED_UNCHANGED(bed, before, risk.assess(noRationale), Error::Kind::Invalid, "rationale");
  auto lower = assessment(ref, 4, 4);
  lower.judgedBand = RiskBand::Low;
  lower.judgementReason = QStringLiteral("Feels lower");
  CHECK_REFUSED_UNCHANGED(bed, before, risk.assess(lower), Error::Kind::Invalid, "judged band");
  auto noReason = assessment(ref, 1, 1);
  noReason.judgedBand = RiskBand::High;
  CHECK_REFUSED_UNCHANGED(bed, before, risk.assess(noReason), Error::Kind::Invalid, "judgement reason");
  CHECK_REFUSED_UNCHANGED(bed, before, risk.assess(assessment(closed, 3, 3)), Error::Kind::Conflict, "case");
  CHECK_REFUSED_UNCHANGED(bed, before, risk.assess(assessment(QStringLiteral("LEDG-2024-404"), 3, 3)),
                          Error::Kind::NotFound, "case");
}

TEST_CASE("a closed case takes assessments again once reopened", "[risk]") {
  TestBed bed;
  const QString ref = createCase(bed, newCase("LEDG", "Reopened Person"));
  REQUIRE(CaseService(bed.ctx).close(ref, {Outcome::RiskReduced, {}, {}, {}, {}}).ok());
  CHECK_FALSE(RiskService(bed.ctx).assess(assessment(ref, 2, 2)).ok());
  REQUIRE(CaseService(bed.ctx).reopen(ref, QStringLiteral("New incidents")).ok());
  CHECK(RiskService(bed.ctx).assess(assessment(ref, 2, 2)).ok());
  CHECK(detail(bed, ref).record.currentScore == 4);
}

TEST_CASE("a partnership's own band policy is stored and used for new assessments", "[risk][policy]") {
  TestBed bed;
  const QString ref = createCase(bed, newCase("YJAG", "Policy Person", 3, 3));  // medium under the defaults
  auto custom = RiskPolicy::create({{RiskBand::Low, 1, 90}, {RiskBand::Medium, 8, 30}, {RiskBand::High, 15, 7}}, 12);
  REQUIRE(custom.ok());
  REQUIRE(RiskService(bed.ctx).setPolicy(custom.value()).ok());
  const auto stored = RiskService(bed.ctx).policy();
  REQUIRE(stored.ok());
  CHECK(stored->rules().size() == 3);
  CHECK(stored->escalationThreshold() == 12);
  CHECK(stored->highestBand() == RiskBand::High);

  // Existing cases keep the band they were given until they are assessed again.
  CHECK(detail(bed, ref).record.currentBand == RiskBand::Medium);
  auto outcome = RiskService(bed.ctx).assess(assessment(ref, 3, 4, QDate(2024, 6, 1)));  // 12
  REQUIRE(outcome.ok());
  CHECK(outcome->band == RiskBand::Medium);
  CHECK(outcome->nextReviewOn == QDate(2024, 7, 1));  // 30 days
  CHECK(outcome->escalationPrompted);                 // threshold 12
  auto top = RiskService(bed.ctx).assess(assessment(ref, 5, 5, QDate(2024, 6, 2)));
  CHECK(top->band == RiskBand::High);
  CHECK(top->nextReviewOn == QDate(2024, 6, 9));

  // A judged band the policy does not have is refused.
  auto veryHigh = assessment(ref, 1, 1);
  veryHigh.judgedBand = RiskBand::VeryHigh;
  veryHigh.judgementReason = QStringLiteral("x");
  const QString before = snapshot(bed);
  CHECK_REFUSED_UNCHANGED(bed, before, RiskService(bed.ctx).assess(veryHigh), Error::Kind::Invalid, "judged band");
}

TEST_CASE("withdrawing the latest assessment restores the one before", "[risk][undo]") {
  TestBed bed;
  const QString ref = createCase(bed, newCase("LEDG", "Undo Person", 2, 3));  // 6 on 1 May
  auto recorded = RiskService(bed.ctx).assess(assessment(ref, 5, 5));
  REQUIRE(recorded.ok());
  CHECK(detail(bed, ref).record.currentScore == 25);
  REQUIRE(RiskService(bed.ctx).withdraw(recorded->id).ok());
  auto d = detail(bed, ref);
  CHECK(d.record.currentScore == 6);
  CHECK(d.record.currentBand == RiskBand::Medium);
  CHECK(d.record.nextReviewOn == QDate(2024, 6, 12));
  CHECK(d.assessments.size() == 1);

  const QString before = snapshot(bed);
  CHECK_REFUSED_UNCHANGED(bed, before, RiskService(bed.ctx).withdraw(recorded->id), Error::Kind::NotFound,
                          "assessment");
  REQUIRE(RiskService(bed.ctx).withdraw(d.assessments.front().id).ok());  // the last one: no score at all
  d = detail(bed, ref);
  CHECK_FALSE(d.record.currentScore.has_value());
  CHECK_FALSE(d.record.currentBand.has_value());
  CHECK_FALSE(d.record.nextReviewOn.has_value());
}

TEST_CASE("only the latest assessment can be withdrawn", "[risk][undo][bad-input]") {
  TestBed bed;
  const QString ref = createCase(bed, newCase("LEDG", "Undo Person", 2, 3));
  const RiskAssessmentId first = detail(bed, ref).assessments.front().id;
  REQUIRE(RiskService(bed.ctx).assess(assessment(ref, 4, 4)).ok());
  auto backDated = RiskService(bed.ctx).assess(assessment(ref, 1, 1, QDate(2024, 5, 10)));
  REQUIRE(backDated.ok());
  const QString before = snapshot(bed);
  CHECK_REFUSED_UNCHANGED(bed, before, RiskService(bed.ctx).withdraw(first), Error::Kind::Conflict, "assessment");
  CHECK_REFUSED_UNCHANGED(bed, before, RiskService(bed.ctx).withdraw(backDated->id), Error::Kind::Conflict,
                          "assessment");
  CHECK_REFUSED_UNCHANGED(bed, before, RiskService(bed.ctx).withdraw(RiskAssessmentId(999)), Error::Kind::NotFound,
                          "assessment");
}
