#include "LinksTab.h"

#include "CaseService.h"
#include "FormStyle.h"
#include "edits/Edits.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace casebook::gui {

LinksTab::LinksTab(Edits& edits, QWidget* parent) : QWidget(parent), m_edits(edits) {
  m_table = new QTableWidget(0, 3, this);
  m_table->setHorizontalHeaderLabels({tr("Case"), tr("Relation"), tr("Note")});
  m_table->verticalHeader()->hide();
  m_table->horizontalHeader()->setStretchLastSection(true);
  m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
  m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
  m_table->setAccessibleName(tr("Linked cases"));
  m_table->setToolTip(tr("Double-click or press Enter to open a linked case"));
  connect(m_table, &QTableWidget::activated, this,
          [this](const QModelIndex& index) { Q_EMIT caseActivated(m_table->item(index.row(), 0)->text()); });

  m_other = new QLineEdit(this);
  m_other->setAccessibleName(tr("Reference of the case to link"));
  m_other->setPlaceholderText(tr("Case reference, e.g. LEDG-2024-012"));
  m_relation = new QComboBox(this);
  m_relation->setAccessibleName(tr("Relation"));
  for (const QString& key : allKeys<LinkRelation>()) m_relation->addItem(toLabel(*enumFromKey<LinkRelation>(key)), key);
  m_note = new QLineEdit(this);
  m_note->setAccessibleName(tr("Link note"));
  m_note->setPlaceholderText(tr("Note (optional)"));
  m_link = new QPushButton(tr("&Link case"), this);
  m_link->setAccessibleName(tr("Link case"));
  connect(m_link, &QPushButton::clicked, this, [this] {
    const auto problem =
        link(m_other->text(), *enumFromKey<LinkRelation>(m_relation->currentData().toString()), m_note->text());
    if (!problem) {
      m_other->clear();
      m_note->clear();
    }
    showError(m_error, problem);
  });
  m_error = makeErrorLabel(this);
  auto* row = new QHBoxLayout;
  row->addWidget(m_other, 1);
  row->addWidget(m_relation);
  row->addWidget(m_note, 1);
  row->addWidget(m_link);
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(m_table, 1);
  layout->addLayout(row);
  layout->addWidget(m_error);
}

void LinksTab::showCase(const CaseDetail& detail) {
  m_reference = detail.record.reference;
  m_table->setRowCount(static_cast<int>(detail.links.size()));
  int row = 0;
  for (const auto& l : detail.links) {
    m_table->setItem(row, 0, new QTableWidgetItem(l.reference));
    m_table->setItem(row, 1, new QTableWidgetItem(toLabel(l.relation)));
    m_table->setItem(row, 2, new QTableWidgetItem(l.note));
    ++row;
  }
}

std::optional<QString> LinksTab::link(const QString& otherReference, LinkRelation relation, const QString& note) {
  ServiceContext& ctx = m_edits.context();
  const QString other = otherReference.trimmed().toUpper();
  return m_edits.attempt(tr("link %1 to %2").arg(m_reference, other),
                         [&] { return CaseService(ctx).link(m_reference, other, relation, note); });
}

}  // namespace casebook::gui
