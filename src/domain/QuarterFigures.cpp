#include "QuarterFigures.h"

namespace casebook {

std::optional<double> percentChange(int from, int to) {
  if (from == 0) return std::nullopt;
  return 100.0 * (to - from) / from;
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
