#include "ActionTableModel.h"

#include "Dates.h"

#include <QFont>

namespace casebook::gui {

ActionTableModel::ActionTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void ActionTableModel::setRows(std::vector<ActionRow> rows) {
  beginResetModel();
  m_rows = std::move(rows);
  endResetModel();
}

const ActionRow* ActionTableModel::rowAt(int row) const {
  return row >= 0 && row < static_cast<int>(m_rows.size()) ? &m_rows[static_cast<std::size_t>(row)] : nullptr;
}

int ActionTableModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ActionTableModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant ActionTableModel::display(const ActionRow& row, Column column) const {
  const Action& a = row.action;
  switch (column) {
    // Actions raised outside a meeting item have no log reference; the id still names them.
    case Reference: return a.reference.isEmpty() ? QStringLiteral("#%1").arg(a.id.value) : a.reference;
    case Case: return row.caseReference.isEmpty() ? tr("(meeting)") : row.caseReference;
    case Text: return a.text;
    case Owner: return row.ownerName.isEmpty() ? row.ownerAgencyCode : row.ownerName;
    case Raised: return isoDate(a.raisedOn);
    case Due: return isoDate(a.dueOn);
    // Overdue is spelled out, never shown by colour alone (DOMAIN.md: derived, not set).
    case Status: return row.overdue ? tr("%1 — overdue").arg(toLabel(a.status)) : toLabel(a.status);
    case CarriedForward: return a.carriedForward;
    case LatestUpdate: return row.latestUpdate;
    case ColumnCount: break;
  }
  return {};
}

QVariant ActionTableModel::sortKey(const ActionRow& row, Column column) const {
  const Action& a = row.action;
  switch (column) {
    // "250221 Item 4" starts day-first, so its text does not sort by date; the raised date
    // then the id (the order items were minuted) does.
    case Reference: return QStringLiteral("%1 %2").arg(isoDate(a.raisedOn)).arg(a.id.value, 12, 10, QLatin1Char('0'));
    case Raised: return a.raisedOn;
    case Due: return a.dueOn;
    case CarriedForward: return a.carriedForward;
    default: return display(row, column);
  }
}

QVariant ActionTableModel::data(const QModelIndex& index, int role) const {
  const ActionRow* row = index.isValid() ? rowAt(index.row()) : nullptr;
  if (!row || index.column() < 0 || index.column() >= ColumnCount) return {};
  const auto column = static_cast<Column>(index.column());
  switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole: return display(*row, column);
    case SortRole: return sortKey(*row, column);
    case Qt::ToolTipRole:
      if (column == Text || column == LatestUpdate) return display(*row, column);
      if (column == Owner && !row->ownerName.isEmpty() && !row->ownerAgencyCode.isEmpty()) {
        return tr("%1 (%2)").arg(row->ownerName, row->ownerAgencyCode);
      }
      return {};
    case Qt::FontRole:
      if (row->overdue && (column == Status || column == Due)) {
        QFont bold;
        bold.setBold(true);
        return bold;
      }
      return {};
    case Qt::TextAlignmentRole:
      if (column == CarriedForward) return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
      return {};
    default: return {};
  }
}

QVariant ActionTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (orientation != Qt::Horizontal) return {};
  if (role == Qt::ToolTipRole && section == CarriedForward) return tr("Times carried forward to a later date");
  if (role != Qt::DisplayRole) return {};
  switch (static_cast<Column>(section)) {
    case Reference: return tr("Action");
    case Case: return tr("Case");
    case Text: return tr("Action text");
    case Owner: return tr("Owner");
    case Raised: return tr("Raised");
    case Due: return tr("Due");
    case Status: return tr("Status");
    case CarriedForward: return tr("C/F");  // short, so the text columns keep room; the tooltip spells it out
    case LatestUpdate: return tr("Latest update");
    case ColumnCount: break;
  }
  return {};
}

}  // namespace casebook::gui
