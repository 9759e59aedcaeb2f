#include "NavigationPane.h"

#include <QHeaderView>

namespace casebook::gui {

namespace {
constexpr int kGroupCodeRole = Qt::UserRole + 1;
constexpr int kViewRole = Qt::UserRole + 2;
enum View { AllCases = 1, Group, ReviewsDue, SeveralGroups };
}  // namespace

NavigationPane::NavigationPane(QWidget* parent) : QTreeWidget(parent) {
  setHeaderHidden(true);
  setAccessibleName(tr("Navigation"));
  setMinimumWidth(200);
  auto* all = new QTreeWidgetItem(this, {tr("All cases")});
  all->setData(0, kViewRole, AllCases);
  m_groups = new QTreeWidgetItem(this, {tr("Groups")});
  m_groups->setFlags(Qt::ItemIsEnabled);
  m_reviews = new QTreeWidgetItem(this, {tr("Reviews due")});
  m_reviews->setData(0, kViewRole, ReviewsDue);
  m_several = new QTreeWidgetItem(this, {tr("Open in several groups")});
  m_several->setData(0, kViewRole, SeveralGroups);
  connect(this, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
    if (!item || !item->data(0, kViewRole).isValid()) return;
    CaseListRequest scope;
    switch (item->data(0, kViewRole).toInt()) {
      case Group: scope.groupCode = item->data(0, kGroupCodeRole).toString(); break;
      case ReviewsDue: scope.overdueReviewOnly = true; break;
      case SeveralGroups: scope.openInSeveralGroupsOnly = true; break;
      default: break;
    }
    Q_EMIT scopeChosen(scope, item->text(0));
  });
}

void NavigationPane::setGroups(const std::vector<GroupWithCounts>& groups) {
  qDeleteAll(m_groups->takeChildren());
  for (const auto& entry : groups) {
    auto* item = new QTreeWidgetItem(m_groups, {tr("%1 (%2 open)").arg(entry.group.code).arg(entry.openCases)});
    item->setToolTip(0, entry.group.name);
    item->setData(0, kViewRole, Group);
    item->setData(0, kGroupCodeRole, entry.group.code);
  }
  m_groups->setExpanded(true);
}

void NavigationPane::selectFirst() { setCurrentItem(topLevelItem(0)); }

}  // namespace casebook::gui
