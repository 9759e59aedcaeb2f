#pragma once

#include "ServiceContext.h"

namespace casebook {

// Looking after the open encrypted vault (docs/security.md). Backups: BackupService.
class VaultService final {
 public:
  explicit VaultService(ServiceContext& ctx) : m_ctx(ctx) {}

  // Writes the whole database as a new generation, keeping the previous one.
  Status compact();
  // The current passphrase must be given again (or the recovery key, when the passphrase is
  // lost): whoever finds the laptop unlocked cannot lock its owner out. The recovery key
  // keeps working; older backups keep the old passphrase.
  Status changePassphrase(const QByteArray& current, const QByteArray& next, bool currentIsRecoveryKey = false);

 private:
  Status needVault() const;
  ServiceContext& m_ctx;
};

}  // namespace casebook
