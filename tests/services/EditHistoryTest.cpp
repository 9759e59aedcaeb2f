#include "EditHistory.h"
#include "ReferralService.h"
#include "ServiceFixture.h"

#include <catch2/catch.hpp>

#include <functional>

using namespace casebook;
using namespace casebook::test;

namespace {

QStringList searchHits(TestBed& bed, const char* text) {
  CaseListRequest request;
  request.text = QString::fromUtf8(text);
  QStringList references;
  auto page = CaseReader(bed.ctx).list(request);
  REQUIRE(page.ok());
  for (const auto& row : page->rows) references << row.reference;
  return references;
}

// Records one edit, then checks that undo brings back exactly the state before it and
// redo exactly the state after it, twice over.
void checkUndoRedo(TestBed& bed, const std::function<Status()>& edit) {
  EditHistory history(bed.ctx);
  const QString before = snapshot(bed);
  QByteArray changes;
  const Status done = history.record(edit, &changes);
  INFO(errorText(done));
  REQUIRE(done.ok());
  const QString after = snapshot(bed);
  REQUIRE(after != before);
  REQUIRE_FALSE(changes.isEmpty());
  for (int round = 0; round < 2; ++round) {
    INFO("round " << round);
    REQUIRE(history.undo(changes).ok());
    CHECK(snapshot(bed) == before);
    REQUIRE(history.redo(changes).ok());
    CHECK(snapshot(bed) == after);
  }
}

Status asStatus(const auto& result) { return result.ok() ? Status() : Status(result.error()); }

}  // namespace

TEST_CASE("Undoing a new case removes it and its referral, redo brings back the same case", "[undo]") {
  TestBed bed;
  EditHistory history(bed.ctx);
  const QString before = snapshot(bed);
  QByteArray changes;
  NewCaseInput input = newCase("LEDG", "Quentin Undoable");
  input.acceptNow = true;
  auto created = history.record([&] { return CaseService(bed.ctx).create(input); }, &changes);
  REQUIRE(created.ok());
  const QString after = snapshot(bed);
  CHECK(searchHits(bed, "Undoable") == QStringList{created->reference});

  const Status undone = history.undo(changes);
  INFO(errorText(undone));
  REQUIRE(undone.ok());
  CHECK(snapshot(bed) == before);
  CHECK(searchHits(bed, "Undoable").isEmpty());  // the search index follows the rows
  CHECK_FALSE(CaseReader(bed.ctx).get(created->reference).ok());

  REQUIRE(history.redo(changes).ok());
  CHECK(snapshot(bed) == after);
  CHECK(searchHits(bed, "Undoable") == QStringList{created->reference});
}

TEST_CASE("Every kind of desktop edit undoes and redoes exactly", "[undo]") {
  TestBed bed;
  const QString ledg = createCase(bed, newCase("LEDG", "Edit Subject", 4, 4));
  const QString other = createCase(bed, newCase("LEDG", "Linked Subject"));
  addMember(bed, "Owen Owner", "LEDG");

  SECTION("risk assessment") {
    checkUndoRedo(bed, [&] {
      return asStatus(RiskService(bed.ctx).assess({ledg, 5, 4, {}, {}, QStringLiteral("Threats made"), {}, {}}));
    });
  }
  SECTION("closure") {
    CloseInput close;
    close.outcome = Outcome::RiskReduced;
    close.note = QStringLiteral("Settled");
    checkUndoRedo(bed, [&] { return CaseService(bed.ctx).close(ledg, close); });
  }
  SECTION("escalation, then the JAG's decision, then a step-down") {
    REQUIRE(ReferralService(bed.ctx).escalate({ledg, {}, QStringLiteral("Risk rising"), ReferralCriterion::Escalation, {}, {}}).ok());
    const qint64 pending = detail(bed, ledg).referrals.back().id.value;
    checkUndoRedo(bed, [&] {
      return ReferralService(bed.ctx).decide({pending, ReferralDecision::Accepted, QStringLiteral("Agreed"), {}, {}});
    });
    checkUndoRedo(bed, [&] {
      return ReferralService(bed.ctx).stepDown({ledg, {}, {}, QStringLiteral("Risk reduced")});
    });
  }
  SECTION("actions: add, then complete") {
    NewActionInput add{ledg, 0, 0, QStringLiteral("Visit"), QStringLiteral("Owen Owner"), {}, {}, QDate(2024, 7, 1)};
    checkUndoRedo(bed, [&] { return asStatus(ActionService(bed.ctx).add(add)); });
    const qint64 id = ActionService(bed.ctx).add(add)->value;
    ActionUpdateInput complete;
    complete.actionId = id;
    complete.status = ActionStatus::Complete;
    complete.text = QStringLiteral("Visited");
    checkUndoRedo(bed, [&] { return ActionService(bed.ctx).update(complete); });
  }
  SECTION("note and link") {
    checkUndoRedo(bed, [&] { return asStatus(CaseService(bed.ctx).addNote(ledg, QStringLiteral("Seen"), {})); });
    checkUndoRedo(bed, [&] { return CaseService(bed.ctx).link(ledg, other, LinkRelation::Associate, {}); });
  }
  SECTION("directory") {
    checkUndoRedo(bed, [&] { return asStatus(DirectoryService(bed.ctx).addArea(QStringLiteral("NL70"), QStringLiteral("Riverside"))); });
  }
}

TEST_CASE("Undo is refused, changing nothing, when the rows were changed since", "[undo]") {
  TestBed bed;
  const QString ledg = createCase(bed, newCase("LEDG", "Edit Subject"));
  EditHistory history(bed.ctx);
  QByteArray changes;
  CloseInput close;
  close.outcome = Outcome::RiskReduced;
  REQUIRE(history.record([&] { return CaseService(bed.ctx).close(ledg, close); }, &changes).ok());
  // Someone else reopens the case (the command line, another window) before Undo.
  REQUIRE(CaseService(bed.ctx).reopen(ledg, QStringLiteral("New information")).ok());
  const QString before = snapshot(bed);
  const Status undone = history.undo(changes);
  REQUIRE_FALSE(undone.ok());
  CHECK(undone.error().kind == Error::Kind::Conflict);
  CHECK(undone.error().problem.contains(QStringLiteral("changed again since")));
  CHECK(snapshot(bed) == before);
}

TEST_CASE("A refused edit records nothing", "[undo]") {
  TestBed bed;
  EditHistory history(bed.ctx);
  QByteArray changes;
  const QString before = snapshot(bed);
  const Status refused =
      history.record([&] { return CaseService(bed.ctx).close(QStringLiteral("LEDG-1999-001"), CloseInput{}); }, &changes);
  CHECK_FALSE(refused.ok());
  CHECK(changes.isEmpty());
  CHECK(snapshot(bed) == before);
}
