#include "Case.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>

using namespace casebook;

namespace {
ClosureRequest closing(std::optional<Outcome> outcome) {
  ClosureRequest r;
  r.outcome = outcome;
  r.closedOn = QDate(2024, 6, 1);
  return r;
}
const QDate kOpened(2024, 1, 10);
const QDate kToday(2024, 6, 15);
}  // namespace

TEST_CASE("a closed case must have an outcome", "[case]") {
  CHECK(validateClosure(CaseStatus::Open, closing(Outcome::RiskReduced), kOpened, kToday).ok());
  auto none = validateClosure(CaseStatus::Open, closing(std::nullopt), kOpened, kToday);
  REQUIRE_FALSE(none.ok());
  CHECK(none.error().field == QStringLiteral("outcome"));
  CHECK(none.error().fix.contains(QStringLiteral("risk_reduced")));
  CHECK(validateClosure(CaseStatus::Closed, closing(Outcome::RiskReduced), kOpened, kToday).error().kind ==
        Error::Kind::Conflict);
}

TEST_CASE("a transfer names the forum", "[case]") {
  auto transfer = closing(Outcome::TransferredToOtherForum);
  CHECK(validateClosure(CaseStatus::Open, transfer, kOpened, kToday).error().field == QStringLiteral("forum"));
  transfer.transferredTo = Forum::Marac;
  CHECK(validateClosure(CaseStatus::Open, transfer, kOpened, kToday).ok());
}

TEST_CASE("closing dates fall between opening and today", "[case]") {
  auto r = closing(Outcome::Rehoused);
  r.closedOn = kToday.addDays(1);
  CHECK_FALSE(validateClosure(CaseStatus::Open, r, kOpened, kToday).ok());
  r.closedOn = kOpened.addDays(-1);
  CHECK(validateClosure(CaseStatus::Open, r, kOpened, kToday).error().problem.contains(QStringLiteral("before")));
}

TEST_CASE("groups that require it need a chair's approval to close", "[case]") {
  auto r = closing(Outcome::RiskReduced);
  r.groupRequiresApproval = true;
  CHECK(validateClosure(CaseStatus::Open, r, kOpened, kToday).error().field == QStringLiteral("approved by"));
  r.approvedBy = MemberId(7);
  CHECK(validateClosure(CaseStatus::Open, r, kOpened, kToday).error().problem.contains(QStringLiteral("not a chair")));
  r.approverChairsGroup = true;
  CHECK(validateClosure(CaseStatus::Open, r, kOpened, kToday).ok());
}

TEST_CASE("status changes", "[case]") {
  CHECK(validateStatusChange(CaseStatus::Open, CaseStatus::Monitoring).ok());
  CHECK(validateStatusChange(CaseStatus::Monitoring, CaseStatus::Open).ok());
  CHECK_FALSE(validateStatusChange(CaseStatus::Open, CaseStatus::Closed).ok());
  CHECK_FALSE(validateStatusChange(CaseStatus::Open, CaseStatus::Referred).ok());
  CHECK_FALSE(validateStatusChange(CaseStatus::Referred, CaseStatus::Open).ok());
  CHECK_FALSE(validateStatusChange(CaseStatus::Closed, CaseStatus::Open).ok());
}

TEST_CASE("a subject open in more than one group is flagged", "[case]") {
  const GroupId yjag(3), aarg(2);
  CHECK_FALSE(isOpenInSeveralGroups({{yjag, CaseStatus::Open}}));
  CHECK(isOpenInSeveralGroups({{yjag, CaseStatus::Open}, {aarg, CaseStatus::Monitoring}}));
  CHECK(isOpenInSeveralGroups({{yjag, CaseStatus::Referred}, {aarg, CaseStatus::Open}}));
  CHECK_FALSE(isOpenInSeveralGroups({{yjag, CaseStatus::Open}, {aarg, CaseStatus::Closed}}));
  CHECK_FALSE(isOpenInSeveralGroups({{yjag, CaseStatus::Open}, {yjag, CaseStatus::Open}}));
}

TEST_CASE("case references read GROUP-YEAR-NNN", "[case]") {
  CHECK(formatCaseReference(QStringLiteral("YJAG"), 2024, 17) == QStringLiteral("YJAG-2024-017"));
  CHECK(formatCaseReference(QStringLiteral("JAG"), 2025, 1234) == QStringLiteral("JAG-2025-1234"));
  CHECK(isWellFormedReference(QStringLiteral("LEDG-2024-001")));
  CHECK_FALSE(isWellFormedReference(QStringLiteral("ledg-2024-001")));
  CHECK_FALSE(isWellFormedReference(QStringLiteral("LEDG-24-001")));
  CHECK_FALSE(isWellFormedReference(QStringLiteral("LEDG-2024-1")));
}
