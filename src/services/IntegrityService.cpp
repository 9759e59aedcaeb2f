#include "IntegrityService.h"

#include "Database.h"
#include "IntegrityCheck.h"

namespace casebook {

Result<QStringList> IntegrityService::check() {
  return m_ctx.db.read([&]() -> Result<QStringList> { return IntegrityCheck(m_ctx.db).run(); });
}

Status IntegrityService::repairSearchIndex() {
  return m_ctx.db.write([&]() -> Status {
    if (auto allowed = m_ctx.allow(Operation::ManageDirectory); !allowed) return allowed;
    IntegrityCheck(m_ctx.db).rebuildSearchIndex();
    return {};
  });
}

}  // namespace casebook
