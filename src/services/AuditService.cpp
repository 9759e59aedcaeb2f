#include "AuditService.h"

#include "AuditRepository.h"
#include "Database.h"
#include "SettingsRepository.h"

namespace casebook {

namespace {

const QString kReasonKey = QStringLiteral("audit.reason_required");

ReasonRule storedRule(Database& db) {
  const auto stored = SettingsRepository(db).get(kReasonKey);
  return stored ? enumFromKey<ReasonRule>(*stored).value_or(ReasonRule::Never) : ReasonRule::Never;
}

}  // namespace

Status requireReason(ServiceContext& ctx, AuditEvent event, const QString& reason) {
  if (!reason.trimmed().isEmpty()) return {};
  const ReasonRule rule = storedRule(ctx.db);
  const bool needed = (event == AuditEvent::Export && rule != ReasonRule::Never) ||
                      (event == AuditEvent::ViewCase && rule == ReasonRule::ViewsAndExports);
  if (!needed) return {};
  const bool view = event == AuditEvent::ViewCase;
  return Error::invalid(QStringLiteral("reason"),
                        QStringLiteral("the partnership requires a reason to %1").arg(view ? QStringLiteral("view a case")
                                                                                           : QStringLiteral("export")),
                        view ? QStringLiteral("Say why you are opening the case (--reason in the command line)")
                             : QStringLiteral("Say why the data is leaving Casebook (--reason in the command line)"));
}

Result<std::vector<AuditEntry>> AuditService::list(const AuditFilter& filter) {
  return m_ctx.db.read([&]() -> Result<std::vector<AuditEntry>> {
    if (auto allowed = m_ctx.allow(Operation::ManageVault); !allowed) return allowed.error();
    return AuditRepository(m_ctx.db).list(filter);
  });
}

Result<AuditVerdict> AuditService::verify() {
  return m_ctx.db.read([&]() -> Result<AuditVerdict> {
    if (auto allowed = m_ctx.allow(Operation::ManageVault); !allowed) return allowed.error();
    return AuditRepository(m_ctx.db).verify();
  });
}

Result<ReasonRule> AuditService::reasonRule() {
  return m_ctx.db.read([&]() -> Result<ReasonRule> { return storedRule(m_ctx.db); });
}

Status AuditService::setReasonRule(ReasonRule rule) {
  return m_ctx.db.write([&]() -> Status {
    if (auto allowed = m_ctx.allow(Operation::ManageVault); !allowed) return allowed;
    SettingsRepository(m_ctx.db).set(kReasonKey, toKey(rule));
    m_ctx.audit(AuditEvent::ChangeDirectory, std::nullopt, QString(),
                QStringLiteral("reasons required: %1").arg(toKey(rule)));
    return {};
  });
}

}  // namespace casebook
