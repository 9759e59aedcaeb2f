#pragma once

#include "Audit.h"
#include "ServiceContext.h"

#include <vector>

namespace casebook {

// Reading and checking the audit trail, and the partnership's rule on reasons. The trail is
// an administrator's to read (docs/security.md, "Audit trail").
class AuditService final {
 public:
  explicit AuditService(ServiceContext& ctx) : m_ctx(ctx) {}

  Result<std::vector<AuditEntry>> list(const AuditFilter& filter);
  // Walks the whole chain: the first entry edited, deleted or out of place, if any.
  Result<AuditVerdict> verify();
  Result<ReasonRule> reasonRule();
  Status setReasonRule(ReasonRule rule);

 private:
  ServiceContext& m_ctx;
};

// Inside a transaction: refuses a view or an export without a reason when the partnership
// requires one, naming the rule and how to give a reason.
Status requireReason(ServiceContext& ctx, AuditEvent event, const QString& reason);

}  // namespace casebook
