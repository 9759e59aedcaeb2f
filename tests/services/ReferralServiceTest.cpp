#include "ReferralService.h"
#include "ServiceFixture.h"

#include <catch2/catch.hpp>

using namespace casebook;
using namespace casebook::test;

namespace {

qint64 lastReferralId(TestBed& bed, const QString& reference) {
  return detail(bed, reference).referrals.back().id.value;
}

DecisionInput decide(qint64 id, ReferralDecision decision, const char* reason = "", const char* redirectTo = "") {
  return {id, decision, QString::fromLatin1(reason), QDate(), QString::fromLatin1(redirectTo)};
}

ReferralInput rereferral(const char* group, const QDate& on) {
  ReferralInput input;
  input.groupCode = QString::fromLatin1(group);
  input.receivedOn = on;
  input.reason = QStringLiteral("New incidents");
  return input;
}

EscalationInput escalation(const QString& reference) {
  return {reference, {}, QStringLiteral("Very high risk"), ReferralCriterion::Escalation, {}, {}};
}

}  // namespace

TEST_CASE("a new referral is accepted and the case opens", "[referrals]") {
  TestBed bed;
  const QString ref = createCase(bed, newCase("AARG", "Accepted Person"), false);
  CHECK(detail(bed, ref).record.status == CaseStatus::Referred);
  REQUIRE(ReferralService(bed.ctx)
              .decide({lastReferralId(bed, ref), ReferralDecision::Accepted, {}, QDate(2024, 6, 3), {}})
              .ok());
  const auto d = detail(bed, ref);
  CHECK(d.record.status == CaseStatus::Open);
  CHECK(d.groupCode == QStringLiteral("AARG"));
  CHECK(d.referrals.back().decision == ReferralDecision::Accepted);
  CHECK(d.referrals.back().decidedOn == QDate(2024, 6, 3));
  CHECK(d.events.back().kind == QStringLiteral("accepted"));
  CHECK(d.events.back().on == QDate(2024, 6, 3));
}

TEST_CASE("declining a first referral closes the case as referral declined", "[referrals]") {
  TestBed bed;
  const QString ref = createCase(bed, newCase("AARG", "Declined Person"), false);
  const QString before = snapshot(bed);
  ReferralService referrals(bed.ctx);
  CHECK_REFUSED_UNCHANGED(bed, before, referrals.decide(decide(lastReferralId(bed, ref), ReferralDecision::Declined)),
                          Error::Kind::Invalid, "reason");
  REQUIRE(referrals.decide(decide(lastReferralId(bed, ref), ReferralDecision::Declined, "Single-agency matter")).ok());
  const auto d = detail(bed, ref);
  CHECK(d.record.status == CaseStatus::Closed);
  CHECK(d.record.outcome == Outcome::ReferralDeclined);
  CHECK(d.record.closedOn == QDate(2024, 6, 15));
  CHECK(d.record.closureNote == QStringLiteral("Single-agency matter"));
  CHECK(d.referrals.back().decision == ReferralDecision::Declined);
  CHECK(d.referrals.back().decisionReason == QStringLiteral("Single-agency matter"));
  CHECK(d.events.back().kind == QStringLiteral("declined"));
}

TEST_CASE("bad decisions are refused and change nothing", "[referrals][bad-input]") {
  TestBed bed;
  const QString pending = createCase(bed, newCase("LCDG", "Pending Person"), false);
  const QString accepted = createCase(bed, newCase("LCDG", "Accepted Person"));
  const QString before = snapshot(bed);
  ReferralService referrals(bed.ctx);
  const qint64 id = lastReferralId(bed, pending);
  CHECK_REFUSED_UNCHANGED(bed, before, referrals.decide(decide(9999, ReferralDecision::Accepted)),
                          Error::Kind::NotFound, "referral");
  CHECK_REFUSED_UNCHANGED(bed, before, referrals.decide(decide(id, ReferralDecision::Pending)), Error::Kind::Invalid,
                          "decision");
  CHECK_REFUSED_UNCHANGED(bed, before, referrals.decide({id, ReferralDecision::Accepted, {}, QDate(2024, 6, 16), {}}),
                          Error::Kind::Invalid, "decision date");
  CHECK_REFUSED_UNCHANGED(bed, before, referrals.decide({id, ReferralDecision::Accepted, {}, QDate(2024, 4, 30), {}}),
                          Error::Kind::Invalid, "decision date");
  CHECK_REFUSED_UNCHANGED(bed, before, referrals.decide(decide(id, ReferralDecision::Redirected, "x")),
                          Error::Kind::Invalid, "redirect to");
  CHECK_REFUSED_UNCHANGED(bed, before, referrals.decide(decide(id, ReferralDecision::Redirected, "x", "NOPE")),
                          Error::Kind::Invalid, "redirect to");
  CHECK_REFUSED_UNCHANGED(bed, before, referrals.decide(decide(id, ReferralDecision::Redirected, "x", "LCDG")),
                          Error::Kind::Invalid, "redirect to");
  // A referral is decided once.
  CHECK_REFUSED_UNCHANGED(bed, before,
                          referrals.decide(decide(lastReferralId(bed, accepted), ReferralDecision::Declined, "x")),
                          Error::Kind::Conflict, "decision");
}

TEST_CASE("a redirected referral waits for the other group", "[referrals]") {
  TestBed bed;
  const QString ref = createCase(bed, newCase("LCDG", "Moving Person"), false);
  REQUIRE(ReferralService(bed.ctx)
              .decide(decide(lastReferralId(bed, ref), ReferralDecision::Redirected, "East side", "ledg"))
              .ok());
  auto d = detail(bed, ref);
  CHECK(d.groupCode == QStringLiteral("LEDG"));
  CHECK(d.record.status == CaseStatus::Referred);
  CHECK(d.record.reference == QStringLiteral("LCDG-2024-001"));  // the reference never changes
  REQUIRE(d.referrals.size() == 2);
  CHECK(d.referrals[0].decision == ReferralDecision::Redirected);
  CHECK(d.groupCodes.value(d.referrals[0].redirectedToGroupId->value) == QStringLiteral("LEDG"));
  const Referral& onward = d.referrals[1];
  CHECK(onward.kind == ReferralKind::Redirect);
  CHECK(onward.decision == ReferralDecision::Pending);
  CHECK(d.groupCodes.value(onward.toGroupId.value) == QStringLiteral("LEDG"));
  CHECK(d.groupCodes.value(onward.fromGroupId->value) == QStringLiteral("LCDG"));
  CHECK(onward.reason == d.referrals[0].reason);
  CHECK(d.events.back().kind == QStringLiteral("redirected"));

  REQUIRE(ReferralService(bed.ctx).decide(decide(onward.id.value, ReferralDecision::Accepted)).ok());
  d = detail(bed, ref);
  CHECK(d.record.status == CaseStatus::Open);
  CHECK(d.groupCode == QStringLiteral("LEDG"));
}

TEST_CASE("escalation to the JAG waits for the JAG, then moves the case", "[referrals][escalation]") {
  TestBed bed;
  const QString ref = createCase(bed, newCase("YJAG", "Escalated Person", 5, 4));
  ReferralService referrals(bed.ctx);
  auto escalated = referrals.escalate(escalation(ref));
  INFO(errorText(escalated));
  REQUIRE(escalated.ok());
  auto d = detail(bed, ref);
  CHECK(d.groupCode == QStringLiteral("YJAG"));  // until the JAG accepts
  CHECK(d.record.status == CaseStatus::Open);
  const Referral& r = d.referrals.back();
  CHECK(r.id == escalated.value());
  CHECK(r.kind == ReferralKind::Escalation);
  CHECK(r.decision == ReferralDecision::Pending);
  CHECK(d.groupCodes.value(r.toGroupId.value) == QStringLiteral("JAG"));
  CHECK(d.groupCodes.value(r.fromGroupId->value) == QStringLiteral("YJAG"));
  CHECK(r.referringOfficer == QStringLiteral("tester"));
  CHECK(d.events.back().kind == QStringLiteral("escalation requested"));

  const QString before = snapshot(bed);
  CHECK_REFUSED_UNCHANGED(bed, before, referrals.escalate(escalation(ref)), Error::Kind::Conflict, "case");

  REQUIRE(referrals.decide(decide(escalated->value, ReferralDecision::Accepted)).ok());
  d = detail(bed, ref);
  CHECK(d.groupCode == QStringLiteral("JAG"));
  CHECK(d.record.status == CaseStatus::Open);
  CHECK(d.record.reference == ref);
  CHECK(d.events.back().kind == QStringLiteral("moved"));
  CHECK(d.events.back().detail == QStringLiteral("escalation"));
  CHECK(d.groupCodes.value(d.events.back().groupId->value) == QStringLiteral("JAG"));
}

TEST_CASE("a declined escalation leaves the case with its sub-group", "[referrals][escalation]") {
  TestBed bed;
  const QString ref = createCase(bed, newCase("LEDG", "Kept Person", 4, 4));
  auto escalated = ReferralService(bed.ctx).escalate(escalation(ref));
  REQUIRE(escalated.ok());
  REQUIRE(
      ReferralService(bed.ctx).decide(decide(escalated->value, ReferralDecision::Declined, "Manageable in LEDG")).ok());
  const auto d = detail(bed, ref);
  CHECK(d.groupCode == QStringLiteral("LEDG"));
  CHECK(d.record.status == CaseStatus::Open);
  CHECK_FALSE(d.record.outcome.has_value());
}

TEST_CASE("an escalation the JAG has not decided can be withdrawn", "[referrals][escalation][undo]") {
  TestBed bed;
  const QString ref = createCase(bed, newCase("YJAG", "Withdrawn Person", 5, 4));
  const QString before = snapshot(bed);
  ReferralService referrals(bed.ctx);
  auto escalated = referrals.escalate(escalation(ref));
  REQUIRE(escalated.ok());
  REQUIRE(referrals.withdrawEscalation(escalated.value()).ok());
  const auto d = detail(bed, ref);
  CHECK(d.referrals.size() == 1);  // only the first referral is left
  CHECK(d.groupCode == QStringLiteral("YJAG"));
  CHECK(d.events.back().kind == QStringLiteral("escalation withdrawn"));
  CHECK(snapshot(bed) != before);  // the history keeps the note

  // It can be escalated again, and once the JAG decides, no longer withdrawn.
  auto again = referrals.escalate(escalation(ref));
  REQUIRE(again.ok());
  REQUIRE(referrals.decide(decide(again->value, ReferralDecision::Accepted)).ok());
  const QString decided = snapshot(bed);
  CHECK_REFUSED_UNCHANGED(bed, decided, referrals.withdrawEscalation(again.value()), Error::Kind::Conflict, "referral");
  CHECK_REFUSED_UNCHANGED(bed, decided, referrals.withdrawEscalation(detail(bed, ref).referrals.front().id),
                          Error::Kind::NotFound, "referral");  // a new referral is not an escalation
  CHECK_REFUSED_UNCHANGED(bed, decided, referrals.withdrawEscalation(ReferralId(999)), Error::Kind::NotFound,
                          "referral");
}

TEST_CASE("what cannot be escalated is refused and changes nothing", "[referrals][escalation][bad-input]") {
  TestBed bed;
  const QString jag = createCase(bed, newCase("JAG", "Top Person"));
  const QString referred = createCase(bed, newCase("YJAG", "Undecided Person"), false);
  const QString closed = createCase(bed, newCase("YJAG", "Closed Person"));
  REQUIRE(CaseService(bed.ctx).close(closed, {Outcome::RiskReduced, {}, {}, {}, {}}).ok());
  const QString open = createCase(bed, newCase("YJAG", "Open Person"));
  const QString before = snapshot(bed);
  ReferralService referrals(bed.ctx);
  CHECK_REFUSED_UNCHANGED(bed, before, referrals.escalate(escalation(jag)), Error::Kind::Conflict, "group");
  CHECK_REFUSED_UNCHANGED(bed, before, referrals.escalate(escalation(referred)), Error::Kind::Conflict, "status");
  CHECK_REFUSED_UNCHANGED(bed, before, referrals.escalate(escalation(closed)), Error::Kind::Conflict, "status");
  CHECK_REFUSED_UNCHANGED(bed, before, referrals.escalate(escalation(QStringLiteral("YJAG-2024-404"))),
                          Error::Kind::NotFound, "case");
  auto noConcern = escalation(open);
  noConcern.criterion = ReferralCriterion::ProfessionalJudgement;
  CHECK_REFUSED_UNCHANGED(bed, before, referrals.escalate(noConcern), Error::Kind::Invalid, "concern");
  auto future = escalation(open);
  future.on = QDate(2024, 6, 16);
  CHECK_REFUSED_UNCHANGED(bed, before, referrals.escalate(future), Error::Kind::Invalid, "referral date");
  auto noReason = escalation(open);
  noReason.reason.clear();
  CHECK_REFUSED_UNCHANGED(bed, before, referrals.escalate(noReason), Error::Kind::Invalid, "reason");
}

TEST_CASE("stepping down returns a JAG case to the group it came from, or to another sub-group",
          "[referrals][escalation]") {
  TestBed bed;
  const QString ref = createCase(bed, newCase("YJAG", "Stepped Person", 5, 4));
  ReferralService referrals(bed.ctx);
  auto input = escalation(ref);
  input.on = QDate(2024, 6, 10);
  auto escalated = referrals.escalate(input);
  REQUIRE(escalated.ok());
  REQUIRE(referrals.decide(decide(escalated->value, ReferralDecision::Accepted)).ok());
  REQUIRE(
      DirectoryService(bed.ctx).addGroup({QStringLiteral("PZ"), QStringLiteral("People Zone"), {}, false, 42}).ok());

  const QString atJag = snapshot(bed);
  CHECK_REFUSED_UNCHANGED(bed, atJag, referrals.stepDown({ref, QStringLiteral("PZ"), {}, QStringLiteral("x")}),
                          Error::Kind::Invalid, "to");  // not a sub-group of the JAG
  CHECK_REFUSED_UNCHANGED(bed, atJag, referrals.stepDown({ref, QStringLiteral("JAG"), {}, QStringLiteral("x")}),
                          Error::Kind::Invalid, "to");
  CHECK_REFUSED_UNCHANGED(bed, atJag, referrals.stepDown({ref, QStringLiteral("NOPE"), {}, QStringLiteral("x")}),
                          Error::Kind::Invalid, "to");
  CHECK_REFUSED_UNCHANGED(bed, atJag, referrals.stepDown({ref, {}, {}, QStringLiteral("  ")}), Error::Kind::Invalid,
                          "reason");

  SECTION("by default, back to the escalating group") {
    REQUIRE(referrals.stepDown({ref, {}, {}, QStringLiteral("Risk reduced")}).ok());
    const auto d = detail(bed, ref);
    CHECK(d.groupCode == QStringLiteral("YJAG"));
    CHECK(d.record.status == CaseStatus::Open);
    const Referral& r = d.referrals.back();
    CHECK(r.kind == ReferralKind::StepDown);
    CHECK(r.decision == ReferralDecision::Accepted);
    CHECK(d.groupCodes.value(r.fromGroupId->value) == QStringLiteral("JAG"));
    CHECK(d.events.back().kind == QStringLiteral("moved"));
    CHECK(d.events.back().detail == QStringLiteral("step_down"));
  }
  SECTION("explicitly, to another sub-group of the JAG") {
    REQUIRE(referrals.stepDown({ref, QStringLiteral("LEDG"), QDate(2024, 6, 14), QStringLiteral("Moved east")}).ok());
    const auto d = detail(bed, ref);
    CHECK(d.groupCode == QStringLiteral("LEDG"));
    CHECK(d.referrals.back().receivedOn == QDate(2024, 6, 14));
    CHECK(d.referrals.back().decidedOn == QDate(2024, 6, 14));
  }
}

TEST_CASE("a case that was never escalated, or is not with the JAG, cannot be stepped down by default",
          "[referrals][escalation][bad-input]") {
  TestBed bed;
  const QString jagCase = createCase(bed, newCase("JAG", "Direct Person"));
  const QString subCase = createCase(bed, newCase("YJAG", "Sub Person"));
  const QString before = snapshot(bed);
  ReferralService referrals(bed.ctx);
  CHECK_REFUSED_UNCHANGED(bed, before, referrals.stepDown({jagCase, {}, {}, QStringLiteral("x")}), Error::Kind::Invalid,
                          "to");
  CHECK(referrals.stepDown({jagCase, {}, {}, QStringLiteral("x")})
            .error()
            .problem.contains(QStringLiteral("never escalated")));
  CHECK_REFUSED_UNCHANGED(bed, before, referrals.stepDown({subCase, QStringLiteral("LEDG"), {}, QStringLiteral("x")}),
                          Error::Kind::Invalid, "to");
  // A JAG case referred directly may still be stepped down to a named sub-group.
  CHECK(referrals.stepDown({jagCase, QStringLiteral("AARG"), {}, QStringLiteral("Adult safeguarding lead")}).ok());
  CHECK(detail(bed, jagCase).groupCode == QStringLiteral("AARG"));
}

TEST_CASE("a closed case referred again within 12 months is a repeat, and reopens when accepted", "[referrals]") {
  TestBed bed;
  const QString ref = createCase(bed, newCase("LEDG", "Returning Person"));  // first referral 2024-05-01
  REQUIRE(CaseService(bed.ctx).close(ref, {Outcome::RiskReduced, {}, {}, QDate(2024, 5, 20), {}}).ok());
  auto id = ReferralService(bed.ctx).refer(ref, rereferral("LEDG", QDate(2024, 6, 10)));
  REQUIRE(id.ok());
  auto d = detail(bed, ref);
  CHECK(d.referrals.back().repeat);
  CHECK(d.referrals.back().criterion == ReferralCriterion::Repeat);
  CHECK_FALSE(d.referrals.back().fromGroupId.has_value());
  CHECK(d.record.status == CaseStatus::Closed);  // until the group accepts

  const QString before = snapshot(bed);
  CHECK_REFUSED_UNCHANGED(bed, before, ReferralService(bed.ctx).refer(ref, rereferral("LEDG", QDate(2024, 6, 11))),
                          Error::Kind::Conflict, "case");  // one pending referral at a time

  REQUIRE(ReferralService(bed.ctx).decide(decide(id->value, ReferralDecision::Accepted)).ok());
  d = detail(bed, ref);
  CHECK(d.record.status == CaseStatus::Open);
  CHECK_FALSE(d.record.outcome.has_value());
  CHECK_FALSE(d.record.closedOn.has_value());
  CHECK(d.events.back().kind == QStringLiteral("reopened"));

  // An active case cannot be referred to the group that already has it.
  const QString open = snapshot(bed);
  CHECK_REFUSED_UNCHANGED(bed, open, ReferralService(bed.ctx).refer(ref, rereferral("LEDG", QDate(2024, 6, 12))),
                          Error::Kind::Conflict, "group");
  CHECK_REFUSED_UNCHANGED(bed, open, ReferralService(bed.ctx).refer(ref, rereferral("NOPE", QDate(2024, 6, 12))),
                          Error::Kind::Invalid, "group");
  CHECK_REFUSED_UNCHANGED(
      bed, open,
      ReferralService(bed.ctx).refer(QStringLiteral("LEDG-2024-404"), rereferral("LEDG", QDate(2024, 6, 12))),
      Error::Kind::NotFound, "case");
}

TEST_CASE("a re-referral more than 12 months after the last is not a repeat", "[referrals]") {
  TestBed bed(QDate(2025, 6, 1));
  const QString ref = createCase(bed, newCase("LEDG", "Long Gap"));  // referred 2024-05-01
  REQUIRE(CaseService(bed.ctx).close(ref, {Outcome::RiskReduced, {}, {}, QDate(2024, 9, 1), {}}).ok());
  SECTION("exactly 12 months later: a repeat") {
    REQUIRE(ReferralService(bed.ctx).refer(ref, rereferral("LEDG", QDate(2025, 5, 1))).ok());
    CHECK(detail(bed, ref).referrals.back().repeat);
  }
  SECTION("a day more: not a repeat") {
    REQUIRE(ReferralService(bed.ctx).refer(ref, rereferral("LEDG", QDate(2025, 5, 2))).ok());
    const auto r = detail(bed, ref).referrals.back();
    CHECK_FALSE(r.repeat);
    CHECK(r.criterion == ReferralCriterion::VisibleHighRisk);
  }
}

TEST_CASE("an open case referred to another group moves there when accepted", "[referrals]") {
  TestBed bed;
  const QString ref = createCase(bed, newCase("AARG", "Moving Person"));
  auto id = ReferralService(bed.ctx).refer(ref, rereferral("LEDG", QDate(2024, 6, 10)));
  REQUIRE(id.ok());
  auto d = detail(bed, ref);
  CHECK(d.groupCode == QStringLiteral("AARG"));
  CHECK(d.groupCodes.value(d.referrals.back().fromGroupId->value) == QStringLiteral("AARG"));
  CHECK(d.referrals.back().repeat);  // the same subject, referred on 1 May
  REQUIRE(ReferralService(bed.ctx).decide(decide(id->value, ReferralDecision::Accepted)).ok());
  d = detail(bed, ref);
  CHECK(d.groupCode == QStringLiteral("LEDG"));
  CHECK(d.events.back().kind == QStringLiteral("moved"));
}
