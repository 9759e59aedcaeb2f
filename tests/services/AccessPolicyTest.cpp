#include "ReferralService.h"
#include "ServiceFixture.h"

#include <catch2/catch.hpp>

#include <vector>

using namespace casebook;
using namespace casebook::test;

namespace {

// Refuses everything, and remembers what it was asked.
class DenyAll final : public AccessPolicy {
 public:
  Status check(const Actor&, Operation operation, std::optional<GroupId> group) const override {
    asked.push_back({operation, group});
    return Error::denied(QStringLiteral("not allowed in this test"));
  }
  mutable std::vector<std::pair<Operation, std::optional<GroupId>>> asked;
};

// Allows everything except one operation, or everything except one group.
class DenyOne final : public AccessPolicy {
 public:
  std::optional<Operation> operation;
  std::optional<GroupId> group;
  Status check(const Actor&, Operation op, std::optional<GroupId> g) const override {
    if ((operation && op == *operation) || (group && g == group)) return Error::denied(QStringLiteral("denied"));
    return {};
  }
};

struct Fixture {
  TestBed bed;
  QString open;
  QString pending;
  qint64 pendingReferral = 0;
  RiskAssessmentId assessment;
  ReferralId escalation;
  qint64 meeting = 0;
  qint64 action = 0;

  Fixture() {
    open = createCase(bed, newCase("YJAG", "Private Person", 4, 4));
    pending = createCase(bed, newCase("LEDG", "Pending Person"), false);
    pendingReferral = detail(bed, pending).referrals.back().id.value;
    assessment = detail(bed, open).assessments.back().id;
    const QString escalated = createCase(bed, newCase("AARG", "Escalated Person"));
    escalation = ReferralService(bed.ctx)
                     .escalate({escalated, {}, QStringLiteral("Risk rising"), ReferralCriterion::Escalation, {}, {}})
                     .value();
    addMember(bed, "Chair Person", "YJAG", MembershipRole::Chair);
    meeting = MeetingService(bed.ctx)
                  .add({QStringLiteral("YJAG"),
                        QDate(2024, 6, 1),
                        {},
                        QStringLiteral("Hall"),
                        {},
                        {},
                        {},
                        MeetingStatus::Held})
                  .value()
                  .value;
    action = ActionService(bed.ctx)
                 .add({{},
                       meeting,
                       3,
                       QStringLiteral("Share the hotspot map"),
                       {},
                       QStringLiteral("POL"),
                       {},
                       QDate(2024, 6, 30)})
                 .value()
                 .value;
  }
};

template <typename R>
void checkDenied(const R& result) {
  REQUIRE_FALSE(result.ok());
  CHECK(result.error().kind == Error::Kind::Denied);
}

}  // namespace

TEST_CASE("a policy that refuses is asked by every use case, and nothing changes", "[access]") {
  Fixture f;
  const QString before = snapshot(f.bed);
  DenyAll deny;
  ServiceContext ctx{*f.bed.db, f.bed.clock, Actor{QStringLiteral("viewer"), Role::Viewer}, deny};

  checkDenied(CaseService(ctx).create(newCase("YJAG", "Another Person")));
  CaseChanges changes;
  changes.lawfulBasis = QStringLiteral("x");
  checkDenied(CaseService(ctx).update(f.open, changes));
  checkDenied(CaseService(ctx).close(f.open, {Outcome::RiskReduced, {}, {}, {}, {}}));
  checkDenied(CaseService(ctx).reopen(f.open, QStringLiteral("x")));
  checkDenied(CaseService(ctx).link(f.open, f.pending, LinkRelation::Other, {}));
  checkDenied(CaseService(ctx).addNote(f.open, QStringLiteral("x"), {}));
  checkDenied(CaseReader(ctx).get(f.open));
  checkDenied(CaseReader(ctx).list({}));
  checkDenied(CaseReader(ctx).likelyDuplicates(newCase("YJAG", "Private Person").subject));

  ReferralInput again;
  again.groupCode = QStringLiteral("AARG");
  again.receivedOn = QDate(2024, 6, 1);
  again.reason = QStringLiteral("x");
  checkDenied(ReferralService(ctx).refer(f.open, again));
  checkDenied(ReferralService(ctx).decide({f.pendingReferral, ReferralDecision::Accepted, {}, {}, {}}));
  checkDenied(ReferralService(ctx).escalate({f.open, {}, QStringLiteral("x"), ReferralCriterion::Escalation, {}, {}}));
  checkDenied(ReferralService(ctx).stepDown({f.open, QStringLiteral("LEDG"), {}, QStringLiteral("x")}));

  checkDenied(RiskService(ctx).assess({f.open, 2, 2, {}, {}, QStringLiteral("x"), {}, {}}));
  checkDenied(RiskService(ctx).setPolicy(RiskPolicy::defaults()));
  checkDenied(RiskService(ctx).withdraw(f.assessment));
  checkDenied(ReferralService(ctx).withdrawEscalation(f.escalation));

  checkDenied(
      ActionService(ctx).add({f.open, 0, 0, QStringLiteral("x"), {}, QStringLiteral("POL"), {}, QDate(2024, 7, 1)}));
  checkDenied(ActionService(ctx).update({f.action, ActionStatus::Complete, {}, {}, {}}));
  checkDenied(ActionService(ctx).list({}));
  checkDenied(ActionService(ctx).get(f.action));

  checkDenied(MeetingService(ctx).add(
      {QStringLiteral("YJAG"), QDate(2024, 7, 1), {}, QStringLiteral("Hall"), {}, {}, {}, MeetingStatus::Planned}));
  checkDenied(MeetingService(ctx).get(f.meeting));
  checkDenied(MeetingService(ctx).listForGroup(QStringLiteral("YJAG")));
  checkDenied(MeetingService(ctx).recordAttendance(
      {f.meeting, QStringLiteral("Chair Person"), AttendanceStatus::Present, {}, false, false}));

  checkDenied(DirectoryService(ctx).addGroup({QStringLiteral("PZ"), QStringLiteral("People Zone"), {}, false, 42}));
  checkDenied(DirectoryService(ctx).addArea(QStringLiteral("NL66"), {}));
  checkDenied(DirectoryService(ctx).addAgency(QStringLiteral("DWP"), QStringLiteral("Jobcentre")));
  checkDenied(
      DirectoryService(ctx).addMember({QStringLiteral("New Member"), {}, {}, {}, {}, {}, MembershipRole::Member}));
  checkDenied(DirectoryService(ctx).addMembership(QStringLiteral("Chair Person"), QStringLiteral("JAG"),
                                                  MembershipRole::Chair));
  checkDenied(DirectoryService(ctx).seedDefaults());

  CHECK(deny.asked.size() >= 31);
  CHECK(snapshot(f.bed) == before);
}

TEST_CASE("the policy is told the operation and the group concerned", "[access]") {
  Fixture f;
  DenyAll deny;
  ServiceContext ctx{*f.bed.db, f.bed.clock, Actor{QStringLiteral("viewer"), Role::Viewer}, deny};
  const GroupId yjag(3), ledg(5);
  auto lastAsked = [&]() {
    REQUIRE_FALSE(deny.asked.empty());
    return deny.asked.back();
  };
  checkDenied(CaseReader(ctx).get(f.open));
  CHECK(lastAsked() == std::pair{Operation::ViewCase, std::optional<GroupId>(yjag)});
  checkDenied(CaseService(ctx).close(f.open, {Outcome::RiskReduced, {}, {}, {}, {}}));
  CHECK(lastAsked() == std::pair{Operation::ChangeCase, std::optional<GroupId>(yjag)});
  checkDenied(ReferralService(ctx).decide({f.pendingReferral, ReferralDecision::Accepted, {}, {}, {}}));
  CHECK(lastAsked() == std::pair{Operation::DecideReferral, std::optional<GroupId>(ledg)});
  checkDenied(CaseService(ctx).create(newCase("LEDG", "Another Person")));
  CHECK(lastAsked() == std::pair{Operation::CreateCase, std::optional<GroupId>(ledg)});
  checkDenied(MeetingService(ctx).get(f.meeting));
  CHECK(lastAsked() == std::pair{Operation::ViewCase, std::optional<GroupId>(yjag)});
  // A meeting's action belongs to the meeting's group.
  checkDenied(ActionService(ctx).update({f.action, ActionStatus::Complete, {}, {}, {}}));
  CHECK(lastAsked() == std::pair{Operation::ChangeCase, std::optional<GroupId>(yjag)});
  checkDenied(ActionService(ctx).get(f.action));
  CHECK(lastAsked() == std::pair{Operation::ViewCase, std::optional<GroupId>(yjag)});
  checkDenied(CaseReader(ctx).list({}));
  CHECK(lastAsked() == std::pair{Operation::ViewCase, std::optional<GroupId>()});  // every group
  checkDenied(DirectoryService(ctx).addArea(QStringLiteral("NL66"), {}));
  CHECK(lastAsked().first == Operation::ManageDirectory);
}

TEST_CASE("a policy may refuse one operation or one group and allow the rest", "[access]") {
  Fixture f;
  DenyOne policy;
  ServiceContext ctx{*f.bed.db, f.bed.clock, Actor{QStringLiteral("caseworker"), Role::Caseworker}, policy};

  policy.operation = Operation::DecideReferral;
  const QString before = snapshot(f.bed);
  checkDenied(ReferralService(ctx).decide({f.pendingReferral, ReferralDecision::Accepted, {}, {}, {}}));
  CHECK(snapshot(f.bed) == before);
  CHECK(CaseService(ctx).addNote(f.open, QStringLiteral("Allowed note"), {}).ok());

  policy.operation.reset();
  policy.group = GroupId(3);  // YJAG
  checkDenied(CaseReader(ctx).get(f.open));
  CHECK(CaseReader(ctx).get(f.pending).ok());
  CaseListRequest ledg;
  ledg.groupCode = QStringLiteral("LEDG");
  CHECK(CaseReader(ctx).list(ledg)->total == 1);
  ledg.groupCode = QStringLiteral("YJAG");
  checkDenied(CaseReader(ctx).list(ledg));
  const QString afterNote = snapshot(f.bed);
  checkDenied(RiskService(ctx).assess({f.open, 1, 1, {}, {}, QStringLiteral("x"), {}, {}}));
  checkDenied(ActionService(ctx).update({f.action, ActionStatus::Complete, {}, {}, {}}));
  CHECK(snapshot(f.bed) == afterNote);
}
