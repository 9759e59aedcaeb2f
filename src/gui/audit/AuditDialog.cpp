#include "AuditDialog.h"

#include "AuditService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace casebook::gui {

AuditDialog::AuditDialog(ServiceContext& ctx, QWidget* parent)
    : QDialog(parent),
      m_ctx(ctx),
      m_event(new QComboBox(this)),
      m_account(new QLineEdit(this)),
      m_case(new QLineEdit(this)),
      m_useDates(new QCheckBox(tr("Between"), this)),
      m_from(new QDateEdit(ctx.clock.today().addMonths(-1), this)),
      m_to(new QDateEdit(ctx.clock.today(), this)),
      m_table(new QTableWidget(0, 7, this)),
      m_status(new QLabel(this)),
      m_verdict(new QLabel(this)),
      m_reasons(new QComboBox(this)) {
  setWindowTitle(tr("Audit trail"));
  resize(980, 560);
  m_event->addItem(tr("Every event"));
  for (const auto& entry : EnumTable<AuditEvent>::entries) {
    m_event->addItem(QString::fromLatin1(entry.label), QString::fromLatin1(entry.key));
  }
  m_event->setAccessibleName(tr("Event"));
  m_account->setAccessibleName(tr("Account"));
  m_account->setPlaceholderText(tr("any account"));
  m_case->setAccessibleName(tr("Case reference"));
  m_case->setPlaceholderText(tr("any case, e.g. YJAG-2026-004"));
  for (QDateEdit* date : {m_from, m_to}) {
    date->setCalendarPopup(true);
    date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    date->setEnabled(false);
  }
  m_from->setAccessibleName(tr("From"));
  m_to->setAccessibleName(tr("To"));
  connect(m_useDates, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
  connect(m_useDates, &QCheckBox::toggled, m_to, &QWidget::setEnabled);

  auto* filters = new QHBoxLayout;
  filters->addWidget(m_event);
  filters->addWidget(m_account);
  filters->addWidget(m_case);
  filters->addWidget(m_useDates);
  filters->addWidget(m_from);
  filters->addWidget(new QLabel(tr("and"), this));
  filters->addWidget(m_to);
  auto* apply = new QPushButton(tr("&Show"), this);
  apply->setDefault(true);
  filters->addWidget(apply);
  connect(apply, &QPushButton::clicked, this, &AuditDialog::reload);
  connect(m_event, &QComboBox::currentIndexChanged, this, &AuditDialog::reload);

  m_table->setHorizontalHeaderLabels({tr("#"), tr("When"), tr("Account"), tr("Event"), tr("Case"), tr("Detail"), tr("Reason")});
  m_table->setAccessibleName(tr("Audit entries"));
  m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
  m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
  m_table->verticalHeader()->setVisible(false);
  m_table->horizontalHeader()->setStretchLastSection(true);

  // The partnership's rule on reasons, changed here and recorded like any other change.
  for (const auto& entry : EnumTable<ReasonRule>::entries) {
    m_reasons->addItem(QString::fromLatin1(entry.label), QString::fromLatin1(entry.key));
  }
  m_reasons->setAccessibleName(tr("Reasons required"));
  m_reasons->setCurrentIndex(m_reasons->findData(toKey(AuditService(ctx).reasonRule().value_or(ReasonRule::Never))));
  connect(m_reasons, &QComboBox::activated, this, [this] {
    const auto rule = enumFromKey<ReasonRule>(m_reasons->currentData().toString());
    const Status set = rule ? AuditService(m_ctx).setReasonRule(*rule) : Status();
    m_status->setText(set ? tr("Reasons required: %1").arg(m_reasons->currentText()) : set.error().message());
    reload();
  });
  auto* rules = new QHBoxLayout;
  rules->addWidget(new QLabel(tr("Ask for a reason:"), this));
  rules->addWidget(m_reasons);
  rules->addStretch(1);

  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
  auto* check = buttons->addButton(tr("&Verify the chain"), QDialogButtonBox::ActionRole);
  connect(check, &QPushButton::clicked, this, &AuditDialog::verify);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  m_verdict->setWordWrap(true);

  auto* layout = new QVBoxLayout(this);
  layout->addLayout(filters);
  layout->addWidget(m_table, 1);
  layout->addWidget(m_status);
  layout->addWidget(m_verdict);
  layout->addLayout(rules);
  layout->addWidget(buttons);
  reload();
}

void AuditDialog::reload() {
  AuditFilter filter;
  if (m_event->currentIndex() > 0) filter.event = enumFromKey<AuditEvent>(m_event->currentData().toString());
  filter.account = m_account->text().trimmed();
  filter.caseReference = m_case->text().trimmed();
  if (m_useDates->isChecked()) {
    filter.from = m_from->date();
    filter.to = m_to->date();
  }
  auto entries = AuditService(m_ctx).list(filter);
  m_table->setRowCount(0);
  if (!entries) {
    m_status->setText(entries.error().message());
    return;
  }
  m_table->setRowCount(static_cast<int>(entries->size()));
  int row = 0;
  for (const auto& e : entries.value()) {
    const QStringList cells{QString::number(e.seq), QLocale().toString(e.at.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                            e.account, toLabel(e.record.event), e.record.caseReference, e.record.detail, e.record.reason};
    for (int column = 0; column < cells.size(); ++column) m_table->setItem(row, column, new QTableWidgetItem(cells[column]));
    ++row;
  }
  m_table->resizeColumnsToContents();
  m_status->setText(filter.limit == static_cast<int>(entries->size())
                        ? tr("The newest %1 entries that match; narrow the filters to see older ones").arg(filter.limit)
                        : tr("%1 entries").arg(entries->size()));
}

void AuditDialog::verify() {
  auto verdict = AuditService(m_ctx).verify();
  if (!verdict) {
    m_verdict->setText(verdict.error().message());
  } else if (verdict->intact()) {
    m_verdict->setText(tr("The chain is intact: %1 entries, none edited, deleted or moved. Newest hash %2.")
                           .arg(verdict->entries)
                           .arg(verdict->headHash.left(16)));
  } else {
    m_verdict->setText(tr("The chain is BROKEN: %1. Keep this vault as evidence and tell your data protection officer.")
                           .arg(verdict->problem));
  }
}

}  // namespace casebook::gui
