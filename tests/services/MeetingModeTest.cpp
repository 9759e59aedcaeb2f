// Meeting mode (issue 6): the agenda built and edited, an item recorded with its re-score,
// actions and decision in one transaction, sign-off and amendments, the documents' record
// and its audited export, and the attendance insight and invite list.
#include "AgendaService.h"
#include "AttendanceService.h"
#include "AuditRepository.h"
#include "AuditService.h"
#include "GroupAccessPolicy.h"
#include "MeetingRecordService.h"
#include "MeetingRunService.h"
#include "ReferralService.h"
#include "ServiceFixture.h"
#include "SqlStatement.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QTemporaryDir>

using namespace casebook;
using namespace casebook::test;

namespace {

qint64 rows(TestBed& bed, const char* query) {
  auto n = bed.db->read([&]() -> Result<qint64> {
    SqlStatement q(*bed.db, QString::fromLatin1(query));
    q.exec();
    q.next();
    return q.int64(0);
  });
  INFO(errorText(n));
  REQUIRE(n.ok());
  return n.value();
}

qint64 auditEntries(TestBed& bed) { return AuditRepository(*bed.db).count(); }

AuditEntry newestAudit(TestBed& bed) {
  AuditFilter last;
  last.limit = 1;
  return AuditRepository(*bed.db).list(last).front();
}

// Every table a recorded item can write to, as one comparable line.
QString tableCounts(TestBed& bed) {
  return QStringLiteral("actions=%1 risks=%2 referrals=%3 minuted=%4 decided=%5 closed=%6 events=%7 audit=%8")
      .arg(rows(bed, "SELECT count(*) FROM actions"))
      .arg(rows(bed, "SELECT count(*) FROM risk_assessments"))
      .arg(rows(bed, "SELECT count(*) FROM referrals"))
      .arg(rows(bed, "SELECT count(*) FROM agenda_items WHERE minutes <> ''"))
      .arg(rows(bed, "SELECT count(*) FROM agenda_items WHERE decision NOT IN ('', 'none')"))
      .arg(rows(bed, "SELECT count(*) FROM cases WHERE status = 'closed'"))
      .arg(rows(bed, "SELECT count(*) FROM case_events"))
      .arg(auditEntries(bed));
}

qint64 groupId(TestBed& bed, const char* code) {
  for (const auto& g : DirectoryService(bed.ctx).groups().value()) {
    if (g.group.code == QLatin1String(code)) return g.group.id.value;
  }
  FAIL("no group " << code);
  return 0;
}

// A case in a group, accepted, whose current score was assessed on a given day.
QString scoredCase(TestBed& bed, const char* group, const char* subject, int likelihood, int impact,
                   const QDate& assessedOn, const char* owner = "") {
  NewCaseInput input = newCase(group, subject);
  input.referral.receivedOn = QDate(2024, 1, 2);
  input.owner = QString::fromUtf8(owner);
  const QString reference = createCase(bed, input);
  RiskInput risk;
  risk.caseReference = reference;
  risk.likelihood = likelihood;
  risk.impact = impact;
  risk.assessedOn = assessedOn;
  risk.assessor = QStringLiteral("tester");
  risk.rationale = QStringLiteral("Set up for the agenda");
  auto assessed = RiskService(bed.ctx).assess(risk);
  INFO(errorText(assessed));
  REQUIRE(assessed.ok());
  return reference;
}

QString pendingReferral(TestBed& bed, const char* group, const char* subject, const QDate& receivedOn) {
  NewCaseInput input = newCase(group, subject);
  input.referral.receivedOn = receivedOn;
  return createCase(bed, input, false);
}

void escalateCase(TestBed& bed, const QString& reference) {
  auto escalated = ReferralService(bed.ctx).escalate(
      {reference, QDate(2024, 6, 1), QStringLiteral("Very high risk"), ReferralCriterion::Escalation, {}, {}});
  INFO(errorText(escalated));
  REQUIRE(escalated.ok());
}

NewMeetingInput meetingOf(const char* group, const QDate& on = QDate(2024, 6, 15)) {
  return {QString::fromLatin1(group),   on, QTime(10, 0), QStringLiteral("Town hall"), {}, QStringLiteral("Jo Chair"),
          QStringLiteral("Min Taker"), MeetingStatus::Planned};
}

qint64 plan(TestBed& bed, const NewMeetingInput& input) {
  auto id = MeetingService(bed.ctx).add(input);
  INFO(errorText(id));
  REQUIRE(id.ok());
  return id->value;
}

Meeting meeting(TestBed& bed, qint64 id) {
  auto d = MeetingService(bed.ctx).get(id);
  INFO(errorText(d));
  REQUIRE(d.ok());
  return d->meeting;
}

int positionOf(const Meeting& m, const QString& reference) {
  for (const auto& item : m.agenda) {
    if (item.title.contains(reference)) return item.position;
  }
  FAIL("no item for " << reference);
  return 0;
}

void checkContiguous(const Meeting& m) {
  for (size_t i = 0; i < m.agenda.size(); ++i) CHECK(m.agenda[i].position == static_cast<int>(i) + 1);
}

void attend(TestBed& bed, qint64 id, const char* member, AttendanceStatus status, const char* deputy = "") {
  auto done = MeetingService(bed.ctx).recordAttendance(
      {id, QString::fromUtf8(member), status, QString::fromUtf8(deputy), false, false});
  INFO(errorText(done));
  REQUIRE(done.ok());
}

// The members the meeting tests share: the JAG's and YJAG's chair and minute-taker, a case
// owner, an action owner and someone with nothing on the agenda.
struct People {
  explicit People(TestBed& bed) {
    addMember(bed, "Jo Chair", "JAG", MembershipRole::Chair, "POL");
    DirectoryService directory(bed.ctx);
    REQUIRE(directory.addMembership(QStringLiteral("Jo Chair"), QStringLiteral("YJAG"), MembershipRole::Chair).ok());
    addMember(bed, "Min Taker", "JAG", MembershipRole::MinuteTaker, "LA");
    REQUIRE(directory.addMembership(QStringLiteral("Min Taker"), QStringLiteral("YJAG"), MembershipRole::MinuteTaker).ok());
    addMember(bed, "Olive Owner", "YJAG", MembershipRole::Member, "YJS");
    addMember(bed, "Alan Actions", "YJAG", MembershipRole::Member, "HOUS");
    addMember(bed, "Nina Nothing", "YJAG", MembershipRole::Member, "FIRE");
  }
};

}  // namespace

// --- 1. Building the agenda -----------------------------------------------------------

TEST_CASE("the agenda is built in the partnership's order with reference and initials only", "[meeting-mode][agenda]") {
  TestBed bed;
  People people(bed);
  const QString referral = pendingReferral(bed, "JAG", "Rosa Quimby", QDate(2024, 5, 1));
  const QString escalated = scoredCase(bed, "YJAG", "Eddie Escalated", 4, 4, QDate(2024, 6, 1));
  escalateCase(bed, escalated);
  // Review dates: high 28 days, medium 42, low 84, very high 14 (docs/risk.md defaults).
  const QString overdueOld = scoredCase(bed, "JAG", "Olga Oldest", 3, 4, QDate(2024, 5, 1));    // 29 May
  const QString overdueNew = scoredCase(bed, "JAG", "Oscar Overdue", 2, 3, QDate(2024, 4, 20)); // 1 June
  const QString due = scoredCase(bed, "JAG", "Dora Due", 1, 3, QDate(2024, 3, 23));             // 15 June
  const QString notDue = scoredCase(bed, "JAG", "Nora Notdue", 2, 3, QDate(2024, 6, 10));       // 22 July
  const QString veryHigh = scoredCase(bed, "JAG", "Vera Veryhigh", 4, 5, QDate(2024, 6, 10));   // 24 June
  REQUIRE(AgendaService(bed.ctx)
              .setStandingItems(QStringLiteral("JAG"), {QStringLiteral("Partnership data"), QStringLiteral("Hot spots")})
              .ok());

  const qint64 id = plan(bed, meetingOf("JAG"));
  const Meeting m = meeting(bed, id);
  std::vector<std::pair<AgendaItemKind, QString>> expected{
      {AgendaItemKind::Attendance, QStringLiteral("Attendance and apologies")},
      {AgendaItemKind::PreviousMinutes, QStringLiteral("Minutes and actions of the last meeting")},
      {AgendaItemKind::NewReferral, QStringLiteral("New referral: ") + referral},
      {AgendaItemKind::EscalationIn, QStringLiteral("Escalation in: ") + escalated},
      {AgendaItemKind::CaseReview, QStringLiteral("Review overdue: ") + overdueOld},
      {AgendaItemKind::CaseReview, QStringLiteral("Review overdue: ") + overdueNew},
      {AgendaItemKind::CaseReview, QStringLiteral("Review due: ") + due},
      {AgendaItemKind::CaseReview, QStringLiteral("Very high risk: ") + veryHigh},
      {AgendaItemKind::StandingItem, QStringLiteral("Partnership data")},
      {AgendaItemKind::StandingItem, QStringLiteral("Hot spots")},
      {AgendaItemKind::Other, QStringLiteral("Any other business")},
  };
  REQUIRE(m.agenda.size() == expected.size());
  for (size_t i = 0; i < expected.size(); ++i) {
    INFO("item " << i + 1 << ": " << m.agenda[i].title);
    CHECK(m.agenda[i].position == static_cast<int>(i) + 1);
    CHECK(m.agenda[i].kind == expected[i].first);
    CHECK(m.agenda[i].title.startsWith(expected[i].second));
  }
  CHECK(m.agenda[2].title == QStringLiteral("New referral: %1 (R.Q.)").arg(referral));
  for (const auto& item : m.agenda) {
    CHECK_FALSE(item.title.contains(notDue));
    for (const char* name : {"Rosa", "Quimby", "Eddie", "Escalated", "Olga", "Oldest", "Oscar", "Dora", "Vera",
                             "Veryhigh"}) {
      INFO(item.title);
      CHECK_FALSE(item.title.contains(QString::fromLatin1(name), Qt::CaseInsensitive));
    }
  }
}

TEST_CASE("rebuilding the agenda adds only what is new and keeps items and their minutes", "[meeting-mode][agenda]") {
  TestBed bed;
  People people(bed);
  const QString first = pendingReferral(bed, "YJAG", "Fay First", QDate(2024, 5, 1));
  const QString review = scoredCase(bed, "YJAG", "Ray Review", 3, 4, QDate(2024, 5, 1));
  const qint64 id = plan(bed, meetingOf("YJAG"));
  const Meeting before = meeting(bed, id);
  REQUIRE(before.agenda.size() == 5);  // attendance, minutes, referral, review, AOB
  ItemRecordInput minute;
  minute.meetingId = id;
  minute.position = positionOf(before, review);
  minute.minutes = QStringLiteral("Discussed before the rebuild");
  REQUIRE(MeetingRunService(bed.ctx).recordItem(minute).ok());

  const QString second = pendingReferral(bed, "YJAG", "Sid Second", QDate(2024, 6, 1));
  auto added = AgendaService(bed.ctx).build(id);
  INFO(errorText(added));
  REQUIRE(added.ok());
  CHECK(added.value() == 1);
  const Meeting after = meeting(bed, id);
  REQUIRE(after.agenda.size() == 6);
  checkContiguous(after);
  CHECK(positionOf(after, first) == 3);
  CHECK(positionOf(after, second) == 4);
  CHECK(after.agenda[3].kind == AgendaItemKind::NewReferral);
  CHECK(positionOf(after, review) == 5);
  CHECK(after.agenda[4].minutes == QStringLiteral("Discussed before the rebuild"));
  CHECK(after.agenda[4].id == before.agenda[3].id);

  auto again = AgendaService(bed.ctx).build(id);
  REQUIRE(again.ok());
  CHECK(again.value() == 0);
  CHECK(meeting(bed, id).agenda.size() == 6);
}

// --- 2. Editing the agenda ------------------------------------------------------------

TEST_CASE("adding, dropping and moving items keep positions contiguous", "[meeting-mode][agenda]") {
  TestBed bed;
  People people(bed);
  const QString onAgenda = scoredCase(bed, "YJAG", "Anna Agenda", 3, 4, QDate(2024, 5, 1));
  const QString offAgenda = scoredCase(bed, "YJAG", "Otto Off", 1, 2, QDate(2024, 6, 10));
  const qint64 id = plan(bed, meetingOf("YJAG"));
  AgendaService agenda(bed.ctx);
  REQUIRE(meeting(bed, id).agenda.size() == 4);

  // A case item goes before any other business by default.
  auto added = agenda.addItem({id, AgendaItemKind::Other, {}, offAgenda, 0});
  INFO(errorText(added));
  REQUIRE(added.ok());
  Meeting m = meeting(bed, id);
  REQUIRE(m.agenda.size() == 5);
  checkContiguous(m);
  CHECK(positionOf(m, offAgenda) == 4);
  CHECK(m.agenda[3].kind == AgendaItemKind::CaseReview);
  CHECK(m.agenda[4].kind == AgendaItemKind::Other);
  CHECK_FALSE(m.agenda[3].title.contains(QStringLiteral("Otto")));

  REQUIRE(agenda.addItem({id, AgendaItemKind::Other, QStringLiteral("Summer events"), {}, 1}).ok());
  m = meeting(bed, id);
  REQUIRE(m.agenda.size() == 6);
  checkContiguous(m);
  CHECK(m.agenda[0].title == QStringLiteral("Summer events"));

  REQUIRE(agenda.moveItem(id, 1, 6).ok());
  m = meeting(bed, id);
  checkContiguous(m);
  CHECK(m.agenda[5].title == QStringLiteral("Summer events"));
  CHECK(m.agenda[0].kind == AgendaItemKind::Attendance);

  REQUIRE(agenda.removeItem(id, 6).ok());
  m = meeting(bed, id);
  REQUIRE(m.agenda.size() == 5);
  checkContiguous(m);

  // Refusals, each leaving the agenda as it was.
  const auto refused = [&](const auto& result, Error::Kind kind, const char* text) {
    REQUIRE_FALSE(result.ok());
    INFO(result.error().message());
    CHECK(result.error().kind == kind);
    CHECK(result.error().message().contains(QString::fromLatin1(text)));
    const Meeting now = meeting(bed, id);
    REQUIRE(now.agenda.size() == m.agenda.size());
    for (size_t i = 0; i < now.agenda.size(); ++i) CHECK(now.agenda[i].id == m.agenda[i].id);
  };
  refused(agenda.addItem({id, AgendaItemKind::Other, {}, onAgenda, 0}), Error::Kind::Conflict, "already item 3");
  refused(agenda.addItem({id, AgendaItemKind::Other, QStringLiteral("  "), {}, 0}), Error::Kind::Invalid, "title");
  refused(agenda.addItem({id, AgendaItemKind::Other, QStringLiteral("Late"), {}, 7}), Error::Kind::Invalid,
          "position 7 is outside the agenda (1 to 6)");
  refused(agenda.addItem({id, AgendaItemKind::Other, QStringLiteral("Late"), {}, -1}), Error::Kind::Invalid,
          "outside the agenda");
  refused(agenda.moveItem(id, 1, 6), Error::Kind::Invalid, "position 6 is outside the agenda (1 to 5)");
  refused(agenda.moveItem(id, 0, 2), Error::Kind::NotFound, "no agenda item 0");
  refused(agenda.moveItem(id, 9, 2), Error::Kind::NotFound, "no agenda item 9");
  refused(agenda.removeItem(id, 6), Error::Kind::NotFound, "no agenda item 6 (it has 5)");

  ItemRecordInput minute;
  minute.meetingId = id;
  minute.position = 3;
  minute.minutes = QStringLiteral("Discussed");
  REQUIRE(MeetingRunService(bed.ctx).recordItem(minute).ok());
  m = meeting(bed, id);
  refused(agenda.removeItem(id, 3), Error::Kind::Conflict, "already has minutes");
}

// --- 3. Written updates ---------------------------------------------------------------

TEST_CASE("a caseworker of the group writes an update on a case item, others may not", "[meeting-mode][agenda][access]") {
  TestBed bed;
  People people(bed);
  const QString reference = scoredCase(bed, "YJAG", "Uma Update", 3, 4, QDate(2024, 5, 1));
  const qint64 id = plan(bed, meetingOf("YJAG"));
  const int position = positionOf(meeting(bed, id), reference);
  auto loaded = GroupAccessPolicy::load(*bed.db);
  REQUIRE(loaded.ok());
  const GroupAccessPolicy policy = loaded.value();
  ServiceContext yjagWorker{*bed.db, bed.clock, Actor{QStringLiteral("casey"), Role::Caseworker, {groupId(bed, "YJAG")}, {}},
                            policy};
  ServiceContext ledgWorker{*bed.db, bed.clock, Actor{QStringLiteral("lee"), Role::Caseworker, {groupId(bed, "LEDG")}, {}},
                            policy};

  const auto denied = AgendaService(ledgWorker).addUpdate(id, position, QStringLiteral("Seen at school"));
  REQUIRE_FALSE(denied.ok());
  CHECK(denied.error().kind == Error::Kind::Denied);
  const auto empty = AgendaService(yjagWorker).addUpdate(id, position, QStringLiteral("  "));
  REQUIRE_FALSE(empty.ok());
  CHECK(empty.error().field == QStringLiteral("update"));
  CHECK(meeting(bed, id).agenda[static_cast<size_t>(position - 1)].updates.empty());

  const auto written = AgendaService(yjagWorker).addUpdate(id, position, QStringLiteral(" Attending school daily "));
  INFO(errorText(written));
  REQUIRE(written.ok());
  const auto updates = meeting(bed, id).agenda[static_cast<size_t>(position - 1)].updates;
  REQUIRE(updates.size() == 1);
  CHECK(updates[0].body == QStringLiteral("Attending school daily"));
  CHECK(updates[0].author == QStringLiteral("casey"));
  CHECK(updates[0].writtenAt == bed.clock.now());
  // Not a case item: the caseworker does not run the meeting.
  CHECK(AgendaService(yjagWorker).addUpdate(id, 1, QStringLiteral("Apologies from police")).error().kind ==
        Error::Kind::Denied);
}

// --- 4. Recording an item -------------------------------------------------------------

TEST_CASE("an item's minutes, re-score, actions and escalation are recorded in one call", "[meeting-mode][record]") {
  TestBed bed;
  People people(bed);
  const QString reference = scoredCase(bed, "YJAG", "Esme Escalate", 3, 3, QDate(2024, 5, 1));
  const qint64 id = plan(bed, meetingOf("YJAG"));
  const int position = positionOf(meeting(bed, id), reference);
  const qint64 assessments = rows(bed, "SELECT count(*) FROM risk_assessments");
  const qint64 audit = auditEntries(bed);

  ItemRecordInput input;
  input.meetingId = id;
  input.position = position;
  input.minutes = QStringLiteral("Risk has risen: new incidents.");
  input.likelihood = 4;
  input.impact = 4;
  input.rationale = QStringLiteral("Three incidents since May");
  input.actions = {{QStringLiteral("Visit the family"), QStringLiteral("Olive Owner"), QDate(2024, 6, 30)},
                   {QStringLiteral("Check housing"), QStringLiteral("Alan Actions"), QDate(2024, 7, 5)}};
  input.decision = ItemDecision::Escalate;
  input.decisionNote = QStringLiteral("Needs the JAG's agencies");
  auto outcome = MeetingRunService(bed.ctx).recordItem(input);
  INFO(errorText(outcome));
  REQUIRE(outcome.ok());
  CHECK(outcome->actionsAdded == 2);
  CHECK(outcome->rescored);
  CHECK(outcome->escalationPrompted);

  CHECK(auditEntries(bed) == audit + 1);
  CHECK(newestAudit(bed).record.caseReference == reference);
  CHECK(rows(bed, "SELECT count(*) FROM risk_assessments") == assessments + 1);
  const auto d = detail(bed, reference);
  CHECK(d.record.currentScore == 16);
  CHECK(d.record.currentBand == RiskBand::High);
  CHECK(d.assessments.back().rationale == QStringLiteral("Three incidents since May"));
  REQUIRE_FALSE(d.referrals.empty());
  CHECK(d.referrals.back().kind == ReferralKind::Escalation);
  CHECK(d.referrals.back().decision == ReferralDecision::Pending);
  CHECK(d.referrals.back().toGroupId.value == groupId(bed, "JAG"));

  const AgendaItem item = meeting(bed, id).agenda[static_cast<size_t>(position - 1)];
  CHECK(item.riskBefore == QStringLiteral("9 Medium"));
  CHECK(item.riskAfter == QStringLiteral("16 High"));
  CHECK(item.minutes == input.minutes);
  CHECK(item.decision == ItemDecision::Escalate);
  CHECK(item.decisionNote == QStringLiteral("Needs the JAG's agencies"));
  CHECK(meeting(bed, id).status == MeetingStatus::Held);

  ActionListRequest request;
  request.meetingId = id;
  auto actions = ActionService(bed.ctx).list(request);
  REQUIRE(actions.ok());
  REQUIRE(actions->size() == 2);
  for (const auto& row : actions.value()) {
    CHECK(row.action.reference == QStringLiteral("150624 Item %1").arg(position));
    CHECK(row.action.meetingId == std::optional<MeetingId>(MeetingId(id)));
    CHECK(row.caseReference == reference);
  }
}

TEST_CASE("a decision that cannot be carried out saves nothing of the item", "[meeting-mode][record][bad-input]") {
  TestBed bed;
  People people(bed);
  const QString reference = scoredCase(bed, "YJAG", "Cora Close", 3, 3, QDate(2024, 5, 1));
  const qint64 id = plan(bed, meetingOf("YJAG"));
  const int position = positionOf(meeting(bed, id), reference);
  const QString before = tableCounts(bed);
  const QString snapBefore = snapshot(bed);

  ItemRecordInput input;
  input.meetingId = id;
  input.position = position;
  input.minutes = QStringLiteral("Agreed to close");
  input.likelihood = 1;
  input.impact = 2;
  input.actions = {{QStringLiteral("Send closing letter"), QStringLiteral("Olive Owner"), QDate(2024, 6, 30)},
                   {QStringLiteral("Tell the school"), QStringLiteral("Alan Actions"), QDate(2024, 6, 30)}};
  input.decision = ItemDecision::Close;
  MeetingRunService run(bed.ctx);
  const auto noOutcome = run.recordItem(input);
  REQUIRE_FALSE(noOutcome.ok());
  CHECK(tableCounts(bed) == before);
  CHECK(snapshot(bed) == snapBefore);
  CHECK(meeting(bed, id).agenda[static_cast<size_t>(position - 1)].minutes.isEmpty());

  input.decision = ItemDecision::ReferOn;
  const auto noForum = run.recordItem(input);
  REQUIRE_FALSE(noForum.ok());
  CHECK(noForum.error().field == QStringLiteral("forum"));
  CHECK(tableCounts(bed) == before);

  input.decision = ItemDecision::Escalate;  // needs a reason
  const auto noReason = run.recordItem(input);
  REQUIRE_FALSE(noReason.ok());
  CHECK(noReason.error().field == QStringLiteral("decision note"));
  CHECK(tableCounts(bed) == before);

  input.decision = ItemDecision::Close;
  input.outcome = Outcome::RiskReduced;
  input.decisionNote = QStringLiteral("Engaging well");
  const auto closed = run.recordItem(input);
  INFO(errorText(closed));
  REQUIRE(closed.ok());
  const auto d = detail(bed, reference);
  CHECK(d.record.status == CaseStatus::Closed);
  CHECK(d.record.outcome == Outcome::RiskReduced);
  CHECK(d.record.closedOn == QDate(2024, 6, 15));
}

TEST_CASE("refer on closes as transferred, accept decides the pending referral, decisions apply once",
          "[meeting-mode][record]") {
  TestBed bed;
  People people(bed);
  const QString referred = pendingReferral(bed, "YJAG", "Pia Pending", QDate(2024, 5, 1));
  const QString onward = scoredCase(bed, "YJAG", "Finn Forum", 3, 4, QDate(2024, 5, 1));
  const qint64 id = plan(bed, meetingOf("YJAG"));
  const Meeting m = meeting(bed, id);
  MeetingRunService run(bed.ctx);

  ItemRecordInput accept;
  accept.meetingId = id;
  accept.position = positionOf(m, referred);
  accept.minutes = QStringLiteral("Meets the criteria");
  accept.decision = ItemDecision::Accept;
  auto accepted = run.recordItem(accept);
  INFO(errorText(accepted));
  REQUIRE(accepted.ok());
  auto d = detail(bed, referred);
  CHECK(d.record.status == CaseStatus::Open);
  CHECK(d.referrals.back().decision == ReferralDecision::Accepted);
  const qint64 referralRows = rows(bed, "SELECT count(*) FROM referrals");
  const qint64 events = rows(bed, "SELECT count(*) FROM case_events");

  // Again, with a corrected minute: the decision is not carried out twice.
  accept.minutes = QStringLiteral("Meets the criteria (corrected)");
  REQUIRE(run.recordItem(accept).ok());
  CHECK(rows(bed, "SELECT count(*) FROM referrals") == referralRows);
  CHECK(rows(bed, "SELECT count(*) FROM case_events") == events);
  CHECK(meeting(bed, id).agenda[static_cast<size_t>(accept.position - 1)].minutes == accept.minutes);

  // Another effectful decision on the same item is refused.
  ItemRecordInput decline = accept;
  decline.decision = ItemDecision::Decline;
  decline.decisionNote = QStringLiteral("Changed our minds");
  const auto refused = run.recordItem(decline);
  REQUIRE_FALSE(refused.ok());
  CHECK(refused.error().kind == Error::Kind::Conflict);
  CHECK(refused.error().field == QStringLiteral("decision"));
  CHECK(detail(bed, referred).record.status == CaseStatus::Open);
  // So is going back to "continue" or no decision: the minutes keep what was carried out.
  for (ItemDecision undone : {ItemDecision::Continue, ItemDecision::None}) {
    ItemRecordInput back = accept;
    back.decision = undone;
    const auto kept = run.recordItem(back);
    REQUIRE_FALSE(kept.ok());
    CHECK(kept.error().field == QStringLiteral("decision"));
  }
  CHECK(meeting(bed, id).agenda[static_cast<size_t>(accept.position - 1)].decision == ItemDecision::Accept);

  ItemRecordInput referOn;
  referOn.meetingId = id;
  referOn.position = positionOf(m, onward);
  referOn.minutes = QStringLiteral("Domestic abuse: MARAC");
  referOn.decision = ItemDecision::ReferOn;
  referOn.forum = Forum::Marac;
  referOn.decisionNote = QStringLiteral("High-risk domestic abuse");
  auto referredOn = run.recordItem(referOn);
  INFO(errorText(referredOn));
  REQUIRE(referredOn.ok());
  d = detail(bed, onward);
  CHECK(d.record.status == CaseStatus::Closed);
  CHECK(d.record.outcome == Outcome::TransferredToOtherForum);
  CHECK(d.record.transferredTo == Forum::Marac);
}

// --- 5. Sign-off and amendments --------------------------------------------------------

TEST_CASE("sign-off needs the register and a held meeting, then locks the minutes", "[meeting-mode][sign-off]") {
  TestBed bed;
  People people(bed);
  const QString minuted = scoredCase(bed, "YJAG", "Mia Minuted", 3, 4, QDate(2024, 5, 1));
  const QString untouched = scoredCase(bed, "YJAG", "Udo Untouched", 4, 5, QDate(2024, 6, 10));
  const qint64 id = plan(bed, meetingOf("YJAG"));
  const qint64 future = plan(bed, meetingOf("YJAG", QDate(2024, 7, 13)));
  MeetingRunService run(bed.ctx);
  AgendaService agenda(bed.ctx);

  const auto noRegister = run.signOff(id);
  REQUIRE_FALSE(noRegister.ok());
  CHECK(noRegister.error().field == QStringLiteral("attendance"));
  attend(bed, future, "Jo Chair", AttendanceStatus::Present);
  const auto notYet = run.signOff(future);
  REQUIRE_FALSE(notYet.ok());
  CHECK(notYet.error().message().contains(QStringLiteral("in the future")));
  CHECK_FALSE(meeting(bed, future).isSignedOff());

  const auto early = run.amend(id, 0, QStringLiteral("Correction"));
  REQUIRE_FALSE(early.ok());
  CHECK(early.error().message().contains(QStringLiteral("not signed off")));

  attend(bed, id, "Jo Chair", AttendanceStatus::Present);
  ItemRecordInput minute;
  minute.meetingId = id;
  minute.position = positionOf(meeting(bed, id), minuted);
  minute.minutes = QStringLiteral("Reviewed");
  REQUIRE(run.recordItem(minute).ok());
  REQUIRE(run.signOff(id).ok());
  const Meeting signedOff = meeting(bed, id);
  CHECK(signedOff.isSignedOff());
  CHECK(signedOff.signedOffAt == bed.clock.now());
  CHECK(signedOff.signedOffBy == QStringLiteral("tester"));
  for (const auto& item : signedOff.agenda) {
    INFO(item.title);
    if (item.caseId) {
      CHECK_FALSE(item.riskBefore.isEmpty());
    } else {
      CHECK(item.riskBefore.isEmpty());
    }
  }
  CHECK(signedOff.agenda[static_cast<size_t>(positionOf(signedOff, untouched) - 1)].riskBefore ==
        QStringLiteral("20 Very high"));
  CHECK(signedOff.agenda[static_cast<size_t>(minute.position - 1)].riskBefore == QStringLiteral("12 High"));

  const QString counts = tableCounts(bed);
  auto mentionsAmendment = [&](const Status& status) {
    REQUIRE_FALSE(status.ok());
    INFO(status.error().message());
    CHECK(status.error().message().contains(QStringLiteral("amendment")));
  };
  minute.minutes = QStringLiteral("Rewritten");
  mentionsAmendment(run.recordItem(minute).ok() ? Status() : Status(run.recordItem(minute).error()));
  const auto added = agenda.addItem({id, AgendaItemKind::Other, QStringLiteral("Late item"), {}, 0});
  mentionsAmendment(added.ok() ? Status() : Status(added.error()));
  const auto rebuilt = agenda.build(id);
  mentionsAmendment(rebuilt.ok() ? Status() : Status(rebuilt.error()));
  mentionsAmendment(agenda.addUpdate(id, minute.position, QStringLiteral("Late update")));
  mentionsAmendment(agenda.moveItem(id, 1, 2));
  mentionsAmendment(agenda.removeItem(id, 1));
  CHECK(tableCounts(bed) == counts);
  CHECK(meeting(bed, id).agenda[static_cast<size_t>(minute.position - 1)].minutes == QStringLiteral("Reviewed"));

  REQUIRE(run.amend(id, minute.position, QStringLiteral("Read 'reviewed and kept open'")).ok());
  REQUIRE(run.amend(id, 0, QStringLiteral("Apologies from the fire service were received")).ok());
  CHECK_FALSE(run.amend(id, 99, QStringLiteral("Nowhere")).ok());
  CHECK_FALSE(run.amend(id, 0, QStringLiteral(" ")).ok());
  auto record = MeetingRecordService(bed.ctx).record(id);
  REQUIRE(record.ok());
  REQUIRE(record->amendments.size() == 2);
  CHECK(record->amendments[0].itemPosition == minute.position);
  CHECK(record->amendments[0].text == QStringLiteral("Read 'reviewed and kept open'"));
  CHECK(record->amendments[1].itemPosition == 0);
  CHECK(record->items[static_cast<size_t>(minute.position - 1)].minutes == QStringLiteral("Reviewed"));
}

// --- 6. The documents' record ---------------------------------------------------------

TEST_CASE("the meeting record orders the register, groups actions and names no subject", "[meeting-mode][record]") {
  TestBed bed;
  People people(bed);
  const QString reference = scoredCase(bed, "YJAG", "Zelda Quartermaine", 3, 4, QDate(2024, 4, 10), "Olive Owner");
  const QString second = scoredCase(bed, "YJAG", "Yusuf Brightwater", 3, 3, QDate(2024, 4, 1));
  // An earlier meeting's action still open, and one done (left out of the log).
  const qint64 earlier = plan(bed, meetingOf("YJAG", QDate(2024, 5, 18)));
  const int earlierPosition = positionOf(meeting(bed, earlier), reference);
  ItemRecordInput old;
  old.meetingId = earlier;
  old.position = earlierPosition;
  old.minutes = QStringLiteral("First look");
  old.actions = {{QStringLiteral("Old outstanding action"), QStringLiteral("Alan Actions"), QDate(2024, 6, 1)},
                 {QStringLiteral("Old finished action"), QStringLiteral("Alan Actions"), QDate(2024, 6, 1)}};
  REQUIRE(MeetingRunService(bed.ctx).recordItem(old).ok());
  ActionListRequest earlierActions;
  earlierActions.meetingId = earlier;
  const auto oldRows = ActionService(bed.ctx).list(earlierActions).value();
  REQUIRE(oldRows.size() == 2);
  for (const auto& row : oldRows) {
    if (row.action.text == QStringLiteral("Old finished action")) {
      ActionUpdateInput done;
      done.actionId = row.action.id.value;
      done.status = ActionStatus::Complete;
      done.text = QStringLiteral("Completed");
      REQUIRE(ActionService(bed.ctx).update(done).ok());
    }
  }

  const qint64 id = plan(bed, meetingOf("YJAG"));
  attend(bed, id, "Nina Nothing", AttendanceStatus::Absent);
  attend(bed, id, "Alan Actions", AttendanceStatus::Apologies);
  attend(bed, id, "Olive Owner", AttendanceStatus::Deputy, "Dee Deputy");
  attend(bed, id, "Min Taker", AttendanceStatus::Present);
  attend(bed, id, "Jo Chair", AttendanceStatus::Present);
  const Meeting m = meeting(bed, id);
  const int first = positionOf(m, reference), other = positionOf(m, second);
  ItemRecordInput a;
  a.meetingId = id;
  a.position = first;
  a.minutes = QStringLiteral("Improving");
  a.likelihood = 2;
  a.impact = 4;
  a.actions = {{QStringLiteral("Action A1"), QStringLiteral("Olive Owner"), QDate(2024, 7, 1)},
               {QStringLiteral("Action A2"), QStringLiteral("Alan Actions"), QDate(2024, 7, 1)}};
  REQUIRE(MeetingRunService(bed.ctx).recordItem(a).ok());
  ItemRecordInput b;
  b.meetingId = id;
  b.position = other;
  b.minutes = QStringLiteral("No change");
  b.actions = {{QStringLiteral("Action B1"), QStringLiteral("Jo Chair"), QDate(2024, 7, 1)}};
  REQUIRE(MeetingRunService(bed.ctx).recordItem(b).ok());
  REQUIRE(AgendaService(bed.ctx).addUpdate(id, other, QStringLiteral("Written update text")).ok());

  auto record = MeetingRecordService(bed.ctx).record(id);
  INFO(errorText(record));
  REQUIRE(record.ok());
  const MeetingRecord& r = record.value();
  CHECK(r.groupCode == QStringLiteral("YJAG"));
  CHECK(r.chair == QStringLiteral("Jo Chair"));
  CHECK(r.minuteTaker == QStringLiteral("Min Taker"));
  REQUIRE(r.attendees.size() == 5);
  CHECK(r.attendees[0].name == QStringLiteral("Jo Chair"));
  CHECK(r.attendees[0].agency == QStringLiteral("Police"));
  CHECK(r.attendees[1].name == QStringLiteral("Min Taker"));
  CHECK(r.attendees[2].name == QStringLiteral("Olive Owner"));
  CHECK(r.attendees[2].status == AttendanceStatus::Deputy);
  CHECK(r.attendees[2].deputy == QStringLiteral("Dee Deputy"));
  CHECK(r.attendees[3].status == AttendanceStatus::Apologies);
  CHECK(r.attendees[4].status == AttendanceStatus::Absent);

  REQUIRE(r.items.size() == m.agenda.size());
  const RecordItem& itemA = r.items[static_cast<size_t>(first - 1)];
  REQUIRE(itemA.actions.size() == 2);
  CHECK(itemA.actions[0].reference == QStringLiteral("150624 Item %1").arg(first));
  CHECK(itemA.caseReference == reference);
  CHECK(itemA.initials == QStringLiteral("Z.Q."));
  CHECK(itemA.riskBefore == QStringLiteral("12 High"));
  CHECK(itemA.riskAfter == QStringLiteral("8 Medium"));
  const RecordItem& itemB = r.items[static_cast<size_t>(other - 1)];
  REQUIRE(itemB.actions.size() == 1);
  CHECK(itemB.actions[0].text == QStringLiteral("Action B1"));
  REQUIRE(itemB.updates.size() == 1);
  CHECK(r.items[0].actions.empty());

  QStringList logTexts;
  for (const auto& action : r.actionLog) logTexts << action.text;
  CHECK(logTexts.size() == 4);
  CHECK(logTexts.contains(QStringLiteral("Old outstanding action")));
  CHECK_FALSE(logTexts.contains(QStringLiteral("Old finished action")));
  CHECK(logTexts.indexOf(QStringLiteral("Old outstanding action")) == 3);

  // Every string the documents could print, searched for the subjects' details.
  QStringList all{r.groupCode, r.groupName, r.venue, r.onlineLink, r.chair, r.minuteTaker, r.signedOffBy};
  for (const auto& x : r.attendees) all << x.name << x.agency << x.deputy;
  for (const auto& x : r.invited) all << x;
  for (const auto& item : r.items) {
    all << item.title << item.caseReference << item.initials << item.riskBefore << item.riskAfter << item.minutes
        << item.decisionNote;
    for (const auto& u : item.updates) all << u.author << u.body;
    for (const auto& x : item.actions) all << x.reference << x.caseReference << x.text << x.owner << x.update;
  }
  for (const auto& x : r.actionLog) all << x.reference << x.caseReference << x.text << x.owner << x.update;
  for (const auto& x : r.amendments) all << x.madeBy << x.text;
  const QString text = all.join(QLatin1Char('\n'));
  for (const char* secret : {"Zelda", "Quartermaine", "Yusuf", "Brightwater", "2000-01-01", "01/01/2000", "1 Jan 2000"}) {
    INFO(secret);
    CHECK_FALSE(text.contains(QString::fromLatin1(secret), Qt::CaseInsensitive));
  }
}

// --- 7. Exporting a document ----------------------------------------------------------

TEST_CASE("a meeting document is exported with the reason rule, one audit entry and no file on failure",
          "[meeting-mode][export]") {
  TestBed bed;
  People people(bed);
  scoredCase(bed, "YJAG", "Xena Export", 3, 4, QDate(2024, 5, 1));
  const qint64 id = plan(bed, meetingOf("YJAG"));
  REQUIRE(AuditService(bed.ctx).setReasonRule(ReasonRule::Exports).ok());
  QTemporaryDir dir;
  const QString path = dir.filePath(QStringLiteral("minutes.odt"));
  int writes = 0;
  const MeetingRecordService::Writer writer = [&](const MeetingRecord& record, const QString& to) -> Status {
    ++writes;
    QFile file(to);
    if (!file.open(QIODevice::WriteOnly)) return Error::invalid(QStringLiteral("file"), QStringLiteral("cannot write"));
    file.write(record.groupCode.toUtf8());
    return {};
  };
  MeetingRecordService records(bed.ctx);

  qint64 audit = auditEntries(bed);
  const auto noReason = records.exportDocument(id, QStringLiteral("minutes"), path, QStringLiteral(" "), writer);
  REQUIRE_FALSE(noReason.ok());
  CHECK(noReason.error().field == QStringLiteral("reason"));
  CHECK(writes == 0);
  CHECK_FALSE(QFile::exists(path));
  CHECK(auditEntries(bed) == audit);

  const auto done = records.exportDocument(id, QStringLiteral("minutes"), path, QStringLiteral("For the JAG pack"), writer);
  INFO(errorText(done));
  REQUIRE(done.ok());
  CHECK(writes == 1);
  CHECK(fileBytes(path) == QByteArray("YJAG"));
  CHECK(auditEntries(bed) == audit + 1);
  const AuditEntry entry = newestAudit(bed);
  CHECK(entry.record.event == AuditEvent::Export);
  CHECK(entry.record.reason == QStringLiteral("For the JAG pack"));
  CHECK(entry.record.detail.contains(QStringLiteral("minutes")));
  CHECK_FALSE(entry.record.detail.contains(path));

  audit = auditEntries(bed);
  const QString failedPath = dir.filePath(QStringLiteral("failed.pdf"));
  const auto failed = records.exportDocument(id, QStringLiteral("minutes"), failedPath, QStringLiteral("Pack"),
                                             [](const MeetingRecord&, const QString&) -> Status {
                                               return Error::invalid(QStringLiteral("file"), QStringLiteral("disk full"));
                                             });
  REQUIRE_FALSE(failed.ok());
  CHECK(failed.error().problem == QStringLiteral("disk full"));
  CHECK(auditEntries(bed) == audit);
  CHECK_FALSE(QFile::exists(failedPath));

  auto loaded = GroupAccessPolicy::load(*bed.db);
  REQUIRE(loaded.ok());
  const GroupAccessPolicy policy = loaded.value();
  ServiceContext worker{*bed.db, bed.clock, Actor{QStringLiteral("casey"), Role::Caseworker, {groupId(bed, "YJAG")}, {}},
                        policy};
  const QString deniedPath = dir.filePath(QStringLiteral("denied.xlsx"));
  const auto denied = MeetingRecordService(worker).exportDocument(id, QStringLiteral("actions"), deniedPath,
                                                                  QStringLiteral("Pack"), writer);
  REQUIRE_FALSE(denied.ok());
  CHECK(denied.error().kind == Error::Kind::Denied);
  CHECK(writes == 1);
  CHECK_FALSE(QFile::exists(deniedPath));
  CHECK(auditEntries(bed) == audit);
  // The caseworker may still read the record on screen.
  CHECK(MeetingRecordService(worker).record(id).ok());
}

// --- 8. Attendance --------------------------------------------------------------------

TEST_CASE("attendance insight counts the last meetings and lists apologies without a deputy", "[meeting-mode][attendance]") {
  TestBed bed;
  People people(bed);
  // Four meetings with a register, one cancelled, one older than the last three counted.
  const qint64 oldest = plan(bed, meetingOf("YJAG", QDate(2024, 3, 2)));
  const qint64 m1 = plan(bed, meetingOf("YJAG", QDate(2024, 4, 13)));
  const qint64 m2 = plan(bed, meetingOf("YJAG", QDate(2024, 5, 4)));
  auto cancelled = meetingOf("YJAG", QDate(2024, 5, 25));
  cancelled.status = MeetingStatus::Cancelled;
  plan(bed, cancelled);
  const qint64 m3 = plan(bed, meetingOf("YJAG", QDate(2024, 6, 8)));
  attend(bed, oldest, "Nina Nothing", AttendanceStatus::Present);  // not counted with --last 3
  attend(bed, oldest, "Alan Actions", AttendanceStatus::Present);
  // Jo: present, present, present -> 3/3. Min: deputy, update sent, absent -> 2/3.
  // Olive: apologies, present, apologies -> 1/3. Alan: no record at all -> 0/3.
  // Nina: apologies, absent, nothing -> 0/3.
  attend(bed, m1, "Jo Chair", AttendanceStatus::Present);
  attend(bed, m2, "Jo Chair", AttendanceStatus::Present);
  attend(bed, m3, "Jo Chair", AttendanceStatus::Present);
  attend(bed, m1, "Min Taker", AttendanceStatus::Deputy, "Sam Standin");
  attend(bed, m2, "Min Taker", AttendanceStatus::UpdateSent);
  attend(bed, m3, "Min Taker", AttendanceStatus::Absent);
  attend(bed, m1, "Olive Owner", AttendanceStatus::Apologies);
  attend(bed, m2, "Olive Owner", AttendanceStatus::Present);
  attend(bed, m3, "Olive Owner", AttendanceStatus::Apologies);
  attend(bed, m1, "Nina Nothing", AttendanceStatus::Apologies);
  attend(bed, m2, "Nina Nothing", AttendanceStatus::Absent);

  auto insight = AttendanceService(bed.ctx).insight(QStringLiteral("YJAG"), 3);
  INFO(errorText(insight));
  REQUIRE(insight.ok());
  CHECK(insight->meetingsCounted == 3);
  std::map<QString, std::pair<int, int>> members;
  for (const auto& rate : insight->byMember) members[rate.label] = {rate.represented, rate.meetings};
  CHECK(members[QStringLiteral("Jo Chair")] == std::pair(3, 3));
  CHECK(members[QStringLiteral("Min Taker")] == std::pair(2, 3));
  CHECK(members[QStringLiteral("Olive Owner")] == std::pair(1, 3));
  CHECK(members[QStringLiteral("Alan Actions")] == std::pair(0, 3));
  CHECK(members[QStringLiteral("Nina Nothing")] == std::pair(0, 3));
  CHECK(insight->byMember.front().rate() == 0.0);
  CHECK(insight->byMember.back().label == QStringLiteral("Jo Chair"));
  // Agencies: POL (Jo) 3/3, LA (Min) 2/3, YJS (Olive) 1/3, HOUS (Alan) 0/3, FIRE (Nina) 0/3.
  std::map<QString, std::pair<int, int>> agencies;
  for (const auto& rate : insight->byAgency) agencies[rate.label] = {rate.represented, rate.meetings};
  CHECK(agencies[QStringLiteral("POL")] == std::pair(3, 3));
  CHECK(agencies[QStringLiteral("LA")] == std::pair(2, 3));
  CHECK(agencies[QStringLiteral("YJS")] == std::pair(1, 3));
  CHECK(agencies[QStringLiteral("HOUS")] == std::pair(0, 3));
  CHECK(agencies[QStringLiteral("FIRE")] == std::pair(0, 3));
  REQUIRE(insight->apologiesWithoutDeputy.size() == 3);
  CHECK(insight->apologiesWithoutDeputy[0].heldOn == QDate(2024, 6, 8));
  CHECK(insight->apologiesWithoutDeputy[0].member == QStringLiteral("Olive Owner"));
  CHECK(insight->apologiesWithoutDeputy[1].heldOn == QDate(2024, 4, 13));
  CHECK(insight->apologiesWithoutDeputy[2].heldOn == QDate(2024, 4, 13));

  auto all = AttendanceService(bed.ctx).insight(QStringLiteral("YJAG"), 10);
  REQUIRE(all.ok());
  CHECK(all->meetingsCounted == 4);
  CHECK_FALSE(AttendanceService(bed.ctx).insight(QStringLiteral("YJAG"), 0).ok());
  CHECK_FALSE(AttendanceService(bed.ctx).insight(QStringLiteral("NOPE"), 3).ok());
}

TEST_CASE("invites are suggested with why, and an unknown invitee changes nothing", "[meeting-mode][attendance]") {
  TestBed bed;
  People people(bed);
  const QString owned = scoredCase(bed, "YJAG", "Oona Owned", 3, 4, QDate(2024, 5, 1), "Olive Owner");
  // Alan owns an open action on the case; Nina has nothing on the agenda.
  NewActionInput action;
  action.caseReference = owned;
  action.text = QStringLiteral("Visit");
  action.owner = QStringLiteral("Alan Actions");
  action.dueOn = QDate(2024, 7, 1);
  REQUIRE(ActionService(bed.ctx).add(action).ok());
  const qint64 id = plan(bed, meetingOf("YJAG"));

  auto suggested = AttendanceService(bed.ctx).suggestInvites(id);
  INFO(errorText(suggested));
  REQUIRE(suggested.ok());
  std::map<QString, InviteSuggestion> byName;
  for (const auto& s : suggested.value()) byName[s.member.name] = s;
  REQUIRE(byName.size() == 5);
  CHECK(byName[QStringLiteral("Jo Chair")].suggested);
  CHECK(byName[QStringLiteral("Jo Chair")].why == QStringLiteral("runs the meeting"));
  CHECK(byName[QStringLiteral("Min Taker")].suggested);
  CHECK(byName[QStringLiteral("Olive Owner")].suggested);
  CHECK(byName[QStringLiteral("Olive Owner")].why == QStringLiteral("owns a case on the agenda"));
  CHECK(byName[QStringLiteral("Alan Actions")].suggested);
  CHECK(byName[QStringLiteral("Alan Actions")].why == QStringLiteral("owns an outstanding action"));
  CHECK_FALSE(byName[QStringLiteral("Nina Nothing")].suggested);
  CHECK(byName[QStringLiteral("Nina Nothing")].why == QStringLiteral("nothing on the agenda"));

  AttendanceService attendance(bed.ctx);
  REQUIRE(attendance.setInvitations(id, {QStringLiteral("Jo Chair"), QStringLiteral("Olive Owner")}).ok());
  const auto before = meeting(bed, id).invited;
  REQUIRE(before.size() == 2);
  const qint64 audit = auditEntries(bed);
  const auto unknown = attendance.setInvitations(id, {QStringLiteral("Alan Actions"), QStringLiteral("Nobody Known")});
  REQUIRE_FALSE(unknown.ok());
  CHECK(unknown.error().message().contains(QStringLiteral("Nobody Known")));
  CHECK(meeting(bed, id).invited == before);
  CHECK(auditEntries(bed) == audit);
  auto record = MeetingRecordService(bed.ctx).record(id);
  REQUIRE(record.ok());
  CHECK(record->invited == std::vector<QString>{QStringLiteral("Jo Chair"), QStringLiteral("Olive Owner")});
}

// --- Review findings: items keep their actions, updates and amendments ----------------

TEST_CASE("moving an item carries its actions' numbers with it and an item with actions or updates stays",
          "[meeting-mode][agenda]") {
  TestBed bed;
  People people(bed);
  const QString first = scoredCase(bed, "YJAG", "Ada First", 4, 4, QDate(2024, 5, 1));
  const QString second = scoredCase(bed, "YJAG", "Ben Second", 4, 4, QDate(2024, 5, 2));
  const qint64 id = plan(bed, meetingOf("YJAG"));
  const int from = positionOf(meeting(bed, id), first);
  ItemRecordInput input;
  input.meetingId = id;
  input.position = from;
  input.actions = {{QStringLiteral("Visit Ada's school"), QStringLiteral("Olive Owner"), QDate(2024, 6, 30)}};
  REQUIRE(MeetingRunService(bed.ctx).recordItem(input).ok());
  REQUIRE(AgendaService(bed.ctx).addUpdate(id, positionOf(meeting(bed, id), second), QStringLiteral("Seen twice")).ok());

  const int to = positionOf(meeting(bed, id), second);
  REQUIRE(AgendaService(bed.ctx).moveItem(id, from, to).ok());
  const int now = positionOf(meeting(bed, id), first);
  CHECK(now == to);
  auto record = MeetingRecordService(bed.ctx).record(id);
  REQUIRE(record.ok());
  for (const auto& item : record->items) {
    if (item.caseReference == first) {
      REQUIRE(item.actions.size() == 1);
      CHECK(item.actions.front().reference == QStringLiteral("150624 Item %1").arg(now));
    } else {
      CHECK(item.actions.empty());
    }
  }
  // Neither the item with the action nor the one with the update can be dropped.
  for (const QString& reference : {first, second}) {
    const QString before = snapshot(bed);
    const auto refused = AgendaService(bed.ctx).removeItem(id, positionOf(meeting(bed, id), reference));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == Error::Kind::Conflict);
    CHECK(snapshot(bed) == before);
  }
}

TEST_CASE("a meeting's agenda takes only its group's and sub-groups' cases, or those waiting for it",
          "[meeting-mode][agenda][access]") {
  TestBed bed;
  People people(bed);
  const QString ledg = scoredCase(bed, "LEDG", "Lou Elsewhere", 2, 2, QDate(2024, 5, 1));
  const QString yjag = scoredCase(bed, "YJAG", "Yan Young", 2, 2, QDate(2024, 5, 1));
  const qint64 yjagMeeting = plan(bed, meetingOf("YJAG"));
  NewAgendaItemInput other{yjagMeeting, AgendaItemKind::CaseReview, {}, ledg, 0};
  const auto refused = AgendaService(bed.ctx).addItem(other);
  REQUIRE_FALSE(refused.ok());
  CHECK(refused.error().field == QStringLiteral("case"));
  // A JAG meeting may take a YJAG case: the JAG is the sub-group's parent.
  const qint64 jagMeeting = plan(bed, meetingOf("JAG"));
  NewAgendaItemInput sub{jagMeeting, AgendaItemKind::CaseReview, {}, yjag, 0};
  CHECK(AgendaService(bed.ctx).addItem(sub).ok());
}

TEST_CASE("a signed-off meeting takes no new action and an amendment goes with its case", "[meeting-mode][sign-off]") {
  TestBed bed;
  People people(bed);
  const QString reference = scoredCase(bed, "YJAG", "Amy Amended", 3, 3, QDate(2024, 5, 1));
  const qint64 id = plan(bed, meetingOf("YJAG"));
  attend(bed, id, "Jo Chair", AttendanceStatus::Present);
  REQUIRE(MeetingRunService(bed.ctx).signOff(id).ok());
  const int position = positionOf(meeting(bed, id), reference);

  NewActionInput late;
  late.meetingId = id;
  late.agendaItem = position;
  late.caseReference = reference;
  late.text = QStringLiteral("Agreed afterwards");
  late.owner = QStringLiteral("Olive Owner");
  late.dueOn = QDate(2024, 7, 1);
  const auto refused = ActionService(bed.ctx).add(late);
  REQUIRE_FALSE(refused.ok());
  CHECK(refused.error().fix.contains(QStringLiteral("amendment")));

  REQUIRE(MeetingRunService(bed.ctx).amend(id, position, QStringLiteral("Amy's new address is known to police")).ok());
  CHECK(rows(bed, "SELECT count(*) FROM meeting_amendments WHERE case_id IS NOT NULL") == 1);
  // The amendment is one of the case's rows: deleting the case, as a purge does, takes it.
  REQUIRE(bed.db->write([&]() -> Status {
                  SqlStatement q(*bed.db, "DELETE FROM cases WHERE reference = ?");
                  q.bind(reference).exec();
                  return {};
                }).ok());
  CHECK(rows(bed, "SELECT count(*) FROM meeting_amendments") == 0);
}
