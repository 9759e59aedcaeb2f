#include "PassphraseDialog.h"

#include "FormStyle.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace casebook::gui {

namespace {

QLineEdit* passwordField(QWidget* parent, const QString& accessibleName) {
  auto* field = new QLineEdit(parent);
  field->setEchoMode(QLineEdit::Password);
  field->setAccessibleName(accessibleName);
  field->setMinimumWidth(320);
  return field;
}

void wipe(QByteArray& bytes) { bytes.fill('\0'); }

}  // namespace

PassphraseDialog::PassphraseDialog(Kind kind, const QString& title, Apply apply, QWidget* parent)
    : QDialog(parent), m_apply(std::move(apply)) {
  setWindowTitle(title);
  auto* form = new QFormLayout;
  if (kind == Kind::Change) {
    m_current = passwordField(this, tr("Current passphrase"));
    form->addRow(tr("&Current passphrase:"), m_current);
  }
  m_new = passwordField(this, tr("New passphrase"));
  m_again = passwordField(this, tr("New passphrase again"));
  form->addRow(tr("&New passphrase:"), m_new);
  form->addRow(tr("&Again:"), m_again);
  auto* hint = new QLabel(tr("At least 12 characters: a few unrelated words are strong and easy to type."), this);
  hint->setWordWrap(true);
  m_error = makeErrorLabel(this);
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
  connect(buttons, &QDialogButtonBox::accepted, this, &PassphraseDialog::accept);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  auto* layout = new QVBoxLayout(this);
  layout->addLayout(form);
  layout->addWidget(hint);
  layout->addWidget(m_error);
  layout->addWidget(buttons);
}

PassphraseDialog::~PassphraseDialog() = default;

void PassphraseDialog::accept() {
  QByteArray current = m_current ? m_current->text().toUtf8() : QByteArray();
  QByteArray next = m_new->text().toUtf8();
  QByteArray again = m_again->text().toUtf8();
  std::optional<QString> problem;
  if (next.size() < 12) {
    problem = tr("New passphrase: it is shorter than 12 characters. Use a few unrelated words.");
  } else if (next != again) {
    problem = tr("Again: the two new passphrases differ. Type the same one twice.");
  } else if (m_current && current.isEmpty()) {
    problem = tr("Current passphrase: type the passphrase the vault opens with now.");
  } else if (const Status applied = m_apply(current, next); !applied) {
    problem = applied.error().message();
  }
  wipe(current);
  wipe(next);
  wipe(again);
  showError(m_error, problem);
  if (!problem) QDialog::accept();
}

}  // namespace casebook::gui
