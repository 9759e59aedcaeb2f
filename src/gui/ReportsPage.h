#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace casebook {
struct ServiceContext;
}

namespace casebook::gui {

// Figures across groups, aggregates only (no names): the quarterly CSP report drafts (issue 7)
// are opened from here, above open cases by risk band and reviews overdue.
class ReportsPage final : public QWidget {
  Q_OBJECT
  Q_DISABLE_COPY_MOVE(ReportsPage)

 public:
  ReportsPage(ServiceContext& ctx, QWidget* parent = nullptr);
  void reload();
  QTableWidget* table() const { return m_table; }
  QComboBox* templatePicker() const { return m_template; }
  QComboBox* quarterPicker() const { return m_quarter; }
  QComboBox* groupPicker() const { return m_group; }
  QPushButton* openReportButton() const { return m_openReport; }

 Q_SIGNALS:
  void reportOpened(QWidget* window);

 private:
  QWidget* buildReportChooser();
  void fillQuarters();
  void openReport();

  ServiceContext& m_ctx;
  QTableWidget* m_table;
  QLabel* m_note;
  QComboBox* m_template = nullptr;
  QComboBox* m_quarter = nullptr;
  QCheckBox* m_financial = nullptr;
  QComboBox* m_group = nullptr;
  QPushButton* m_openReport = nullptr;
};

}  // namespace casebook::gui
