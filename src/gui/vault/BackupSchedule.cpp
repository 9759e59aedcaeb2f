#include "BackupSchedule.h"

#include "BackupService.h"
#include "Database.h"

#include <QDir>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>

namespace casebook::gui {

namespace {
// Checked this often while a vault is open; the first check comes soon after it opens.
constexpr int kCheckMinutes = 10;
constexpr int kFirstCheckSeconds = 60;
}  // namespace

QString BackupSchedule::defaultFolder() {
  return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("backups"));
}

BackupSchedule::Settings BackupSchedule::settings() {
  QSettings stored;
  Settings s;
  s.folder = stored.value(QStringLiteral("backup/folder"), defaultFolder()).toString();
  s.everyHours = std::clamp(stored.value(QStringLiteral("backup/everyHours"), 24).toInt(), 0, 24 * 7);
  s.keep = std::clamp(stored.value(QStringLiteral("backup/keep"), 14).toInt(), 1, 999);
  return s;
}

void BackupSchedule::save(const Settings& s) {
  QSettings stored;
  stored.setValue(QStringLiteral("backup/folder"), s.folder);
  stored.setValue(QStringLiteral("backup/everyHours"), s.everyHours);
  stored.setValue(QStringLiteral("backup/keep"), s.keep);
}

BackupSchedule::BackupSchedule(ServiceContext& ctx, QObject* parent) : QObject(parent), m_ctx(ctx), m_timer(new QTimer(this)) {
  if (!m_ctx.db.isVault()) return;  // a plain file of test data is not backed up
  connect(m_timer, &QTimer::timeout, this, [this] {
    m_timer->setInterval(kCheckMinutes * 60 * 1000);
    backUpIfDue();
  });
  m_timer->start(kFirstCheckSeconds * 1000);
}

Result<QString> BackupSchedule::backUpNow() {
  const Settings s = settings();
  auto made = BackupService(m_ctx).backUpInto(s.folder, s.keep);
  if (made) {
    Q_EMIT reported(tr("Backed up and verified: %1").arg(made.value()), false);
  } else {
    Q_EMIT reported(tr("Backup failed: %1").arg(made.error().message()), true);
  }
  return made;
}

bool BackupSchedule::backUpIfDue() {
  const Settings s = settings();
  if (!m_ctx.db.isVault() || s.everyHours == 0) return false;
  const auto newest = BackupService::newestIn(s.folder);
  if (newest && newest->secsTo(m_ctx.clock.now().toUTC()) < qint64(s.everyHours) * 3600) return false;
  return backUpNow().ok();
}

}  // namespace casebook::gui
