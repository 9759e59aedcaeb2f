#include "PlanTree.h"

#include <QHeaderView>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTreeWidgetItemIterator>

namespace casebook::gui {

namespace {

constexpr int kKindRole = Qt::UserRole;
constexpr int kIdRole = Qt::UserRole + 1;

// Only a priority's code, and the text of every item, are typed into; the labels "Theme 1" and
// "Objective 2" and the case counts are the tree's own.
class PlanItemDelegate final : public QStyledItemDelegate {
 public:
  using QStyledItemDelegate::QStyledItemDelegate;
  QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override {
    const auto kind = static_cast<PlanTree::Kind>(index.siblingAtColumn(0).data(kKindRole).toInt());
    const bool editable = index.column() == PlanTree::TextColumn ||
                          (index.column() == PlanTree::CodeColumn && kind == PlanTree::Kind::Priority);
    return editable ? QStyledItemDelegate::createEditor(parent, option, index) : nullptr;
  }
};

}  // namespace

PlanTree::PlanTree(QWidget* parent) : QTreeWidget(parent) {
  setColumnCount(3);
  setHeaderLabels({tr("Code"), tr("Theme, priority or objective"), tr("Cases")});
  setAccessibleName(tr("Themes, priorities and objectives"));
  setItemDelegate(new PlanItemDelegate(this));
  setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
  setWordWrap(true);
  header()->setStretchLastSection(false);
  header()->setSectionResizeMode(TextColumn, QHeaderView::Stretch);
  header()->setSectionResizeMode(CodeColumn, QHeaderView::ResizeToContents);
  header()->setSectionResizeMode(CasesColumn, QHeaderView::ResizeToContents);
  connect(this, &QTreeWidget::itemChanged, this, [this] { Q_EMIT edited(); });
}

PlanTree::Kind PlanTree::kindOf(const QTreeWidgetItem* item) {
  return static_cast<Kind>(item->data(CodeColumn, kKindRole).toInt());
}

PriorityId PlanTree::priorityIdOf(const QTreeWidgetItem* item) {
  return PriorityId(item->data(CodeColumn, kIdRole).toLongLong());
}

int PlanTree::taggedCasesOf(const QTreeWidgetItem* item) const {
  if (kindOf(item) == Kind::Theme) {
    int cases = 0;
    for (int i = 0; i < item->childCount(); ++i) cases += taggedCasesOf(item->child(i));
    return cases;
  }
  if (kindOf(item) != Kind::Priority) return 0;
  const auto found = m_tagged.find(priorityIdOf(item).value);
  return found == m_tagged.end() ? 0 : found->second;
}

QTreeWidgetItem* PlanTree::makeItem(Kind kind, const QString& code, const QString& text) {
  auto* item = new QTreeWidgetItem;
  item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable);
  item->setData(CodeColumn, kKindRole, static_cast<int>(kind));
  item->setText(CodeColumn, code);
  item->setText(TextColumn, text);
  item->setTextAlignment(CasesColumn, Qt::AlignRight | Qt::AlignVCenter);
  if (kind == Kind::Theme) {
    QFont bold = item->font(TextColumn);
    bold.setBold(true);
    item->setFont(TextColumn, bold);
  }
  return item;
}

void PlanTree::setPlan(const Plan& plan, const std::map<qint64, int>& taggedCases) {
  const QSignalBlocker quiet(this);
  m_tagged = taggedCases;
  clear();
  for (const auto& theme : plan.themes) {
    auto* t = makeItem(Kind::Theme, QString(), theme.title);
    addTopLevelItem(t);
    for (const auto& priority : theme.priorities) {
      auto* p = makeItem(Kind::Priority, priority.code, priority.title);
      p->setData(CodeColumn, kIdRole, priority.id.value);
      t->addChild(p);
      for (const auto& objective : priority.objectives) p->addChild(makeItem(Kind::Objective, QString(), objective.text));
    }
  }
  renumber();
  expandAll();
}

std::vector<PlanTheme> PlanTree::themes() const {
  std::vector<PlanTheme> result;
  for (int t = 0; t < topLevelItemCount(); ++t) {
    const QTreeWidgetItem* themeItem = topLevelItem(t);
    PlanTheme theme{themeItem->text(TextColumn), {}};
    for (int p = 0; p < themeItem->childCount(); ++p) {
      const QTreeWidgetItem* priorityItem = themeItem->child(p);
      Priority priority{priorityIdOf(priorityItem), priorityItem->text(CodeColumn), priorityItem->text(TextColumn), {}};
      for (int o = 0; o < priorityItem->childCount(); ++o) priority.objectives.push_back({priorityItem->child(o)->text(TextColumn)});
      theme.priorities.push_back(std::move(priority));
    }
    result.push_back(std::move(theme));
  }
  return result;
}

QString PlanTree::nextCode() const {
  int highest = 0;
  for (const auto& theme : themes()) {
    for (const auto& p : theme.priorities) {
      if (p.code.startsWith(QLatin1Char('P'), Qt::CaseInsensitive)) highest = std::max(highest, p.code.mid(1).toInt());
    }
  }
  return QStringLiteral("P%1").arg(highest + 1);
}

QTreeWidgetItem* PlanTree::attach(QTreeWidgetItem* parent, QTreeWidgetItem* item) {
  {
    const QSignalBlocker quiet(this);
    parent->addChild(item);
    parent->setExpanded(true);
    renumber();
  }
  setCurrentItem(item, TextColumn);
  Q_EMIT edited();
  return item;
}

QTreeWidgetItem* PlanTree::addTheme(const QString& title) {
  auto* item = makeItem(Kind::Theme, QString(), title);
  {
    const QSignalBlocker quiet(this);
    addTopLevelItem(item);
    renumber();
  }
  setCurrentItem(item, TextColumn);
  Q_EMIT edited();
  return item;
}

QTreeWidgetItem* PlanTree::addPriority(QTreeWidgetItem* at, const QString& code, const QString& title) {
  while (at && at->parent()) at = at->parent();
  if (!at) at = topLevelItemCount() > 0 ? topLevelItem(topLevelItemCount() - 1) : addTheme(QString());
  return attach(at, makeItem(Kind::Priority, code.isEmpty() ? nextCode() : code, title));
}

QTreeWidgetItem* PlanTree::addObjective(QTreeWidgetItem* at, const QString& text) {
  if (at && kindOf(at) == Kind::Objective) at = at->parent();
  if (!at || kindOf(at) != Kind::Priority) return nullptr;
  return attach(at, makeItem(Kind::Objective, QString(), text));
}

std::optional<QString> PlanTree::removeItem(QTreeWidgetItem* item) {
  if (!item) return tr("Select a theme, priority or objective to remove");
  if (const int cases = taggedCasesOf(item); cases > 0) {
    const QString what = kindOf(item) == Kind::Theme ? tr("The theme '%1' holds priorities").arg(item->text(TextColumn))
                                                      : tr("Priority %1").arg(item->text(CodeColumn));
    return tr("%1 with %n case(s) tagged to them. Re-tag those cases to another priority (or none) first, in each "
              "case's details",
              nullptr, cases)
        .arg(what);
  }
  {
    const QSignalBlocker quiet(this);
    delete item;
    renumber();
  }
  Q_EMIT edited();
  return std::nullopt;
}

void PlanTree::moveItem(QTreeWidgetItem* item, int delta) {
  if (!item || delta == 0) return;
  QTreeWidgetItem* parent = item->parent();
  const int count = parent ? parent->childCount() : topLevelItemCount();
  const int index = parent ? parent->indexOfChild(item) : indexOfTopLevelItem(item);
  const int target = index + delta;
  QTreeWidgetItem* newParent = parent;
  int newIndex = target;
  if (target < 0 || target >= count) {
    // Only a priority crosses into the neighbouring theme.
    if (kindOf(item) != Kind::Priority) return;
    const int theme = indexOfTopLevelItem(parent) + delta;
    if (theme < 0 || theme >= topLevelItemCount()) return;
    newParent = topLevelItem(theme);
    newIndex = delta < 0 ? newParent->childCount() : 0;
  }
  {
    const QSignalBlocker quiet(this);
    const bool expanded = item->isExpanded();
    if (parent) {
      parent->takeChild(index);
    } else {
      takeTopLevelItem(index);
    }
    if (newParent) {
      newParent->insertChild(newIndex, item);
      newParent->setExpanded(true);
    } else {
      insertTopLevelItem(newIndex, item);
    }
    item->setExpanded(expanded);
    renumber();
  }
  setCurrentItem(item);
  Q_EMIT edited();
}

QTreeWidgetItem* PlanTree::itemAt(int theme, int priority, int objective) const {
  if (theme < 0 || theme >= topLevelItemCount()) return nullptr;
  QTreeWidgetItem* item = topLevelItem(theme);
  if (priority < 0) return item;
  if (priority >= item->childCount()) return nullptr;
  item = item->child(priority);
  if (objective < 0) return item;
  return objective < item->childCount() ? item->child(objective) : nullptr;
}

void PlanTree::markProblems(const std::vector<PlanProblem>& problems) {
  const QSignalBlocker quiet(this);
  for (QTreeWidgetItemIterator it(this); *it; ++it) {
    (*it)->setIcon(TextColumn, QIcon());
    (*it)->setToolTip(TextColumn, QString());
  }
  const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
  for (const auto& problem : problems) {
    QTreeWidgetItem* item = itemAt(problem.theme, problem.priority, problem.objective);
    if (!item) continue;
    item->setIcon(TextColumn, warning);
    const QString before = item->toolTip(TextColumn);
    item->setToolTip(TextColumn, (before.isEmpty() ? QString() : before + QLatin1Char('\n')) + problem.error.message());
  }
}

// The labels in the code column ("Theme 1", "Objective 2") and the case counts follow the order.
void PlanTree::renumber() {
  for (int t = 0; t < topLevelItemCount(); ++t) {
    QTreeWidgetItem* theme = topLevelItem(t);
    theme->setText(CodeColumn, tr("Theme %1").arg(t + 1));
    for (int p = 0; p < theme->childCount(); ++p) {
      QTreeWidgetItem* priority = theme->child(p);
      const int cases = taggedCasesOf(priority);
      priority->setText(CasesColumn, cases > 0 ? QString::number(cases) : QString());
      for (int o = 0; o < priority->childCount(); ++o) priority->child(o)->setText(CodeColumn, tr("Objective %1").arg(o + 1));
    }
  }
}

}  // namespace casebook::gui
