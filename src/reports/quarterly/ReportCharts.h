#pragma once

#include "ReportTables.h"

#include <QImage>

#include <map>

namespace casebook {

// The report's charts as images, by the names templates give them (![..](chart:referrals)):
// referrals (received by quarter, five quarters), bands (open cases at the quarter's end by
// risk band) and attendance (by agency). A suppressed count is drawn as no bar and its label
// says "fewer than N", so a chart discloses no more than the tables.
// Needs a QApplication: Qt Charts draws with Qt Widgets' graphics view.
// Drawn at this multiple of the size they are shown at, so that print stays sharp.
constexpr qreal kChartScale = 2.0;

std::map<QString, QImage> reportCharts(const ReportTables& tables, const DisclosurePolicy& policy);

}  // namespace casebook
