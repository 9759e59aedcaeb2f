#pragma once

#include "Risk.h"
#include "ServiceContext.h"

namespace casebook {

struct RiskInput {
  QString caseReference;
  int likelihood = 0;
  int impact = 0;
  QDate assessedOn;  // invalid: today
  QString assessor;
  QString rationale;
  std::optional<RiskBand> judgedBand;
  QString judgementReason;
};

struct AssessmentOutcome {
  RiskAssessmentId id;
  int score = 0;
  RiskBand band = RiskBand::Low;
  QDate nextReviewOn;
  bool escalationPrompted = false;  // a sub-group case at or above the threshold
};

class RiskService final {
 public:
  explicit RiskService(ServiceContext& ctx) : m_ctx(ctx) {}

  Result<AssessmentOutcome> assess(const RiskInput& input);
  // Undoes an assessment recorded by mistake (the desktop's Undo): removes it and makes the
  // latest remaining one current again. Only the case's latest assessment can be withdrawn.
  Status withdraw(RiskAssessmentId id);
  Result<RiskPolicy> policy();
  Status setPolicy(const RiskPolicy& policy);

  // For services composing an assessment into their own transaction: records it and
  // refreshes the case's current score, band and next review date.
  static Result<AssessmentOutcome> record(ServiceContext& ctx, const RiskAssessment& assessment);

 private:
  ServiceContext& m_ctx;
};

}  // namespace casebook
