#pragma once

#include "Risk.h"

#include <QWidget>

#include <array>

class QButtonGroup;
class QPushButton;

namespace casebook::gui {

// The clickable 5x5 matrix: likelihood down the side (5 at the top), impact along the
// bottom. Each cell shows its score and band name, so colour is never the only cue; the
// arrow keys move between cells and Space picks one.
class RiskMatrixWidget final : public QWidget {
  Q_OBJECT
  Q_DISABLE_COPY_MOVE(RiskMatrixWidget)

 public:
  explicit RiskMatrixWidget(QWidget* parent = nullptr);
  void setPolicy(const RiskPolicy& policy);
  void setSelection(int likelihood, int impact);  // 0, 0 clears
  int likelihood() const { return m_likelihood; }
  int impact() const { return m_impact; }
  QPushButton* cell(int likelihood, int impact) const;

 Q_SIGNALS:
  void cellPicked(int likelihood, int impact);

 private:
  void restyle();
  std::array<std::array<QPushButton*, 5>, 5> m_cells{};  // [likelihood-1][impact-1]
  RiskPolicy m_policy = RiskPolicy::defaults();
  int m_likelihood = 0;
  int m_impact = 0;
};

}  // namespace casebook::gui
