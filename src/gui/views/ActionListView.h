#pragma once

#include "ActionService.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace casebook::gui {

class ActionTableModel;

// Actions across cases and meetings for one scope chosen in the navigation pane (mine,
// overdue, all outstanding), narrowed by group and by text.
class ActionListView final : public QWidget {
  Q_OBJECT
  Q_DISABLE_COPY_MOVE(ActionListView)

 public:
  ActionListView(ServiceContext& ctx, QWidget* parent = nullptr);

  // The fixed part of the request; the group combo adds a group when the scope has none.
  void setScope(const ActionListRequest& scope, const QString& title);
  const ActionListRequest& scope() const { return m_scope; }

  QTableView* table() const { return m_table; }
  QComboBox* groupFilter() const { return m_group; }
  QLineEdit* textFilter() const { return m_text; }
  QLabel* countLabel() const { return m_count; }
  QLabel* emptyLabel() const { return m_empty; }
  // The action shown in a row of the table as it is sorted and filtered; null if none.
  const ActionRow* actionAtRow(int viewRow) const;

 public Q_SLOTS:
  void reload();

 Q_SIGNALS:
  void caseActivated(const QString& reference);

 private:
  void fillGroups();
  void showCounts();
  QString emptyText() const;

  ServiceContext& m_ctx;
  ActionListRequest m_scope;
  QString m_loadError;
  QString m_groupsError;
  bool m_truncated = false;
  ActionTableModel* m_model;
  QSortFilterProxyModel* m_proxy;
  QLabel* m_title;
  QComboBox* m_group;
  QLineEdit* m_text;
  QLabel* m_count;
  QStackedWidget* m_stack;
  QTableView* m_table;
  QLabel* m_empty;
};

}  // namespace casebook::gui
