#pragma once

#include "PerformanceData.h"
#include "ServiceContext.h"

#include <QStringList>

#include <vector>

namespace casebook {

// What a write of performance data did, figure by figure.
struct PerformanceWriteSummary {
  int rows = 0;       // figures given (rows read from a file)
  int added = 0;      // a crime type and quarter not held before
  int replaced = 0;   // a count (or source) held before, now replaced
  int unchanged = 0;  // the same count and source again
  int removed = 0;
  QString crimeType;  // set(): the crime type as held (an earlier spelling when one matched)
};

// Performance data per crime type and quarter (issue 7, docs/reports.md "Performance data"):
// entered by hand or imported from CSV, and shown beside the quarter before and the same
// quarter a year before with the change in percent. Administrators and chairs write it
// (Operation::EnterPerformanceData); everyone reads it: counts only, never about a person.
// Each write is one transaction and one entry in the audit trail.
class PerformanceDataService final {
 public:
  explicit PerformanceDataService(ServiceContext& ctx) : m_ctx(ctx) {}

  // Adds the count, or replaces the one held for the crime type and quarter (without a
  // source, the source held is kept). A crime type that differs from one held only in case or
  // spacing is taken as that one.
  Result<PerformanceWriteSummary> set(const QString& crimeType, const Quarter& quarter, int count,
                                      const std::optional<QString>& source = std::nullopt);
  Status remove(const QString& crimeType, const Quarter& quarter);
  // A CSV file with the header crime_type,quarter,count[,source], all or nothing: any bad row
  // refuses the whole file, naming its line and column and how to fix it. A row for a crime
  // type and quarter already held replaces its count; without a source column the source held
  // is kept.
  Result<PerformanceWriteSummary> importCsv(const QString& path);
  // Makes the quarter's figures exactly these (the desktop's table): adds and replaces them,
  // and removes the quarter's figures for crime types not among them.
  Result<PerformanceWriteSummary> saveQuarter(const Quarter& quarter, const std::vector<PerformanceFigure>& figures);

  // Every crime type with a count in the quarter, the one before or a year before.
  Result<PerformanceTable> table(const Quarter& quarter);
  // Every crime type held, in the order first entered.
  Result<QStringList> crimeTypes();
  // Every figure held: crime types in the order first entered, each by quarter.
  Result<std::vector<PerformanceFigure>> all();

 private:
  Status allowed() const;
  ServiceContext& m_ctx;
};

}  // namespace casebook
