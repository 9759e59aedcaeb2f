#include "QuarterFigures.h"

#include <cmath>

namespace casebook {

std::optional<double> percentChange(int from, int to) {
  if (from == 0) return std::nullopt;
  return 100.0 * (to - from) / from;
}

QString percentChangeText(int from, int to, int decimals) {
  const auto pct = percentChange(from, to);
  if (!pct) return to == 0 ? QStringLiteral("-") : QStringLiteral("new");
  const double scale = std::pow(10.0, decimals);
  const double rounded = std::round(*pct * scale) / scale;
  if (std::fabs(rounded) < 1e-9) return QStringLiteral("0%");
  const QString sign = rounded > 0 ? QStringLiteral("+") : QString();
  const bool whole = std::fabs(rounded - std::round(rounded)) < 1e-9;
  return sign + QString::number(rounded, 'f', whole ? 0 : decimals) + QLatin1Char('%');
}

std::optional<double> medianOfTally(const std::map<int, int>& tally) {
  qint64 total = 0;
  for (const auto& [value, times] : tally) total += times;
  if (total == 0) return std::nullopt;
  // The middle two positions (0-based), the same one when the count is odd.
  const qint64 lower = (total - 1) / 2;
  const qint64 upper = total / 2;
  std::optional<int> atLower;
  qint64 seen = 0;
  for (const auto& [value, times] : tally) {
    seen += times;
    if (!atLower && seen > lower) atLower = value;
    if (seen > upper) return (*atLower + value) / 2.0;
  }
  return std::nullopt;  // not reached: seen ends at total > upper
}

}  // namespace casebook
