#include "RiskMatrixWidget.h"

#include "RiskBandStyle.h"

#include <QGridLayout>
#include <QLabel>
#include <QPushButton>

namespace casebook::gui {

RiskMatrixWidget::RiskMatrixWidget(QWidget* parent) : QWidget(parent) {
  auto* grid = new QGridLayout(this);
  grid->setSpacing(2);
  for (int l = 5; l >= 1; --l) {
    auto* label = new QLabel(tr("%1 %2").arg(l).arg(QString::fromLatin1(likelihoodLabel(l))), this);
    label->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    grid->addWidget(label, 5 - l, 0);
    for (int i = 1; i <= 5; ++i) {
      auto* button = new QPushButton(this);
      button->setCheckable(true);
      button->setMinimumSize(56, 34);
      button->setAccessibleName(tr("Likelihood %1, impact %2").arg(l).arg(i));
      connect(button, &QPushButton::clicked, this, [this, l, i] {
        setSelection(l, i);
        Q_EMIT cellPicked(l, i);
      });
      m_cells[static_cast<std::size_t>(l - 1)][static_cast<std::size_t>(i - 1)] = button;
      grid->addWidget(button, 5 - l, i);
    }
  }
  for (int i = 1; i <= 5; ++i) {
    auto* label = new QLabel(tr("%1 %2").arg(i).arg(QString::fromLatin1(impactLabel(i))), this);
    label->setAlignment(Qt::AlignCenter);
    grid->addWidget(label, 5, i);
  }
  auto* axis = new QLabel(tr("Likelihood (rows) x impact (columns)"), this);
  grid->addWidget(axis, 6, 1, 1, 5, Qt::AlignCenter);
  restyle();
}

void RiskMatrixWidget::setPolicy(const RiskPolicy& policy) {
  m_policy = policy;
  restyle();
}

QPushButton* RiskMatrixWidget::cell(int likelihood, int impact) const {
  if (likelihood < 1 || likelihood > 5 || impact < 1 || impact > 5) return nullptr;
  return m_cells[static_cast<std::size_t>(likelihood - 1)][static_cast<std::size_t>(impact - 1)];
}

void RiskMatrixWidget::setSelection(int likelihood, int impact) {
  m_likelihood = likelihood;
  m_impact = impact;
  restyle();
}

void RiskMatrixWidget::restyle() {
  for (int l = 1; l <= 5; ++l) {
    for (int i = 1; i <= 5; ++i) {
      QPushButton* button = cell(l, i);
      const int score = riskScore(l, i);
      const RiskBand band = m_policy.bandFor(score);
      const bool selected = l == m_likelihood && i == m_impact;
      button->setChecked(selected);
      button->setText(selected ? QStringLiteral("[%1]").arg(score) : QString::number(score));
      button->setToolTip(tr("Score %1: %2").arg(score).arg(toLabel(band)));
      button->setStyleSheet(QStringLiteral("QPushButton { background: %1; color: %2; border: %3; font-weight: %4; }")
                                .arg(RiskBandStyle::background(band).name(), RiskBandStyle::foreground(band).name(),
                                     selected ? QStringLiteral("3px solid palette(highlight)") : QStringLiteral("1px solid palette(mid)"),
                                     selected ? QStringLiteral("bold") : QStringLiteral("normal")));
    }
  }
}

}  // namespace casebook::gui
