#pragma once

#include "CaseInputs.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace casebook::gui {

class CaseTableModel;

// Filters, the instant search box and the case table. Every change becomes one SQL query
// through the services; nothing is filtered in memory.
class CaseListView final : public QWidget {
  Q_OBJECT
  Q_DISABLE_COPY_MOVE(CaseListView)

 public:
  CaseListView(CaseTableModel* model, QWidget* parent = nullptr);

  // Fixed parts of the request chosen in the navigation pane (a group, my cases, reviews due).
  void setScope(const CaseListRequest& scope);
  void setChoices(const QStringList& themes, const QStringList& areas, const QStringList& owners);
  void focusSearch();
  // The group chosen in the navigation pane, if any (new cases default to it).
  QString scopeGroup() const { return m_scope.groupCode; }
  // Everything the list now shows, for export: all rows, not one page.
  CaseListRequest currentRequest() const;
  QLineEdit* searchBox() const { return m_search; }
  QTableView* table() const { return m_table; }
  QComboBox* statusFilter() const { return m_status; }
  QComboBox* bandFilter() const { return m_band; }

 Q_SIGNALS:
  void caseActivated(const QString& reference);

 private:
  void applyFilters();
  CaseTableModel* m_model;
  CaseListRequest m_scope;
  QLineEdit* m_search;
  QComboBox* m_status;
  QComboBox* m_band;
  QComboBox* m_theme;
  QComboBox* m_area;
  QComboBox* m_owner;
  QCheckBox* m_overdue;
  QCheckBox* m_several;
  QLabel* m_count;
  QTableView* m_table;
  QTimer* m_debounce;
};

}  // namespace casebook::gui
