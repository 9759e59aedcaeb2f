#include "IntegrityService.h"

#include "Database.h"
#include "IntegrityCheck.h"

namespace casebook {

Result<QStringList> IntegrityService::check() {
  return m_ctx.db.read([&]() -> Result<QStringList> { return IntegrityCheck(m_ctx.db).run(); });
}

}  // namespace casebook
