#include "ReferralRepository.h"

#include "SqlStatement.h"

namespace casebook {

namespace {

#define REFERRAL_COLUMNS                                                                                     \
  "id, case_id, kind, to_group_id, from_group_id, received_on, referring_agency_id, referring_officer, "    \
  "officer_contact, reason, criterion, concern, initial_likelihood, initial_impact, urgent, safe_to_phone, " \
  "consent, lawful_basis, is_repeat, decision, decision_reason, decided_on, redirected_to_group_id"

Referral readReferral(const SqlStatement& q) {
  Referral r;
  r.id = q.id<ReferralId>(0);
  r.caseId = q.id<CaseId>(1);
  r.kind = enumFromKey<ReferralKind>(q.text(2)).value_or(ReferralKind::New);
  r.toGroupId = q.id<GroupId>(3);
  r.fromGroupId = q.optionalId<GroupId>(4);
  r.receivedOn = q.requiredDate(5);
  r.referringAgencyId = q.optionalId<AgencyId>(6);
  r.referringOfficer = q.text(7);
  r.officerContact = q.text(8);
  r.reason = q.text(9);
  r.criterion = enumFromKey<ReferralCriterion>(q.text(10)).value_or(ReferralCriterion::VisibleHighRisk);
  r.concern = q.text(11);
  r.initialLikelihood = q.optionalInt(12);
  r.initialImpact = q.optionalInt(13);
  r.urgent = q.boolean(14);
  r.safeToPhone = q.boolean(15);
  r.consent = enumFromKey<ConsentBasis>(q.text(16)).value_or(ConsentBasis::NotYetKnown);
  r.lawfulBasis = q.text(17);
  r.repeat = q.boolean(18);
  r.decision = enumFromKey<ReferralDecision>(q.text(19)).value_or(ReferralDecision::Pending);
  r.decisionReason = q.text(20);
  r.decidedOn = q.date(21);
  r.redirectedToGroupId = q.optionalId<GroupId>(22);
  return r;
}

}  // namespace

ReferralId ReferralRepository::insert(const Referral& r) {
  SqlStatement q(m_db, "INSERT INTO referrals (case_id, kind, to_group_id, from_group_id, received_on, "
                       "referring_agency_id, referring_officer, officer_contact, reason, criterion, concern, "
                       "initial_likelihood, initial_impact, urgent, safe_to_phone, consent, lawful_basis, is_repeat, "
                       "decision, decision_reason, decided_on, redirected_to_group_id) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  q.bind(r.caseId).bind(toKey(r.kind)).bind(r.toGroupId).bind(r.fromGroupId).bind(r.receivedOn)
      .bind(r.referringAgencyId).bind(r.referringOfficer).bind(r.officerContact).bind(r.reason)
      .bind(toKey(r.criterion)).bind(r.concern).bind(r.initialLikelihood).bind(r.initialImpact).bind(r.urgent)
      .bind(r.safeToPhone).bind(toKey(r.consent)).bind(r.lawfulBasis).bind(r.repeat).bind(toKey(r.decision))
      .bind(r.decisionReason).bind(r.decidedOn).bind(r.redirectedToGroupId).exec();
  return ReferralId(q.lastInsertId());
}

void ReferralRepository::saveDecision(const Referral& r) {
  SqlStatement q(m_db, "UPDATE referrals SET decision = ?, decision_reason = ?, decided_on = ?, "
                       "redirected_to_group_id = ? WHERE id = ?");
  q.bind(toKey(r.decision)).bind(r.decisionReason).bind(r.decidedOn).bind(r.redirectedToGroupId).bind(r.id).exec();
}

void ReferralRepository::remove(ReferralId id) {
  SqlStatement q(m_db, "DELETE FROM referrals WHERE id = ?");
  q.bind(id).exec();
}

std::optional<Referral> ReferralRepository::get(ReferralId id) {
  SqlStatement q(m_db, "SELECT " REFERRAL_COLUMNS " FROM referrals WHERE id = ?");
  q.bind(id).exec();
  return q.next() ? std::optional<Referral>(readReferral(q)) : std::nullopt;
}

std::vector<Referral> ReferralRepository::forCase(CaseId id) {
  SqlStatement q(m_db, "SELECT " REFERRAL_COLUMNS " FROM referrals WHERE case_id = ? ORDER BY received_on, id");
  q.bind(id).exec();
  std::vector<Referral> result;
  while (q.next()) result.push_back(readReferral(q));
  return result;
}

std::optional<Referral> ReferralRepository::pendingForCase(CaseId id) {
  SqlStatement q(m_db, "SELECT " REFERRAL_COLUMNS " FROM referrals WHERE case_id = ? AND decision = 'pending' "
                       "ORDER BY id DESC LIMIT 1");
  q.bind(id).exec();
  return q.next() ? std::optional<Referral>(readReferral(q)) : std::nullopt;
}

std::optional<QDate> ReferralRepository::lastReferralOfSubject(SubjectId subject, const QDate& onOrBefore) {
  SqlStatement q(m_db, "SELECT max(r.received_on) FROM referrals r JOIN cases c ON c.id = r.case_id "
                       "WHERE c.subject_id = ? AND r.received_on <= ? AND r.kind IN ('new', 'redirect')");
  q.bind(subject).bind(onOrBefore).exec();
  return q.next() ? q.date(0) : std::nullopt;
}

}  // namespace casebook
