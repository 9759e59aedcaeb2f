#include "BackupService.h"

#include "Database.h"

#include <QDir>
#include <QRegularExpression>

namespace casebook {

namespace {

const QString kPrefix = QStringLiteral("casebook-backup-");
const QString kStampFormat = QStringLiteral("yyyyMMdd-HHmmss");

// Casebook's own dated backups in a folder, oldest first: other folders there are left alone.
QStringList datedBackups(const QString& into) {
  static const QRegularExpression name(QStringLiteral("^casebook-backup-\\d{8}-\\d{6}$"));
  QStringList found;
  for (const QString& entry : QDir(into).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
    if (name.match(entry).hasMatch() && Database::vaultGenerations(QDir(into).filePath(entry)).size() > 0) found << entry;
  }
  return found;
}

}  // namespace

Status BackupService::backUpTo(const QString& folder) {
  if (auto allowed = m_ctx.allow(Operation::BackUp); !allowed) return allowed;
  if (!m_ctx.db.isVault()) {
    return Error::invalid(QStringLiteral("database"), QStringLiteral("only an encrypted vault can be backed up"),
                          QStringLiteral("Use 'export' for an unencrypted database of test data"));
  }
  if (auto ok = m_ctx.db.backupVault(folder); !ok) return ok;
  return m_ctx.db.verifyVaultBackup(folder);
}

Result<QString> BackupService::backUpInto(const QString& into, int keep) {
  if (keep < 0) {
    return Error::invalid(QStringLiteral("keep"), QStringLiteral("cannot keep %1 backups").arg(keep),
                          QStringLiteral("Give 0 to keep every backup, or how many of the newest to keep"));
  }
  if (!QDir().mkpath(into)) {
    return Error::storage(QStringLiteral("cannot create the backup folder %1").arg(into),
                          QStringLiteral("Check that the drive is there and writable"));
  }
  QString name = kPrefix + m_ctx.clock.now().toUTC().toString(kStampFormat);
  // Two backups in the same second (a scheduled one and a manual one) get a later stamp.
  for (int wait = 1; QDir(into).exists(name); ++wait) {
    name = kPrefix + m_ctx.clock.now().toUTC().addSecs(wait).toString(kStampFormat);
  }
  const QString folder = QDir(into).filePath(name);
  if (auto ok = backUpTo(folder); !ok) return ok.error();
  if (keep > 0) {
    QStringList older = datedBackups(into);
    older.removeAll(name);  // even if the clock has gone back, the new backup stays
    while (older.size() >= keep) QDir(QDir(into).filePath(older.takeFirst())).removeRecursively();
  }
  return folder;
}

std::optional<QDateTime> BackupService::newestIn(const QString& into) {
  const QStringList all = datedBackups(into);
  if (all.isEmpty()) return std::nullopt;
  QDateTime when = QDateTime::fromString(all.last().mid(kPrefix.size()), kStampFormat);
  when.setTimeSpec(Qt::UTC);
  return when;
}

Status BackupService::restore(const QString& backup, const QString& newVault) {
  return Database::copyVault(backup, newVault);
}

}  // namespace casebook
