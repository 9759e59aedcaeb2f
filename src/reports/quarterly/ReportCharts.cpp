#include "ReportCharts.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QHorizontalBarSeries>
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
  QString shown;             // as the table prints it ("fewer than 5", "withheld")
};

// Horizontal for long labels (agency names), whose category axis would otherwise elide them.
enum class Direction { Vertical, Horizontal };

QImage barChart(const QString& title, const std::vector<Bar>& bars, const DisclosurePolicy& policy,
                Direction direction = Direction::Vertical, std::optional<int> fixedTop = std::nullopt) {
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
  // A horizontal chart draws its first category at the bottom: feed it backwards so it
  // reads top-down like the table beside it.
  std::vector<Bar> ordered = bars;
  if (direction == Direction::Horizontal) std::reverse(ordered.begin(), ordered.end());
  for (const auto& bar : ordered) {
    *set << bar.value.value_or(0);
    highest = std::max(highest, bar.value.value_or(0));
    // Short, so that neighbouring labels do not collide: "Very high (<5)".
    const QString why = bar.shown == QStringLiteral("withheld") ? bar.shown : QStringLiteral("<%1").arg(policy.suppressBelow);
    categories << (bar.value ? bar.label : QStringLiteral("%1 (%2)").arg(bar.label, why));
  }
  const bool horizontal = direction == Direction::Horizontal;
  QAbstractBarSeries* series = horizontal ? static_cast<QAbstractBarSeries*>(new QHorizontalBarSeries)
                                          : static_cast<QAbstractBarSeries*>(new QBarSeries);
  series->append(set);
  series->setLabelsVisible(true);
  series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
  chart->addSeries(series);
  auto* x = new QBarCategoryAxis;
  x->append(categories);
  x->setTruncateLabels(false);  // "Youth justice service" whole, not "You..."
  chart->addAxis(x, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
  series->attachAxis(x);
  auto* y = new QValueAxis;
  y->setRange(0, fixedTop.value_or(std::max(4, highest + highest / 5 + 1)));
  y->setLabelFormat(QStringLiteral("%d"));
  if (!fixedTop) y->applyNiceNumbers();
  chart->addAxis(y, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
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
  for (const auto& row : rows) bars.push_back({row.label, row.nowValue, row.now});
  return bars;
}

}  // namespace

std::map<QString, QImage> reportCharts(const ReportTables& tables, const DisclosurePolicy& policy) {
  std::map<QString, QImage> charts;
  charts[QStringLiteral("referrals")] = barChart(QStringLiteral("Referrals received by quarter"), barsOf(tables.trend), policy);
  charts[QStringLiteral("bands")] =
      barChart(QStringLiteral("Open cases at the quarter's end by risk band"), barsOf(tables.bands), policy);
  std::vector<Bar> attendance;
  for (const auto& row : tables.attendance) attendance.push_back({row.label, row.ratePercent, QString()});
  charts[QStringLiteral("attendance")] =
      barChart(QStringLiteral("Attendance by agency: % present or deputised"), attendance, policy, Direction::Horizontal, 100);
  return charts;
}

}  // namespace casebook
