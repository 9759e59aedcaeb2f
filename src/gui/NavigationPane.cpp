#include "NavigationPane.h"

#include <QHeaderView>

namespace casebook::gui {

namespace {
constexpr int kGroupCodeRole = Qt::UserRole + 1;
constexpr int kViewRole = Qt::UserRole + 2;
enum View { AllCases = 1, Group, MyCases, ReviewsDue, SeveralGroups, MyActions, OverdueActions, OutstandingActions,
            Meetings, Reports };

QTreeWidgetItem* entry(QTreeWidget* tree, const QString& text, View view, const QString& tip = {}) {
  auto* item = new QTreeWidgetItem(tree, {text});
  item->setData(0, kViewRole, view);
  item->setToolTip(0, tip);
  return item;
}
}  // namespace

NavigationPane::NavigationPane(QWidget* parent) : QTreeWidget(parent) {
  setHeaderHidden(true);
  setAccessibleName(tr("Navigation"));
  setMinimumWidth(200);
  entry(this, tr("All cases"), AllCases);
  m_groups = new QTreeWidgetItem(this, {tr("Groups")});
  m_groups->setFlags(Qt::ItemIsEnabled);
  m_mine = entry(this, tr("My cases"), MyCases, tr("Cases you own (choose who you are in File > Who am I)"));
  entry(this, tr("Reviews due"), ReviewsDue, tr("Cases whose risk review date has passed"));
  entry(this, tr("Open in several groups"), SeveralGroups);
  auto* actions = new QTreeWidgetItem(this, {tr("Actions")});
  actions->setFlags(Qt::ItemIsEnabled);
  for (auto [text, view] : {std::pair{tr("Mine"), MyActions}, std::pair{tr("Overdue"), OverdueActions},
                            std::pair{tr("All outstanding"), OutstandingActions}}) {
    auto* item = new QTreeWidgetItem(actions, {text});
    item->setData(0, kViewRole, view);
  }
  actions->setExpanded(true);
  entry(this, tr("Meetings"), Meetings);
  entry(this, tr("Reports"), Reports);
  connect(this, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) { choose(item); });
}

void NavigationPane::choose(QTreeWidgetItem* item) {
  if (!item || !item->data(0, kViewRole).isValid()) return;
  CaseListRequest scope;
  const QString title = item->parent() && item->parent() != m_groups
                            ? item->parent()->text(0) + QStringLiteral(": ") + item->text(0)
                            : item->text(0);
  switch (item->data(0, kViewRole).toInt()) {
    case Group: scope.groupCode = item->data(0, kGroupCodeRole).toString(); break;
    case MyCases:
      if (m_me.isEmpty()) {
        Q_EMIT meNeeded();  // answered by setMe(), which chooses the entry again
        return;
      }
      scope.owner = m_me;
      break;
    case ReviewsDue: scope.overdueReviewOnly = true; break;
    case SeveralGroups: scope.openInSeveralGroupsOnly = true; break;
    case MyActions:
      if (m_me.isEmpty()) {
        Q_EMIT meNeeded();
        return;
      }
      Q_EMIT pageChosen(Page::MyActions, title); return;
    case OverdueActions: Q_EMIT pageChosen(Page::OverdueActions, title); return;
    case OutstandingActions: Q_EMIT pageChosen(Page::OutstandingActions, title); return;
    case Meetings: Q_EMIT pageChosen(Page::Meetings, title); return;
    case Reports: Q_EMIT pageChosen(Page::Reports, title); return;
    default: break;
  }
  Q_EMIT pageChosen(Page::Cases, title);
  Q_EMIT scopeChosen(scope, title);
}

void NavigationPane::setMe(const QString& memberName) {
  m_me = memberName;
  m_mine->setText(0, m_me.isEmpty() ? tr("My cases") : tr("My cases (%1)").arg(m_me));
  if (!m_me.isEmpty() && currentItem()) choose(currentItem());
}

void NavigationPane::setGroups(const std::vector<GroupWithCounts>& groups) {
  const QString current = currentItem() ? currentItem()->data(0, kGroupCodeRole).toString() : QString();
  // Rebuilding must not look like the user choosing another entry.
  QSignalBlocker quiet(this);
  qDeleteAll(m_groups->takeChildren());
  for (const auto& g : groups) {
    auto* item = new QTreeWidgetItem(m_groups, {tr("%1 (%2 open)").arg(g.group.code).arg(g.openCases)});
    item->setToolTip(0, g.group.name);
    item->setData(0, kViewRole, Group);
    item->setData(0, kGroupCodeRole, g.group.code);
    item->setData(0, Qt::AccessibleTextRole, tr("%1, %2 open cases").arg(g.group.name).arg(g.openCases));
    if (!current.isEmpty() && current == g.group.code) setCurrentItem(item);
  }
  m_groups->setExpanded(true);
}

void NavigationPane::selectFirst() { setCurrentItem(topLevelItem(0)); }

void NavigationPane::selectPage(Page page) {
  const View wanted = page == Page::MyActions            ? MyActions
                      : page == Page::OverdueActions     ? OverdueActions
                      : page == Page::OutstandingActions ? OutstandingActions
                      : page == Page::Meetings           ? Meetings
                      : page == Page::Reports            ? Reports
                                                         : AllCases;
  for (QTreeWidgetItemIterator it(this); *it; ++it) {
    if ((*it)->data(0, kViewRole).toInt() == wanted) {
      setCurrentItem(*it);
      return;
    }
  }
}

}  // namespace casebook::gui
