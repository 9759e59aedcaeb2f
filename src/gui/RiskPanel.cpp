#include "RiskPanel.h"

#include "Dates.h"
#include "RiskBandStyle.h"
#include "RiskMatrixWidget.h"
#include "RiskService.h"
#include "RiskService.h"
#include "edits/Edits.h"


#include <QChart>
#include <QEvent>
#include <QChartView>
#include <QDateTimeAxis>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QPushButton>
#include <QScatterSeries>
#include <QValueAxis>
#include <QVBoxLayout>

namespace casebook::gui {

RiskPanel::RiskPanel(Edits& edits, QWidget* parent) : QWidget(parent), m_ctx(edits.context()), m_edits(edits) {
  m_current = new QLabel(this);
  m_current->setTextFormat(Qt::PlainText);
  m_matrix = new RiskMatrixWidget(this);
  if (auto policy = RiskService(m_ctx).policy()) m_matrix->setPolicy(policy.value());
  m_rationale = new QLineEdit(this);
  m_rationale->setPlaceholderText(tr("Why this score? (required)"));
  m_rationale->setAccessibleName(tr("Rationale"));
  m_record = new QPushButton(tr("&Record assessment"), this);
  m_record->setEnabled(false);
  m_error = new QLabel(this);
  m_error->setStyleSheet(QStringLiteral("color: palette(link)"));
  m_error->setWordWrap(true);

  auto* chart = new QChart;
  chart->legend()->hide();
  chart->setTitle(tr("Score over time"));
  m_chart = new QChartView(chart, this);
  m_chart->setRenderHint(QPainter::Antialiasing);
  m_chart->setMinimumHeight(220);
  m_chart->setAccessibleName(tr("Risk score over time"));
  applyChartTheme();

  auto* left = new QVBoxLayout;
  left->addWidget(m_current);
  left->addWidget(m_matrix);
  auto* form = new QFormLayout;
  form->addRow(tr("Rationale:"), m_rationale);
  left->addLayout(form);
  left->addWidget(m_record, 0, Qt::AlignRight);
  left->addWidget(m_error);
  left->addStretch();
  auto* layout = new QHBoxLayout(this);
  layout->addLayout(left);
  layout->addWidget(m_chart, 1);

  auto refreshButton = [this] {
    m_record->setEnabled(!m_reference.isEmpty() && m_matrix->likelihood() > 0 && !m_rationale->text().trimmed().isEmpty());
  };
  connect(m_matrix, &RiskMatrixWidget::cellPicked, this, refreshButton);
  connect(m_rationale, &QLineEdit::textChanged, this, refreshButton);
  connect(m_rationale, &QLineEdit::returnPressed, this, [this] {
    if (m_record->isEnabled()) record();
  });
  connect(m_record, &QPushButton::clicked, this, &RiskPanel::record);
}

QString RiskPanel::lastError() const { return m_error->text(); }

void RiskPanel::showCase(const CaseDetail& detail) {
  m_reference = detail.record.reference;
  const Case& c = detail.record;
  if (c.currentScore && c.currentBand) {
    m_current->setText(tr("Current: %1   Next review: %2%3")
                           .arg(RiskBandStyle::chipText(*c.currentBand, *c.currentScore),
                                c.nextReviewOn ? isoDate(*c.nextReviewOn) : QStringLiteral("-"),
                                detail.reviewOverdue ? tr("  (overdue)") : QString()));
  } else {
    m_current->setText(tr("Not yet assessed"));
  }
  m_matrix->setSelection(0, 0);
  m_rationale->clear();
  m_error->clear();
  const bool closed = c.status == CaseStatus::Closed;
  m_matrix->setEnabled(!closed);
  m_rationale->setEnabled(!closed);
  updateChart(detail.assessments);
}

void RiskPanel::record() {
  RiskInput input;
  input.caseReference = m_reference;
  input.likelihood = m_matrix->likelihood();
  input.impact = m_matrix->impact();
  input.rationale = m_rationale->text();
  const auto outcome = m_edits.run(tr("risk assessment of %1").arg(m_reference),
                                   [&] { return RiskService(m_ctx).assess(input); });
  if (!outcome) {
    m_error->setText(outcome.error().message());
    return;
  }
  m_error->setText(outcome->escalationPrompted
                       ? tr("Score %1 meets the escalation threshold: consider escalating to the JAG.").arg(outcome->score)
                       : QString());
  Q_EMIT assessed(m_reference);
}

// Qt Charts does not follow the palette by itself: a light chart in a dark window glares.
void RiskPanel::applyChartTheme() {
  const bool dark = palette().color(QPalette::Window).lightness() < 128;
  m_chart->chart()->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
  m_chart->chart()->legend()->hide();
}

void RiskPanel::changeEvent(QEvent* event) {
  if (event->type() == QEvent::PaletteChange) applyChartTheme();
  QWidget::changeEvent(event);
}

void RiskPanel::updateChart(const std::vector<RiskAssessment>& history) {
  QChart* chart = m_chart->chart();
  chart->removeAllSeries();  // deletes them
  // removeAxis only gives the axis back to us; each case shown leaked two axes before.
  for (QAbstractAxis* axis : chart->axes()) {
    chart->removeAxis(axis);
    delete axis;
  }
  auto* line = new QLineSeries;
  auto* points = new QScatterSeries;
  points->setMarkerSize(8);
  for (const auto& a : history) {
    const qreal when = static_cast<qreal>(a.assessedOn.startOfDay().toMSecsSinceEpoch());
    line->append(when, a.score());
    points->append(when, a.score());
  }
  chart->addSeries(line);
  chart->addSeries(points);
  auto* time = new QDateTimeAxis;
  time->setFormat(QStringLiteral("MMM yy"));
  auto* score = new QValueAxis;
  score->setRange(0, 25);
  score->setTickCount(6);
  score->setLabelFormat(QStringLiteral("%d"));
  chart->addAxis(time, Qt::AlignBottom);
  chart->addAxis(score, Qt::AlignLeft);
  for (QAbstractSeries* series : {static_cast<QAbstractSeries*>(line), static_cast<QAbstractSeries*>(points)}) {
    series->attachAxis(time);
    series->attachAxis(score);
  }
  if (history.size() == 1) {
    const QDateTime day = history.front().assessedOn.startOfDay();
    time->setRange(day.addDays(-15), day.addDays(15));
  }
  // Months read well over a long history; a short one needs the day as well.
  if (history.empty() || history.front().assessedOn.daysTo(history.back().assessedOn) < 120) {
    time->setFormat(QStringLiteral("d MMM"));
  }
}

}  // namespace casebook::gui
