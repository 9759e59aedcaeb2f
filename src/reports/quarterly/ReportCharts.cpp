#include "ReportCharts.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QPainter>
#include <QValueAxis>

#include <algorithm>

namespace casebook {

namespace {

constexpr int kWidth = 640;
constexpr int kHeight = 300;

struct Bar {
  QString label;
  std::optional<int> value;  // none: suppressed
};

QImage barChart(const QString& title, const std::vector<Bar>& bars, const DisclosurePolicy& policy) {
  auto* chart = new QChart;
  chart->setTitle(title);
  chart->setAnimationOptions(QChart::NoAnimation);
  chart->legend()->hide();
  chart->setBackgroundRoundness(0);
  auto* set = new QBarSet(title);
  set->setColor(QColor(0x2f, 0x5d, 0x8a));
  set->setLabelColor(QColor(0x20, 0x20, 0x20));
  QStringList categories;
  int highest = 0;
  for (const auto& bar : bars) {
    *set << bar.value.value_or(0);
    highest = std::max(highest, bar.value.value_or(0));
    categories << (bar.value ? bar.label : QStringLiteral("%1 (fewer than %2)").arg(bar.label).arg(policy.suppressBelow));
  }
  auto* series = new QBarSeries;
  series->append(set);
  series->setLabelsVisible(true);
  series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
  chart->addSeries(series);
  auto* x = new QBarCategoryAxis;
  x->append(categories);
  chart->addAxis(x, Qt::AlignBottom);
  series->attachAxis(x);
  auto* y = new QValueAxis;
  y->setRange(0, std::max(4, highest + highest / 5 + 1));
  y->setLabelFormat(QStringLiteral("%d"));
  y->applyNiceNumbers();
  chart->addAxis(y, Qt::AlignLeft);
  series->attachAxis(y);

  QGraphicsScene scene;
  scene.addItem(chart);  // owns the chart
  chart->resize(kWidth, kHeight);
  // The chart lays itself out on a posted event; without one it would draw at its old size.
  QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
  if (chart->layout()) chart->layout()->activate();
  QImage image(QSize(kWidth, kHeight) * kChartScale, QImage::Format_ARGB32_Premultiplied);
  image.fill(Qt::white);
  QPainter painter(&image);
  painter.setRenderHint(QPainter::Antialiasing);
  scene.render(&painter, QRectF(QPointF(0, 0), QSizeF(image.size())), QRectF(0, 0, kWidth, kHeight));
  painter.end();
  return image;
}

std::vector<Bar> barsOf(const std::vector<ReportRow>& rows) {
  std::vector<Bar> bars;
  for (const auto& row : rows) bars.push_back({row.label, row.nowValue});
  return bars;
}

}  // namespace

std::map<QString, QImage> reportCharts(const ReportTables& tables, const DisclosurePolicy& policy) {
  std::map<QString, QImage> charts;
  charts[QStringLiteral("referrals")] = barChart(QStringLiteral("Referrals received by quarter"), barsOf(tables.trend), policy);
  charts[QStringLiteral("bands")] =
      barChart(QStringLiteral("Open cases at the quarter's end by risk band"), barsOf(tables.bands), policy);
  std::vector<Bar> attendance;
  for (const auto& row : tables.attendance) attendance.push_back({row.label, row.ratePercent});
  charts[QStringLiteral("attendance")] =
      barChart(QStringLiteral("Attendance by agency: % present or deputised"), attendance, policy);
  return charts;
}

}  // namespace casebook
