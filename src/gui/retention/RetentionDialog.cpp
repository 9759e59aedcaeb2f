#include "RetentionDialog.h"

#include "Case.h"
#include "Dates.h"
#include "RetentionService.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QHBoxLayout>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace casebook::gui {

RetentionDialog::RetentionDialog(ServiceContext& ctx, std::function<void()> purged, QWidget* parent)
    : QDialog(parent),
      m_ctx(ctx),
      m_purged(std::move(purged)),
      m_table(new QTableWidget(0, 5, this)),
      m_status(new QLabel(this)),
      m_keep(new QPushButton(tr("&Keep, with a reason..."), this)),
      m_purge(new QPushButton(tr("&Purge..."), this)) {
  setWindowTitle(tr("Retention review"));
  resize(820, 460);
  askReason = [this](const QString& reference) {
    return QInputDialog::getText(this, tr("Keep %1").arg(reference),
                                 tr("Why is %1 still needed? It is reviewed again in a year.").arg(reference));
  };
  askConfirmation = [this](const QString& reference) {
    return QInputDialog::getText(this, tr("Purge %1").arg(reference),
                                 tr("This deletes %1 and everything about it from the vault and its history. It cannot be "
                                    "undone; backups made before today still hold it.\n\nType %1 to confirm:")
                                     .arg(reference));
  };
  m_table->setHorizontalHeaderLabels({tr("Case"), tr("Group"), tr("Closed"), tr("Outcome"), tr("Last kept for")});
  m_table->setAccessibleName(tr("Cases due for retention review"));
  m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
  m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
  m_table->setSelectionMode(QAbstractItemView::SingleSelection);
  m_table->verticalHeader()->setVisible(false);
  m_table->horizontalHeader()->setStretchLastSection(true);
  m_status->setWordWrap(true);
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
  buttons->addButton(m_keep, QDialogButtonBox::ActionRole);
  buttons->addButton(m_purge, QDialogButtonBox::ActionRole);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  connect(m_keep, &QPushButton::clicked, this, &RetentionDialog::keepSelected);
  connect(m_purge, &QPushButton::clicked, this, &RetentionDialog::purgeSelected);
  auto* layout = new QVBoxLayout(this);
  auto* intro = new QLabel(this);
  intro->setWordWrap(true);
  intro->setText(tr("Closed cases kept longer than the retention period and not kept by a decision still in force."));
  // The period itself, an administrator's to change; recorded in the audit trail.
  auto* period = new QSpinBox(this);
  period->setRange(1, 100);
  period->setAccessibleName(tr("Retention period"));
  const auto suffix = [period](int years) { period->setSuffix(years == 1 ? tr(" year") : tr(" years")); };
  connect(period, &QSpinBox::valueChanged, period, suffix);
  period->setValue(RetentionService(ctx).years().value_or(RetentionService::kDefaultYears));
  suffix(period->value());
  auto* apply = new QPushButton(tr("&Apply period"), this);
  connect(apply, &QPushButton::clicked, this, [this, period] {
    const Status set = RetentionService(m_ctx).setYears(period->value());
    m_status->setText(set ? QString() : set.error().message());
    reload();
  });
  auto* periodRow = new QHBoxLayout;
  periodRow->addWidget(new QLabel(tr("Retention period:"), this));
  periodRow->addWidget(period);
  periodRow->addWidget(apply);
  periodRow->addStretch(1);
  layout->addWidget(intro);
  layout->addLayout(periodRow);
  layout->addWidget(m_table, 1);
  layout->addWidget(m_status);
  layout->addWidget(buttons);
  reload();
}

void RetentionDialog::reload() {
  m_table->setRowCount(0);
  auto due = RetentionService(m_ctx).due();
  if (!due) {
    m_status->setText(due.error().message());
    m_keep->setEnabled(false);
    m_purge->setEnabled(false);
    return;
  }
  m_table->setRowCount(static_cast<int>(due->size()));
  int row = 0;
  for (const auto& c : due.value()) {
    const auto outcome = enumFromKey<Outcome>(c.outcome);
    const QStringList cells{c.reference, c.groupCode, isoDate(c.closedOn), outcome ? toLabel(*outcome) : c.outcome,
                            c.lastReason};
    for (int column = 0; column < cells.size(); ++column) m_table->setItem(row, column, new QTableWidgetItem(cells[column]));
    ++row;
  }
  m_table->resizeColumnsToContents();
  if (row > 0) m_table->selectRow(0);
  m_keep->setEnabled(row > 0);
  m_purge->setEnabled(row > 0);
  if (m_status->text().isEmpty()) m_status->setText(row == 1 ? tr("One case due") : tr("%1 cases due").arg(row));
}

QString RetentionDialog::selectedReference() const {
  const auto rows = m_table->selectionModel()->selectedRows();
  return rows.isEmpty() ? QString() : m_table->item(rows.first().row(), 0)->text();
}

void RetentionDialog::keepSelected() {
  const QString reference = selectedReference();
  if (reference.isEmpty()) return;
  const QString reason = askReason(reference);
  if (reason.isNull()) return;
  const Status kept = RetentionService(m_ctx).retain(reference, reason);
  m_status->setText(kept ? tr("Kept %1 for another year.").arg(reference) : kept.error().message());
  if (kept) reload();
}

void RetentionDialog::purgeSelected() {
  const QString reference = selectedReference();
  if (reference.isEmpty()) return;
  const QString typed = askConfirmation(reference);
  if (typed.isNull()) return;
  if (typed.trimmed().compare(reference, Qt::CaseInsensitive) != 0) {
    m_status->setText(tr("Not purged: the reference typed does not match %1.").arg(reference));
    return;
  }
  const auto removed = RetentionService(m_ctx).purge(reference);
  // Even a purge that failed half-way may have deleted the rows: the undo history goes.
  m_purged();
  if (!removed) {
    m_status->setText(removed.error().message());
    return;
  }
  m_status->setText(tr("Purged %1: %2 rows removed. Backups made before today still hold it.")
                        .arg(reference)
                        .arg(removed->rows));
  reload();
}

}  // namespace casebook::gui
