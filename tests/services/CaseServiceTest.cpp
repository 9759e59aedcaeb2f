#include "ServiceFixture.h"

#include <catch2/catch.hpp>

using namespace casebook;
using namespace casebook::test;

namespace {

NewCaseInput fullCase() {
  NewCaseInput input = newCase("YJAG", "Jordan Example", 4, 4);
  input.subject.aliases = {QStringLiteral("Jojo")};
  input.subject.address = QStringLiteral("7 Wren Court");
  input.subjectRole = SubjectRole::Both;
  input.areaCode = QStringLiteral("nl65");
  input.leadAgencyCode = QStringLiteral("YJS");
  input.owner = QStringLiteral("Olive Owner");
  input.themes = {QStringLiteral("cce"), QStringLiteral("Knife crime")};
  input.lawfulBasis = QStringLiteral("Consent given by parent");
  input.referral.referringAgencyCode = QStringLiteral("POL");
  input.referral.referringOfficer = QStringLiteral("PC Example");
  input.referral.officerContact = QStringLiteral("01234 000000");
  input.referral.reason = QStringLiteral("Found carrying a knife");
  input.referral.urgent = true;
  input.referral.safeToPhone = true;
  input.referral.consent = ConsentBasis::Consent;
  return input;
}

// A score a tracker already holds, as an import passes it.
RiskAssessment heldScore(const QDate& on, int likelihood = 3, int impact = 3) {
  RiskAssessment a;
  a.assessedOn = on;
  a.likelihood = likelihood;
  a.impact = impact;
  a.assessor = QStringLiteral("Tracker");
  a.rationale = QStringLiteral("Imported latest score");
  return a;
}

}  // namespace

TEST_CASE("a referred case is stored with its subject, referral and initial score", "[cases]") {
  TestBed bed;
  addMember(bed, "Olive Owner", "YJAG");
  auto created = CaseService(bed.ctx).create(fullCase());
  INFO(errorText(created));
  REQUIRE(created.ok());
  CHECK(created->reference == QStringLiteral("YJAG-2024-001"));
  CHECK(created->escalationPrompted);  // 16 in a sub-group
  CHECK_FALSE(created->repeatReferral);

  const auto d = detail(bed, created->reference);
  const Case& c = d.record;
  CHECK(c.status == CaseStatus::Referred);
  CHECK(d.groupCode == QStringLiteral("YJAG"));
  CHECK(c.subject.name == QStringLiteral("Jordan Example"));
  CHECK(c.subject.aliases == QStringList{QStringLiteral("Jojo")});
  CHECK(c.subject.dateOfBirth == QDate(2000, 1, 1));
  CHECK(c.subject.address == QStringLiteral("7 Wren Court"));
  CHECK(c.subjectRole == SubjectRole::Both);
  CHECK(d.areaCode == QStringLiteral("NL65"));
  CHECK(d.leadAgencyCode == QStringLiteral("YJS"));
  CHECK(d.ownerName == QStringLiteral("Olive Owner"));
  CHECK(c.themes == QStringList{QStringLiteral("cce"), QStringLiteral("knife_crime")});
  CHECK(c.lawfulBasis == QStringLiteral("Consent given by parent"));
  CHECK(c.addedReason == QStringLiteral("Found carrying a knife"));
  CHECK(c.openedOn == QDate(2024, 5, 1));
  CHECK(c.currentScore == 16);
  CHECK(c.currentBand == RiskBand::High);
  CHECK(c.nextReviewOn == QDate(2024, 5, 29));
  CHECK(d.reviewOverdue);  // 29 May, and today is 15 June
  CHECK_FALSE(d.openInSeveralGroups);

  REQUIRE(d.referrals.size() == 1);
  const Referral& r = d.referrals.front();
  CHECK(r.id == created->referralId);
  CHECK(r.kind == ReferralKind::New);
  CHECK(d.groupCodes.value(r.toGroupId.value) == QStringLiteral("YJAG"));
  CHECK_FALSE(r.fromGroupId.has_value());
  CHECK(d.agencyCodes.value(r.referringAgencyId->value) == QStringLiteral("POL"));
  CHECK(r.referringOfficer == QStringLiteral("PC Example"));
  CHECK(r.officerContact == QStringLiteral("01234 000000"));
  CHECK(r.urgent);
  CHECK(r.safeToPhone);
  CHECK(r.consent == ConsentBasis::Consent);
  CHECK(r.initialLikelihood == 4);
  CHECK(r.initialImpact == 4);
  CHECK(r.decision == ReferralDecision::Pending);

  REQUIRE(d.assessments.size() == 1);
  CHECK(d.assessments.front().assessedOn == QDate(2024, 5, 1));
  CHECK(d.assessments.front().assessor == QStringLiteral("PC Example"));
  CHECK(d.assessments.front().rationale == QStringLiteral("Initial score at referral"));
  REQUIRE(d.events.size() == 1);
  CHECK(d.events.front().kind == QStringLiteral("referred"));
  CHECK(d.events.front().detail == QStringLiteral("Found carrying a knife"));

  auto second = CaseService(bed.ctx).create(newCase("YJAG", "Other Example"));
  REQUIRE(second.ok());
  CHECK(second->reference == QStringLiteral("YJAG-2024-002"));
  CHECK_FALSE(second->escalationPrompted);  // 9
  auto otherGroup = CaseService(bed.ctx).create(newCase("LEDG", "Third Example"));
  CHECK(otherGroup->reference == QStringLiteral("LEDG-2024-001"));
}

TEST_CASE("a case accepted on referral opens at once, a given reference is kept", "[cases]") {
  TestBed bed;
  auto input = newCase("aarg", "Opened Person");
  input.reference = QStringLiteral(" aarg-2023-050 ");
  input.acceptNow = true;
  input.referral.initialLikelihood.reset();
  input.referral.initialImpact.reset();
  auto created = CaseService(bed.ctx).create(input);
  INFO(errorText(created));
  REQUIRE(created.ok());
  CHECK(created->reference == QStringLiteral("AARG-2023-050"));
  const auto d = detail(bed, QStringLiteral("AARG-2023-050"));
  CHECK(d.record.status == CaseStatus::Open);
  CHECK(d.referrals.front().decision == ReferralDecision::Accepted);
  CHECK(d.referrals.front().decidedOn == QDate(2024, 5, 1));
  CHECK(d.assessments.empty());
  CHECK_FALSE(d.record.currentScore.has_value());
  REQUIRE(d.events.size() == 2);
  CHECK(d.events[1].kind == QStringLiteral("accepted"));
}

TEST_CASE("a score already held joins the new case's history after the initial one, current unless dated earlier",
          "[cases][risk]") {
  TestBed bed;

  auto later = newCase("YJAG", "Later Score", 2, 2);
  later.acceptNow = true;
  later.heldScore = heldScore(QDate(2024, 6, 1), 5, 4);
  auto created = CaseService(bed.ctx).create(later);
  INFO(errorText(created));
  REQUIRE(created.ok());
  CHECK(created->escalationPrompted);  // 20 in a sub-group: the held score is current
  const QString laterReference = created->reference;
  auto d = detail(bed, laterReference);
  CHECK(d.record.status == CaseStatus::Open);
  CHECK(d.record.currentScore == 20);
  CHECK(d.record.currentBand == RiskBand::VeryHigh);
  CHECK(d.record.nextReviewOn == QDate(2024, 6, 15));
  REQUIRE(d.assessments.size() == 2);
  QStringList rationales;
  for (const auto& a : d.assessments) rationales << a.rationale;
  CHECK(rationales.contains(QStringLiteral("Initial score at referral")));
  CHECK(rationales.contains(QStringLiteral("Imported latest score")));

  auto earlier = newCase("YJAG", "Earlier Score", 2, 2);
  earlier.heldScore = heldScore(QDate(2024, 4, 1), 5, 4);
  created = CaseService(bed.ctx).create(earlier);
  REQUIRE(created.ok());
  CHECK_FALSE(created->escalationPrompted);  // 4 stays current
  d = detail(bed, created->reference);
  CHECK(d.record.currentScore == 4);
  CHECK(d.record.nextReviewOn == QDate(2024, 5, 1).addDays(RiskPolicy::defaults().reviewDays(RiskBand::Low)));
  CHECK(d.assessments.size() == 2);

  // On the same day as the initial score, the held one is recorded after it, so it is current.
  auto sameDay = newCase("YJAG", "Same Day Score", 2, 2);
  sameDay.heldScore = heldScore(QDate(2024, 5, 1), 4, 4);
  created = CaseService(bed.ctx).create(sameDay);
  REQUIRE(created.ok());
  CHECK(detail(bed, created->reference).record.currentScore == 16);

  // The same case as one created with the initial score alone and assessed afterwards.
  auto alone = newCase("YJAG", "Assessed After", 2, 2);
  alone.acceptNow = true;
  const QString reference = createCase(bed, alone);
  RiskInput after{reference, 5, 4, QDate(2024, 6, 1), QStringLiteral("Tracker"), QStringLiteral("Imported latest score"),
                  std::nullopt, QString()};
  REQUIRE(RiskService(bed.ctx).assess(after).ok());
  const auto assessedAfter = detail(bed, reference);
  const auto createdScored = detail(bed, laterReference);
  CHECK(assessedAfter.record.status == createdScored.record.status);
  CHECK(assessedAfter.record.currentScore == createdScored.record.currentScore);
  CHECK(assessedAfter.record.currentBand == createdScored.record.currentBand);
  CHECK(assessedAfter.record.nextReviewOn == createdScored.record.nextReviewOn);
  CHECK(assessedAfter.referrals.front().decision == createdScored.referrals.front().decision);
  CHECK(assessedAfter.referrals.front().decidedOn == createdScored.referrals.front().decidedOn);
  REQUIRE(assessedAfter.events.size() == createdScored.events.size());
  for (std::size_t i = 0; i < assessedAfter.events.size(); ++i) {
    CHECK(assessedAfter.events[i].kind == createdScored.events[i].kind);
    CHECK(assessedAfter.events[i].on == createdScored.events[i].on);
  }
  REQUIRE(assessedAfter.assessments.size() == createdScored.assessments.size());
}

TEST_CASE("a new case, accepted and scored as it is created, is written once and never updated",
          "[cases][risk]") {
  TestBed bed;
  auto input = newCase("YJAG", "Written Once", 4, 4);
  input.acceptNow = true;
  input.heldScore = heldScore(QDate(2024, 6, 1));
  QStringList writes;
  bed.db->traceStatements([&writes](const QString& sql) {
    if (sql.startsWith(QStringLiteral("INSERT")) || sql.startsWith(QStringLiteral("UPDATE"))) writes << sql.left(30);
  });
  auto created = CaseService(bed.ctx).create(input);
  bed.db->traceStatements(nullptr);
  INFO(errorText(created));
  REQUIRE(created.ok());
  INFO(writes.join(QStringLiteral("\n")).toStdString());
  CHECK(writes.filter(QStringLiteral("INSERT INTO cases ")).size() == 1);
  CHECK(writes.filter(QStringLiteral("UPDATE")).isEmpty());
  const auto d = detail(bed, created->reference);
  CHECK(d.record.status == CaseStatus::Open);
  CHECK(d.record.currentScore == 9);
  CHECK(d.referrals.front().decision == ReferralDecision::Accepted);
  REQUIRE(d.events.size() == 2);
  CHECK(d.events[0].kind == QStringLiteral("referred"));
  CHECK(d.events[1].kind == QStringLiteral("accepted"));
}

TEST_CASE("bad input to case creation is refused and changes nothing", "[cases][bad-input]") {
  TestBed bed;
  createCase(bed, newCase("YJAG", "Existing Person"));
  const QString before = snapshot(bed);
  CaseService cases(bed.ctx);
  auto with = [](auto change) {
    auto input = newCase("YJAG", "New Person");
    change(input);
    return input;
  };

  CHECK_REFUSED_UNCHANGED(bed, before, cases.create(newCase("NOPE", "A")), Error::Kind::Invalid, "group");
  CHECK_REFUSED_UNCHANGED(bed, before, cases.create(newCase("YJAG", "A", 0, 3)), Error::Kind::Invalid, "likelihood");
  CHECK_REFUSED_UNCHANGED(bed, before, cases.create(newCase("YJAG", "A", 6, 3)), Error::Kind::Invalid, "likelihood");
  CHECK_REFUSED_UNCHANGED(bed, before, cases.create(newCase("YJAG", "A", 3, 0)), Error::Kind::Invalid, "impact");
  CHECK_REFUSED_UNCHANGED(bed, before, cases.create(with([](auto& i) { i.referral.initialImpact.reset(); })),
                          Error::Kind::Invalid, "initial risk");
  CHECK_REFUSED_UNCHANGED(bed, before, cases.create(with([](auto& i) { i.referral.receivedOn = QDate(2024, 6, 16); })),
                          Error::Kind::Invalid, "referral date");
  CHECK_REFUSED_UNCHANGED(bed, before, cases.create(with([](auto& i) { i.subject.dateOfBirth = QDate(2024, 6, 16); })),
                          Error::Kind::Invalid, "date of birth");
  CHECK_REFUSED_UNCHANGED(bed, before, cases.create(with([](auto& i) { i.subject.name = QStringLiteral("  "); })),
                          Error::Kind::Invalid, "subject");
  CHECK_REFUSED_UNCHANGED(bed, before, cases.create(with([](auto& i) { i.subject.ageBand = QStringLiteral("teen"); })),
                          Error::Kind::Invalid, "age band");
  CHECK_REFUSED_UNCHANGED(bed, before, cases.create(with([](auto& i) { i.referral.reason.clear(); })),
                          Error::Kind::Invalid, "reason");
  CHECK_REFUSED_UNCHANGED(
      bed, before, cases.create(with([](auto& i) { i.referral.criterion = ReferralCriterion::ProfessionalJudgement; })),
      Error::Kind::Invalid, "concern");
  CHECK_REFUSED_UNCHANGED(
      bed, before, cases.create(with([](auto& i) { i.referral.consent = ConsentBasis::LawfulBasisWithoutConsent; })),
      Error::Kind::Invalid, "lawful basis");
  CHECK_REFUSED_UNCHANGED(bed, before, cases.create(with([](auto& i) { i.owner = QStringLiteral("Nobody Here"); })),
                          Error::Kind::Invalid, "owner");
  CHECK_REFUSED_UNCHANGED(bed, before, cases.create(with([](auto& i) { i.owner = QStringLiteral("#999"); })),
                          Error::Kind::Invalid, "owner");
  CHECK_REFUSED_UNCHANGED(bed, before, cases.create(with([](auto& i) { i.areaCode = QStringLiteral("NL99"); })),
                          Error::Kind::Invalid, "area");
  CHECK_REFUSED_UNCHANGED(bed, before, cases.create(with([](auto& i) { i.leadAgencyCode = QStringLiteral("MI5"); })),
                          Error::Kind::Invalid, "lead agency");
  CHECK_REFUSED_UNCHANGED(bed, before,
                          cases.create(with([](auto& i) { i.referral.referringAgencyCode = QStringLiteral("MI5"); })),
                          Error::Kind::Invalid, "referring agency");
  CHECK_REFUSED_UNCHANGED(bed, before, cases.create(with([](auto& i) { i.themes = {QStringLiteral("parking")}; })),
                          Error::Kind::Invalid, "themes");
  CHECK_REFUSED_UNCHANGED(bed, before, cases.create(with([](auto& i) { i.priorityCode = QStringLiteral("P1"); })),
                          Error::Kind::Invalid, "priority");
  CHECK_REFUSED_UNCHANGED(bed, before,
                          cases.create(with([](auto& i) { i.reference = QStringLiteral("YJAG-2024-001"); })),
                          Error::Kind::Conflict, "reference");
  CHECK_REFUSED_UNCHANGED(bed, before, cases.create(with([](auto& i) { i.reference = QStringLiteral("Case one"); })),
                          Error::Kind::Invalid, "reference");
  // The referral's own fields are reported before the names it looks up.
  CHECK_REFUSED_UNCHANGED(bed, before, cases.create(with([](auto& i) {
                            i.referral.receivedOn = QDate(2024, 6, 16);
                            i.referral.referringAgencyCode = QStringLiteral("MI5");
                          })),
                          Error::Kind::Invalid, "referral date");
  auto heldOn = [](const QDate& on) { return [on](auto& i) { i.heldScore = heldScore(on); }; };
  CHECK_REFUSED_UNCHANGED(bed, before, cases.create(with(heldOn(QDate(2024, 6, 16)))), Error::Kind::Invalid, "date");
  CHECK_REFUSED_UNCHANGED(bed, before, cases.create(with(heldOn(QDate()))), Error::Kind::Invalid, "date");
}

TEST_CASE("a likely duplicate subject is refused unless the user confirms it is someone else", "[cases][duplicates]") {
  TestBed bed;
  auto existing = newCase("YJAG", "Zoë O'Neill");
  existing.subject.aliases = {QStringLiteral("Birdie")};
  existing.subject.address = QStringLiteral("4 Heron Close");
  createCase(bed, existing);
  const QString before = snapshot(bed);
  CaseService cases(bed.ctx);

  auto sameName = newCase("AARG", "zoe  ONEILL");
  CHECK_REFUSED_UNCHANGED(bed, before, cases.create(sameName), Error::Kind::Conflict, "subject");
  const auto refusal = cases.create(sameName);
  CHECK(refusal.error().problem.contains(QStringLiteral("YJAG-2024-001")));
  CHECK(refusal.error().problem.contains(QStringLiteral("same name or alias and date of birth")));
  auto byAlias = newCase("AARG", "Birdie");
  CHECK_REFUSED_UNCHANGED(bed, before, cases.create(byAlias), Error::Kind::Conflict, "subject");
  auto byAddress = newCase("LEDG", "Somebody Else");
  byAddress.subject.dateOfBirth = QDate(1970, 1, 1);
  byAddress.subject.address = QStringLiteral("4, HERON CLOSE");
  const auto addressRefusal = cases.create(byAddress);
  REQUIRE_FALSE(addressRefusal.ok());
  CHECK(addressRefusal.error().problem.contains(QStringLiteral("same address")));
  CHECK(snapshot(bed) == before);

  // Another date of birth: someone else.
  auto otherBirthday = newCase("AARG", "Zoë O'Neill");
  otherBirthday.subject.dateOfBirth = QDate(2000, 1, 2);
  CHECK(cases.create(otherBirthday).ok());

  // The candidates are shown before saving, without saving.
  auto candidates = CaseReader(bed.ctx).likelyDuplicates(sameName.subject);
  REQUIRE(candidates.ok());
  REQUIRE(candidates->size() == 1);
  CHECK(candidates->front().caseReferences == QStringList{QStringLiteral("YJAG-2024-001")});

  sameName.allowLikelyDuplicate = true;
  auto confirmed = cases.create(sameName);
  REQUIRE(confirmed.ok());
  CHECK(detail(bed, confirmed->reference).record.subject.name == QStringLiteral("zoe  ONEILL"));
}

TEST_CASE("case details change, what is not given stays", "[cases]") {
  TestBed bed;
  addMember(bed, "Olive Owner");
  const QString ref = createCase(bed, newCase("LCDG", "First Person"));
  CaseChanges changes;
  changes.subjectName = QStringLiteral("First Renamed");
  changes.aliases = QStringList{QStringLiteral("Fizz")};
  changes.dateOfBirth = std::optional<QDate>();
  changes.ageBand = QStringLiteral("18-25");
  changes.address = QStringLiteral("1 Saltbox Lane");
  changes.subjectRole = SubjectRole::Victim;
  changes.areaCode = QStringLiteral("NL62");
  changes.leadAgencyCode = QStringLiteral("HOUS");
  changes.owner = QStringLiteral("olive owner");
  changes.themes = QStringList{QStringLiteral("nte"), QStringLiteral("Begging / street ASB")};
  changes.lawfulBasis = QStringLiteral("s.115");
  changes.status = CaseStatus::Monitoring;
  REQUIRE(CaseService(bed.ctx).update(ref, changes).ok());
  auto d = detail(bed, ref);
  CHECK(d.record.subject.name == QStringLiteral("First Renamed"));
  CHECK(d.record.subject.aliases == QStringList{QStringLiteral("Fizz")});
  CHECK_FALSE(d.record.subject.dateOfBirth.has_value());
  CHECK(d.record.subject.ageBand == QStringLiteral("18-25"));
  CHECK(d.record.subject.address == QStringLiteral("1 Saltbox Lane"));
  CHECK(d.record.subjectRole == SubjectRole::Victim);
  CHECK(d.areaCode == QStringLiteral("NL62"));
  CHECK(d.leadAgencyCode == QStringLiteral("HOUS"));
  CHECK(d.ownerName == QStringLiteral("Olive Owner"));
  CHECK(d.record.themes == QStringList{QStringLiteral("begging"), QStringLiteral("nte")});
  CHECK(d.record.lawfulBasis == QStringLiteral("s.115"));
  CHECK(d.record.status == CaseStatus::Monitoring);
  CHECK(d.events.back().kind == QStringLiteral("status"));
  CHECK(d.events.back().detail == QStringLiteral("open to monitoring"));
  CHECK(d.record.currentScore == 9);  // untouched

  CaseChanges clear;
  clear.areaCode = QString();
  clear.owner = QString();
  REQUIRE(CaseService(bed.ctx).update(ref, clear).ok());
  d = detail(bed, ref);
  CHECK(d.areaCode.isEmpty());
  CHECK(d.ownerName.isEmpty());
  CHECK(d.leadAgencyCode == QStringLiteral("HOUS"));
  CHECK(d.record.subject.name == QStringLiteral("First Renamed"));
}

TEST_CASE("bad case changes are refused and change nothing", "[cases][bad-input]") {
  TestBed bed;
  const QString open = createCase(bed, newCase("LCDG", "Open Person"));
  const QString referred = createCase(bed, newCase("LCDG", "Referred Person"), false);
  const QString before = snapshot(bed);
  CaseService cases(bed.ctx);
  auto change = [](auto set) {
    CaseChanges c;
    set(c);
    return c;
  };
  CHECK_REFUSED_UNCHANGED(bed, before, cases.update(QStringLiteral("LCDG-2024-999"), {}), Error::Kind::NotFound,
                          "case");
  CHECK_REFUSED_UNCHANGED(bed, before, cases.update(open, change([](auto& c) { c.status = CaseStatus::Closed; })),
                          Error::Kind::Invalid, "status");
  CHECK_REFUSED_UNCHANGED(bed, before, cases.update(open, change([](auto& c) { c.status = CaseStatus::Referred; })),
                          Error::Kind::Invalid, "status");
  CHECK_REFUSED_UNCHANGED(bed, before,
                          cases.update(referred, change([](auto& c) { c.status = CaseStatus::Monitoring; })),
                          Error::Kind::Conflict, "status");
  CHECK_REFUSED_UNCHANGED(bed, before, cases.update(open, change([](auto& c) { c.subjectName = QStringLiteral(" "); })),
                          Error::Kind::Invalid, "subject");
  CHECK_REFUSED_UNCHANGED(
      bed, before, cases.update(open, change([](auto& c) { c.dateOfBirth = std::optional<QDate>(QDate(2030, 1, 1)); })),
      Error::Kind::Invalid, "date of birth");
  CHECK_REFUSED_UNCHANGED(bed, before, cases.update(open, change([](auto& c) { c.areaCode = QStringLiteral("XX"); })),
                          Error::Kind::Invalid, "area");
  CHECK_REFUSED_UNCHANGED(bed, before, cases.update(open, change([](auto& c) { c.owner = QStringLiteral("Ghost"); })),
                          Error::Kind::Invalid, "owner");
  // Several changes at once: a bad one late in the list undoes the good ones before it.
  CHECK_REFUSED_UNCHANGED(bed, before, cases.update(open, change([](auto& c) {
                                                      c.subjectName = QStringLiteral("Renamed");
                                                      c.areaCode = QStringLiteral("NL61");
                                                      c.themes = QStringList{QStringLiteral("parking")};
                                                    })),
                          Error::Kind::Invalid, "themes");
}

TEST_CASE("notes and links", "[cases]") {
  TestBed bed;
  const QString first = createCase(bed, newCase("LCDG", "First Person"));
  const QString second = createCase(bed, newCase("LCDG", "Second Person"));
  CaseService cases(bed.ctx);
  auto note = cases.addNote(first, QStringLiteral("Seen at the station"), {});
  REQUIRE(note.ok());
  REQUIRE(cases.addNote(first, QStringLiteral("Second visit"), QStringLiteral("Kim Worker")).ok());
  auto d = detail(bed, first);
  REQUIRE(d.notes.size() == 2);
  CHECK(d.notes.back().body == QStringLiteral("Seen at the station"));
  CHECK(d.notes.back().author == QStringLiteral("tester"));  // the acting user by default
  CHECK(d.notes.front().author == QStringLiteral("Kim Worker"));
  CHECK(d.notes.back().writtenAt == QDateTime(QDate(2024, 6, 15), QTime(0, 0)));

  REQUIRE(cases.link(first, second, LinkRelation::Household, QStringLiteral("Siblings")).ok());
  d = detail(bed, second);
  REQUIRE(d.links.size() == 1);
  CHECK(d.links.front().reference == first);
  CHECK(d.links.front().relation == LinkRelation::Household);

  const QString before = snapshot(bed);
  CHECK_REFUSED_UNCHANGED(bed, before, cases.addNote(first, QStringLiteral("  "), {}), Error::Kind::Invalid, "text");
  CHECK_REFUSED_UNCHANGED(bed, before, cases.addNote(QStringLiteral("LCDG-2024-404"), QStringLiteral("x"), {}),
                          Error::Kind::NotFound, "case");
  CHECK_REFUSED_UNCHANGED(bed, before, cases.link(second, first, LinkRelation::Household, {}), Error::Kind::Conflict,
                          "link");
  CHECK_REFUSED_UNCHANGED(bed, before, cases.link(first, first, LinkRelation::Other, {}), Error::Kind::Invalid, "link");
  CHECK_REFUSED_UNCHANGED(bed, before, cases.link(first, QStringLiteral("LCDG-2024-404"), LinkRelation::Other, {}),
                          Error::Kind::NotFound, "linked case");
}

TEST_CASE("a subject with cases in two groups shows as open in several groups until one closes", "[cases]") {
  TestBed bed;
  const QString youth = createCase(bed, newCase("YJAG", "Sam Twogroups"));
  auto again = newCase("AARG", "Sam Twogroups");
  again.allowLikelyDuplicate = true;
  createCase(bed, again);
  // Confirmed as someone else: a second subject, so not flagged.
  CHECK_FALSE(detail(bed, youth).openInSeveralGroups);
  CHECK(detail(bed, youth).otherCasesOfSubject.empty());

  // A second case of the same subject, as demo data and older trackers hold them.
  auto adult = bed.db->write([&]() -> Result<CaseId> {
    Case c = detail(bed, youth).record;
    c.id = CaseId();
    c.reference = QStringLiteral("LEDG-2024-050");
    c.groupId = GroupId(5);
    return CaseRepository(*bed.db).insert(c);
  });
  REQUIRE(adult.ok());
  auto d = detail(bed, youth);
  CHECK(d.openInSeveralGroups);
  REQUIRE(d.otherCasesOfSubject.size() == 1);
  CHECK(d.otherCasesOfSubject.front().reference == QStringLiteral("LEDG-2024-050"));
  CHECK(d.otherCasesOfSubject.front().groupCode == QStringLiteral("LEDG"));
  CaseListRequest several;
  several.openInSeveralGroupsOnly = true;
  auto page = CaseReader(bed.ctx).list(several);
  REQUIRE(page.ok());
  CHECK(page->total == 2);

  REQUIRE(CaseService(bed.ctx).close(QStringLiteral("LEDG-2024-050"), {Outcome::MovedOutOfArea, {}, {}, {}, {}}).ok());
  CHECK_FALSE(detail(bed, youth).openInSeveralGroups);
  CHECK(detail(bed, youth).otherCasesOfSubject.size() == 1);  // still shown, as closed
  CHECK(CaseReader(bed.ctx).list(several)->total == 0);
}

TEST_CASE("a second case for a subject another group holds shows as open in several groups", "[cases]") {
  TestBed bed;
  auto first = casebook::test::newCase("YJAG", "Shared Person");
  first.acceptNow = true;
  REQUIRE(CaseService(bed.ctx).create(first).ok());
  auto second = casebook::test::newCase("AARG", "ignored");
  second.sameSubjectAs = QStringLiteral("YJAG-2024-001");
  second.referral.receivedOn = QDate(2024, 6, 1);
  auto created = CaseService(bed.ctx).create(second);
  INFO(errorText(created));
  REQUIRE(created.ok());
  CHECK(created->repeatReferral);  // the same person referred twice within 12 months
  auto d = CaseReader(bed.ctx).get(created->reference);
  CHECK(d->record.subject.name == QStringLiteral("Shared Person"));
  CHECK(d->openInSeveralGroups);
  CHECK(CaseReader(bed.ctx).get(QStringLiteral("YJAG-2024-001"))->openInSeveralGroups);
  second.sameSubjectAs = QStringLiteral("YJAG-2024-099");
  CHECK(CaseService(bed.ctx).create(second).error().field == QStringLiteral("same subject as"));
}
