#include "ReferralService.h"
#include "ServiceFixture.h"

#include <catch2/catch.hpp>

using namespace casebook;
using casebook::test::newCase;
using casebook::test::snapshot;

namespace {
qint64 lastReferralId(TestBed& bed, const char* reference) {
  return CaseReader(bed.ctx).get(QString::fromLatin1(reference))->referrals.back().id.value;
}
CaseDetail detail(TestBed& bed, const char* reference) { return CaseReader(bed.ctx).get(QString::fromLatin1(reference)).value(); }
}  // namespace

TEST_CASE("accepting a referral opens the case; declining the first closes it", "[referrals]") {
  TestBed bed;
  REQUIRE(CaseService(bed.ctx).create(newCase("AARG", "Accepted Person")).ok());
  REQUIRE(CaseService(bed.ctx).create(newCase("AARG", "Declined Person")).ok());
  REQUIRE(ReferralService(bed.ctx).decide({lastReferralId(bed, "AARG-2024-001"), ReferralDecision::Accepted, {}, {}, {}}).ok());
  CHECK(detail(bed, "AARG-2024-001").record.status == CaseStatus::Open);
  auto decline = ReferralService(bed.ctx).decide({lastReferralId(bed, "AARG-2024-002"), ReferralDecision::Declined, {}, {}, {}});
  CHECK(decline.error().field == QStringLiteral("reason"));
  REQUIRE(ReferralService(bed.ctx).decide({lastReferralId(bed, "AARG-2024-002"), ReferralDecision::Declined,
                                           QStringLiteral("Single-agency matter"), {}, {}}).ok());
  const auto declined = detail(bed, "AARG-2024-002");
  CHECK(declined.record.status == CaseStatus::Closed);
  CHECK(declined.record.outcome == Outcome::ReferralDeclined);
  // A referral is decided once.
  const QString before = snapshot(bed);
  auto again = ReferralService(bed.ctx).decide({lastReferralId(bed, "AARG-2024-001"), ReferralDecision::Declined,
                                                QStringLiteral("x"), {}, {}});
  CHECK(again.error().kind == Error::Kind::Conflict);
  CHECK(snapshot(bed) == before);
}

TEST_CASE("a redirected referral waits for the other group", "[referrals]") {
  TestBed bed;
  REQUIRE(CaseService(bed.ctx).create(newCase("LCDG", "Moving Person")).ok());
  REQUIRE(ReferralService(bed.ctx).decide({lastReferralId(bed, "LCDG-2024-001"), ReferralDecision::Redirected,
                                           QStringLiteral("East side"), {}, QStringLiteral("LEDG")}).ok());
  auto d = detail(bed, "LCDG-2024-001");
  CHECK(d.groupCode == QStringLiteral("LEDG"));
  CHECK(d.record.status == CaseStatus::Referred);
  REQUIRE(d.referrals.size() == 2);
  CHECK(d.referrals.back().kind == ReferralKind::Redirect);
  CHECK(d.referrals.back().decision == ReferralDecision::Pending);
  REQUIRE(ReferralService(bed.ctx).decide({d.referrals.back().id.value, ReferralDecision::Accepted, {}, {}, {}}).ok());
  CHECK(detail(bed, "LCDG-2024-001").record.status == CaseStatus::Open);
}

TEST_CASE("escalation to the JAG and stepping down", "[referrals][escalation]") {
  TestBed bed;
  auto input = newCase("YJAG", "Escalated Person", 5, 4);
  input.acceptNow = true;
  REQUIRE(CaseService(bed.ctx).create(input).ok());
  auto escalation = ReferralService(bed.ctx).escalate({QStringLiteral("YJAG-2024-001"), {}, QStringLiteral("Very high risk"),
                                                       ReferralCriterion::Escalation, {}, {}});
  REQUIRE(escalation.ok());
  CHECK(detail(bed, "YJAG-2024-001").groupCode == QStringLiteral("YJAG"));  // until the JAG accepts
  auto twice = ReferralService(bed.ctx).escalate({QStringLiteral("YJAG-2024-001"), {}, QStringLiteral("again"),
                                                  ReferralCriterion::Escalation, {}, {}});
  CHECK(twice.error().kind == Error::Kind::Conflict);
  REQUIRE(ReferralService(bed.ctx).decide({escalation->value, ReferralDecision::Accepted, {}, {}, {}}).ok());
  auto d = detail(bed, "YJAG-2024-001");
  CHECK(d.groupCode == QStringLiteral("JAG"));
  CHECK(d.events.back().kind == QStringLiteral("moved"));
  // The JAG has no parent to escalate to.
  CHECK(ReferralService(bed.ctx).escalate({QStringLiteral("YJAG-2024-001"), {}, QStringLiteral("x"),
                                           ReferralCriterion::Escalation, {}, {}}).error().field == QStringLiteral("group"));
  // Stepping down to a group that is not a sub-group of the JAG's is refused...
  REQUIRE(DirectoryService(bed.ctx).addGroup({QStringLiteral("PZ"), QStringLiteral("People Zone"), {}, false, 42}).ok());
  CHECK(ReferralService(bed.ctx).stepDown({QStringLiteral("YJAG-2024-001"), QStringLiteral("PZ"), {}, QStringLiteral("x")})
            .error().field == QStringLiteral("to"));
  // ... and by default it returns to the group it came from.
  REQUIRE(ReferralService(bed.ctx).stepDown({QStringLiteral("YJAG-2024-001"), {}, {}, QStringLiteral("Risk reduced")}).ok());
  d = detail(bed, "YJAG-2024-001");
  CHECK(d.groupCode == QStringLiteral("YJAG"));
  CHECK(d.referrals.back().kind == ReferralKind::StepDown);
  CHECK(d.referrals.back().decision == ReferralDecision::Accepted);
}

TEST_CASE("a closed case referred again is a repeat and reopens when accepted", "[referrals]") {
  TestBed bed;
  auto input = newCase("LEDG", "Returning Person");
  input.acceptNow = true;
  REQUIRE(CaseService(bed.ctx).create(input).ok());
  REQUIRE(CaseService(bed.ctx).close(QStringLiteral("LEDG-2024-001"), {Outcome::RiskReduced, {}, {}, QDate(2024, 5, 20), {}}).ok());
  ReferralInput again;
  again.groupCode = QStringLiteral("LEDG");
  again.receivedOn = QDate(2024, 6, 10);
  again.reason = QStringLiteral("New incidents");
  auto id = ReferralService(bed.ctx).refer(QStringLiteral("LEDG-2024-001"), again);
  REQUIRE(id.ok());
  auto d = detail(bed, "LEDG-2024-001");
  CHECK(d.referrals.back().repeat);
  CHECK(d.referrals.back().criterion == ReferralCriterion::Repeat);
  CHECK(d.record.status == CaseStatus::Closed);
  REQUIRE(ReferralService(bed.ctx).decide({id->value, ReferralDecision::Accepted, {}, {}, {}}).ok());
  d = detail(bed, "LEDG-2024-001");
  CHECK(d.record.status == CaseStatus::Open);
  CHECK_FALSE(d.record.outcome.has_value());
  // An active case cannot be referred to the group that already has it.
  CHECK(ReferralService(bed.ctx).refer(QStringLiteral("LEDG-2024-001"), again).error().kind == Error::Kind::Conflict);
}
