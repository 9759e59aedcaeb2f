// Every role x operation x relation to a YJAG case, through the real services: a call is
// refused as Denied exactly when the access rule (domain/Access.h, itself checked against a
// hand-written table in AccessRulesTest) says no, and a refusal changes nothing. So no
// service lets through what the rule forbids, and none forbids what it allows.
#include "AuditRepository.h"
#include "AuditService.h"
#include "BackupService.h"
#include "ExportService.h"
#include "GroupAccessPolicy.h"
#include "ImportService.h"
#include "PerformanceDataService.h"
#include "QuarterlyReportService.h"
#include "ReferralService.h"
#include "ReportDataState.h"
#include "ServiceFixture.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QTemporaryDir>

#include <functional>

using namespace casebook;
using namespace casebook::test;

namespace {

struct Relation {
  const char* name;
  std::vector<const char*> memberOf;
  std::vector<const char*> chairOf;
};

const std::vector<Relation> kRelations{
    {"member of YJAG", {"YJAG"}, {}},
    {"chair of YJAG", {"YJAG"}, {"YJAG"}},
    {"chair of the JAG", {"JAG"}, {"JAG"}},
    {"member of the JAG", {"JAG"}, {}},
    {"chair of LEDG", {"LEDG"}, {"LEDG"}},
    {"in no group", {}, {}},
};

const std::vector<Role> kRoles{Role::Administrator, Role::Chair, Role::Caseworker, Role::Viewer};

qint64 groupId(TestBed& bed, const char* code) {
  for (const auto& g : DirectoryService(bed.ctx).groups().value()) {
    if (g.group.code == QLatin1String(code)) return g.group.id.value;
  }
  FAIL("no group " << code);
  return 0;
}

const ReportRequest kDraft{QStringLiteral("csp"), Quarter::calendar(2024, 1), {}, std::nullopt};

// What every operation can change: cases and the directory, plans and performance figures,
// and the report draft the sweep saves.
QString state(TestBed& bed) {
  QString text = reportDataState(bed);
  if (const auto versions = QuarterlyReportService(bed.ctx).versions(kDraft)) {
    text += QStringLiteral("\ndraft versions: %1").arg(versions->size());
  }
  return text;
}

// One call of each operation, made as the actor; what it returns, reduced to a Status.
using Call = std::function<Status(ServiceContext&)>;

template <typename R>
Status status(const R& result) {
  if (result.ok()) return {};
  return result.error();
}

}  // namespace

TEST_CASE("access sweep: every role x operation x relation, through the services", "[access]") {
  QTemporaryDir dir;
  const QString csv = dir.filePath(QStringLiteral("in.csv"));
  {
    QFile file(csv);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("subject,group,received,reason\nImported Person,YJAG,2024-05-02,Test\n");
  }
  int decisions = 0;
  for (const Role role : kRoles) {
    for (const Relation& relation : kRelations) {
      // A fresh database each time: a YJAG case, and a referral to YJAG awaiting decision.
      TestBed bed;
      const QString yjagCase = createCase(bed, newCase("YJAG", "Ada Quill"));
      NewCaseInput pendingInput = newCase("YJAG", "Ben Pending");
      auto pending = CaseService(bed.ctx).create(pendingInput);
      REQUIRE(pending.ok());
      const GroupPlace yjag{GroupId(groupId(bed, "YJAG")), GroupId(groupId(bed, "JAG"))};

      AccessProfile profile;
      profile.role = role;
      for (const char* code : relation.memberOf) profile.memberOf.insert(groupId(bed, code));
      for (const char* code : relation.chairOf) profile.chairOf.insert(groupId(bed, code));
      auto policy = GroupAccessPolicy::load(*bed.db);
      REQUIRE(policy.ok());
      ServiceContext as{*bed.db, bed.clock, Actor{QStringLiteral("sweeper"), role, profile.memberOf, profile.chairOf},
                        policy.value()};

      const std::vector<std::tuple<Operation, std::optional<GroupPlace>, Call>> operations{
          {Operation::ViewCase, yjag, [&](ServiceContext& c) { return status(CaseReader(c).get(yjagCase)); }},
          {Operation::ChangeCase, yjag,
           [&](ServiceContext& c) { return status(CaseService(c).addNote(yjagCase, QStringLiteral("Seen"), QString())); }},
          {Operation::CreateCase, yjag,
           [&](ServiceContext& c) {
             NewCaseInput input = newCase("YJAG", "Cy New");
             input.allowLikelyDuplicate = true;
             return status(CaseService(c).create(input));
           }},
          {Operation::DecideReferral, yjag,
           [&](ServiceContext& c) {
             DecisionInput decision;
             decision.referralId = pending->referralId.value;
             decision.decision = ReferralDecision::Accepted;
             return status(ReferralService(c).decide(decision));
           }},
          {Operation::ManageMeeting, yjag,
           [&](ServiceContext& c) {
             NewMeetingInput meeting;
             meeting.groupCode = QStringLiteral("YJAG");
             meeting.heldOn = QDate(2024, 7, 1);
             meeting.venue = QStringLiteral("Town hall");
             return status(MeetingService(c).add(meeting));
           }},
          {Operation::Export, yjag,
           [&](ServiceContext& c) {
             CaseListRequest filter;
             filter.groupCode = QStringLiteral("YJAG");
             return status(ExportService(c).exportCases(dir.filePath(QStringLiteral("out.csv")), filter));
           }},
          {Operation::ManageDirectory, std::nullopt,
           [&](ServiceContext& c) { return status(DirectoryService(c).addArea(QStringLiteral("ZZ9"), QStringLiteral("Z"))); }},
          {Operation::Import, std::nullopt,
           [&](ServiceContext& c) { return status(ImportService(c).importCases(csv, {})); }},
          {Operation::BackUp, std::nullopt,
           [&](ServiceContext& c) { return status(BackupService(c).backUpTo(dir.filePath(QStringLiteral("backup")))); }},
          {Operation::ManageVault, std::nullopt, [&](ServiceContext& c) { return status(AuditService(c).verify()); }},
          {Operation::SaveReportDraft, std::nullopt,
           [&](ServiceContext& c) {
             // Every group the actor reaches (kDraft names none): a named group would also ask to
             // view its cases.
             return status(QuarterlyReportService(c).saveDraft(kDraft, {{QStringLiteral("overview"), QStringLiteral("Steady")}}, 0));
           }},
          {Operation::EnterPerformanceData, std::nullopt,
           [&](ServiceContext& c) {
             return status(PerformanceDataService(c).set(QStringLiteral("Vehicle crime"), Quarter::calendar(2024, 1), 12));
           }},
      };
      for (const auto& [operation, place, call] : operations) {
        const bool allowed = permits(profile, operation, place);
        INFO(toKey(role).toStdString() << ", " << relation.name << ", " << toKey(operation).toStdString() << ": rule says "
                                       << (allowed ? "allow" : "deny"));
        const QString before = state(bed);
        const qint64 entriesBefore = AuditRepository(*bed.db).count();
        const Status result = call(as);
        const bool denied = !result.ok() && result.error().kind == Error::Kind::Denied;
        INFO((result.ok() ? QStringLiteral("ok") : result.error().message()).toStdString());
        // What the rule allows also succeeds; only a backup cannot, the bed being a plain file.
        if (operation != Operation::BackUp) CHECK(result.ok() == allowed);
        CHECK(denied == !allowed);
        if (denied) {
          CHECK(state(bed) == before);
          CHECK(AuditRepository(*bed.db).count() == entriesBefore);
        }
        ++decisions;
      }
    }
  }
  CHECK(decisions == 4 * 6 * 12);
}
