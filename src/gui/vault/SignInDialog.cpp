#include "SignInDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace casebook::gui {

SignInDialog::SignInDialog(const QString& folder, const QString& account, QWidget* parent)
    : QDialog(parent), m_account(new QLineEdit(account, this)), m_passphrase(new QLineEdit(this)) {
  setWindowTitle(tr("Sign in to Casebook"));
  setMinimumWidth(420);
  m_account->setAccessibleName(tr("Account"));
  m_passphrase->setAccessibleName(tr("Passphrase"));
  m_passphrase->setEchoMode(QLineEdit::Password);
  auto* intro = new QLabel(tr("The vault %1 is locked.").arg(folder), this);
  intro->setWordWrap(true);
  auto* form = new QFormLayout;
  form->addRow(tr("&Account:"), m_account);
  form->addRow(tr("&Passphrase:"), m_passphrase);
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
  buttons->button(QDialogButtonBox::Ok)->setText(tr("Sign in"));
  connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(intro);
  layout->addLayout(form);
  layout->addWidget(buttons);
  (account.isEmpty() ? m_account : m_passphrase)->setFocus();
}

SignInDialog::~SignInDialog() {
  // The passphrase leaves the widget's buffer as soon as the dialog goes.
  m_passphrase->setText(QString(m_passphrase->text().size(), QLatin1Char(' ')));
  m_passphrase->clear();
}

QString SignInDialog::account() const { return m_account->text().trimmed(); }
QByteArray SignInDialog::passphrase() const { return m_passphrase->text().toUtf8(); }

}  // namespace casebook::gui
