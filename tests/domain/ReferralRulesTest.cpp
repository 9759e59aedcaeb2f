#include "Referral.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>

using namespace casebook;

namespace {
const QDate kToday(2024, 6, 15);
Referral valid() {
  Referral r;
  r.id = ReferralId(1);
  r.toGroupId = GroupId(3);
  r.receivedOn = QDate(2024, 6, 1);
  r.reason = QStringLiteral("Concern");
  return r;
}
}  // namespace

TEST_CASE("a referral needs a date, a reason, and a concern with professional judgement", "[referral]") {
  CHECK(validateReferral(valid(), kToday).ok());
  auto r = valid();
  r.receivedOn = kToday.addDays(1);
  CHECK(validateReferral(r, kToday).error().field == QStringLiteral("referral date"));
  r = valid();
  r.reason = QStringLiteral("  ");
  CHECK(validateReferral(r, kToday).error().field == QStringLiteral("reason"));
  r = valid();
  r.criterion = ReferralCriterion::ProfessionalJudgement;
  CHECK(validateReferral(r, kToday).error().field == QStringLiteral("concern"));
  r.concern = QStringLiteral("Escalating threats");
  CHECK(validateReferral(r, kToday).ok());
  r = valid();
  r.initialLikelihood = 3;
  CHECK(validateReferral(r, kToday).error().field == QStringLiteral("initial risk"));
  r.initialImpact = 6;
  CHECK(validateReferral(r, kToday).error().field == QStringLiteral("impact"));
  r = valid();
  r.consent = ConsentBasis::LawfulBasisWithoutConsent;
  CHECK(validateReferral(r, kToday).error().field == QStringLiteral("lawful basis"));
}

TEST_CASE("a referral within 12 months of the last is a repeat", "[referral]") {
  const QDate previous(2023, 6, 15);
  CHECK(isRepeatReferral(previous, QDate(2024, 6, 15)));
  CHECK_FALSE(isRepeatReferral(previous, QDate(2024, 6, 16)));
  CHECK(isRepeatReferral(previous, previous));
  CHECK_FALSE(isRepeatReferral(std::nullopt, QDate(2024, 6, 15)));
}

TEST_CASE("late referrals wait for the next meeting unless urgent", "[referral]") {
  const QDate meeting(2024, 6, 13);  // a Thursday
  CHECK(makesMeeting(QDate(2024, 6, 11), meeting, false));       // Tuesday: 2 working days
  CHECK_FALSE(makesMeeting(QDate(2024, 6, 12), meeting, false)); // Wednesday: 1
  CHECK(makesMeeting(QDate(2024, 6, 12), meeting, true));
  const QDate monday(2024, 6, 17);
  CHECK_FALSE(makesMeeting(QDate(2024, 6, 14), monday, false));  // Friday to Monday: 1 working day
  CHECK(makesMeeting(QDate(2024, 6, 13), monday, false));
  CHECK_FALSE(makesMeeting(QDate(2024, 6, 18), monday, true));   // after the meeting
}

TEST_CASE("a referral is decided once, with reasons where needed", "[referral]") {
  const auto r = valid();
  DecisionRequest d{ReferralDecision::Accepted, {}, QDate(2024, 6, 2), std::nullopt};
  CHECK(validateDecision(r, d, kToday).ok());
  d.decision = ReferralDecision::Declined;
  CHECK(validateDecision(r, d, kToday).error().field == QStringLiteral("reason"));
  d.decision = ReferralDecision::Redirected;
  d.reason = QStringLiteral("Better placed elsewhere");
  CHECK(validateDecision(r, d, kToday).error().field == QStringLiteral("redirect to"));
  d.redirectTo = r.toGroupId;
  CHECK(validateDecision(r, d, kToday).error().problem.contains(QStringLiteral("already with")));
  d.redirectTo = GroupId(2);
  CHECK(validateDecision(r, d, kToday).ok());
  d.decidedOn = QDate(2024, 5, 1);  // before it was received
  CHECK_FALSE(validateDecision(r, d, kToday).ok());
  auto decided = r;
  decided.decision = ReferralDecision::Accepted;
  CHECK(validateDecision(decided, {ReferralDecision::Declined, QStringLiteral("x"), kToday, std::nullopt}, kToday)
            .error().kind == Error::Kind::Conflict);
}
