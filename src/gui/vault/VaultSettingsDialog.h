#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class VaultSettingsDialog;
}

namespace casebook::gui {

// File > Locking and backups: the idle time before an open vault locks, and where and how
// often backups are made. Saved for this computer when accepted.
class VaultSettingsDialog final : public QDialog {
  Q_OBJECT
  Q_DISABLE_COPY_MOVE(VaultSettingsDialog)

 public:
  explicit VaultSettingsDialog(QWidget* parent = nullptr);
  ~VaultSettingsDialog() override;
  int idleMinutes() const;

  void accept() override;

 private:
  std::unique_ptr<Ui::VaultSettingsDialog> m_ui;
};

}  // namespace casebook::gui
