#pragma once

#include "Quarter.h"
#include "Result.h"

#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

namespace casebook {

// Performance data the partnership is given (issue 7, docs/reports.md "Performance data"):
// one count per crime type and quarter, such as police recorded crime, as in the crime-type
// tables of the CSP plan. Aggregates from elsewhere; never about a person.
struct PerformanceFigure {
  QString crimeType;    // "Burglary - residential"
  QDate quarterStart;   // the quarter's first day: 2024Q4 and 2024/25 Q3 are the same row
  int count = 0;
  QString source;       // where the count came from, e.g. "Police recorded crime"; may be empty
  QString enteredBy;    // set by the service
  QDateTime enteredAt;  // UTC, set by the service
};

// One crime type in a quarter's table: the count now, the quarter before and the same quarter
// a year before. A count is absent when none was entered for that quarter, which is not 0.
struct PerformanceRow {
  QString crimeType;
  std::optional<int> now;
  std::optional<int> previous;
  std::optional<int> lastYear;
  QString source;  // this quarter's

  // In percent (QuarterFigures' percentChange); none when either count is absent or the
  // earlier one is 0.
  std::optional<double> changeFromPrevious() const;
  std::optional<double> changeFromLastYear() const;
};

struct PerformanceTable {
  Quarter quarter = Quarter::calendar(2000, 1);
  std::vector<PerformanceRow> rows;  // in the order the crime types were first entered
};

// The longest crime type and source kept; longer text is refused, not cut.
constexpr int kCrimeTypeMaxLength = 120;
constexpr int kPerformanceSourceMaxLength = 200;
constexpr int kPerformanceCountMax = 10000000;

// A crime type as stored: trimmed, runs of spaces made one.
QString normalisedCrimeType(const QString& text);
// Refuses an empty or over-long crime type, a negative or too large count and an over-long
// source, naming the field and saying how to fix it.
Status validatePerformanceFigure(const PerformanceFigure& figure);
// A count as typed or read from a CSV cell: a whole number, 0 or more, digits only.
Result<int> parsePerformanceCount(const QString& text);

// How a change reads in a table, as in the CSP plan's tables: "+5.3%", "-7%", "0%"; "new"
// when the earlier count was 0 and this one is not; "-" when both are 0; "n/a" when either
// count is absent.
QString performanceChangeText(std::optional<int> from, std::optional<int> to);

}  // namespace casebook
