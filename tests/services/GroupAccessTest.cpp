#include "ExportService.h"
#include "GroupAccessPolicy.h"
#include "ReferralService.h"
#include "ServiceFixture.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QTemporaryDir>

using namespace casebook;
using namespace casebook::test;

namespace {

qint64 groupId(TestBed& bed, const char* code) {
  for (const auto& g : DirectoryService(bed.ctx).groups().value()) {
    if (g.group.code == QLatin1String(code)) return g.group.id.value;
  }
  FAIL("no group " << code);
  return 0;
}

// The same database, seen by another user through the group access policy.
struct As {
  GroupAccessPolicy policy;
  ServiceContext ctx;
  As(TestBed& bed, const GroupAccessPolicy& loaded, Actor actor) : policy(loaded), ctx{*bed.db, bed.clock, std::move(actor), policy} {}
};

}  // namespace

TEST_CASE("group access: the services refuse a case outside the user's reach and change nothing", "[access]") {
  TestBed bed;
  const QString yjagCase = createCase(bed, newCase("YJAG", "Young Person"));
  const QString ledgCase = createCase(bed, newCase("LEDG", "Shop Keeper"));
  auto loaded = GroupAccessPolicy::load(*bed.db);
  REQUIRE(loaded.ok());
  const qint64 jag = groupId(bed, "JAG"), yjag = groupId(bed, "YJAG"), ledg = groupId(bed, "LEDG");
  const QString before = snapshot(bed.ctx);

  As ledgWorker(bed, loaded.value(), Actor{QStringLiteral("casey"), Role::Caseworker, {ledg}, {}});
  auto hidden = CaseReader(ledgWorker.ctx).get(yjagCase);
  REQUIRE_FALSE(hidden.ok());
  CHECK(hidden.error().kind == Error::Kind::Denied);
  CHECK(hidden.error().message().contains(QStringLiteral("casey (caseworker) may not view a case in YJAG")));
  CHECK(CaseReader(ledgWorker.ctx).get(ledgCase).ok());
  CHECK_FALSE(CaseService(ledgWorker.ctx).addNote(yjagCase, QStringLiteral("Seen"), QStringLiteral("casey")).ok());
  CHECK(snapshot(bed.ctx) == before);
  CHECK(CaseService(ledgWorker.ctx).addNote(ledgCase, QStringLiteral("Seen"), QStringLiteral("casey")).ok());

  As jagChair(bed, loaded.value(), Actor{QStringLiteral("jo"), Role::Chair, {jag}, {jag}});
  CHECK(CaseReader(jagChair.ctx).get(yjagCase).ok());  // the JAG chair reaches a sub-group's case

  As jagMember(bed, loaded.value(), Actor{QStringLiteral("sam"), Role::Caseworker, {jag}, {}});
  CHECK_FALSE(CaseReader(jagMember.ctx).get(yjagCase).ok());

  As viewer(bed, loaded.value(), Actor{QStringLiteral("vi"), Role::Viewer, {yjag}, {}});
  CHECK(CaseReader(viewer.ctx).get(yjagCase).ok());
  const QString beforeViewer = snapshot(bed.ctx);
  CHECK_FALSE(CaseService(viewer.ctx).addNote(yjagCase, QStringLiteral("Seen"), QStringLiteral("vi")).ok());
  CHECK(snapshot(bed.ctx) == beforeViewer);
}

TEST_CASE("group access: lists, searches and exports across groups show only the groups a user reaches", "[access]") {
  TestBed bed;
  const QString yjagCase = createCase(bed, newCase("YJAG", "Hidden Youngster"));
  const QString ledgCase = createCase(bed, newCase("LEDG", "Shop Keeper"));
  for (const QString& reference : {yjagCase, ledgCase}) {
    NewActionInput action;
    action.caseReference = reference;
    action.text = QStringLiteral("Visit");
    action.ownerAgency = QStringLiteral("POL");
    action.dueOn = QDate(2024, 7, 1);
    REQUIRE(ActionService(bed.ctx).add(action).ok());
  }
  auto loaded = GroupAccessPolicy::load(*bed.db);
  REQUIRE(loaded.ok());
  const qint64 jag = groupId(bed, "JAG"), ledg = groupId(bed, "LEDG");
  QTemporaryDir dir;

  As ledgWorker(bed, loaded.value(), Actor{QStringLiteral("casey"), Role::Caseworker, {ledg}, {}});
  auto listed = CaseReader(ledgWorker.ctx).list(CaseListRequest{});
  REQUIRE(listed.ok());
  REQUIRE(listed->total == 1);
  CHECK(listed->rows.front().reference == ledgCase);
  CaseListRequest search;
  search.text = QStringLiteral("Youngster");
  CHECK(CaseReader(ledgWorker.ctx).list(search)->total == 0);
  auto actions = ActionService(ledgWorker.ctx).list(ActionListRequest{});
  REQUIRE(actions.ok());
  REQUIRE(actions->size() == 1);
  CHECK(actions->front().caseReference == ledgCase);
  CHECK_FALSE(ExportService(ledgWorker.ctx).exportCases(dir.filePath(QStringLiteral("c.csv")), CaseListRequest{}).ok());
  CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("c.csv"))));

  As ledgChair(bed, loaded.value(), Actor{QStringLiteral("lee"), Role::Chair, {ledg}, {ledg}});
  CaseListRequest ledgOnly;
  ledgOnly.groupCode = QStringLiteral("LEDG");
  CHECK(ExportService(ledgChair.ctx).exportCases(dir.filePath(QStringLiteral("ledg.csv")), ledgOnly).ok());
  CHECK_FALSE(ExportService(ledgChair.ctx).exportCases(dir.filePath(QStringLiteral("all.csv")), CaseListRequest{}).ok());

  As nobody(bed, loaded.value(), Actor{QStringLiteral("new"), Role::Caseworker, {}, {}});
  CHECK(CaseReader(nobody.ctx).list(CaseListRequest{})->total == 0);  // no group: no cases, not every case

  As jagChair(bed, loaded.value(), Actor{QStringLiteral("jo"), Role::Chair, {jag}, {jag}});
  CHECK(CaseReader(jagChair.ctx).list(CaseListRequest{})->total == 2);
}

TEST_CASE("group access: a case out of reach cannot be referred on, given actions or seen through duplicates", "[access]") {
  TestBed bed;
  const QString yjagCase = createCase(bed, newCase("YJAG", "Hidden Youngster"));
  NewMeetingInput meeting;
  meeting.groupCode = QStringLiteral("LEDG");
  meeting.heldOn = QDate(2024, 7, 1);
  meeting.venue = QStringLiteral("Town hall");
  auto ledgMeeting = MeetingService(bed.ctx).add(meeting);
  INFO(errorText(ledgMeeting));
  REQUIRE(ledgMeeting.ok());
  auto loaded = GroupAccessPolicy::load(*bed.db);
  REQUIRE(loaded.ok());
  const qint64 ledg = groupId(bed, "LEDG");
  As ledgChair(bed, loaded.value(), Actor{QStringLiteral("lee"), Role::Chair, {ledg}, {ledg}});
  const QString before = snapshot(bed.ctx);

  ReferralInput referral;
  referral.groupCode = QStringLiteral("LEDG");
  referral.receivedOn = QDate(2024, 6, 1);
  referral.reason = QStringLiteral("Moved into the east side");
  auto referred = ReferralService(ledgChair.ctx).refer(yjagCase, referral);
  REQUIRE_FALSE(referred.ok());
  CHECK(referred.error().kind == Error::Kind::Denied);

  NewActionInput action;
  action.caseReference = yjagCase;
  action.meetingId = ledgMeeting->value;
  action.text = QStringLiteral("Visit");
  action.ownerAgency = QStringLiteral("POL");
  action.dueOn = QDate(2024, 7, 10);
  auto added = ActionService(ledgChair.ctx).add(action);
  REQUIRE_FALSE(added.ok());
  CHECK(added.error().kind == Error::Kind::Denied);
  CHECK(snapshot(bed.ctx) == before);

  // A likely duplicate known only to YJAG: its reference, not the person's details.
  Subject probe;
  probe.name = QStringLiteral("Hidden Youngster");
  probe.dateOfBirth = QDate(2000, 1, 1);
  auto candidates = CaseReader(ledgChair.ctx).likelyDuplicates(probe);
  REQUIRE(candidates.ok());
  REQUIRE(candidates->size() == 1);
  CHECK(candidates->front().caseReferences == QStringList{yjagCase});
  CHECK(candidates->front().subject.name == QStringLiteral("(known to another group)"));
  CHECK_FALSE(candidates->front().subject.dateOfBirth.has_value());
  auto asAdmin = CaseReader(bed.ctx).likelyDuplicates(probe);
  REQUIRE(asAdmin.ok());
  CHECK(asAdmin->front().subject.name == QStringLiteral("Hidden Youngster"));
}
