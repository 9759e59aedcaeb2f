// vault create | compact, backup, restore (docs/security.md).
#include "BackupService.h"
#include "CliSession.h"
#include "Commands.h"
#include "DirectoryService.h"
#include "VaultService.h"

#include <CLI/CLI.hpp>

#include <QDir>

#include <memory>

namespace casebook::cli {

namespace {

bool needVault(CliSession& s, const char* command) {
  if (s.usesVault()) return true;
  s.invalid(QStringLiteral("--unencrypted"), QStringLiteral("'%1' works on an encrypted vault").arg(QLatin1String(command)),
            QStringLiteral("Name the vault with --vault FOLDER, or leave both out for your default vault"));
  return false;
}

}  // namespace

void addVaultCommands(CLI::App& app, CliSession& s) {
  auto* vault = app.add_subcommand("vault", "Encrypted vaults: create, compact");
  vault->require_subcommand(1);

  vault->add_subcommand("create", "Create an empty encrypted vault with the default groups (shows its recovery key once)")
      ->callback([&s] {
        if (!needVault(s, "vault create")) return;
        if (Database::isVaultFolder(s.databasePath())) {
          s.invalid(QStringLiteral("--vault"), QStringLiteral("%1 is a vault already").arg(s.databasePath()),
                    QStringLiteral("Choose a new folder"));
          return;
        }
        auto* ctx = s.open(true);
        if (!ctx || !s.check(DirectoryService(*ctx).seedDefaults())) return;
        s.print(QStringLiteral("Created the vault %1 with groups JAG, AARG, YJAG, LCDG, LEDG").arg(s.databasePath()));
      });

  vault->add_subcommand("compact", "Write the whole database as a new generation (keeps the previous one)")
      ->callback([&s] {
        if (!needVault(s, "vault compact")) return;
        auto* ctx = s.open();
        if (ctx && s.check(VaultService(*ctx).compact())) s.print(QStringLiteral("Compacted %1").arg(s.databasePath()));
      });

  vault->add_subcommand("passphrase",
                        "Change the vault's passphrase (the new one from CASEBOOK_NEW_PASSPHRASE, or typed twice); with "
                        "--recovery-key when the passphrase is lost")
      ->callback([&s] {
        if (!needVault(s, "vault passphrase")) return;
        auto* ctx = s.open();
        if (!ctx) return;
        const QByteArray next = s.newPassphrase("CASEBOOK_NEW_PASSPHRASE");
        if (next.isEmpty()) return;
        // The secret that opened the vault proves the right to change it.
        if (s.check(VaultService(*ctx).changePassphrase(s.openedWith(), next, s.byRecoveryKey))) {
          s.print(QStringLiteral("Changed the passphrase of %1. The recovery key still opens it; backups made before "
                                 "keep the old passphrase.").arg(s.databasePath()));
        }
      });

  struct BackupArgs {
    std::string to;
    std::string into;
    int keep = 0;
  };
  auto backup = std::make_shared<BackupArgs>();
  auto* backupCmd = app.add_subcommand(
      "backup", "Back the vault up (still encrypted) and verify the copy by restoring it in memory");
  auto* to = backupCmd->add_option("--to", backup->to, "A new folder for this backup");
  auto* into = backupCmd->add_option("--into", backup->into,
                                     "A folder of dated backups (casebook-backup-YYYYMMDD-HHMMSS): for schedules");
  backupCmd->add_option("--keep", backup->keep, "With --into: keep only the newest N backups there (default: all)")
      ->needs(into);
  to->excludes(into);
  backupCmd->callback([&s, backup] {
    if (!needVault(s, "backup")) return;
    if (backup->to.empty() && backup->into.empty()) {
      s.invalid(QStringLiteral("backup"), QStringLiteral("no destination was given"),
                QStringLiteral("Add --to NEW_FOLDER, or --into BACKUP_FOLDER for dated backups"));
      return;
    }
    auto* ctx = s.open();
    if (!ctx) return;
    BackupService backups(*ctx);
    if (!backup->to.empty()) {
      if (s.check(backups.backUpTo(qs(backup->to)))) s.print(QStringLiteral("Backed up to %1 and verified").arg(qs(backup->to)));
      return;
    }
    auto made = backups.backUpInto(qs(backup->into), backup->keep);
    if (s.check(made)) s.print(QStringLiteral("Backed up to %1 and verified").arg(made.value()));
  });

  auto from = std::make_shared<std::string>();
  auto* restore = app.add_subcommand(
      "restore", "Restore a backup into a new vault folder (--vault) and verify it by opening it");
  restore->add_option("--from", *from, "The backup folder")->required();
  restore->callback([&s, from] {
    if (!needVault(s, "restore")) return;
    if (!s.check(BackupService::restore(qs(*from), s.databasePath()))) return;
    // Opening decrypts every record and runs the integrity checks: the restore is proved.
    if (s.open()) {
      s.print(QStringLiteral("Restored into %1 and verified").arg(s.databasePath()));
    } else {
      s.closeDatabase();
      QDir(s.databasePath()).removeRecursively();  // a copy that does not open is no restore
    }
  });
}

}  // namespace casebook::cli
