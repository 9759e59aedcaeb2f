#include "CloseCaseDialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace casebook::gui {

CloseCaseDialog::CloseCaseDialog(const QString& reference, const QStringList& chairs, const QDate& today, QWidget* parent)
    : QDialog(parent) {
  setWindowTitle(tr("Close %1").arg(reference));
  m_outcome = new QComboBox(this);
  m_outcome->setAccessibleName(tr("Outcome"));
  m_outcome->addItem(tr("Choose an outcome..."), QString());
  for (const auto& key : allKeys<Outcome>()) {
    if (key != QStringLiteral("referral_declined")) m_outcome->addItem(toLabel(*enumFromKey<Outcome>(key)), key);
  }
  m_forum = new QComboBox(this);
  m_forum->setAccessibleName(tr("Forum"));
  m_forum->addItem(QString(), QString());
  for (const auto& key : allKeys<Forum>()) m_forum->addItem(toLabel(*enumFromKey<Forum>(key)), key);
  m_forum->setEnabled(false);
  m_note = new QLineEdit(this);
  m_note->setPlaceholderText(tr("Why the case leaves the group"));
  m_date = new QDateEdit(today, this);
  m_date->setCalendarPopup(true);
  m_date->setMaximumDate(today);
  m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
  m_approver = new QComboBox(this);
  m_approver->setAccessibleName(tr("Approved by"));
  m_approver->addItem(tr("(no approval needed)"), QString());
  for (const auto& chair : chairs) m_approver->addItem(chair, chair);
  m_error = new QLabel(this);
  m_error->setWordWrap(true);
  m_error->setStyleSheet(QStringLiteral("color: #b00020"));

  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
  buttons->button(QDialogButtonBox::Ok)->setText(tr("Close case"));
  buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
  auto* form = new QFormLayout(this);
  form->addRow(tr("&Outcome:"), m_outcome);
  form->addRow(tr("&Transferred to:"), m_forum);
  form->addRow(tr("&Note:"), m_note);
  form->addRow(tr("&Closed on:"), m_date);
  form->addRow(tr("&Approved by:"), m_approver);
  form->addRow(m_error);
  form->addRow(buttons);
  connect(m_outcome, &QComboBox::currentIndexChanged, this, [this, buttons] {
    const QString key = m_outcome->currentData().toString();
    buttons->button(QDialogButtonBox::Ok)->setEnabled(!key.isEmpty());
    m_forum->setEnabled(key == QStringLiteral("transferred"));
  });
  connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

CloseInput CloseCaseDialog::input() const {
  CloseInput input;
  input.outcome = enumFromKey<Outcome>(m_outcome->currentData().toString());
  if (m_forum->isEnabled()) input.transferredTo = enumFromKey<Forum>(m_forum->currentData().toString());
  input.note = m_note->text();
  input.closedOn = m_date->date();
  input.approvedBy = m_approver->currentData().toString();
  return input;
}

void CloseCaseDialog::showError(const QString& message) { m_error->setText(message); }

}  // namespace casebook::gui
