#pragma once

#include "ActionQuery.h"

#include <QAbstractTableModel>

#include <vector>

namespace casebook::gui {

// The rows of one ActionService::list call, as a table. Sorting and the text filter sit in
// a proxy above it (ActionListView); SortRole gives each column a key that sorts by
// meaning (dates as dates, counts as numbers) rather than by display text.
class ActionTableModel final : public QAbstractTableModel {
  Q_OBJECT
  Q_DISABLE_COPY_MOVE(ActionTableModel)

 public:
  enum Column { Reference, Case, Text, Owner, Raised, Due, Status, CarriedForward, LatestUpdate, ColumnCount };
  static constexpr int SortRole = Qt::UserRole + 1;

  explicit ActionTableModel(QObject* parent = nullptr);

  void setRows(std::vector<ActionRow> rows);
  const ActionRow* rowAt(int row) const;

  int rowCount(const QModelIndex& parent = {}) const override;
  int columnCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role) const override;
  QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

 private:
  QVariant display(const ActionRow& row, Column column) const;
  QVariant sortKey(const ActionRow& row, Column column) const;

  std::vector<ActionRow> m_rows;
};

}  // namespace casebook::gui
