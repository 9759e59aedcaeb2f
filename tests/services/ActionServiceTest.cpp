#include "ServiceFixture.h"

#include <catch2/catch.hpp>

using namespace casebook;
using namespace casebook::test;

namespace {

struct Fixture {
  TestBed bed;
  QString ledgCase;
  QString yjagCase;
  qint64 meeting = 0;

  Fixture() {
    ledgCase = createCase(bed, newCase("LEDG", "Action Person"));
    yjagCase = createCase(bed, newCase("YJAG", "Other Person"));
    addMember(bed, "Owen Owner", "LEDG");
    addMember(bed, "Pat Partner", "YJAG", MembershipRole::Member, "POL");
    auto m = MeetingService(bed.ctx).add({QStringLiteral("LEDG"),
                                          QDate(2024, 2, 21),
                                          QTime(10, 0),
                                          QStringLiteral("Town hall"),
                                          {},
                                          {},
                                          {},
                                          MeetingStatus::Held});
    REQUIRE(m.ok());
    meeting = m->value;
  }

  NewActionInput onCase(const QString& reference, const char* text, const QDate& due) const {
    return {reference, 0, 0, QString::fromLatin1(text), QStringLiteral("Owen Owner"), {}, QDate(2024, 5, 2), due};
  }

  qint64 add(const NewActionInput& input) {
    auto id = ActionService(bed.ctx).add(input);
    INFO(errorText(id));
    REQUIRE(id.ok());
    return id->value;
  }

  Action get(qint64 id) {
    auto a = ActionService(bed.ctx).get(id);
    REQUIRE(a.ok());
    return a.value();
  }

  QStringList texts(ActionListRequest request) {
    auto rows = ActionService(bed.ctx).list(request);
    INFO(errorText(rows));
    REQUIRE(rows.ok());
    QStringList result;
    for (const auto& row : rows.value()) result << row.action.text;
    return result;
  }
};

ActionUpdateInput update(qint64 id, std::optional<ActionStatus> status, const char* text = "", QDate on = QDate()) {
  ActionUpdateInput input;
  input.actionId = id;
  input.status = status;
  input.text = QString::fromLatin1(text);
  input.on = on;
  return input;
}

}  // namespace

TEST_CASE("an action on a case is stored open, with its owner and dates", "[actions]") {
  Fixture f;
  const qint64 id = f.add(f.onCase(f.ledgCase, "Home visit", QDate(2024, 6, 1)));
  const Action a = f.get(id);
  CHECK(a.text == QStringLiteral("Home visit"));
  CHECK(a.status == ActionStatus::Open);
  CHECK(a.raisedOn == QDate(2024, 5, 2));
  CHECK(a.dueOn == QDate(2024, 6, 1));
  CHECK(a.statusReportedOn == QDate(2024, 5, 2));
  CHECK_FALSE(a.completedOn.has_value());
  CHECK(a.carriedForward == 0);
  CHECK(a.reference.isEmpty());
  CHECK_FALSE(a.meetingId.has_value());
  const auto d = detail(f.bed, f.ledgCase);
  REQUIRE(d.actions.size() == 1);
  CHECK(d.actions.front().ownerName == QStringLiteral("Owen Owner"));
  CHECK(d.actions.front().overdue);  // due 1 June, today 15 June

  // Undated: raised today. Owned by an agency rather than a person.
  NewActionInput agency{f.yjagCase,       0, 0, QStringLiteral("Check tenancy"), {}, QStringLiteral("hous"), {},
                        QDate(2024, 7, 1)};
  const Action b = f.get(f.add(agency));
  CHECK(b.raisedOn == QDate(2024, 6, 15));
  CHECK_FALSE(b.ownerId.has_value());
  CHECK(b.ownerAgencyId.has_value());
}

TEST_CASE("an action raised at a meeting takes its reference from the meeting date and item", "[actions][meetings]") {
  Fixture f;
  NewActionInput input{
      {}, f.meeting,         3, QStringLiteral("Invite the licensing officer"), {}, QStringLiteral("LA"),
      {}, QDate(2024, 3, 20)};
  const Action a = f.get(f.add(input));
  CHECK(a.reference == QStringLiteral("210224 Item 3"));
  CHECK(a.agendaItemId.has_value());  // the item it was agreed under, whatever its number later
  NewActionInput noSuchItem = input;
  noSuchItem.agendaItem = 9;
  auto refused = ActionService(f.bed.ctx).add(noSuchItem);
  REQUIRE_FALSE(refused.ok());
  CHECK(refused.error().problem.contains(QStringLiteral("no agenda item 9")));
  CHECK(a.raisedOn == QDate(2024, 2, 21));  // the meeting's date
  CHECK(a.meetingId == MeetingId(f.meeting));
  CHECK_FALSE(a.caseId.has_value());
  input.agendaItem = 0;  // no item: no reference
  CHECK(f.get(f.add(input)).reference.isEmpty());
  ActionListRequest forMeeting;
  forMeeting.meetingId = f.meeting;
  CHECK(f.texts(forMeeting).size() == 2);
}

TEST_CASE("bad actions are refused and change nothing", "[actions][bad-input]") {
  Fixture f;
  const QString before = snapshot(f.bed);
  ActionService actions(f.bed.ctx);
  auto with = [&](auto change) {
    auto input = f.onCase(f.ledgCase, "Visit", QDate(2024, 6, 30));
    change(input);
    return input;
  };
  CHECK_REFUSED_UNCHANGED(f.bed, before,
                          actions.add(with([](auto& i) { i.caseReference = QStringLiteral("LEDG-2024-404"); })),
                          Error::Kind::NotFound, "case");
  CHECK_REFUSED_UNCHANGED(f.bed, before, actions.add(with([](auto& i) {
    i.caseReference.clear();
    i.meetingId = 404;
  })),
                          Error::Kind::NotFound, "meeting");
  CHECK_REFUSED_UNCHANGED(f.bed, before, actions.add(with([](auto& i) { i.caseReference.clear(); })),
                          Error::Kind::Invalid, "case or meeting");
  CHECK_REFUSED_UNCHANGED(f.bed, before, actions.add(with([](auto& i) { i.owner = QStringLiteral("Nobody"); })),
                          Error::Kind::Invalid, "owner");
  CHECK_REFUSED_UNCHANGED(f.bed, before, actions.add(with([](auto& i) { i.owner.clear(); })), Error::Kind::Invalid,
                          "owner");
  CHECK_REFUSED_UNCHANGED(f.bed, before, actions.add(with([](auto& i) {
    i.owner.clear();
    i.ownerAgency = QStringLiteral("MI5");
  })),
                          Error::Kind::Invalid, "owner agency");
  CHECK_REFUSED_UNCHANGED(f.bed, before, actions.add(with([](auto& i) { i.text = QStringLiteral("  "); })),
                          Error::Kind::Invalid, "text");
  CHECK_REFUSED_UNCHANGED(f.bed, before, actions.add(with([](auto& i) { i.dueOn = QDate(); })), Error::Kind::Invalid,
                          "due");
  CHECK_REFUSED_UNCHANGED(f.bed, before, actions.add(with([](auto& i) { i.dueOn = QDate(2024, 5, 1); })),
                          Error::Kind::Invalid, "due");
  CHECK_REFUSED_UNCHANGED(f.bed, before, actions.add(with([](auto& i) {
    i.raisedOn = QDate(2024, 6, 16);
    i.dueOn = QDate(2024, 7, 1);
  })),
                          Error::Kind::Invalid, "raised");
}

TEST_CASE("an action moves through its statuses, completing it records the day", "[actions]") {
  Fixture f;
  const qint64 id = f.add(f.onCase(f.ledgCase, "Home visit", QDate(2024, 6, 30)));
  ActionService actions(f.bed.ctx);
  REQUIRE(actions.update(update(id, ActionStatus::InProgress, "Booked for Tuesday", QDate(2024, 6, 3))).ok());
  Action a = f.get(id);
  CHECK(a.status == ActionStatus::InProgress);
  CHECK(a.statusReportedOn == QDate(2024, 6, 3));
  CHECK_FALSE(a.completedOn.has_value());

  REQUIRE(actions.update(update(id, ActionStatus::Complete, "", QDate(2024, 6, 10))).ok());
  a = f.get(id);
  CHECK(a.status == ActionStatus::Complete);
  CHECK(a.completedOn == QDate(2024, 6, 10));
  REQUIRE(a.updates.size() == 2);
  CHECK(a.updates[0].text == QStringLiteral("Booked for Tuesday"));
  CHECK(a.updates[0].statusAfter == ActionStatus::InProgress);
  CHECK(a.updates[1].statusAfter == ActionStatus::Complete);

  // A later note on a completed action does not move the day it was completed.
  REQUIRE(actions.update(update(id, std::nullopt, "Family thanked the team", QDate(2024, 6, 14))).ok());
  a = f.get(id);
  CHECK(a.status == ActionStatus::Complete);
  CHECK(a.completedOn == QDate(2024, 6, 10));
  CHECK(a.statusReportedOn == QDate(2024, 6, 14));
  CHECK(a.updates.size() == 3);

  // Reopening clears it.
  REQUIRE(actions.update(update(id, ActionStatus::Open, "Visit to be repeated")).ok());
  CHECK_FALSE(f.get(id).completedOn.has_value());
}

TEST_CASE("an action not completed needs an explanation", "[actions][bad-input]") {
  Fixture f;
  const qint64 id = f.add(f.onCase(f.ledgCase, "Letter", QDate(2024, 6, 30)));
  const QString before = snapshot(f.bed);
  ActionService actions(f.bed.ctx);
  CHECK_REFUSED_UNCHANGED(f.bed, before, actions.update(update(id, ActionStatus::NotCompletedAgency)),
                          Error::Kind::Invalid, "update");
  CHECK_REFUSED_UNCHANGED(f.bed, before, actions.update(update(id, std::nullopt)), Error::Kind::Invalid, "update");
  CHECK_REFUSED_UNCHANGED(f.bed, before, actions.update(update(id, ActionStatus::Complete, "", QDate(2024, 6, 16))),
                          Error::Kind::Invalid, "date");
  CHECK_REFUSED_UNCHANGED(f.bed, before, actions.update(update(id, ActionStatus::Complete, "", QDate(2024, 5, 1))),
                          Error::Kind::Invalid, "date");
  CHECK_REFUSED_UNCHANGED(f.bed, before, actions.update(update(404, ActionStatus::Complete)), Error::Kind::NotFound,
                          "action");
  REQUIRE(actions.update(update(id, ActionStatus::NotCompletedCircumstances, "Subject moved away")).ok());
  CHECK(f.get(id).status == ActionStatus::NotCompletedCircumstances);
}

TEST_CASE("carrying an action forward moves its date and counts the carries", "[actions]") {
  Fixture f;
  const qint64 id = f.add(f.onCase(f.ledgCase, "Home visit", QDate(2024, 6, 1)));
  ActionService actions(f.bed.ctx);
  ActionListRequest overdue;
  overdue.overdueOnly = true;
  CHECK(f.texts(overdue) == QStringList{QStringLiteral("Home visit")});

  auto carry = update(id, std::nullopt, "Carried to the next meeting");
  carry.newDueOn = QDate(2024, 6, 30);
  REQUIRE(actions.update(carry).ok());
  Action a = f.get(id);
  CHECK(a.carriedForward == 1);
  CHECK(a.dueOn == QDate(2024, 6, 30));
  CHECK(a.status == ActionStatus::Open);
  CHECK(a.updates.back().text == QStringLiteral("Carried to the next meeting"));
  CHECK(f.texts(overdue).isEmpty());

  carry.newDueOn = QDate(2024, 7, 28);
  carry.text.clear();  // the carry itself is worth recording
  REQUIRE(actions.update(carry).ok());
  a = f.get(id);
  CHECK(a.carriedForward == 2);
  CHECK(a.updates.size() == 2);
  CHECK_FALSE(a.updates.back().text.isEmpty());

  const QString before = snapshot(f.bed);
  carry.newDueOn = QDate(2024, 7, 20);  // earlier than the current date
  CHECK_REFUSED_UNCHANGED(f.bed, before, actions.update(carry), Error::Kind::Invalid, "due");
  carry.newDueOn = QDate(2024, 8, 30);
  carry.on = QDate(2024, 6, 16);  // dated tomorrow
  CHECK_REFUSED_UNCHANGED(f.bed, before, actions.update(carry), Error::Kind::Invalid, "date");
  carry.on = QDate();
  REQUIRE(actions.update(update(id, ActionStatus::Complete)).ok());
  const QString complete = snapshot(f.bed);
  CHECK_REFUSED_UNCHANGED(f.bed, complete, actions.update(carry), Error::Kind::Conflict, "due");
}

TEST_CASE("action lists filter by case, owner, group, outstanding and overdue", "[actions]") {
  Fixture f;
  f.add(f.onCase(f.ledgCase, "late", QDate(2024, 6, 1)));
  const qint64 done = f.add(f.onCase(f.ledgCase, "done", QDate(2024, 6, 2)));
  REQUIRE(ActionService(f.bed.ctx).update(update(done, ActionStatus::Complete)).ok());
  auto other = f.onCase(f.yjagCase, "other group", QDate(2024, 7, 1));
  other.owner = QStringLiteral("Pat Partner");
  f.add(other);
  f.add({{}, f.meeting, 2, QStringLiteral("meeting item"), {}, QStringLiteral("LA"), {}, QDate(2024, 3, 1)});

  ActionListRequest r;
  CHECK(f.texts(r) == QStringList({QStringLiteral("meeting item"), QStringLiteral("late"), QStringLiteral("done"),
                                   QStringLiteral("other group")}));
  r.caseReference = f.ledgCase;
  CHECK(f.texts(r) == QStringList({QStringLiteral("late"), QStringLiteral("done")}));
  r = {};
  r.owner = QStringLiteral("Pat Partner");
  CHECK(f.texts(r) == QStringList{QStringLiteral("other group")});
  r = {};
  r.groupCode = QStringLiteral("LEDG");
  CHECK(f.texts(r) == QStringList({QStringLiteral("meeting item"), QStringLiteral("late"), QStringLiteral("done")}));
  r = {};
  r.outstandingOnly = true;
  CHECK(f.texts(r) ==
        QStringList({QStringLiteral("meeting item"), QStringLiteral("late"), QStringLiteral("other group")}));
  r = {};
  r.overdueOnly = true;  // a completed action is never overdue
  CHECK(f.texts(r) == QStringList({QStringLiteral("meeting item"), QStringLiteral("late")}));

  const QString before = snapshot(f.bed);
  r = {};
  r.caseReference = QStringLiteral("LEDG-2024-404");
  CHECK_REFUSED_UNCHANGED(f.bed, before, ActionService(f.bed.ctx).list(r), Error::Kind::NotFound, "case");
  r = {};
  r.owner = QStringLiteral("Nobody");
  CHECK_REFUSED_UNCHANGED(f.bed, before, ActionService(f.bed.ctx).list(r), Error::Kind::Invalid, "owner");
  r = {};
  r.groupCode = QStringLiteral("NOPE");
  CHECK_REFUSED_UNCHANGED(f.bed, before, ActionService(f.bed.ctx).list(r), Error::Kind::Invalid, "group");
  CHECK_REFUSED_UNCHANGED(f.bed, before, ActionService(f.bed.ctx).get(404), Error::Kind::NotFound, "action");
}
