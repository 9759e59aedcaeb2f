#include "MeetingTableModel.h"

#include "Dates.h"

namespace casebook::gui {

AttendanceCounts AttendanceCounts::of(const Meeting& meeting) {
  AttendanceCounts counts;
  for (const auto& record : meeting.attendance) {
    switch (record.status) {
      case AttendanceStatus::Present: ++counts.present; break;
      case AttendanceStatus::Apologies: ++counts.apologies; break;
      case AttendanceStatus::Deputy: ++counts.deputies; break;
      case AttendanceStatus::Observer: ++counts.observers; break;
      case AttendanceStatus::Absent: ++counts.absent; break;
      case AttendanceStatus::UpdateSent: ++counts.updatesSent; break;
    }
  }
  return counts;
}

MeetingTableModel::MeetingTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void MeetingTableModel::setRows(std::vector<MeetingRow> rows) {
  beginResetModel();
  m_rows = std::move(rows);
  endResetModel();
}

const MeetingRow* MeetingTableModel::rowAt(int row) const {
  return row >= 0 && row < static_cast<int>(m_rows.size()) ? &m_rows[static_cast<std::size_t>(row)] : nullptr;
}

int MeetingTableModel::rowOf(MeetingId id) const {
  for (std::size_t i = 0; i < m_rows.size(); ++i) {
    if (m_rows[i].detail.meeting.id == id) return static_cast<int>(i);
  }
  return -1;
}

QString MeetingTableModel::attendanceSummary(const MeetingRow& row) {
  if (row.detail.meeting.attendance.empty()) return tr("not recorded");
  const AttendanceCounts& c = row.attendance;
  // Label-then-number, as minutes head their attendance, reads right for any count.
  QString text = tr("Present %1 · Apologies %2 · Deputies %3 · Absent %4")
                     .arg(c.present)
                     .arg(c.apologies)
                     .arg(c.deputies)
                     .arg(c.absent);
  // Rarer statuses appear only when they occurred, so the usual summary stays short.
  if (c.observers > 0) text += tr(" · Observers %1").arg(c.observers);
  if (c.updatesSent > 0) text += tr(" · Update sent %1").arg(c.updatesSent);
  return text;
}

int MeetingTableModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int MeetingTableModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant MeetingTableModel::display(const MeetingRow& row, Column column) const {
  const Meeting& m = row.detail.meeting;
  switch (column) {
    case Date: return isoDate(m.heldOn);
    case Time: return m.startsAt ? m.startsAt->toString(QStringLiteral("HH:mm")) : QStringLiteral("-");
    case Status: return toLabel(m.status);
    case Venue:
      if (!m.venue.isEmpty() && !m.onlineLink.isEmpty()) return tr("%1 and online").arg(m.venue);
      if (!m.onlineLink.isEmpty()) return tr("Online");
      return m.venue.isEmpty() ? QStringLiteral("-") : m.venue;
    case Chair: return m.chairId ? row.detail.memberNames.value(m.chairId->value) : QStringLiteral("-");
    case Attendance: return attendanceSummary(row);
    case AgendaItems: return static_cast<int>(m.agenda.size());
    case Actions: return row.actionsRaised;
    case ColumnCount: break;
  }
  return {};
}

QVariant MeetingTableModel::data(const QModelIndex& index, int role) const {
  const MeetingRow* row = index.isValid() ? rowAt(index.row()) : nullptr;
  if (!row || index.column() < 0 || index.column() >= ColumnCount) return {};
  const auto column = static_cast<Column>(index.column());
  switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole: return display(*row, column);
    case Qt::ToolTipRole:
      if (column == Venue) {
        const Meeting& m = row->detail.meeting;
        return m.onlineLink.isEmpty() ? m.venue : tr("%1\n%2").arg(m.venue, m.onlineLink).trimmed();
      }
      if (column == Attendance) return display(*row, column);
      return {};
    case Qt::TextAlignmentRole:
      if (column == AgendaItems || column == Actions) return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
      return {};
    default: return {};
  }
}

QVariant MeetingTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (orientation != Qt::Horizontal) return {};
  if (role == Qt::ToolTipRole && section == AgendaItems) return tr("Number of agenda items");
  if (role == Qt::ToolTipRole && section == Actions) return tr("Actions raised at this meeting");
  if (role != Qt::DisplayRole) return {};
  switch (static_cast<Column>(section)) {
    case Date: return tr("Date");
    case Time: return tr("Time");
    case Status: return tr("Status");
    case Venue: return tr("Venue");
    case Chair: return tr("Chair");
    case Attendance: return tr("Attendance");
    case AgendaItems: return tr("Items");
    case Actions: return tr("Actions");
    case ColumnCount: break;
  }
  return {};
}

}  // namespace casebook::gui
