#include "DecideReferralDialog.h"

#include "FormStyle.h"
#include "ui_DecideReferralDialog.h"

namespace casebook::gui {

DecideReferralDialog::DecideReferralDialog(const QString& summary, const QStringList& groupCodes, const QDate& today,
                                           QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::DecideReferralDialog>()) {
  m_ui->setupUi(this);
  m_ui->summary->setText(summary);
  for (ReferralDecision d : {ReferralDecision::Accepted, ReferralDecision::Declined, ReferralDecision::Redirected}) {
    m_ui->decision->addItem(toLabel(d), toKey(d));
  }
  m_ui->redirectTo->addItems(groupCodes);
  m_ui->decidedOn->setDate(today);
  m_ui->decidedOn->setMaximumDate(today);
  QFont bold = m_ui->error->font();
  bold.setBold(true);
  m_ui->error->setFont(bold);
  m_ui->error->hide();
  auto redirecting = [this] {
    const bool on = m_ui->decision->currentData().toString() == toKey(ReferralDecision::Redirected);
    m_ui->redirectTo->setEnabled(on);
    m_ui->redirectLabel->setEnabled(on);
  };
  connect(m_ui->decision, &QComboBox::currentIndexChanged, this, redirecting);
  redirecting();
  connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
  connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

DecideReferralDialog::~DecideReferralDialog() = default;

DecisionInput DecideReferralDialog::input(qint64 referralId) const {
  DecisionInput input;
  input.referralId = referralId;
  input.decision = *enumFromKey<ReferralDecision>(m_ui->decision->currentData().toString());
  input.reason = m_ui->reason->text();
  input.decidedOn = m_ui->decidedOn->date();
  if (input.decision == ReferralDecision::Redirected) input.redirectToGroupCode = m_ui->redirectTo->currentText();
  return input;
}

void DecideReferralDialog::showError(const QString& message) { gui::showError(m_ui->error, message); }

}  // namespace casebook::gui
