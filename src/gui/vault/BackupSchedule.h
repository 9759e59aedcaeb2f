#pragma once

#include "Result.h"

#include <QObject>
#include <QString>

class QTimer;

namespace casebook {
struct ServiceContext;
}

namespace casebook::gui {

// Scheduled backups of the open vault (docs/security.md): while a vault is open, a backup is
// made whenever the newest one in the backup folder is older than the interval. The
// settings are this computer's (QSettings), shared by every vault opened on it.
class BackupSchedule final : public QObject {
  Q_OBJECT
  Q_DISABLE_COPY_MOVE(BackupSchedule)

 public:
  struct Settings {
    QString folder;       // where dated backups go
    int everyHours = 24;  // 0: only on demand
    int keep = 14;        // the newest N are kept
  };
  static Settings settings();
  static void save(const Settings& settings);
  static QString defaultFolder();

  BackupSchedule(ServiceContext& ctx, QObject* parent);
  // Makes a backup now, into the settings' folder, verified; returns the new folder.
  Result<QString> backUpNow();
  // Makes one if it is due; true when one was made.
  bool backUpIfDue();

 Q_SIGNALS:
  // For the status bar: what was done, or what went wrong and how to fix it.
  void reported(const QString& message, bool failed);

 private:
  ServiceContext& m_ctx;
  QTimer* m_timer;
};

}  // namespace casebook::gui
