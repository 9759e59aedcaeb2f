#include "RiskBandStyle.h"

#include <QApplication>
#include <QStyle>

namespace casebook::gui {

QColor RiskBandStyle::background(RiskBand band) {
  switch (band) {
    case RiskBand::Low: return QColor(0x2e, 0x7d, 0x32);
    case RiskBand::Medium: return QColor(0xf9, 0xa8, 0x25);
    case RiskBand::High: return QColor(0xc6, 0x28, 0x28);
    case RiskBand::VeryHigh: return QColor(0x6a, 0x0d, 0x0d);
  }
  return {};
}

QColor RiskBandStyle::foreground(RiskBand band) {
  return band == RiskBand::Medium ? QColor(Qt::black) : QColor(Qt::white);
}

QString RiskBandStyle::chipText(RiskBand band, int score) {
  return QStringLiteral("%1 %2").arg(toLabel(band)).arg(score);
}

QIcon RiskBandStyle::severalGroupsIcon() {
  return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
}

}  // namespace casebook::gui
