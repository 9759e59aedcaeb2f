#include "Case.h"
#include "Note.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>

using namespace casebook;

namespace {

const QDate kOpened(2024, 1, 10);
const QDate kToday(2024, 6, 15);

ClosureRequest closing(std::optional<Outcome> outcome) {
  ClosureRequest r;
  r.outcome = outcome;
  r.closedOn = QDate(2024, 6, 1);
  return r;
}

Status close(const ClosureRequest& request, CaseStatus from = CaseStatus::Open) {
  return validateClosure(from, request, kOpened, kToday);
}

}  // namespace

TEST_CASE("a closed case must have an outcome", "[case]") {
  CHECK(close(closing(Outcome::RiskReduced)).ok());
  CHECK(close(closing(Outcome::Deceased), CaseStatus::Monitoring).ok());
  CHECK(close(closing(Outcome::Duplicate), CaseStatus::Referred).ok());
  const auto none = close(closing(std::nullopt));
  REQUIRE_FALSE(none.ok());
  CHECK(none.error().kind == Error::Kind::Invalid);
  CHECK(none.error().field == QStringLiteral("outcome"));
  CHECK(none.error().fix.contains(QStringLiteral("risk_reduced")));
  CHECK(none.error().fix.contains(QStringLiteral("transferred")));
}

TEST_CASE("a closed case cannot be closed again", "[case]") {
  const auto again = close(closing(Outcome::RiskReduced), CaseStatus::Closed);
  REQUIRE_FALSE(again.ok());
  CHECK(again.error().kind == Error::Kind::Conflict);
  CHECK(again.error().field == QStringLiteral("status"));
}

TEST_CASE("a transfer names the forum", "[case]") {
  auto transfer = closing(Outcome::TransferredToOtherForum);
  const auto noForum = close(transfer);
  REQUIRE_FALSE(noForum.ok());
  CHECK(noForum.error().field == QStringLiteral("forum"));
  CHECK(noForum.error().fix.contains(QStringLiteral("marac")));
  for (auto forum : {Forum::Marac, Forum::Mappa, Forum::Channel, Forum::Mash, Forum::AdultSafeguarding,
                     Forum::ChildSafeguarding, Forum::Other}) {
    transfer.transferredTo = forum;
    CHECK(close(transfer).ok());
  }
}

TEST_CASE("closing dates fall between opening and today", "[case]") {
  auto r = closing(Outcome::Rehoused);
  r.closedOn = kToday;
  CHECK(close(r).ok());
  r.closedOn = kOpened;  // closed on the day it opened
  CHECK(close(r).ok());
  r.closedOn = kToday.addDays(1);
  const auto future = close(r);
  REQUIRE_FALSE(future.ok());
  CHECK(future.error().field == QStringLiteral("closed on"));
  r.closedOn = kOpened.addDays(-1);
  const auto early = close(r);
  REQUIRE_FALSE(early.ok());
  CHECK(early.error().field == QStringLiteral("closed on"));
  CHECK(early.error().problem.contains(QStringLiteral("before the case was opened on 2024-01-10")));
  r.closedOn = QDate();
  CHECK(close(r).error().field == QStringLiteral("closed on"));
}

TEST_CASE("groups that require it need a chair's approval to close", "[case]") {
  auto r = closing(Outcome::RiskReduced);
  r.groupRequiresApproval = true;
  const auto missing = close(r);
  REQUIRE_FALSE(missing.ok());
  CHECK(missing.error().kind == Error::Kind::Invalid);
  CHECK(missing.error().field == QStringLiteral("approved by"));
  CHECK(missing.error().problem.contains(QStringLiteral("chair's approval")));
  r.approvedBy = MemberId(7);
  const auto notChair = close(r);
  REQUIRE_FALSE(notChair.ok());
  CHECK(notChair.error().field == QStringLiteral("approved by"));
  CHECK(notChair.error().problem.contains(QStringLiteral("not a chair")));
  r.approverChairsGroup = true;
  CHECK(close(r).ok());

  // Groups that do not require approval close without it.
  auto plain = closing(Outcome::RiskReduced);
  CHECK(close(plain).ok());
}

TEST_CASE("status changes: open and monitoring swap, closing and referral have their own paths", "[case]") {
  CHECK(validateStatusChange(CaseStatus::Open, CaseStatus::Monitoring).ok());
  CHECK(validateStatusChange(CaseStatus::Monitoring, CaseStatus::Open).ok());
  CHECK(validateStatusChange(CaseStatus::Open, CaseStatus::Open).ok());
  CHECK(validateStatusChange(CaseStatus::Closed, CaseStatus::Closed).ok());

  const auto toClosed = validateStatusChange(CaseStatus::Open, CaseStatus::Closed);
  REQUIRE_FALSE(toClosed.ok());
  CHECK(toClosed.error().kind == Error::Kind::Invalid);
  CHECK(toClosed.error().problem.contains(QStringLiteral("outcome")));
  CHECK(validateStatusChange(CaseStatus::Monitoring, CaseStatus::Closed).error().kind == Error::Kind::Invalid);

  CHECK(validateStatusChange(CaseStatus::Open, CaseStatus::Referred).error().kind == Error::Kind::Invalid);
  CHECK(validateStatusChange(CaseStatus::Closed, CaseStatus::Referred).error().kind == Error::Kind::Invalid);

  const auto undecided = validateStatusChange(CaseStatus::Referred, CaseStatus::Open);
  REQUIRE_FALSE(undecided.ok());
  CHECK(undecided.error().kind == Error::Kind::Conflict);
  CHECK(undecided.error().fix.contains(QStringLiteral("Accept")));
  CHECK(validateStatusChange(CaseStatus::Referred, CaseStatus::Monitoring).error().kind == Error::Kind::Conflict);

  const auto closed = validateStatusChange(CaseStatus::Closed, CaseStatus::Open);
  REQUIRE_FALSE(closed.ok());
  CHECK(closed.error().kind == Error::Kind::Conflict);
  CHECK(closed.error().fix.contains(QStringLiteral("Reopen")));
  CHECK(validateStatusChange(CaseStatus::Closed, CaseStatus::Monitoring).error().kind == Error::Kind::Conflict);
}

TEST_CASE("only closed cases are inactive", "[case]") {
  CHECK(isActive(CaseStatus::Referred));
  CHECK(isActive(CaseStatus::Open));
  CHECK(isActive(CaseStatus::Monitoring));
  CHECK_FALSE(isActive(CaseStatus::Closed));
}

TEST_CASE("a subject open in more than one group is flagged", "[case]") {
  const GroupId jag(1), aarg(2), yjag(3);
  CHECK_FALSE(isOpenInSeveralGroups({}));
  CHECK_FALSE(isOpenInSeveralGroups({{yjag, CaseStatus::Open}}));
  CHECK(isOpenInSeveralGroups({{yjag, CaseStatus::Open}, {aarg, CaseStatus::Monitoring}}));
  CHECK(isOpenInSeveralGroups({{yjag, CaseStatus::Referred}, {aarg, CaseStatus::Open}}));
  // Closed cases do not count.
  CHECK_FALSE(isOpenInSeveralGroups({{yjag, CaseStatus::Open}, {aarg, CaseStatus::Closed}}));
  CHECK_FALSE(isOpenInSeveralGroups({{yjag, CaseStatus::Closed}, {aarg, CaseStatus::Closed}}));
  // The same group twice is one group.
  CHECK_FALSE(isOpenInSeveralGroups({{yjag, CaseStatus::Open}, {yjag, CaseStatus::Open}}));
  CHECK_FALSE(
      isOpenInSeveralGroups({{yjag, CaseStatus::Open}, {yjag, CaseStatus::Monitoring}, {aarg, CaseStatus::Closed}}));
  CHECK(isOpenInSeveralGroups({{yjag, CaseStatus::Closed}, {aarg, CaseStatus::Open}, {jag, CaseStatus::Open}}));
}

TEST_CASE("case references read GROUP-YEAR-NNN", "[case]") {
  CHECK(formatCaseReference(QStringLiteral("YJAG"), 2024, 17) == QStringLiteral("YJAG-2024-017"));
  CHECK(formatCaseReference(QStringLiteral("JAG"), 2024, 1) == QStringLiteral("JAG-2024-001"));
  CHECK(formatCaseReference(QStringLiteral("JAG"), 2025, 1234) == QStringLiteral("JAG-2025-1234"));
  CHECK(isWellFormedReference(QStringLiteral("LEDG-2024-001")));
  CHECK(isWellFormedReference(QStringLiteral("PZ1-2024-000123")));
  CHECK(isWellFormedReference(formatCaseReference(QStringLiteral("AARG"), 2024, 999)));
  CHECK_FALSE(isWellFormedReference(QStringLiteral("ledg-2024-001")));
  CHECK_FALSE(isWellFormedReference(QStringLiteral("LEDG-24-001")));
  CHECK_FALSE(isWellFormedReference(QStringLiteral("LEDG-2024-1")));
  CHECK_FALSE(isWellFormedReference(QStringLiteral("L-2024-001")));
  CHECK_FALSE(isWellFormedReference(QStringLiteral("LEDG-2024-001 ")));
  CHECK_FALSE(isWellFormedReference(QString()));
}

TEST_CASE("notes are not empty and not endless, a case is not linked to itself", "[case]") {
  Note note{NoteId(), CaseId(1), QDateTime(kToday.startOfDay()), QStringLiteral("tester"), QStringLiteral("Seen")};
  CHECK(validateNote(note).ok());
  note.body = QStringLiteral(" \n ");
  CHECK(validateNote(note).error().field == QStringLiteral("text"));
  note.body = QString(kMaxNoteLength, QLatin1Char('x'));
  CHECK(validateNote(note).ok());
  note.body += QLatin1Char('x');
  const auto tooLong = validateNote(note);
  REQUIRE_FALSE(tooLong.ok());
  CHECK(tooLong.error().problem.contains(QStringLiteral("20001")));

  CHECK(validateLink({CaseId(1), CaseId(2), LinkRelation::Household, {}}).ok());
  CHECK(validateLink({CaseId(1), CaseId(1), LinkRelation::Household, {}}).error().field == QStringLiteral("link"));
}
