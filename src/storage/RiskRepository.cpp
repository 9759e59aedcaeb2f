#include "RiskRepository.h"

#include "SqlStatement.h"

namespace casebook {

namespace {

RiskAssessment readAssessment(const SqlStatement& q) {
  RiskAssessment a;
  a.id = q.id<RiskAssessmentId>(0);
  a.caseId = q.id<CaseId>(1);
  a.assessedOn = q.requiredDate(2);
  a.likelihood = q.integer(3);
  a.impact = q.integer(4);
  if (!q.isNull(5)) a.judgedBand = enumFromKey<RiskBand>(q.text(5));
  a.judgementReason = q.text(6);
  a.assessor = q.text(7);
  a.rationale = q.text(8);
  return a;
}

}  // namespace

RiskAssessmentId RiskRepository::insert(const RiskAssessment& a) {
  SqlStatement q(m_db, "INSERT INTO risk_assessments (case_id, assessed_on, likelihood, impact, judged_band, "
                       "judgement_reason, assessor, rationale) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
  q.bind(a.caseId).bind(a.assessedOn).bind(a.likelihood).bind(a.impact)
      .bind(a.judgedBand ? QVariant(toKey(*a.judgedBand)) : QVariant()).bind(a.judgementReason).bind(a.assessor)
      .bind(a.rationale).exec();
  return RiskAssessmentId(q.lastInsertId());
}

std::vector<RiskAssessment> RiskRepository::forCase(CaseId id) {
  SqlStatement q(m_db, "SELECT id, case_id, assessed_on, likelihood, impact, judged_band, judgement_reason, "
                       "assessor, rationale FROM risk_assessments WHERE case_id = ? ORDER BY assessed_on, id");
  q.bind(id).exec();
  std::vector<RiskAssessment> result;
  while (q.next()) result.push_back(readAssessment(q));
  return result;
}

std::optional<RiskAssessment> RiskRepository::latest(CaseId id) {
  SqlStatement q(m_db, "SELECT id, case_id, assessed_on, likelihood, impact, judged_band, judgement_reason, "
                       "assessor, rationale FROM risk_assessments WHERE case_id = ? "
                       "ORDER BY assessed_on DESC, id DESC LIMIT 1");
  q.bind(id).exec();
  return q.next() ? std::optional<RiskAssessment>(readAssessment(q)) : std::nullopt;
}

std::optional<RiskAssessment> RiskRepository::get(RiskAssessmentId id) {
  SqlStatement q(m_db, "SELECT id, case_id, assessed_on, likelihood, impact, judged_band, judgement_reason, "
                       "assessor, rationale FROM risk_assessments WHERE id = ?");
  q.bind(id).exec();
  return q.next() ? std::optional<RiskAssessment>(readAssessment(q)) : std::nullopt;
}

void RiskRepository::remove(RiskAssessmentId id) {
  SqlStatement q(m_db, "DELETE FROM risk_assessments WHERE id = ?");
  q.bind(id).exec();
}

}  // namespace casebook
