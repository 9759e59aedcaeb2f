#include "VaultRecovery.h"

#include "BackupSchedule.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>

#include <memory>

namespace casebook::gui {

namespace {
class Text {
  Q_DECLARE_TR_FUNCTIONS(VaultRecovery)
};
}  // namespace

QMessageBox* makeRecoveryQuestion(QWidget* parent, const QString& folder, const QString& problem, bool hasPrevious) {
  auto* box = new QMessageBox(QMessageBox::Critical, Text::tr("The vault is damaged"),
                              Text::tr("The vault %1 cannot be used as it is: %2.\n\nNothing has been changed. You can open "
                                       "the generation before the newest one (the work since it was written is in the "
                                       "damaged one), or restore a backup into a new folder.")
                                  .arg(folder, problem),
                              QMessageBox::NoButton, parent);
  if (hasPrevious) box->addButton(Text::tr("Open the &previous generation"), QMessageBox::AcceptRole)->setObjectName(QStringLiteral("previous"));
  box->addButton(Text::tr("&Restore a backup..."), QMessageBox::ActionRole)->setObjectName(QStringLiteral("restore"));
  box->addButton(QMessageBox::Cancel);
  return box;
}

RecoveryChoice askHowToRecover(QWidget* parent, const QString& folder, const QString& problem, bool hasPrevious) {
  std::unique_ptr<QMessageBox> box(makeRecoveryQuestion(parent, folder, problem, hasPrevious));
  box->exec();
  const QString chosen = box->clickedButton() ? box->clickedButton()->objectName() : QString();
  if (chosen == QStringLiteral("previous")) return RecoveryChoice::OpenPrevious;
  if (chosen == QStringLiteral("restore")) return RecoveryChoice::RestoreBackup;
  return RecoveryChoice::GiveUp;
}

RestorePlan askWhatToRestore(QWidget* parent) {
  const QString backup = QFileDialog::getExistingDirectory(parent, Text::tr("The backup to restore (a casebook-backup-... folder)"),
                                                           BackupSchedule::settings().folder);
  if (backup.isEmpty()) return {};
  const QString newVault = QFileDialog::getSaveFileName(parent, Text::tr("Restore into a new vault folder"));
  if (newVault.isEmpty()) return {};
  return {backup, newVault};
}

}  // namespace casebook::gui
