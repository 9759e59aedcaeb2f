#include "RiskService.h"
#include "ServiceFixture.h"

#include <catch2/catch.hpp>

using namespace casebook;
using casebook::test::newCase;
using casebook::test::snapshot;

TEST_CASE("a referred case gets the next reference of its group and year", "[cases]") {
  TestBed bed;
  auto created = CaseService(bed.ctx).create(newCase("YJAG", "Jordan Example", 4, 4));
  INFO(errorText(created));
  REQUIRE(created.ok());
  CHECK(created->reference == QStringLiteral("YJAG-2024-001"));
  CHECK(created->escalationPrompted);
  auto second = CaseService(bed.ctx).create(newCase("YJAG", "Other Example"));
  CHECK(second->reference == QStringLiteral("YJAG-2024-002"));
  auto detail = CaseReader(bed.ctx).get(created->reference);
  REQUIRE(detail.ok());
  CHECK(detail->record.currentScore == 16);
  CHECK(detail->record.status == CaseStatus::Referred);
  CHECK(detail->record.nextReviewOn == QDate(2024, 5, 29));
}

TEST_CASE("bad input to case services is refused and changes nothing", "[cases][bad-input]") {
  TestBed bed;
  REQUIRE(CaseService(bed.ctx).create(newCase("YJAG", "Existing Person")).ok());
  const QString before = snapshot(bed);
  auto expectRefused = [&](auto result, Error::Kind kind, const char* field) {
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().kind == kind);
    CHECK(result.error().field == QString::fromLatin1(field));
    CHECK(snapshot(bed) == before);
  };
  expectRefused(CaseService(bed.ctx).create(newCase("NOPE", "A")), Error::Kind::Invalid, "group");
  expectRefused(CaseService(bed.ctx).create(newCase("YJAG", "A", 0, 3)), Error::Kind::Invalid, "likelihood");
  expectRefused(CaseService(bed.ctx).create(newCase("YJAG", "A", 6, 3)), Error::Kind::Invalid, "likelihood");
  auto future = newCase("YJAG", "A");
  future.referral.receivedOn = QDate(2024, 7, 1);
  expectRefused(CaseService(bed.ctx).create(future), Error::Kind::Invalid, "referral date");
  auto duplicateRef = newCase("YJAG", "A");
  duplicateRef.reference = QStringLiteral("YJAG-2024-001");
  expectRefused(CaseService(bed.ctx).create(duplicateRef), Error::Kind::Conflict, "reference");
  expectRefused(CaseService(bed.ctx).create(newCase("AARG", "existing  PERSON")), Error::Kind::Conflict, "subject");
  auto unknownOwner = newCase("YJAG", "A");
  unknownOwner.owner = QStringLiteral("Nobody Here");
  expectRefused(CaseService(bed.ctx).create(unknownOwner), Error::Kind::Invalid, "owner");
  auto unknownTheme = newCase("YJAG", "A");
  unknownTheme.themes = {QStringLiteral("parking")};
  expectRefused(CaseService(bed.ctx).create(unknownTheme), Error::Kind::Invalid, "themes");
  expectRefused(CaseService(bed.ctx).close(QStringLiteral("YJAG-2024-001"), {}), Error::Kind::Invalid, "outcome");
  expectRefused(CaseService(bed.ctx).close(QStringLiteral("YJAG-2024-999"), {Outcome::RiskReduced, {}, {}, {}, {}}),
                Error::Kind::NotFound, "case");
  RiskInput risk{QStringLiteral("YJAG-2024-001"), 3, 3, {}, {}, QString(), {}, {}};
  expectRefused(RiskService(bed.ctx).assess(risk), Error::Kind::Invalid, "rationale");
  // A likely duplicate may be saved once the user confirms it is someone else.
  auto confirmed = newCase("AARG", "existing  PERSON");
  confirmed.allowLikelyDuplicate = true;
  CHECK(CaseService(bed.ctx).create(confirmed).ok());
}

TEST_CASE("closing a JAG case needs a chair's approval", "[cases]") {
  TestBed bed;
  auto input = newCase("JAG", "Closing Person");
  input.acceptNow = true;
  REQUIRE(CaseService(bed.ctx).create(input).ok());
  REQUIRE(DirectoryService(bed.ctx).addMember({QStringLiteral("Chair Person"), QStringLiteral("POL"), {}, {}, {},
                                               QStringLiteral("JAG"), MembershipRole::Chair}).ok());
  REQUIRE(DirectoryService(bed.ctx).addMember({QStringLiteral("Plain Member"), QStringLiteral("LA"), {}, {}, {},
                                               QStringLiteral("JAG"), MembershipRole::Member}).ok());
  CloseInput close{Outcome::EngagedWithSupport, {}, QStringLiteral("Engaged"), {}, {}};
  CHECK(CaseService(bed.ctx).close(QStringLiteral("JAG-2024-001"), close).error().field == QStringLiteral("approved by"));
  close.approvedBy = QStringLiteral("Plain Member");
  CHECK(CaseService(bed.ctx).close(QStringLiteral("JAG-2024-001"), close).error().problem.contains(QStringLiteral("not a chair")));
  close.approvedBy = QStringLiteral("chair person");
  REQUIRE(CaseService(bed.ctx).close(QStringLiteral("JAG-2024-001"), close).ok());
  auto d = CaseReader(bed.ctx).get(QStringLiteral("JAG-2024-001"));
  CHECK(d->record.status == CaseStatus::Closed);
  CHECK(d->record.outcome == Outcome::EngagedWithSupport);
  CHECK(d->record.closedOn == QDate(2024, 6, 15));
  CHECK(d->closureApprovedByName == QStringLiteral("Chair Person"));
  // Closed cases take no new assessments until reopened.
  RiskInput risk{QStringLiteral("JAG-2024-001"), 2, 2, {}, {}, QStringLiteral("Review"), {}, {}};
  CHECK(RiskService(bed.ctx).assess(risk).error().kind == Error::Kind::Conflict);
  REQUIRE(CaseService(bed.ctx).reopen(QStringLiteral("JAG-2024-001"), QStringLiteral("New incidents")).ok());
  CHECK(RiskService(bed.ctx).assess(risk).ok());
}

TEST_CASE("risk assessments update the case, and a back-dated one joins the history only", "[cases][risk]") {
  TestBed bed;
  auto input = newCase("LEDG", "Risk Person", 2, 2);
  input.acceptNow = true;
  REQUIRE(CaseService(bed.ctx).create(input).ok());
  RiskInput risk{QStringLiteral("LEDG-2024-001"), 4, 5, QDate(2024, 6, 1), {}, QStringLiteral("Threats"), {}, {}};
  auto outcome = RiskService(bed.ctx).assess(risk);
  REQUIRE(outcome.ok());
  CHECK(outcome->score == 20);
  CHECK(outcome->band == RiskBand::VeryHigh);
  CHECK(outcome->nextReviewOn == QDate(2024, 6, 15));
  CHECK(outcome->escalationPrompted);
  risk.assessedOn = QDate(2024, 5, 15);
  risk.likelihood = 1;
  risk.impact = 1;
  REQUIRE(RiskService(bed.ctx).assess(risk).ok());
  auto d = CaseReader(bed.ctx).get(QStringLiteral("LEDG-2024-001"));
  CHECK(d->record.currentScore == 20);
  CHECK(d->assessments.size() == 3);
  CHECK(d->assessments[1].score() == 1);  // in date order
}

TEST_CASE("case details change, notes and links", "[cases]") {
  TestBed bed;
  REQUIRE(CaseService(bed.ctx).create(newCase("LCDG", "First Person")).ok());
  REQUIRE(CaseService(bed.ctx).create(newCase("LCDG", "Second Person")).ok());
  CaseChanges changes;
  changes.areaCode = QStringLiteral("NL62");
  changes.themes = QStringList{QStringLiteral("nte"), QStringLiteral("Begging / street ASB")};
  changes.address = QStringLiteral("1 Saltbox Lane");
  REQUIRE(CaseService(bed.ctx).update(QStringLiteral("LCDG-2024-001"), changes).ok());
  auto d = CaseReader(bed.ctx).get(QStringLiteral("LCDG-2024-001"));
  CHECK(d->areaCode == QStringLiteral("NL62"));
  CHECK(d->record.themes == QStringList{QStringLiteral("begging"), QStringLiteral("nte")});
  CHECK(d->record.subject.address == QStringLiteral("1 Saltbox Lane"));
  CaseChanges monitoring;
  monitoring.status = CaseStatus::Monitoring;
  CHECK(CaseService(bed.ctx).update(QStringLiteral("LCDG-2024-001"), monitoring).error().kind == Error::Kind::Conflict);

  REQUIRE(CaseService(bed.ctx).addNote(QStringLiteral("LCDG-2024-001"), QStringLiteral("Seen at the station"), {}).ok());
  CHECK(CaseService(bed.ctx).addNote(QStringLiteral("LCDG-2024-001"), QStringLiteral("  "), {}).error().field ==
        QStringLiteral("text"));
  REQUIRE(CaseService(bed.ctx).link(QStringLiteral("LCDG-2024-001"), QStringLiteral("LCDG-2024-002"),
                                    LinkRelation::Household, {}).ok());
  CHECK(CaseService(bed.ctx).link(QStringLiteral("LCDG-2024-002"), QStringLiteral("LCDG-2024-001"),
                                  LinkRelation::Household, {}).error().kind == Error::Kind::Conflict);
  CHECK_FALSE(CaseService(bed.ctx).link(QStringLiteral("LCDG-2024-001"), QStringLiteral("LCDG-2024-001"),
                                        LinkRelation::Other, {}).ok());
  d = CaseReader(bed.ctx).get(QStringLiteral("LCDG-2024-002"));
  REQUIRE(d->links.size() == 1);
  CHECK(d->links.front().reference == QStringLiteral("LCDG-2024-001"));
  CHECK(CaseReader(bed.ctx).get(QStringLiteral("LCDG-2024-001"))->notes.front().author == QStringLiteral("tester"));
}

namespace {
class DenyAll final : public AccessPolicy {
 public:
  Status check(const Actor&, Operation, std::optional<GroupId>) const override {
    return Error::denied(QStringLiteral("not allowed in this test"));
  }
};
}  // namespace

TEST_CASE("the access policy is asked before every read and write", "[cases][access]") {
  TestBed bed;
  REQUIRE(CaseService(bed.ctx).create(newCase("YJAG", "Private Person")).ok());
  const QString before = snapshot(bed);
  DenyAll deny;
  ServiceContext denied{*bed.db, bed.clock, Actor{QStringLiteral("viewer"), Role::Viewer}, deny};
  CHECK(CaseService(denied).create(newCase("YJAG", "Another")).error().kind == Error::Kind::Denied);
  CHECK(CaseReader(denied).get(QStringLiteral("YJAG-2024-001")).error().kind == Error::Kind::Denied);
  CHECK(CaseReader(denied).list({}).error().kind == Error::Kind::Denied);
  CHECK(CaseService(denied).addNote(QStringLiteral("YJAG-2024-001"), QStringLiteral("x"), {}).error().kind ==
        Error::Kind::Denied);
  CHECK(snapshot(bed) == before);
}

TEST_CASE("withdrawing the latest assessment restores the one before", "[cases][risk]") {
  TestBed bed;
  auto input = newCase("LEDG", "Undo Person", 2, 3);
  input.acceptNow = true;
  REQUIRE(CaseService(bed.ctx).create(input).ok());
  RiskInput risk{QStringLiteral("LEDG-2024-001"), 5, 5, {}, {}, QStringLiteral("Mistake"), {}, {}};
  auto recorded = RiskService(bed.ctx).assess(risk);
  REQUIRE(recorded.ok());
  CHECK(CaseReader(bed.ctx).get(QStringLiteral("LEDG-2024-001"))->record.currentScore == 25);
  REQUIRE(RiskService(bed.ctx).withdraw(recorded->id).ok());
  auto d = CaseReader(bed.ctx).get(QStringLiteral("LEDG-2024-001"));
  CHECK(d->record.currentScore == 6);
  CHECK(d->record.currentBand == RiskBand::Medium);
  CHECK(d->record.nextReviewOn == QDate(2024, 6, 12));
  CHECK(d->assessments.size() == 1);
  CHECK(RiskService(bed.ctx).withdraw(recorded->id).error().kind == Error::Kind::NotFound);
  CHECK(RiskService(bed.ctx).withdraw(d->assessments.front().id).ok());  // the last one: no score at all
  CHECK_FALSE(CaseReader(bed.ctx).get(QStringLiteral("LEDG-2024-001"))->record.currentScore.has_value());
}
