#pragma once

#include <QWidget>

class QLabel;
class QTableWidget;

namespace casebook {
struct ServiceContext;
}

namespace casebook::gui {

// Figures across groups, aggregates only (no names): open cases by risk band and reviews
// overdue. The quarterly CSP report drafts (issue 7) will be written from these figures.
class ReportsPage final : public QWidget {
  Q_OBJECT
  Q_DISABLE_COPY_MOVE(ReportsPage)

 public:
  ReportsPage(ServiceContext& ctx, QWidget* parent = nullptr);
  void reload();
  QTableWidget* table() const { return m_table; }

 private:
  ServiceContext& m_ctx;
  QTableWidget* m_table;
  QLabel* m_note;
};

}  // namespace casebook::gui
