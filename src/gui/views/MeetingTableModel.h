#pragma once

#include "MeetingService.h"

#include <QAbstractTableModel>

#include <vector>

namespace casebook::gui {

// Attendance of one meeting by status, as the chair reads it at the top of the minutes.
struct AttendanceCounts {
  int present = 0;
  int apologies = 0;
  int deputies = 0;  // apologies with a named deputy attending
  int absent = 0;    // absent without apologies
  int observers = 0;
  int updatesSent = 0;

  static AttendanceCounts of(const Meeting& meeting);
  bool operator==(const AttendanceCounts&) const = default;
};

struct MeetingRow {
  MeetingDetail detail;
  AttendanceCounts attendance;
  int actionsRaised = 0;
};

// A group's meetings, newest first as the service returns them; one row per meeting.
class MeetingTableModel final : public QAbstractTableModel {
  Q_OBJECT
  Q_DISABLE_COPY_MOVE(MeetingTableModel)

 public:
  enum Column { Date, Time, Status, Venue, Chair, Attendance, AgendaItems, Actions, ColumnCount };

  explicit MeetingTableModel(QObject* parent = nullptr);

  void setRows(std::vector<MeetingRow> rows);
  const MeetingRow* rowAt(int row) const;
  int rowOf(MeetingId id) const;  // -1 if the meeting is not listed

  static QString attendanceSummary(const MeetingRow& row);

  int rowCount(const QModelIndex& parent = {}) const override;
  int columnCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role) const override;
  QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

 private:
  QVariant display(const MeetingRow& row, Column column) const;

  std::vector<MeetingRow> m_rows;
};

}  // namespace casebook::gui
