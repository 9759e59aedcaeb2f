#pragma once

#include "ReferralService.h"

#include <QDialog>

#include <memory>

namespace Ui {
class DecideReferralDialog;
}

namespace casebook::gui {

// The group's decision on a referral awaiting one: accept, decline (with a reason) or
// redirect to another group. The form is ui/DecideReferralDialog.ui.
class DecideReferralDialog final : public QDialog {
  Q_OBJECT
  Q_DISABLE_COPY_MOVE(DecideReferralDialog)

 public:
  DecideReferralDialog(const QString& summary, const QStringList& groupCodes, const QDate& today,
                       QWidget* parent = nullptr);
  ~DecideReferralDialog() override;
  DecisionInput input(qint64 referralId) const;
  void showError(const QString& message);

 private:
  std::unique_ptr<Ui::DecideReferralDialog> m_ui;
};

}  // namespace casebook::gui
