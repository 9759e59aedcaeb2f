#pragma once

#include "CaseInputs.h"
#include "DirectoryRepository.h"

#include <QTreeWidget>

namespace casebook::gui {

// The left-hand pane: each group with its open cases, the case lists that cut across
// groups (mine, reviews due, open in several groups), then actions, meetings, reports.
class NavigationPane final : public QTreeWidget {
  Q_OBJECT
  Q_DISABLE_COPY_MOVE(NavigationPane)

 public:
  enum class Page { Cases, MyActions, OverdueActions, OutstandingActions, Meetings, Reports };

  explicit NavigationPane(QWidget* parent = nullptr);
  void setGroups(const std::vector<GroupWithCounts>& groups);
  // The member the desktop user is, for My cases and My actions; empty: not chosen yet.
  void setMe(const QString& memberName);
  QString me() const { return m_me; }
  void selectFirst();
  // Selects the entry for a page (and, for Cases, the first entry), as keyboard shortcuts do.
  void selectPage(Page page);

 Q_SIGNALS:
  void scopeChosen(const CaseListRequest& scope, const QString& title);
  void pageChosen(casebook::gui::NavigationPane::Page page, const QString& title);
  // My cases or My actions was chosen before the user said which member they are.
  void meNeeded();

 private:
  void choose(QTreeWidgetItem* item);
  QString m_me;
  QTreeWidgetItem* m_groups;
  QTreeWidgetItem* m_mine;
};

}  // namespace casebook::gui
