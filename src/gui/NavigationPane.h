#pragma once

#include "CaseInputs.h"
#include "DirectoryRepository.h"

#include <QTreeWidget>

namespace casebook::gui {

// The left-hand pane: each group with its open cases, then the cross-group views.
class NavigationPane final : public QTreeWidget {
  Q_OBJECT
  Q_DISABLE_COPY_MOVE(NavigationPane)

 public:
  explicit NavigationPane(QWidget* parent = nullptr);
  void setGroups(const std::vector<GroupWithCounts>& groups);
  void selectFirst();

 Q_SIGNALS:
  void scopeChosen(const CaseListRequest& scope, const QString& title);

 private:
  QTreeWidgetItem* m_groups;
  QTreeWidgetItem* m_reviews;
  QTreeWidgetItem* m_several;
};

}  // namespace casebook::gui
