#include "CaseListView.h"

#include "CaseTableModel.h"
#include "FormStyle.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace casebook::gui {

namespace {

QComboBox* makeCombo(QWidget* parent, const QString& accessibleName) {
  auto* combo = new QComboBox(parent);
  combo->setAccessibleName(accessibleName);
  combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
  return combo;
}

}  // namespace

CaseListView::CaseListView(CaseTableModel* model, QWidget* parent) : QWidget(parent), m_model(model) {
  m_search = new QLineEdit(this);
  m_search->setPlaceholderText(tr("Search subjects, aliases, references and notes (Ctrl+F)"));
  clearButtonOnFirstText(m_search);
  m_search->setAccessibleName(tr("Search cases"));

  m_status = makeCombo(this, tr("Status filter"));
  m_status->addItem(tr("Active (referred, open, monitoring)"), QStringLiteral("referred,open,monitoring"));
  m_status->addItem(tr("Any status"), QString());
  for (const auto& key : allKeys<CaseStatus>()) m_status->addItem(toLabel(*enumFromKey<CaseStatus>(key)), key);

  m_band = makeCombo(this, tr("Risk band filter"));
  m_band->addItem(tr("Any risk"), QString());
  for (const auto& key : allKeys<RiskBand>()) m_band->addItem(toLabel(*enumFromKey<RiskBand>(key)), key);

  m_theme = makeCombo(this, tr("Theme filter"));
  m_area = makeCombo(this, tr("Area filter"));
  m_owner = makeCombo(this, tr("Owner filter"));
  m_overdue = new QCheckBox(tr("Review overdue"), this);
  m_several = new QCheckBox(tr("Open in several groups"), this);
  m_count = new QLabel(this);

  auto* filters = new QHBoxLayout;
  filters->addWidget(m_status);
  filters->addWidget(m_band);
  filters->addWidget(m_theme);
  filters->addWidget(m_area);
  filters->addWidget(m_owner);
  filters->addWidget(m_overdue);
  filters->addWidget(m_several);
  filters->addStretch();
  filters->addWidget(m_count);

  m_table = new QTableView(this);
  m_table->setModel(m_model);
  m_table->setSortingEnabled(true);
  m_table->sortByColumn(CaseTableModel::Reference, Qt::AscendingOrder);
  m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
  m_table->setSelectionMode(QAbstractItemView::SingleSelection);
  m_table->setAlternatingRowColors(true);
  m_table->verticalHeader()->hide();
  m_table->horizontalHeader()->setStretchLastSection(true);
  m_table->setWordWrap(false);
  m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
  m_table->setColumnWidth(CaseTableModel::Reference, m_table->fontMetrics().horizontalAdvance(QStringLiteral("YJAG-2024-0000")) + 24);
  m_table->setColumnWidth(CaseTableModel::Subject, 180);
  m_table->setColumnWidth(CaseTableModel::Status, 90);
  m_table->setColumnWidth(CaseTableModel::Risk, 110);
  m_table->setColumnWidth(CaseTableModel::NextReview, 150);
  m_table->setColumnWidth(CaseTableModel::Owner, 140);
  m_table->setColumnWidth(CaseTableModel::Group, 60);
  m_table->setColumnWidth(CaseTableModel::Area, 60);
  m_table->setAccessibleName(tr("Cases"));

  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(m_search);
  layout->addLayout(filters);
  layout->addWidget(m_table);

  // The list follows each keystroke (a page of rows at 100,000 cases takes well under 50 ms,
  // docs/performance.md); keystrokes already queued together, as in a paste or a key held
  // down, still run one query, on the event loop's next turn.
  m_debounce = new QTimer(this);
  m_debounce->setSingleShot(true);
  m_debounce->setInterval(0);
  connect(m_debounce, &QTimer::timeout, this, &CaseListView::applyFilters);
  connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
  for (QComboBox* combo : {m_status, m_band, m_theme, m_area, m_owner}) {
    connect(combo, &QComboBox::currentIndexChanged, this, &CaseListView::applyFilters);
  }
  connect(m_overdue, &QCheckBox::toggled, this, &CaseListView::applyFilters);
  connect(m_several, &QCheckBox::toggled, this, &CaseListView::applyFilters);
  connect(m_model, &CaseTableModel::totalChanged, this,
          [this](int total) { m_count->setText(tr("%n case(s)", nullptr, total)); });
  connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) {
    if (const auto* row = m_model->summaryAt(index.row())) Q_EMIT caseActivated(row->reference);
  });
  connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
          [this](const QModelIndex& index) {
            if (const auto* row = m_model->summaryAt(index.row())) Q_EMIT caseActivated(row->reference);
          });
}

void CaseListView::setChoices(const QStringList& themes, const QStringList& areas, const QStringList& owners) {
  const QSignalBlocker blockTheme(m_theme), blockArea(m_area), blockOwner(m_owner);
  m_theme->clear();
  m_theme->addItem(tr("Any theme"), QString());
  for (const auto& theme : themes) m_theme->addItem(theme, theme);
  m_area->clear();
  m_area->addItem(tr("Any area"), QString());
  for (const auto& area : areas) m_area->addItem(area, area);
  m_owner->clear();
  m_owner->addItem(tr("Any owner"), QString());
  for (const auto& owner : owners) m_owner->addItem(owner, owner);
}

void CaseListView::setScope(const CaseListRequest& scope) {
  m_scope = scope;
  applyFilters();
}

CaseListRequest CaseListView::currentRequest() const {
  CaseListRequest request = m_model->request();
  request.offset = 0;
  request.limit = 0;
  return request;
}

void CaseListView::focusSearch() {
  m_search->setFocus();
  m_search->selectAll();
}

void CaseListView::applyFilters() {
  CaseListRequest request = m_scope;
  request.sort = m_model->request().sort;
  request.descending = m_model->request().descending;
  request.text = m_search->text();
  if (request.statuses.empty()) {
    for (const auto& key : m_status->currentData().toString().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
      request.statuses.push_back(*enumFromKey<CaseStatus>(key));
    }
  }
  if (!request.band && !m_band->currentData().toString().isEmpty()) {
    request.band = enumFromKey<RiskBand>(m_band->currentData().toString());
  }
  if (request.themeCode.isEmpty()) request.themeCode = m_theme->currentData().toString();
  if (request.areaCode.isEmpty()) request.areaCode = m_area->currentData().toString();
  if (request.owner.isEmpty()) request.owner = m_owner->currentData().toString();
  request.overdueReviewOnly = request.overdueReviewOnly || m_overdue->isChecked();
  request.openInSeveralGroupsOnly = request.openInSeveralGroupsOnly || m_several->isChecked();
  m_model->setRequest(request);
}

}  // namespace casebook::gui
