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

 private:
  ServiceContext& m_ctx;
};

}  // namespace casebook
