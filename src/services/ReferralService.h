#pragma once

#include "CaseInputs.h"
#include "ServiceContext.h"

namespace casebook {

struct DecisionInput {
  qint64 referralId = 0;
  ReferralDecision decision = ReferralDecision::Pending;
  QString reason;
  QDate decidedOn;  // invalid: today
  QString redirectToGroupCode;
};

struct EscalationInput {
  QString caseReference;
  QDate on;  // invalid: today
  QString reason;
  ReferralCriterion criterion = ReferralCriterion::Escalation;  // or professional judgement
  QString concern;
  QString referringOfficer;
};

struct StepDownInput {
  QString caseReference;
  QString toGroupCode;  // empty: the group it was escalated from
  QDate on;
  QString reason;
};

// Referrals put a case before a group; escalation takes a sub-group case to the JAG and
// stepping down returns it (DOMAIN.md, "Referrals and escalation").
class ReferralService final {
 public:
  explicit ReferralService(ServiceContext& ctx) : m_ctx(ctx) {}

  // A new referral of an existing case: a closed case comes back (reopened on acceptance),
  // or an active case is put before another group.
  Result<ReferralId> refer(const QString& caseReference, const ReferralInput& input);
  Status decide(const DecisionInput& input);
  Result<ReferralId> escalate(const EscalationInput& input);
  Status stepDown(const StepDownInput& input);
  // Takes back an escalation the JAG has not yet decided (the desktop's Undo); the
  // case's history keeps a note that it was withdrawn.
  Status withdrawEscalation(ReferralId id);

  // Building blocks for services composing referrals into their own transaction.
  // A referral checked and filled in (its repeat flag), not yet written.
  static Result<Referral> prepare(ServiceContext& ctx, CaseId caseId, SubjectId subjectId, ReferralKind kind,
                                  std::optional<GroupId> fromGroup, const ReferralInput& input);
  // The same, written.
  static Result<Referral> record(ServiceContext& ctx, CaseId caseId, SubjectId subjectId, ReferralKind kind,
                                 std::optional<GroupId> fromGroup, const ReferralInput& input);
  static Status applyDecision(ServiceContext& ctx, ReferralId id, const DecisionRequest& request);
  // What a decision does, in memory only: the referral and the case are changed here, and
  // the events and onward referral it adds are for the caller to write (a new case is
  // written once, already accepted; applyDecision writes them for a case that exists).
  struct DecisionEffect {
    std::vector<CaseEvent> events;
    std::optional<Referral> onward;  // a redirect's referral to the other group
  };
  static Result<DecisionEffect> decideInMemory(ServiceContext& ctx, Referral& referral, Case& c,
                                               const DecisionRequest& request);

 private:
  ServiceContext& m_ctx;
};

}  // namespace casebook
