#pragma once

#include "PerformanceData.h"

#include <vector>

namespace casebook {

// One row of a performance data file, checked.
struct PerformanceCsvRow {
  int line = 0;  // the physical line in the file (the header is line 1)
  PerformanceFigure figure;
  bool hasSource = false;  // the file has a source column
};

// Reads a performance data CSV (docs/reports.md "Performance data"): the header
// crime_type,quarter,count[,source] in any order, then one row per crime type and quarter.
// Every row is checked before anything is returned; any problem refuses the file with an
// error naming the first problem's line and column (the file's own header) and how to fix it,
// and where the others are.
Result<std::vector<PerformanceCsvRow>> readPerformanceCsv(const QString& path);

}  // namespace casebook
