#include "ReferralsTab.h"

#include "DecideReferralDialog.h"
#include "Dates.h"
#include "DirectoryService.h"
#include "edits/Edits.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace casebook::gui {

ReferralsTab::ReferralsTab(Edits& edits, QWidget* parent) : QWidget(parent), m_edits(edits) {
  m_table = new QTableWidget(0, 8, this);
  m_table->setHorizontalHeaderLabels(
      {tr("#"), tr("Received"), tr("Kind"), tr("To"), tr("From"), tr("Decision"), tr("Decided"), tr("Reason")});
  m_table->verticalHeader()->hide();
  m_table->horizontalHeader()->setStretchLastSection(true);
  m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
  m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
  m_table->setAccessibleName(tr("Referrals"));
  m_decide = new QPushButton(tr("Deci&de referral..."), this);
  m_decide->setAccessibleName(tr("Decide referral"));
  connect(m_decide, &QPushButton::clicked, this, &ReferralsTab::askToDecide);
  m_hint = new QLabel(this);
  m_hint->setWordWrap(true);
  auto* row = new QHBoxLayout;
  row->addWidget(m_hint, 1);
  row->addWidget(m_decide);
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(m_table, 1);
  layout->addLayout(row);
}

void ReferralsTab::showCase(const CaseDetail& d) {
  m_reference = d.record.reference;
  m_pending = 0;
  m_table->setRowCount(static_cast<int>(d.referrals.size()));
  int row = 0;
  for (const auto& r : d.referrals) {
    const QString to = d.groupCodes.value(r.toGroupId.value);
    const QString from = r.fromGroupId ? d.groupCodes.value(r.fromGroupId->value) : QString();
    const QStringList cells{QString::number(r.id.value),
                            isoDate(r.receivedOn),
                            toLabel(r.kind),
                            to,
                            from,
                            toLabel(r.decision) + (r.repeat ? tr(" (repeat)") : QString()),
                            r.decidedOn ? isoDate(*r.decidedOn) : QString(),
                            r.decision == ReferralDecision::Pending || r.decisionReason.isEmpty() ? r.reason
                                                                                                   : r.decisionReason};
    for (int column = 0; column < cells.size(); ++column) m_table->setItem(row, column, new QTableWidgetItem(cells[column]));
    if (r.decision == ReferralDecision::Pending) {
      m_pending = r.id.value;
      m_pendingSummary = tr("%1: %2 referral to %3, received %4.\nReason: %5")
                             .arg(m_reference, toLabel(r.kind), to, isoDate(r.receivedOn), r.reason);
    }
    ++row;
  }
  m_decide->setEnabled(m_pending != 0);
  m_hint->setText(m_pending != 0 ? tr("Referral %1 awaits the group's decision.").arg(m_pending)
                                 : tr("No referral awaits a decision."));
  m_groupCodes.clear();
  if (auto groups = DirectoryService(m_edits.context()).groups()) {
    for (const auto& g : groups.value()) m_groupCodes << g.group.code;
  }
}

std::optional<QString> ReferralsTab::decide(const DecisionInput& input) {
  ServiceContext& ctx = m_edits.context();
  return m_edits.attempt(tr("decision on a referral of %1").arg(m_reference),
                         [&] { return ReferralService(ctx).decide(input); });
}

void ReferralsTab::askToDecide() {
  if (m_pending == 0) return;
  DecideReferralDialog dialog(m_pendingSummary, m_groupCodes, m_edits.context().clock.today(), this);
  const qint64 id = m_pending;
  while (dialog.exec() == QDialog::Accepted) {
    const auto problem = decide(dialog.input(id));
    if (!problem) return;
    dialog.showError(*problem);
  }
}

}  // namespace casebook::gui
