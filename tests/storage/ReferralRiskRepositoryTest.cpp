#include "CaseRepository.h"
#include "ReferralRepository.h"
#include "RiskRepository.h"
#include "StorageFixture.h"
#include "SubjectRepository.h"

#include <catch2/catch.hpp>

using namespace casebook;
using namespace casebook::test;

namespace {

const GroupId kJag(1), kYjag(3), kLedg(5);

QString describe(const Referral& r) {
  return QStringList{QString::number(r.id.value),
                     QString::number(r.caseId.value),
                     toKey(r.kind),
                     QString::number(r.toGroupId.value),
                     text(r.fromGroupId),
                     r.receivedOn.toString(Qt::ISODate),
                     text(r.referringAgencyId),
                     r.referringOfficer,
                     r.officerContact,
                     r.reason,
                     toKey(r.criterion),
                     r.concern,
                     text(r.initialLikelihood),
                     text(r.initialImpact),
                     QString::number(r.urgent),
                     QString::number(r.safeToPhone),
                     toKey(r.consent),
                     r.lawfulBasis,
                     QString::number(r.repeat),
                     toKey(r.decision),
                     r.decisionReason,
                     text(r.decidedOn),
                     text(r.redirectedToGroupId)}
      .join(QLatin1Char('|'));
}

QString describe(const RiskAssessment& a) {
  return QStringList{QString::number(a.id.value),
                     QString::number(a.caseId.value),
                     a.assessedOn.toString(Qt::ISODate),
                     QString::number(a.likelihood),
                     QString::number(a.impact),
                     keyText(a.judgedBand),
                     a.judgementReason,
                     a.assessor,
                     a.rationale}
      .join(QLatin1Char('|'));
}

struct TwoCases {
  SubjectId subject;
  CaseId first;
  CaseId second;
};

// Two cases of one subject, in YJAG and LEDG.
TwoCases twoCases(TestBed& bed) {
  return inWrite(*bed.db, [&]() -> Result<TwoCases> {
    Subject s;
    s.name = QStringLiteral("Referred Person");
    s.id = SubjectRepository(*bed.db).insert(s);
    TwoCases ids{s.id, {}, {}};
    for (auto [reference, group, id] :
         {std::tuple{"YJAG-2024-001", kYjag, &ids.first}, std::tuple{"LEDG-2024-001", kLedg, &ids.second}}) {
      Case c;
      c.reference = QString::fromLatin1(reference);
      c.subject = s;
      c.groupId = group;
      c.status = CaseStatus::Open;
      c.openedOn = QDate(2023, 1, 1);
      *id = CaseRepository(*bed.db).insert(c);
    }
    return ids;
  });
}

Referral referral(CaseId caseId, ReferralKind kind, const QDate& on, GroupId to = kYjag) {
  Referral r;
  r.caseId = caseId;
  r.kind = kind;
  r.toGroupId = to;
  r.receivedOn = on;
  r.reason = QStringLiteral("Reason");
  return r;
}

}  // namespace

TEST_CASE("a referral round-trips with every field set or empty", "[storage][repository]") {
  TestBed bed;
  const auto cases = twoCases(bed);
  Referral full;
  full.caseId = cases.first;
  full.kind = ReferralKind::Escalation;
  full.toGroupId = kJag;
  full.fromGroupId = kYjag;
  full.receivedOn = QDate(2024, 2, 29);
  full.referringAgencyId = AgencyId(1);
  full.referringOfficer = QStringLiteral("PC Example");
  full.officerContact = QStringLiteral("pc.example@example.org");
  full.reason = QStringLiteral("Threats with a knife");
  full.criterion = ReferralCriterion::ProfessionalJudgement;
  full.concern = QStringLiteral("Escalating quickly");
  full.initialLikelihood = 4;
  full.initialImpact = 5;
  full.urgent = true;
  full.safeToPhone = true;
  full.consent = ConsentBasis::LawfulBasisWithoutConsent;
  full.lawfulBasis = QStringLiteral("Crime and Disorder Act 1998 s.115");
  full.repeat = true;
  full.decision = ReferralDecision::Redirected;
  full.decisionReason = QStringLiteral("East side");
  full.decidedOn = QDate(2024, 3, 1);
  full.redirectedToGroupId = kLedg;
  const Referral bare = referral(cases.second, ReferralKind::New, QDate(2024, 3, 2));
  for (Referral r : {full, bare}) {
    r.id = inWrite(*bed.db, [&]() -> Result<ReferralId> { return ReferralRepository(*bed.db).insert(r); });
    CHECK(describe(*inWrite(*bed.db, [&]() -> Result<std::optional<Referral>> {
            return ReferralRepository(*bed.db).get(r.id);
          })) == describe(r));
  }
  CHECK(scalar(*bed.db, QStringLiteral(
                            "SELECT count(*) FROM referrals WHERE from_group_id IS NULL AND initial_likelihood "
                            "IS NULL AND decided_on IS NULL AND referring_agency_id IS NULL")) == QStringLiteral("1"));
}

TEST_CASE("a referral's decision is saved, the pending one is found", "[storage][repository]") {
  TestBed bed;
  const auto cases = twoCases(bed);
  ReferralRepository repo(*bed.db);
  Referral r = referral(cases.first, ReferralKind::New, QDate(2024, 5, 1));
  r.id = inWrite(*bed.db, [&]() -> Result<ReferralId> { return repo.insert(r); });
  auto pending = [&]() {
    return inWrite(*bed.db, [&]() -> Result<std::optional<Referral>> { return repo.pendingForCase(cases.first); });
  };
  REQUIRE(pending().has_value());
  CHECK(pending()->id == r.id);

  r.decision = ReferralDecision::Declined;
  r.decisionReason = QStringLiteral("Single-agency matter");
  r.decidedOn = QDate(2024, 5, 3);
  inWrite(*bed.db, [&]() -> Status {
    repo.saveDecision(r);
    return {};
  });
  CHECK(describe(*inWrite(*bed.db, [&]() -> Result<std::optional<Referral>> { return repo.get(r.id); })) ==
        describe(r));
  CHECK_FALSE(pending().has_value());
  CHECK_FALSE(
      inWrite(*bed.db, [&]() -> Result<std::optional<Referral>> { return repo.get(ReferralId(999)); }).has_value());
}

TEST_CASE("a case's referrals come in date order", "[storage][repository]") {
  TestBed bed;
  const auto cases = twoCases(bed);
  ReferralRepository repo(*bed.db);
  inWrite(*bed.db, [&]() -> Status {
    repo.insert(referral(cases.first, ReferralKind::New, QDate(2024, 5, 1)));
    repo.insert(referral(cases.first, ReferralKind::Escalation, QDate(2024, 3, 1), kJag));
    repo.insert(referral(cases.second, ReferralKind::New, QDate(2024, 1, 1)));
    return {};
  });
  const auto list = inWrite(*bed.db, [&]() -> Result<std::vector<Referral>> { return repo.forCase(cases.first); });
  REQUIRE(list.size() == 2);
  CHECK(list[0].receivedOn == QDate(2024, 3, 1));
  CHECK(list[1].receivedOn == QDate(2024, 5, 1));
}

TEST_CASE("the last referral of a subject counts new and redirected referrals of any of its cases",
          "[storage][repository]") {
  TestBed bed;
  const auto cases = twoCases(bed);
  ReferralRepository repo(*bed.db);
  auto last = [&](const QDate& onOrBefore) {
    return inWrite(*bed.db, [&]() -> Result<std::optional<QDate>> {
      return repo.lastReferralOfSubject(cases.subject, onOrBefore);
    });
  };
  CHECK_FALSE(last(QDate(2024, 6, 15)).has_value());
  inWrite(*bed.db, [&]() -> Status {
    repo.insert(referral(cases.first, ReferralKind::New, QDate(2023, 4, 1)));
    repo.insert(referral(cases.second, ReferralKind::Redirect, QDate(2023, 9, 1), kLedg));
    repo.insert(referral(cases.first, ReferralKind::Escalation, QDate(2024, 1, 1), kJag));  // not a new referral
    repo.insert(referral(cases.first, ReferralKind::StepDown, QDate(2024, 2, 1)));          // nor is this
    return {};
  });
  CHECK(last(QDate(2024, 6, 15)) == QDate(2023, 9, 1));
  CHECK(last(QDate(2023, 8, 31)) == QDate(2023, 4, 1));
  CHECK(last(QDate(2023, 4, 1)) == QDate(2023, 4, 1));
  CHECK_FALSE(last(QDate(2023, 3, 31)).has_value());
}

TEST_CASE("risk assessments round-trip and come back oldest first", "[storage][repository]") {
  TestBed bed;
  const auto cases = twoCases(bed);
  RiskRepository repo(*bed.db);
  CHECK_FALSE(inWrite(*bed.db, [&]() -> Result<std::optional<RiskAssessment>> {
                return repo.latest(cases.first);
              }).has_value());
  RiskAssessment judged{RiskAssessmentId(),
                        cases.first,
                        QDate(2024, 5, 1),
                        2,
                        3,
                        RiskBand::VeryHigh,
                        QStringLiteral("Weapon disclosed"),
                        QStringLiteral("Sam Assessor"),
                        QStringLiteral("Threats")};
  RiskAssessment earlier{RiskAssessmentId(),           cases.first, QDate(2024, 4, 1), 1, 1, std::nullopt, {}, {},
                         QStringLiteral("Quiet month")};
  RiskAssessment sameDay{RiskAssessmentId(),
                         cases.first,
                         QDate(2024, 5, 1),
                         4,
                         4,
                         std::nullopt,
                         {},
                         {},
                         QStringLiteral("Second visit that day")};
  for (RiskAssessment* a : {&judged, &earlier, &sameDay}) {
    a->id = inWrite(*bed.db, [&]() -> Result<RiskAssessmentId> { return repo.insert(*a); });
  }
  const auto history =
      inWrite(*bed.db, [&]() -> Result<std::vector<RiskAssessment>> { return repo.forCase(cases.first); });
  REQUIRE(history.size() == 3);
  CHECK(describe(history[0]) == describe(earlier));
  CHECK(describe(history[1]) == describe(judged));
  CHECK(describe(history[2]) == describe(sameDay));
  const auto latest =
      inWrite(*bed.db, [&]() -> Result<std::optional<RiskAssessment>> { return repo.latest(cases.first); });
  REQUIRE(latest.has_value());
  CHECK(latest->id == sameDay.id);  // the later of two on the same day
  CHECK(inWrite(*bed.db, [&]() -> Result<std::vector<RiskAssessment>> { return repo.forCase(cases.second); }).empty());
}
