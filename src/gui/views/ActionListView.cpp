#include "ActionListView.h"

#include "ActionTableModel.h"
#include "DirectoryService.h"
#include "FormStyle.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace casebook::gui {

ActionListView::ActionListView(ServiceContext& ctx, QWidget* parent) : QWidget(parent), m_ctx(ctx) {
  m_model = new ActionTableModel(this);
  // The service returns at most `limit` rows (500) and a scope's actions are far fewer in
  // practice, so the text filter and column sorting narrow those rows in memory rather
  // than asking SQL again; the group filter does go back to the service.
  m_proxy = new QSortFilterProxyModel(this);
  m_proxy->setSourceModel(m_model);
  m_proxy->setSortRole(ActionTableModel::SortRole);
  m_proxy->setFilterKeyColumn(-1);
  m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

  m_title = new QLabel(this);
  QFont titleFont = m_title->font();
  titleFont.setBold(true);
  titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
  m_title->setFont(titleFont);
  m_title->setAccessibleName(tr("Action list title"));

  m_group = new QComboBox(this);
  m_group->setAccessibleName(tr("Group filter"));
  m_group->setSizeAdjustPolicy(QComboBox::AdjustToContents);
  auto* groupLabel = new QLabel(tr("&Group:"), this);
  groupLabel->setBuddy(m_group);

  m_text = new QLineEdit(this);
  m_text->setPlaceholderText(tr("Narrow by any text: case, owner, action, update"));
  clearButtonOnFirstText(m_text);
  m_text->setAccessibleName(tr("Filter actions by text"));
  auto* textLabel = new QLabel(tr("Fi&lter:"), this);
  textLabel->setBuddy(m_text);

  m_count = new QLabel(this);
  m_count->setAccessibleName(tr("Action count"));
  m_count->setTextInteractionFlags(Qt::TextSelectableByMouse);

  m_table = makeRowTable(this, m_proxy, tr("Actions"));
  m_table->setSortingEnabled(true);
  m_table->sortByColumn(ActionTableModel::Due, Qt::AscendingOrder);
  // The two free-text columns share whatever width is left (tooltips hold the full text);
  // the others are sized to their longest usual content.
  QHeaderView* header = m_table->horizontalHeader();
  header->setSectionResizeMode(ActionTableModel::Text, QHeaderView::Stretch);
  header->setSectionResizeMode(ActionTableModel::LatestUpdate, QHeaderView::Stretch);
  QFont bold = m_table->font();
  bold.setBold(true);
  const QFontMetrics plain = m_table->fontMetrics();
  const QFontMetrics strong(bold);
  const auto fit = [](const QFontMetrics& metrics, const QString& sample) { return metrics.horizontalAdvance(sample) + 24; };
  m_table->setColumnWidth(ActionTableModel::Reference, fit(plain, QStringLiteral("250221 Item 14")));
  m_table->setColumnWidth(ActionTableModel::Case, fit(plain, QStringLiteral("YJAG-2024-0000")));
  m_table->setColumnWidth(ActionTableModel::Owner, 120);
  m_table->setColumnWidth(ActionTableModel::Raised, fit(plain, QStringLiteral("2024-00-00")));
  m_table->setColumnWidth(ActionTableModel::Due, fit(strong, QStringLiteral("2024-00-00")));
  m_table->setColumnWidth(ActionTableModel::Status, fit(strong, tr("%1 — overdue").arg(toLabel(ActionStatus::InProgress))));
  m_table->setColumnWidth(ActionTableModel::CarriedForward, fit(plain, tr("C/F")) + 8);

  m_empty = new QLabel(this);
  m_empty->setAlignment(Qt::AlignCenter);
  m_empty->setWordWrap(true);
  m_empty->setAccessibleName(tr("No actions"));
  m_stack = new QStackedWidget(this);
  m_stack->addWidget(m_table);
  m_stack->addWidget(m_empty);

  auto* filters = new QHBoxLayout;
  filters->addWidget(groupLabel);
  filters->addWidget(m_group);
  filters->addWidget(textLabel);
  filters->addWidget(m_text, 1);
  filters->addWidget(m_count);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(m_title);
  layout->addLayout(filters);
  layout->addWidget(m_stack, 1);
  setTabOrder(m_group, m_text);
  setTabOrder(m_text, m_table);

  connect(m_group, &QComboBox::currentIndexChanged, this, &ActionListView::reload);
  connect(m_text, &QLineEdit::textChanged, this, [this](const QString& text) {
    m_proxy->setFilterFixedString(text);
    showCounts();
  });
  // activated is Enter, or a double click (a single click where the platform says so).
  connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) {
    const ActionRow* row = actionAtRow(index.row());
    if (row && !row->caseReference.isEmpty()) Q_EMIT caseActivated(row->caseReference);
  });

  fillGroups();
}

void ActionListView::fillGroups() {
  const QSignalBlocker block(m_group);
  m_group->clear();
  m_group->addItem(tr("All groups"), QString());
  const auto groups = DirectoryService(m_ctx).groups();
  if (!groups) {
    m_groupsError = groups.error().message();
    return;
  }
  m_groupsError.clear();
  for (const auto& g : groups.value()) {
    m_group->addItem(g.group.code, g.group.code);
    m_group->setItemData(m_group->count() - 1, g.group.name, Qt::ToolTipRole);
  }
}

void ActionListView::setScope(const ActionListRequest& scope, const QString& title) {
  m_scope = scope;
  m_title->setText(title);
  {
    // A scope that already names a group fixes the combo to it.
    const QSignalBlocker block(m_group);
    const int index = m_group->findData(scope.groupCode);
    m_group->setCurrentIndex(index >= 0 ? index : 0);
    m_group->setEnabled(scope.groupCode.isEmpty());
  }
  reload();
}

void ActionListView::reload() {
  ActionListRequest request = m_scope;
  if (request.groupCode.isEmpty()) request.groupCode = m_group->currentData().toString();
  // The table shows only the latest update, which the list query brings anyway.
  request.withUpdates = false;
  auto result = ActionService(m_ctx).list(request);
  if (result) {
    m_loadError.clear();
    m_truncated = request.limit > 0 && static_cast<int>(result->size()) >= request.limit;
    m_model->setRows(std::move(result).value());
  } else {
    m_loadError = result.error().message();
    m_truncated = false;
    m_model->setRows({});
  }
  showCounts();
}

const ActionRow* ActionListView::actionAtRow(int viewRow) const {
  const QModelIndex source = m_proxy->mapToSource(m_proxy->index(viewRow, 0));
  return source.isValid() ? m_model->rowAt(source.row()) : nullptr;
}

void ActionListView::showCounts() {
  const int shown = m_proxy->rowCount();
  int overdue = 0;
  for (int row = 0; row < shown; ++row) overdue += actionAtRow(row)->overdue ? 1 : 0;

  QString text = tr("%n action(s)", nullptr, shown) % tr(", %n overdue", nullptr, overdue);
  if (shown < m_model->rowCount()) text = tr("%1 (of %2)").arg(text).arg(m_model->rowCount());
  if (m_truncated) text = tr("%1; the first %2 by due date only").arg(text).arg(m_model->rowCount());
  if (!m_groupsError.isEmpty()) text = tr("%1. Could not list the groups: %2").arg(text, m_groupsError);
  if (!m_loadError.isEmpty()) text = tr("Could not load actions: %1").arg(m_loadError);
  m_count->setText(text);

  m_empty->setText(emptyText());
  m_stack->setCurrentWidget(shown == 0 && m_loadError.isEmpty() ? static_cast<QWidget*>(m_empty) : m_table);
}

QString ActionListView::emptyText() const {
  if (m_model->rowCount() > 0) return tr("No action here matches “%1”.").arg(m_text->text());
  if (m_scope.overdueOnly) return tr("No overdue actions: every outstanding action here is within its due date.");
  if (m_scope.outstandingOnly) return tr("No outstanding actions: every action here is finished or cancelled.");
  return tr("No actions recorded here.");
}

}  // namespace casebook::gui
