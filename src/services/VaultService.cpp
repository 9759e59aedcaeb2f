#include "VaultService.h"

#include "Database.h"

namespace casebook {

Status VaultService::needVault() const {
  if (auto allowed = m_ctx.allow(Operation::ManageVault); !allowed) return allowed;
  if (m_ctx.db.isVault()) return {};
  return Error::invalid(QStringLiteral("database"), QStringLiteral("this is an unencrypted database, not a vault"),
                        QStringLiteral("Open the encrypted vault"));
}

Status VaultService::compact() {
  if (auto ok = needVault(); !ok) return ok;
  return m_ctx.db.compactVault();
}

Status VaultService::changePassphrase(const QByteArray& current, const QByteArray& next, bool currentIsRecoveryKey) {
  if (auto ok = needVault(); !ok) return ok;
  if (current == next) {
    return Error::invalid(QStringLiteral("new passphrase"), QStringLiteral("it is the same as the current one"),
                          QStringLiteral("Choose a different passphrase"));
  }
  return m_ctx.db.changeVaultPassphrase(current, next, currentIsRecoveryKey);
}

}  // namespace casebook
