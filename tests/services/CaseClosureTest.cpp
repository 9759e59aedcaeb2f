#include "ServiceFixture.h"

#include <catch2/catch.hpp>

using namespace casebook;
using namespace casebook::test;

TEST_CASE("closing needs an outcome, a forum for transfers, and a sensible date", "[cases][closing]") {
  TestBed bed;
  const QString ref = createCase(bed, newCase("LEDG", "Closing Person"));
  const QString before = snapshot(bed);
  CaseService cases(bed.ctx);
  CHECK_REFUSED_UNCHANGED(bed, before, cases.close(ref, {}), Error::Kind::Invalid, "outcome");
  CHECK_REFUSED_UNCHANGED(bed, before, cases.close(ref, {Outcome::TransferredToOtherForum, {}, {}, {}, {}}),
                          Error::Kind::Invalid, "forum");
  CHECK_REFUSED_UNCHANGED(bed, before, cases.close(ref, {Outcome::RiskReduced, {}, {}, QDate(2024, 6, 16), {}}),
                          Error::Kind::Invalid, "closed on");
  CHECK_REFUSED_UNCHANGED(bed, before, cases.close(ref, {Outcome::RiskReduced, {}, {}, QDate(2024, 4, 30), {}}),
                          Error::Kind::Invalid, "closed on");
  CHECK_REFUSED_UNCHANGED(bed, before, cases.close(ref, {Outcome::RiskReduced, {}, {}, {}, QStringLiteral("Nobody")}),
                          Error::Kind::Invalid, "approved by");
  CHECK_REFUSED_UNCHANGED(bed, before,
                          cases.close(QStringLiteral("LEDG-2024-999"), {Outcome::RiskReduced, {}, {}, {}, {}}),
                          Error::Kind::NotFound, "case");

  const CloseInput transfer{Outcome::TransferredToOtherForum, Forum::Marac, QStringLiteral("High-risk DA"),
                            QDate(2024, 6, 10), {}};
  REQUIRE(cases.close(ref, transfer).ok());
  const auto d = detail(bed, ref);
  CHECK(d.record.status == CaseStatus::Closed);
  CHECK(d.record.outcome == Outcome::TransferredToOtherForum);
  CHECK(d.record.transferredTo == Forum::Marac);
  CHECK(d.record.closedOn == QDate(2024, 6, 10));
  CHECK(d.record.closureNote == QStringLiteral("High-risk DA"));
  CHECK(d.events.back().kind == QStringLiteral("closed"));
  CHECK(d.events.back().detail == QStringLiteral("transferred: High-risk DA"));
  CHECK_FALSE(d.reviewOverdue);  // closed cases are never overdue

  const QString closed = snapshot(bed);
  CHECK_REFUSED_UNCHANGED(bed, closed, cases.close(ref, {Outcome::RiskReduced, {}, {}, {}, {}}), Error::Kind::Conflict,
                          "status");
}

TEST_CASE("closing a JAG case needs a chair's approval", "[cases][closing]") {
  TestBed bed;
  const QString ref = createCase(bed, newCase("JAG", "Closing Person"));
  addMember(bed, "Chair Person", "JAG", MembershipRole::Chair, "POL");
  addMember(bed, "Vice Person", "JAG", MembershipRole::ViceChair);
  addMember(bed, "Plain Member", "JAG", MembershipRole::Member);
  addMember(bed, "Other Chair", "YJAG", MembershipRole::Chair);
  const QString before = snapshot(bed);
  CaseService cases(bed.ctx);
  CloseInput close{Outcome::EngagedWithSupport, {}, QStringLiteral("Engaged"), {}, {}};
  CHECK_REFUSED_UNCHANGED(bed, before, cases.close(ref, close), Error::Kind::Invalid, "approved by");
  close.approvedBy = QStringLiteral("Plain Member");
  CHECK_REFUSED_UNCHANGED(bed, before, cases.close(ref, close), Error::Kind::Invalid, "approved by");
  CHECK(cases.close(ref, close).error().problem.contains(QStringLiteral("not a chair")));
  close.approvedBy = QStringLiteral("Other Chair");  // chairs another group
  CHECK_REFUSED_UNCHANGED(bed, before, cases.close(ref, close), Error::Kind::Invalid, "approved by");

  close.approvedBy = QStringLiteral("chair person");
  REQUIRE(cases.close(ref, close).ok());
  auto d = detail(bed, ref);
  CHECK(d.record.status == CaseStatus::Closed);
  CHECK(d.record.outcome == Outcome::EngagedWithSupport);
  CHECK(d.record.closedOn == QDate(2024, 6, 15));
  CHECK(d.closureApprovedByName == QStringLiteral("Chair Person"));

  // A vice chair may approve too.
  const QString second = createCase(bed, newCase("JAG", "Second Closing"));
  close.approvedBy = QStringLiteral("Vice Person");
  CHECK(cases.close(second, close).ok());
}

TEST_CASE("a closed case reopens with a reason", "[cases][closing]") {
  TestBed bed;
  const QString ref = createCase(bed, newCase("LEDG", "Reopened Person"));
  CaseService cases(bed.ctx);
  const QString open = snapshot(bed);
  CHECK_REFUSED_UNCHANGED(bed, open, cases.reopen(ref, QStringLiteral("x")), Error::Kind::Conflict, "status");
  REQUIRE(cases.close(ref, {Outcome::Enforcement, {}, QStringLiteral("CBO granted"), {}, {}}).ok());
  const QString closed = snapshot(bed);
  CHECK_REFUSED_UNCHANGED(bed, closed, cases.reopen(ref, QStringLiteral("  ")), Error::Kind::Invalid, "reason");
  CHECK_REFUSED_UNCHANGED(bed, closed, cases.reopen(QStringLiteral("LEDG-2024-404"), QStringLiteral("x")),
                          Error::Kind::NotFound, "case");
  REQUIRE(cases.reopen(ref, QStringLiteral("Breached the order")).ok());
  const auto d = detail(bed, ref);
  CHECK(d.record.status == CaseStatus::Open);
  CHECK_FALSE(d.record.outcome.has_value());
  CHECK_FALSE(d.record.closedOn.has_value());
  CHECK(d.record.closureNote.isEmpty());
  CHECK(d.events.back().kind == QStringLiteral("reopened"));
  CHECK(d.events.back().detail == QStringLiteral("Breached the order"));
}
