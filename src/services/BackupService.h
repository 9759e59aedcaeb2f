#pragma once

#include "ServiceContext.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace casebook {

// Backups of an encrypted vault (docs/security.md): a backup is a copy of the vault's key
// file and newest generation, still encrypted, and it counts only once it has been
// restored in memory and found to hold what the vault holds.
class BackupService final {
 public:
  explicit BackupService(ServiceContext& ctx) : m_ctx(ctx) {}

  // Backs up into exactly this new folder, then verifies the copy.
  Status backUpTo(const QString& folder);
  // Backs up into a new dated folder inside `into` (casebook-backup-YYYYMMDD-HHMMSS, UTC),
  // verifies it, then removes the oldest of Casebook's backups there beyond `keep` (0 keeps
  // them all). Returns the new folder. This is what the schedule runs.
  Result<QString> backUpInto(const QString& into, int keep);
  // When the newest dated backup inside `into` was made; nullopt if there is none.
  static std::optional<QDateTime> newestIn(const QString& into);
  // Copies a backup into a new vault folder; nothing is ever overwritten. The caller proves
  // it by opening it with the passphrase.
  static Status restore(const QString& backup, const QString& newVault);

 private:
  ServiceContext& m_ctx;
};

}  // namespace casebook
