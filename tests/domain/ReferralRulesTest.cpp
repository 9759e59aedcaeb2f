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
  r.reason = QStringLiteral("Repeated ASB at the flats");
  return r;
}

DecisionRequest decision(ReferralDecision d, const QDate& on = QDate(2024, 6, 2)) { return {d, {}, on, std::nullopt}; }

}  // namespace

TEST_CASE("a referral needs a date no later than today", "[referral]") {
  CHECK(validateReferral(valid(), kToday).ok());
  auto r = valid();
  r.receivedOn = kToday;
  CHECK(validateReferral(r, kToday).ok());
  r.receivedOn = kToday.addDays(1);
  const auto future = validateReferral(r, kToday);
  REQUIRE_FALSE(future.ok());
  CHECK(future.error().kind == Error::Kind::Invalid);
  CHECK(future.error().field == QStringLiteral("referral date"));
  CHECK(future.error().problem.contains(QStringLiteral("2024-06-16")));
  r.receivedOn = QDate();
  CHECK(validateReferral(r, kToday).error().field == QStringLiteral("referral date"));
}

TEST_CASE("a referral needs a reason, and a concern with professional judgement", "[referral]") {
  auto r = valid();
  r.reason = QStringLiteral("  ");
  CHECK(validateReferral(r, kToday).error().field == QStringLiteral("reason"));
  r = valid();
  r.criterion = ReferralCriterion::ProfessionalJudgement;
  CHECK(validateReferral(r, kToday).error().field == QStringLiteral("concern"));
  r.concern = QStringLiteral("Escalating threats");
  CHECK(validateReferral(r, kToday).ok());
  for (auto criterion :
       {ReferralCriterion::VisibleHighRisk, ReferralCriterion::Escalation, ReferralCriterion::Repeat}) {
    r = valid();
    r.criterion = criterion;
    CHECK(validateReferral(r, kToday).ok());  // no concern needed
  }
}

TEST_CASE("an initial score is both numbers on the 5x5 scale, or none", "[referral]") {
  auto r = valid();
  r.initialLikelihood = 3;
  CHECK(validateReferral(r, kToday).error().field == QStringLiteral("initial risk"));
  r.initialLikelihood.reset();
  r.initialImpact = 3;
  CHECK(validateReferral(r, kToday).error().field == QStringLiteral("initial risk"));
  r.initialLikelihood = 3;
  CHECK(validateReferral(r, kToday).ok());
  r.initialImpact = 6;
  CHECK(validateReferral(r, kToday).error().field == QStringLiteral("impact"));
  r.initialImpact = 3;
  r.initialLikelihood = 0;
  CHECK(validateReferral(r, kToday).error().field == QStringLiteral("likelihood"));
  r.initialLikelihood = 6;
  CHECK(validateReferral(r, kToday).error().field == QStringLiteral("likelihood"));
}

TEST_CASE("sharing without consent records the lawful basis", "[referral]") {
  auto r = valid();
  r.consent = ConsentBasis::LawfulBasisWithoutConsent;
  CHECK(validateReferral(r, kToday).error().field == QStringLiteral("lawful basis"));
  r.lawfulBasis = QStringLiteral("Crime and Disorder Act 1998 s.115");
  CHECK(validateReferral(r, kToday).ok());
  r = valid();
  r.consent = ConsentBasis::Consent;
  CHECK(validateReferral(r, kToday).ok());
}

TEST_CASE("a referral within 12 months of the last is a repeat", "[referral]") {
  const QDate previous(2023, 6, 15);
  CHECK(isRepeatReferral(previous, previous));  // the same day
  CHECK(isRepeatReferral(previous, QDate(2024, 6, 14)));
  CHECK(isRepeatReferral(previous, QDate(2024, 6, 15)));  // exactly 12 months
  CHECK_FALSE(isRepeatReferral(previous, QDate(2024, 6, 16)));
  CHECK_FALSE(isRepeatReferral(previous, QDate(2023, 6, 14)));  // "previous" is later
  CHECK_FALSE(isRepeatReferral(std::nullopt, QDate(2024, 6, 15)));
  CHECK_FALSE(isRepeatReferral(QDate(), QDate(2024, 6, 15)));
  // 12 months after a leap day ends on 28 February.
  CHECK(isRepeatReferral(QDate(2024, 2, 29), QDate(2025, 2, 28)));
  CHECK_FALSE(isRepeatReferral(QDate(2024, 2, 29), QDate(2025, 3, 1)));
}

TEST_CASE("late referrals wait for the next meeting unless urgent", "[referral]") {
  const QDate thursday(2024, 6, 13);
  CHECK(makesMeeting(QDate(2024, 6, 10), thursday, false));        // Monday: 3 working days
  CHECK(makesMeeting(QDate(2024, 6, 11), thursday, false));        // Tuesday: 2
  CHECK_FALSE(makesMeeting(QDate(2024, 6, 12), thursday, false));  // Wednesday: 1
  CHECK_FALSE(makesMeeting(thursday, thursday, false));            // the day itself
  CHECK(makesMeeting(QDate(2024, 6, 12), thursday, true));         // urgent
  CHECK(makesMeeting(thursday, thursday, true));

  // Weekends are not working days.
  const QDate monday(2024, 6, 17);
  CHECK_FALSE(makesMeeting(QDate(2024, 6, 14), monday, false));  // Friday: Monday only
  CHECK_FALSE(makesMeeting(QDate(2024, 6, 15), monday, false));  // Saturday
  CHECK_FALSE(makesMeeting(QDate(2024, 6, 16), monday, false));  // Sunday
  CHECK(makesMeeting(QDate(2024, 6, 13), monday, false));        // Thursday: Friday and Monday
  CHECK(makesMeeting(QDate(2024, 6, 14), monday, true));
  const QDate tuesday(2024, 6, 18);
  CHECK(makesMeeting(QDate(2024, 6, 16), tuesday, false));  // Sunday: Monday and Tuesday

  // A referral received after the meeting never makes it, urgent or not.
  CHECK_FALSE(makesMeeting(QDate(2024, 6, 18), monday, false));
  CHECK_FALSE(makesMeeting(QDate(2024, 6, 18), monday, true));
}

TEST_CASE("a referral is decided once, with reasons where needed", "[referral]") {
  const auto r = valid();
  CHECK(validateDecision(r, decision(ReferralDecision::Accepted), kToday).ok());
  CHECK(validateDecision(r, decision(ReferralDecision::Accepted, r.receivedOn), kToday).ok());
  CHECK(validateDecision(r, decision(ReferralDecision::Accepted, kToday), kToday).ok());

  const auto pending = validateDecision(r, decision(ReferralDecision::Pending), kToday);
  REQUIRE_FALSE(pending.ok());
  CHECK(pending.error().field == QStringLiteral("decision"));

  auto d = decision(ReferralDecision::Declined);
  CHECK(validateDecision(r, d, kToday).error().field == QStringLiteral("reason"));
  d.reason = QStringLiteral("Single-agency matter");
  CHECK(validateDecision(r, d, kToday).ok());

  d = decision(ReferralDecision::Redirected);
  d.reason = QStringLiteral("Better placed elsewhere");
  CHECK(validateDecision(r, d, kToday).error().field == QStringLiteral("redirect to"));
  d.redirectTo = r.toGroupId;
  CHECK(validateDecision(r, d, kToday).error().problem.contains(QStringLiteral("already with")));
  d.redirectTo = GroupId(2);
  CHECK(validateDecision(r, d, kToday).ok());
  d.reason.clear();
  CHECK(validateDecision(r, d, kToday).ok());  // a redirect needs no reason

  for (const QDate& bad : {QDate(2024, 5, 31), kToday.addDays(1), QDate()}) {
    INFO(bad.toString(Qt::ISODate).toStdString());
    const auto dated = validateDecision(r, decision(ReferralDecision::Accepted, bad), kToday);
    REQUIRE_FALSE(dated.ok());
    CHECK(dated.error().field == QStringLiteral("decision date"));
  }

  for (auto done : {ReferralDecision::Accepted, ReferralDecision::Declined, ReferralDecision::Redirected}) {
    auto decided = r;
    decided.decision = done;
    const auto again = validateDecision(decided, decision(ReferralDecision::Accepted), kToday);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().kind == Error::Kind::Conflict);
    CHECK(again.error().problem.contains(toKey(done)));
  }
}
