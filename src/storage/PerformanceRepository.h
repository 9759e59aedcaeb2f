#pragma once

#include "PerformanceData.h"

#include <optional>
#include <vector>

namespace casebook {

class Database;

// performance_figures (schema step 5): one count per crime type and quarter, the quarter
// named by its first day.
class PerformanceRepository final {
 public:
  explicit PerformanceRepository(Database& db) : m_db(db) {}

  enum class Written { Added, Replaced, Unchanged };
  // Adds the figure, or replaces the count and source held for its crime type and quarter
  // (then who entered it and when are the new figure's). The same count and source again
  // changes nothing.
  Written set(const PerformanceFigure& figure);
  bool remove(const QString& crimeType, const QDate& quarterStart);
  std::optional<PerformanceFigure> find(const QString& crimeType, const QDate& quarterStart);
  std::vector<PerformanceFigure> forQuarter(const QDate& quarterStart);
  // Every figure: crime types in the order they were first entered, each by quarter.
  std::vector<PerformanceFigure> all();
  // The crime types held, in the order they were first entered.
  QStringList crimeTypes();

 private:
  Database& m_db;
};

}  // namespace casebook
