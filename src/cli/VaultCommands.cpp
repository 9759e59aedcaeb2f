// vault create | compact | backup | restore (docs/security.md).
#include "CliSession.h"
#include "Commands.h"
#include "DirectoryService.h"

#include "vault/Vault.h"

#include <CLI/CLI.hpp>

#include <QDir>

namespace casebook::cli {

namespace {

bool needVault(CliSession& s) {
  if (!s.vaultPath.empty()) return true;
  s.invalid(QStringLiteral("--vault"), QStringLiteral("this command works on an encrypted vault"),
            QStringLiteral("Name it, e.g. casebook-cli --vault ~/casebook-vault vault compact"));
  return false;
}

// A backup is proved by opening it: decrypting every record and passing the integrity checks.
bool verify(CliSession& s, const QString& folder) {
  const QByteArray key = s.secret(QStringLiteral("Vault passphrase (to verify): "));
  if (key.isEmpty()) return false;
  auto opened = Database::openVault(folder, key, s.byRecoveryKey);
  if (!opened) {
    s.fail(opened.error());
    return false;
  }
  return true;
}

}  // namespace

void addVaultCommands(CLI::App& app, CliSession& s) {
  auto* vault = app.add_subcommand("vault", "Encrypted vaults: create, compact, back up, restore");
  vault->require_subcommand(1);

  vault->add_subcommand("create", "Create an empty encrypted vault with the default groups (shows its recovery key once)")
      ->callback([&s] {
        if (!needVault(s)) return;
        if (QDir(qs(s.vaultPath)).exists()) {
          s.invalid(QStringLiteral("--vault"), QStringLiteral("%1 already exists").arg(qs(s.vaultPath)),
                    QStringLiteral("Choose a new folder"));
          return;
        }
        auto* ctx = s.open(true);
        if (!ctx || !s.check(DirectoryService(*ctx).seedDefaults())) return;
        s.print(QStringLiteral("Created the vault %1 with groups JAG, AARG, YJAG, LCDG, LEDG").arg(qs(s.vaultPath)));
      });

  vault->add_subcommand("compact", "Write the whole database as a new generation (keeps the previous one)")
      ->callback([&s] {
        if (!needVault(s) || !s.open()) return;
        if (s.check(s.database()->compactVault())) s.print(QStringLiteral("Compacted %1").arg(qs(s.vaultPath)));
      });

  static std::string backupTo;
  auto* backup = vault->add_subcommand("backup", "Back the vault up into a new folder and verify the backup by opening it");
  backup->add_option("--to", backupTo, "A new folder for the backup")->required();
  backup->callback([&s] {
    if (!needVault(s) || !s.open()) return;
    const QString to = qs(backupTo);
    if (!s.check(s.database()->backupVault(to))) return;
    if (verify(s, to)) s.print(QStringLiteral("Backed up to %1 and verified").arg(to));
  });

  static std::string restoreFrom;
  auto* restore = vault->add_subcommand("restore", "Restore a backup into a new vault folder (--vault) and verify it");
  restore->add_option("--from", restoreFrom, "The backup folder")->required();
  restore->callback([&s] {
    if (!needVault(s)) return;
    const QString to = qs(s.vaultPath);
    if (!s.check(vault::Vault::copyNewest(qs(restoreFrom), to))) return;
    if (verify(s, to)) s.print(QStringLiteral("Restored into %1 and verified").arg(to));
  });
}

}  // namespace casebook::cli
