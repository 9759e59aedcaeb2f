#pragma once

#include "CaseInputs.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QChartView;

namespace casebook {
struct ServiceContext;
}

namespace casebook::gui {

class Edits;
class RiskMatrixWidget;

// The case's risk: the 5x5 matrix to pick a new score (a rationale is required), the
// current band and next review, and the score over time.
class RiskPanel final : public QWidget {
  Q_OBJECT
  Q_DISABLE_COPY_MOVE(RiskPanel)

 public:
  explicit RiskPanel(Edits& edits, QWidget* parent = nullptr);
  void showCase(const CaseDetail& detail);
  RiskMatrixWidget* matrix() const { return m_matrix; }
  QLineEdit* rationale() const { return m_rationale; }
  QPushButton* recordButton() const { return m_record; }
  QChartView* chartView() const { return m_chart; }
  QString lastError() const;

 Q_SIGNALS:
  void assessed(const QString& reference);

 protected:
  void changeEvent(QEvent* event) override;

 private:
  void applyChartTheme();
  void record();
  void updateChart(const std::vector<RiskAssessment>& history);
  ServiceContext& m_ctx;
  Edits& m_edits;
  QString m_reference;
  QLabel* m_current;
  QLabel* m_error;
  RiskMatrixWidget* m_matrix;
  QLineEdit* m_rationale;
  QPushButton* m_record;
  QChartView* m_chart;
};

}  // namespace casebook::gui
