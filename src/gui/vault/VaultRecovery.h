#pragma once

#include <QString>

class QMessageBox;
class QWidget;

namespace casebook::gui {

// What to do when a vault decrypts but is damaged, or does not decrypt at all (a tampered
// or cut file): open the generation before the newest (kept for this), restore a backup
// into a new folder, or leave it as it is.
enum class RecoveryChoice { OpenPrevious, RestoreBackup, GiveUp };

RecoveryChoice askHowToRecover(QWidget* parent, const QString& folder, const QString& problem, bool hasPrevious);
// The question itself, unanswered (askHowToRecover shows it; the screenshots too).
QMessageBox* makeRecoveryQuestion(QWidget* parent, const QString& folder, const QString& problem, bool hasPrevious);

// The backup to restore and the new folder to restore it into; both empty if the user gave up.
struct RestorePlan {
  QString backup;
  QString newVault;
};
RestorePlan askWhatToRestore(QWidget* parent);

}  // namespace casebook::gui
