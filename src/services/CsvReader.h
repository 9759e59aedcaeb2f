#pragma once

#include "Result.h"

#include <QStringList>

#include <vector>

namespace casebook {

struct CsvRow {
  int line = 0;  // the physical line the row starts on (the header is line 1)
  QStringList cells;
};

struct CsvTable {
  QStringList header;
  std::vector<CsvRow> rows;
};

// Parses CSV text with libcsv (quoted fields, embedded commas, quotes and newlines, CRLF),
// keeping each row's line number so errors point at the line a spreadsheet user sees.
class CsvReader final {
 public:
  static Result<CsvTable> parse(const QString& text);
};

}  // namespace casebook
