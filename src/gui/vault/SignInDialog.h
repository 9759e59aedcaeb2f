#pragma once

#include <QDialog>

class QLineEdit;

namespace casebook::gui {

// Signing in to a vault: the account's name (remembered) and its passphrase. The vault's
// first administrator signs in with the vault passphrase; everyone else with their own.
class SignInDialog final : public QDialog {
  Q_OBJECT
  Q_DISABLE_COPY_MOVE(SignInDialog)

 public:
  SignInDialog(const QString& folder, const QString& account, QWidget* parent = nullptr);
  ~SignInDialog() override;

  QString account() const;
  QByteArray passphrase() const;
  QLineEdit* accountField() const { return m_account; }
  QLineEdit* passphraseField() const { return m_passphrase; }

 private:
  QLineEdit* m_account;
  QLineEdit* m_passphrase;
};

}  // namespace casebook::gui
