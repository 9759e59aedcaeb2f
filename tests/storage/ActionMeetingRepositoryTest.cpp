#include "ActionRepository.h"
#include "CaseRepository.h"
#include "DirectoryRepository.h"
#include "MeetingRepository.h"
#include "StorageFixture.h"
#include "SubjectRepository.h"

#include <catch2/catch.hpp>

using namespace casebook;
using namespace casebook::test;

namespace {

const GroupId kYjag(3), kLedg(5);
const QDate kToday(2024, 6, 15);

QString describe(const Action& a) {
  QStringList parts{QString::number(a.id.value),
                    text(a.caseId),
                    text(a.meetingId),
                    a.reference,
                    a.text,
                    text(a.ownerId),
                    text(a.ownerAgencyId),
                    a.raisedOn.toString(Qt::ISODate),
                    a.dueOn.toString(Qt::ISODate),
                    toKey(a.status),
                    text(a.statusReportedOn),
                    text(a.completedOn),
                    QString::number(a.carriedForward)};
  for (const auto& u : a.updates) parts << u.on.toString(Qt::ISODate) + u.text + toKey(u.statusAfter);
  return parts.join(QLatin1Char('|'));
}

QString describe(const Meeting& m) {
  QStringList parts{QString::number(m.id.value),
                    QString::number(m.groupId.value),
                    m.heldOn.toString(Qt::ISODate),
                    m.startsAt ? m.startsAt->toString(QStringLiteral("HH:mm")) : QStringLiteral("null"),
                    m.venue,
                    m.onlineLink,
                    text(m.chairId),
                    text(m.minuteTakerId),
                    toKey(m.status)};
  for (const auto& i : m.agenda) {
    parts << QStringLiteral("%1:%2:%3:%4:%5:%6:%7:%8:%9")
                 .arg(i.position)
                 .arg(toKey(i.kind), i.title, text(i.caseId), i.minutes, toKey(i.decision), i.decisionNote, i.riskBefore,
                      i.riskAfter);
    parts << QString::number(i.secondsSpent);
    for (const auto& u : i.updates) parts << u.author + u.writtenAt.toString(Qt::ISODate) + u.body;
  }
  for (const auto& r : m.attendance) {
    parts << QStringLiteral("%1:%2:%3:%4:%5:%6")
                 .arg(QString::number(r.memberId.value), toKey(r.status), text(r.deputyId), r.deputyName,
                      QString::number(r.joinedLate), QString::number(r.leftEarly));
  }
  return parts.join(QLatin1Char('|'));
}

struct World {
  CaseId yjagCase;
  CaseId ledgCase;
  MemberId alex;
  MemberId bea;
  MeetingId ledgMeeting;
};

World world(TestBed& bed) {
  return inWrite(*bed.db, [&]() -> Result<World> {
    World w;
    DirectoryRepository directory(*bed.db);
    w.alex = directory.insertMember({MemberId(), QStringLiteral("Alex Officer"), AgencyId(1), {}, {}, {}, true});
    w.bea = directory.insertMember({MemberId(), QStringLiteral("Bea Worker"), AgencyId(2), {}, {}, {}, true});
    Subject s;
    s.name = QStringLiteral("Action Subject");
    s.id = SubjectRepository(*bed.db).insert(s);
    for (auto [reference, group, id] :
         {std::tuple{"YJAG-2024-001", kYjag, &w.yjagCase}, std::tuple{"LEDG-2024-001", kLedg, &w.ledgCase}}) {
      Case c;
      c.reference = QString::fromLatin1(reference);
      c.subject = s;
      c.groupId = group;
      c.status = CaseStatus::Open;
      c.openedOn = QDate(2024, 1, 1);
      *id = CaseRepository(*bed.db).insert(c);
    }
    Meeting m;
    m.groupId = kLedg;
    m.heldOn = QDate(2024, 5, 20);
    m.venue = QStringLiteral("Community centre");
    w.ledgMeeting = MeetingRepository(*bed.db).insert(m);
    return w;
  });
}

Action action(const char* text, const QDate& due) {
  Action a;
  a.text = QString::fromLatin1(text);
  a.raisedOn = QDate(2024, 5, 1);
  a.dueOn = due;
  return a;
}

QStringList listed(TestBed& bed, ActionQuery query) {
  query.today = kToday;
  const auto rows =
      inWrite(*bed.db, [&]() -> Result<std::vector<ActionRow>> { return ActionRepository(*bed.db).list(query); });
  QStringList texts;
  for (const auto& row : rows) texts << row.action.text;
  return texts;
}

}  // namespace

TEST_CASE("an action round-trips with its updates, or with nothing optional", "[storage][repository]") {
  TestBed bed;
  const World w = world(bed);
  Action full = action("Joint visit", QDate(2024, 6, 1));
  full.caseId = w.ledgCase;
  full.meetingId = w.ledgMeeting;
  full.reference = QStringLiteral("200524 Item 3");
  full.ownerId = w.alex;
  full.ownerAgencyId = AgencyId(1);
  full.status = ActionStatus::Complete;
  full.statusReportedOn = QDate(2024, 5, 30);
  full.completedOn = QDate(2024, 5, 30);
  full.carriedForward = 2;
  full.updates = {{QDate(2024, 5, 30), QStringLiteral("Done"), ActionStatus::Complete},
                  {QDate(2024, 5, 10), QStringLiteral("Booked"), ActionStatus::InProgress}};
  Action bare = action("Letter", QDate(2024, 7, 1));
  bare.meetingId = w.ledgMeeting;
  bare.ownerAgencyId = AgencyId(2);
  for (Action a : {full, bare}) {
    a.id = inWrite(*bed.db, [&]() -> Result<ActionId> { return ActionRepository(*bed.db).insert(a); });
    std::sort(a.updates.begin(), a.updates.end(),
              [](const ActionUpdate& x, const ActionUpdate& y) { return x.on < y.on; });
    CHECK(describe(*inWrite(*bed.db, [&]() -> Result<std::optional<Action>> {
            return ActionRepository(*bed.db).get(a.id);
          })) == describe(a));
  }
}

TEST_CASE("an action's status is saved and updates are appended", "[storage][repository]") {
  TestBed bed;
  const World w = world(bed);
  Action a = action("Visit", QDate(2024, 6, 1));
  a.caseId = w.yjagCase;
  a.ownerId = w.bea;
  ActionRepository repo(*bed.db);
  a.id = inWrite(*bed.db, [&]() -> Result<ActionId> { return repo.insert(a); });
  a.status = ActionStatus::NotCompletedAgency;
  a.statusReportedOn = QDate(2024, 6, 10);
  a.dueOn = QDate(2024, 6, 20);
  a.carriedForward = 1;
  a.ownerId = w.alex;
  a.ownerAgencyId = AgencyId(1);
  a.text = QStringLiteral("Visit with housing");
  a.updates = {{QDate(2024, 6, 10), QStringLiteral("No response from the agency"), ActionStatus::NotCompletedAgency}};
  inWrite(*bed.db, [&]() -> Status {
    repo.saveStatus(a);
    repo.addUpdate(a.id, a.updates.front());
    return {};
  });
  CHECK(describe(*inWrite(*bed.db, [&]() -> Result<std::optional<Action>> { return repo.get(a.id); })) == describe(a));
}

TEST_CASE("action lists filter by case, meeting, owner, group, outstanding and overdue", "[storage][repository]") {
  TestBed bed;
  const World w = world(bed);
  inWrite(*bed.db, [&]() -> Status {
    ActionRepository repo(*bed.db);
    Action late = action("late", QDate(2024, 6, 1));  // overdue on 15 June
    late.caseId = w.yjagCase;
    late.ownerId = w.alex;
    late.updates = {{QDate(2024, 5, 2), QStringLiteral("older update"), ActionStatus::Open},
                    {QDate(2024, 5, 9), QStringLiteral("newest update"), ActionStatus::InProgress}};
    late.status = ActionStatus::InProgress;
    repo.insert(late);
    Action dueToday = action("due today", kToday);
    dueToday.caseId = w.ledgCase;
    dueToday.ownerId = w.bea;
    repo.insert(dueToday);
    Action done = action("done", QDate(2024, 5, 10));
    done.caseId = w.yjagCase;
    done.ownerId = w.alex;
    done.status = ActionStatus::Complete;
    repo.insert(done);
    Action meetingItem = action("meeting item", QDate(2024, 6, 2));
    meetingItem.meetingId = w.ledgMeeting;
    meetingItem.ownerAgencyId = AgencyId(2);
    repo.insert(meetingItem);
    return {};
  });
  ActionQuery query;
  CHECK(listed(bed, query) == QStringList{QStringLiteral("done"), QStringLiteral("late"),
                                          QStringLiteral("meeting item"), QStringLiteral("due today")});  // by due date
  query.caseId = w.yjagCase;
  CHECK(listed(bed, query) == QStringList{QStringLiteral("done"), QStringLiteral("late")});
  query = {};
  query.meetingId = w.ledgMeeting;
  CHECK(listed(bed, query) == QStringList{QStringLiteral("meeting item")});
  query = {};
  query.ownerId = w.alex;
  CHECK(listed(bed, query) == QStringList{QStringLiteral("done"), QStringLiteral("late")});
  query = {};
  query.groupId = kLedg;  // its cases' actions and its meetings' actions
  CHECK(listed(bed, query) == QStringList{QStringLiteral("meeting item"), QStringLiteral("due today")});
  query = {};
  query.outstandingOnly = true;
  CHECK(listed(bed, query) ==
        QStringList{QStringLiteral("late"), QStringLiteral("meeting item"), QStringLiteral("due today")});
  query = {};
  query.overdueOnly = true;
  CHECK(listed(bed, query) == QStringList{QStringLiteral("late"), QStringLiteral("meeting item")});
  query = {};
  query.limit = 1;
  CHECK(listed(bed, query) == QStringList{QStringLiteral("done")});

  query = {};
  query.today = kToday;
  query.caseId = w.yjagCase;
  auto rows =
      inWrite(*bed.db, [&]() -> Result<std::vector<ActionRow>> { return ActionRepository(*bed.db).list(query); });
  REQUIRE(rows.size() == 2);
  const ActionRow& late = rows[1];
  CHECK(late.overdue);
  CHECK_FALSE(rows[0].overdue);  // complete: never overdue
  CHECK(late.caseReference == QStringLiteral("YJAG-2024-001"));
  CHECK(late.ownerName == QStringLiteral("Alex Officer"));
  CHECK(late.latestUpdate == QStringLiteral("newest update"));
  CHECK(late.action.updates.size() == 2);
  query.withUpdates = false;
  rows = inWrite(*bed.db, [&]() -> Result<std::vector<ActionRow>> { return ActionRepository(*bed.db).list(query); });
  CHECK(rows[1].action.updates.empty());
  CHECK(rows[1].latestUpdate == QStringLiteral("newest update"));
}

TEST_CASE("a meeting round-trips with its agenda and attendance", "[storage][repository]") {
  TestBed bed;
  const World w = world(bed);
  Meeting m;
  m.groupId = kYjag;
  m.heldOn = QDate(2024, 6, 12);
  m.startsAt = QTime(9, 30);
  m.onlineLink = QStringLiteral("https://meet.example/yjag");
  m.chairId = w.alex;
  m.minuteTakerId = w.bea;
  m.status = MeetingStatus::Held;
  AgendaItem attendanceItem;
  attendanceItem.position = 1;
  attendanceItem.kind = AgendaItemKind::Attendance;
  attendanceItem.title = QStringLiteral("Attendance");
  AgendaItem caseItem;
  caseItem.position = 2;
  caseItem.kind = AgendaItemKind::CaseReview;
  caseItem.title = QStringLiteral("YJAG-2024-001");
  caseItem.caseId = w.yjagCase;
  caseItem.minutes = QStringLiteral("Discussed");
  caseItem.decision = ItemDecision::Continue;
  caseItem.decisionNote = QStringLiteral("Keep open");
  caseItem.riskBefore = QStringLiteral("12 High");
  caseItem.riskAfter = QStringLiteral("6 Medium");
  caseItem.secondsSpent = 95;
  caseItem.updates = {{QStringLiteral("Bea"), QDateTime(QDate(2024, 3, 1), QTime(9, 30)), QStringLiteral("Seen at school")}};
  m.agenda = {attendanceItem, caseItem};
  m.attendance = {{w.alex, AttendanceStatus::Present, {}, {}, false, true},
                  {w.bea, AttendanceStatus::Deputy, std::nullopt, QStringLiteral("Sam Standin"), true, false}};
  m.id = inWrite(*bed.db, [&]() -> Result<MeetingId> { return MeetingRepository(*bed.db).insert(m); });
  auto stored =
      *inWrite(*bed.db, [&]() -> Result<std::optional<Meeting>> { return MeetingRepository(*bed.db).get(m.id); });
  for (auto& item : stored.agenda) item.id = AgendaItemId();  // ids are new; the rest must match
  CHECK(describe(stored) == describe(m));

  // Recording attendance again replaces the member's record.
  inWrite(*bed.db, [&]() -> Status {
    MeetingRepository(*bed.db).saveAttendance(m.id, {w.bea, AttendanceStatus::Deputy, w.alex, {}, false, false});
    MeetingRepository(*bed.db).setStatus(m.id, MeetingStatus::Cancelled);
    return {};
  });
  stored = *inWrite(*bed.db, [&]() -> Result<std::optional<Meeting>> { return MeetingRepository(*bed.db).get(m.id); });
  REQUIRE(stored.attendance.size() == 2);
  CHECK(stored.attendance[1].deputyId == w.alex);
  CHECK(stored.attendance[1].deputyName.isEmpty());
  CHECK_FALSE(stored.attendance[1].joinedLate);
  CHECK(stored.status == MeetingStatus::Cancelled);
}

TEST_CASE("a group's meetings come newest first, without agenda or attendance", "[storage][repository]") {
  TestBed bed;
  const World w = world(bed);  // one LEDG meeting on 20 May
  inWrite(*bed.db, [&]() -> Status {
    for (const QDate& day : {QDate(2024, 4, 1), QDate(2024, 6, 3)}) {
      Meeting m;
      m.groupId = kLedg;
      m.heldOn = day;
      m.venue = QStringLiteral("Library");
      m.attendance = {{w.alex, AttendanceStatus::Apologies, {}, {}, false, false}};
      MeetingRepository(*bed.db).insert(m);
    }
    return {};
  });
  const auto meetings =
      inWrite(*bed.db, [&]() -> Result<std::vector<Meeting>> { return MeetingRepository(*bed.db).forGroup(kLedg); });
  REQUIRE(meetings.size() == 3);
  CHECK(meetings[0].heldOn == QDate(2024, 6, 3));
  CHECK(meetings[2].heldOn == QDate(2024, 4, 1));
  CHECK(meetings[0].attendance.empty());
  CHECK_FALSE(meetings[0].startsAt.has_value());
  CHECK(inWrite(*bed.db, [&]() -> Result<std::vector<Meeting>> {
          return MeetingRepository(*bed.db).forGroup(kYjag);
        }).empty());
}
