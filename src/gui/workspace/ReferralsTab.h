#pragma once

#include "CaseInputs.h"
#include "ReferralService.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace casebook::gui {

class Edits;

// Referrals and the escalation history of a case; a referral awaiting a decision can be
// decided here (accept, decline, redirect).
class ReferralsTab final : public QWidget {
  Q_OBJECT
  Q_DISABLE_COPY_MOVE(ReferralsTab)

 public:
  explicit ReferralsTab(Edits& edits, QWidget* parent = nullptr);
  void showCase(const CaseDetail& detail);
  std::optional<QString> decide(const DecisionInput& input);
  // The referral awaiting a decision, 0 if none.
  qint64 pendingReferral() const { return m_pending; }

  QTableWidget* table() const { return m_table; }
  QPushButton* decideButton() const { return m_decide; }

  void askToDecide();

 private:
  Edits& m_edits;
  QString m_reference;
  QString m_pendingSummary;
  QStringList m_groupCodes;
  qint64 m_pending = 0;
  QTableWidget* m_table;
  QPushButton* m_decide;
  QLabel* m_hint;
};

}  // namespace casebook::gui
