#pragma once

#include "CaseInputs.h"
#include "ServiceContext.h"

namespace casebook {

// Reading cases: lists (filtered and sorted in SQL), the full case, duplicate checks.
class CaseReader final {
 public:
  explicit CaseReader(ServiceContext& ctx) : m_ctx(ctx) {}

  Result<CasePage> list(const CaseListRequest& request);
  Result<CaseDetail> get(const QString& reference);
  // Existing subjects that a new one would likely duplicate, shown before saving.
  Result<std::vector<DuplicateCandidate>> likelyDuplicates(const Subject& subject);

  // Resolves the codes of a request into a query; call inside a transaction.
  static Result<CaseQuery> toQuery(ServiceContext& ctx, const CaseListRequest& request);

 private:
  ServiceContext& m_ctx;
};

}  // namespace casebook
