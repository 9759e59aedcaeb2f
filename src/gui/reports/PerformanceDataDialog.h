#pragma once

#include "PerformanceData.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace casebook::gui {

class Edits;

// Performance data per crime type (docs/reports.md "Performance data"): a quarter's counts,
// typed into a table beside the quarter before and the same quarter a year before with the
// change in percent, or imported from CSV. Save writes the whole quarter as one undoable
// edit; problems show under the table, naming the row and how to fix it. Administrators and
// chairs enter the data; anyone else sees it read-only.
class PerformanceDataDialog final : public QDialog {
  Q_OBJECT
  Q_DISABLE_COPY_MOVE(PerformanceDataDialog)

 public:
  // The table's columns.
  enum Column { CrimeType, Count, Source, Previous, ChangeFromPrevious, LastYear, ChangeFromLastYear, ColumnCount };

  explicit PerformanceDataDialog(Edits& edits, QWidget* parent = nullptr);

  // Shows a quarter ("2024Q4" or "2023/24 Q4"); false if it is not one. Unsaved changes are
  // dropped: callers ask first (the picker does).
  bool showQuarter(const QString& name);
  Quarter quarter() const { return m_quarter; }
  // A new empty row, its crime type ready to type; returns its index.
  int addRow();
  void removeRow(int row);
  // Saves the quarter as the table shows it; the problem if refused (then nothing is saved).
  std::optional<QString> save();
  // Imports a CSV file (all or nothing) and shows the quarter again; refused while the table
  // has unsaved changes.
  std::optional<QString> importFile(const QString& path);
  bool hasUnsavedChanges() const { return m_dirty; }

  QComboBox* quarterPicker() const { return m_picker; }
  QTableWidget* table() const { return m_table; }
  QLabel* errorLabel() const { return m_error; }
  QLabel* statusLabel() const { return m_status; }

  void reject() override;

 private:
  void reload();
  void fillPicker();
  void pickerChanged(int index);
  void cellChanged(int row, int column);
  void updateChanges(int row);
  void askToImport();
  bool settleUnsaved();  // false: the user cancelled
  void setRow(int row, const PerformanceRow& figures);
  std::optional<int> countAt(int row) const;
  void markProblem(int row, int column, const QString& problem);
  Edits& m_edits;
  Quarter m_quarter = Quarter::calendar(2000, 1);
  bool m_mayEdit = false;
  bool m_dirty = false;
  bool m_filling = false;
  QComboBox* m_picker;
  QTableWidget* m_table;
  QLabel* m_error;
  QLabel* m_status;
  QPushButton* m_add;
  QPushButton* m_remove;
  QPushButton* m_import;
  QPushButton* m_save;
};

}  // namespace casebook::gui
