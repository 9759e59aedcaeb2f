#include "QuarterFigures.h"

namespace casebook {

std::optional<double> percentChange(int from, int to) {
  if (from == 0) return std::nullopt;
  return 100.0 * (to - from) / from;
}

}  // namespace casebook
