#include "RiskService.h"

#include "CaseRepository.h"
#include "Database.h"
#include "DirectoryRepository.h"
#include "Log.h"
#include "Lookup.h"
#include "RiskRepository.h"
#include "SettingsRepository.h"

namespace casebook {

namespace {

// What a case's current score means: its band, next review and whether it prompts
// escalation (inSubGroup: the case is with a sub-group).
AssessmentOutcome outcomeOf(const Case& scored, const RiskPolicy& policy, bool inSubGroup) {
  AssessmentOutcome outcome;
  outcome.score = scored.currentScore.value_or(0);
  outcome.band = scored.currentBand.value_or(RiskBand::Low);
  outcome.nextReviewOn = scored.nextReviewOn.value_or(QDate());
  outcome.escalationPrompted = policy.promptsEscalation(outcome.score, outcome.band, inSubGroup);
  return outcome;
}

}  // namespace

Result<AssessmentOutcome> RiskService::record(ServiceContext& ctx, const RiskAssessment& a) {
  const RiskPolicy policy = SettingsRepository(ctx.db).riskPolicy();
  if (auto valid = validateAssessment(a, policy, ctx.clock.today()); !valid) return valid.error();
  CaseRepository cases(ctx.db);
  auto stored = cases.get(a.caseId);
  if (!stored) return Error::notFound(QStringLiteral("case"), QStringLiteral("the case no longer exists"));
  if (stored->status == CaseStatus::Closed) {
    return Error::conflict(QStringLiteral("case"), QStringLiteral("%1 is closed").arg(stored->reference),
                           QStringLiteral("Reopen it before assessing risk again"));
  }
  RiskRepository risks(ctx.db);
  const auto previous = risks.latest(a.caseId);
  const RiskAssessmentId id = risks.insert(a);
  AssessmentOutcome outcome;
  if (becomesCurrent(previous ? std::optional<QDate>(previous->assessedOn) : std::nullopt, a.assessedOn)) {
    Case updated = *stored;
    takeScore(updated, a, policy);
    cases.update(*stored, updated);
    const auto group = DirectoryRepository(ctx.db).groupById(stored->groupId);
    outcome = outcomeOf(updated, policy, group && group->isSubGroup());
  } else {
    const RiskBand own = a.effectiveBand(policy);
    outcome.score = a.score();
    outcome.band = stored->currentBand.value_or(own);
    outcome.nextReviewOn = stored->nextReviewOn.value_or(policy.nextReviewDate(own, a.assessedOn));
  }
  outcome.id = id;
  return outcome;
}

Result<AssessmentOutcome> RiskService::assess(const RiskInput& input) {
  return m_ctx.db.write([&]() -> Result<AssessmentOutcome> {
    auto caseId = Lookup(m_ctx).caseByReference(input.caseReference);
    if (!caseId) return caseId.error();
    const auto stored = CaseRepository(m_ctx.db).get(caseId.value());
    if (auto allowed = m_ctx.allow(Operation::ChangeCase, stored->groupId); !allowed) return allowed.error();
    RiskAssessment a;
    a.caseId = caseId.value();
    a.assessedOn = input.assessedOn.isValid() ? input.assessedOn : m_ctx.clock.today();
    a.likelihood = input.likelihood;
    a.impact = input.impact;
    a.judgedBand = input.judgedBand;
    a.judgementReason = input.judgementReason;
    a.assessor = input.assessor.isEmpty() ? m_ctx.actor.userName : input.assessor;
    a.rationale = input.rationale;
    auto outcome = record(m_ctx, a);
    if (!outcome) return outcome;
    m_ctx.audit(AuditEvent::ChangeCase, a.caseId, stored->reference,
                QStringLiteral("risk assessed: %1").arg(a.likelihood * a.impact));
    log::services()->info("risk assessed on case id {}", a.caseId.value);
    return outcome;
  });
}

Status RiskService::withdraw(RiskAssessmentId id) {
  return m_ctx.db.write([&]() -> Status {
    RiskRepository risks(m_ctx.db);
    const auto assessment = risks.get(id);
    if (!assessment) {
      return Error::notFound(QStringLiteral("assessment"), QStringLiteral("the assessment no longer exists"));
    }
    CaseRepository cases(m_ctx.db);
    const Case before = *cases.get(assessment->caseId);
    Case c = before;
    if (auto allowed = m_ctx.allow(Operation::ChangeCase, c.groupId); !allowed) return allowed;
    if (risks.latest(c.id)->id != id) {
      return Error::conflict(QStringLiteral("assessment"), QStringLiteral("a later assessment has been recorded since"),
                             QStringLiteral("Record a new assessment instead"));
    }
    risks.remove(id);
    const RiskPolicy policy = SettingsRepository(m_ctx.db).riskPolicy();
    if (const auto previous = risks.latest(c.id)) {
      takeScore(c, *previous, policy);
    } else {
      c.currentScore.reset();
      c.currentBand.reset();
      c.nextReviewOn.reset();
    }
    cases.update(before, c);
    m_ctx.audit(AuditEvent::ChangeCase, c.id, c.reference, QStringLiteral("risk assessment withdrawn"));
    return {};
  });
}

Result<RiskPolicy> RiskService::policy() {
  return m_ctx.db.read([&]() -> Result<RiskPolicy> { return SettingsRepository(m_ctx.db).riskPolicy(); });
}

Status RiskService::setPolicy(const RiskPolicy& policy) {
  return m_ctx.db.write([&]() -> Status {
    if (auto allowed = m_ctx.allow(Operation::ManageDirectory); !allowed) return allowed;
    SettingsRepository(m_ctx.db).setRiskPolicy(policy);
    m_ctx.audit(AuditEvent::ChangeDirectory, std::nullopt, QString(), QStringLiteral("risk policy changed"));
    return {};
  });
}

}  // namespace casebook
