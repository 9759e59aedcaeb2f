#pragma once

#include "ServiceContext.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QTableView;

namespace casebook::gui {

class MeetingDetailPanel;
class MeetingTableModel;

// A group's meetings with their attendance, agenda size and actions raised, and the
// chosen meeting's detail below. Read-only: meeting mode (issue 6) will run meetings.
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
  QString m_groupsError;
};

}  // namespace casebook::gui
