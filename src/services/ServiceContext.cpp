#include "ServiceContext.h"

#include "AuditRepository.h"

namespace casebook {

void ServiceContext::audit(AuditEvent event, std::optional<CaseId> caseId, const QString& caseReference,
                           const QString& detail, const QString& reason) const {
  if (auditPaused > 0) return;
  AuditRepository(db).append(clock.now(), actor.userName, AuditRecord{event, caseId, caseReference, detail, reason});
}

}  // namespace casebook
