#pragma once

#include "CaseInputs.h"
#include "ServiceContext.h"

namespace casebook {

// Reading cases: lists (filtered and sorted in SQL), the full case, duplicate checks.
class CaseReader final {
 public:
  explicit CaseReader(ServiceContext& ctx) : m_ctx(ctx) {}

  Result<CasePage> list(const CaseListRequest& request);
  // Opening a case is a view: one entry in the audit trail, with the reason given (which the
  // partnership may require: AuditService::reasonRule).
  Result<CaseDetail> get(const QString& reference, const QString& reason = {});
  // Re-reads a case the user already has open, after their own change to it: access is
  // checked again, but it is the same view, so nothing new is recorded.
  Result<CaseDetail> refresh(const QString& reference);
  // Existing subjects that a new one would likely duplicate, shown before saving.
  Result<std::vector<DuplicateCandidate>> likelyDuplicates(const Subject& subject);

  // Resolves the codes of a request into a query; call inside a transaction.
  static Result<CaseQuery> toQuery(ServiceContext& ctx, const CaseListRequest& request);

 private:
  Result<CaseDetail> read(const QString& reference, bool isNewView, const QString& reason);
  ServiceContext& m_ctx;
};

}  // namespace casebook
