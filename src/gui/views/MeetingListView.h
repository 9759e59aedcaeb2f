#pragma once

#include "ServiceContext.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace casebook::gui {

class MeetingDetailPanel;
class MeetingRunWindow;
class MeetingTableModel;

// A group's meetings with their attendance, agenda size and actions raised, and the
// chosen meeting's detail below. Plans a meeting and opens meeting mode on the chosen one.
class MeetingListView final : public QWidget {
  Q_OBJECT
  Q_DISABLE_COPY_MOVE(MeetingListView)

 public:
  MeetingListView(ServiceContext& ctx, QWidget* parent = nullptr);

  void setGroup(const QString& groupCode);
  QString groupCode() const;

  QComboBox* groupFilter() const { return m_group; }
  QTableView* table() const { return m_table; }
  MeetingTableModel* model() const { return m_model; }
  QLabel* countLabel() const { return m_count; }
  MeetingDetailPanel* detail() const { return m_detail; }
  QPushButton* planButton() const { return m_plan; }
  QPushButton* runButton() const { return m_run; }
  // Meeting mode on the selected meeting; the window stays open beside the main window.
  MeetingRunWindow* runSelected();
  void planMeeting();

 public Q_SLOTS:
  void reload();

 private:
  void fillGroups();
  void showSelected();

  ServiceContext& m_ctx;
  MeetingTableModel* m_model;
  QComboBox* m_group;
  QLabel* m_count;
  QTableView* m_table;
  MeetingDetailPanel* m_detail;
  QPushButton* m_plan;
  QPushButton* m_run;
  QString m_groupsError;
};

}  // namespace casebook::gui
