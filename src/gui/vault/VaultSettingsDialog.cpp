#include "VaultSettingsDialog.h"

#include "BackupSchedule.h"
#include "BackupService.h"
#include "FormStyle.h"
#include "ui_VaultSettingsDialog.h"

#include <QDir>
#include <QFileDialog>
#include <QLocale>
#include <QSettings>

namespace casebook::gui {

VaultSettingsDialog::VaultSettingsDialog(QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::VaultSettingsDialog>()) {
  m_ui->setupUi(this);
  QFont bold = m_ui->error->font();
  bold.setBold(true);
  m_ui->error->setFont(bold);
  m_ui->error->hide();
  const BackupSchedule::Settings s = BackupSchedule::settings();
  m_ui->idleMinutes->setValue(QSettings().value(QStringLiteral("vault/idleMinutes"), 5).toInt());
  m_ui->folder->setText(s.folder);
  for (const auto& [hours, label] : {std::pair{0, tr("Never (only with File > Back up now)")},
                                     std::pair{1, tr("Every hour")}, std::pair{4, tr("Every 4 hours")},
                                     std::pair{24, tr("Every day")}, std::pair{168, tr("Every week")}}) {
    m_ui->every->addItem(label, hours);
  }
  const int at = m_ui->every->findData(s.everyHours);
  m_ui->every->setCurrentIndex(at >= 0 ? at : m_ui->every->findData(24));
  m_ui->keep->setValue(s.keep);
  const auto newest = BackupService::newestIn(s.folder);
  m_ui->last->setText(newest ? QLocale().toString(newest->toLocalTime(), QLocale::LongFormat) : tr("none in this folder yet"));
  connect(m_ui->browse, &QPushButton::clicked, this, [this] {
    const QString chosen = QFileDialog::getExistingDirectory(this, tr("Folder for backups"), m_ui->folder->text());
    if (!chosen.isEmpty()) m_ui->folder->setText(chosen);
  });
  connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &VaultSettingsDialog::accept);
  connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

VaultSettingsDialog::~VaultSettingsDialog() = default;

int VaultSettingsDialog::idleMinutes() const { return m_ui->idleMinutes->value(); }

void VaultSettingsDialog::accept() {
  const QString folder = m_ui->folder->text().trimmed();
  if (folder.isEmpty() || !QDir::isAbsolutePath(folder)) {
    showError(m_ui->error, tr("Backup folder: give a full path, e.g. /media/usb/casebook-backups, or choose one with Browse."));
    return;
  }
  if (!QDir().mkpath(folder)) {
    showError(m_ui->error, tr("Backup folder: %1 cannot be created. Check that the drive is there and writable.").arg(folder));
    return;
  }
  BackupSchedule::save({folder, m_ui->every->currentData().toInt(), m_ui->keep->value()});
  QSettings().setValue(QStringLiteral("vault/idleMinutes"), m_ui->idleMinutes->value());
  QDialog::accept();
}

}  // namespace casebook::gui
