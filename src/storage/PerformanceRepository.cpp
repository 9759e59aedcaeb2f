#include "PerformanceRepository.h"

#include "SqlStatement.h"

namespace casebook {

namespace {

// The columns read() expects, in order.
#define PERFORMANCE_COLUMNS "f.crime_type, f.quarter_start, f.count, f.source, f.entered_by, f.entered_at"
// Crime types in the order they were first entered (their lowest id).
#define FIRST_ENTERED "(SELECT min(e.id) FROM performance_figures e WHERE e.crime_type = f.crime_type)"

PerformanceFigure read(const SqlStatement& q) {
  PerformanceFigure f;
  f.crimeType = q.text(0);
  f.quarterStart = q.requiredDate(1);
  f.count = q.integer(2);
  f.source = q.text(3);
  f.enteredBy = q.text(4);
  f.enteredAt = QDateTime::fromString(q.text(5), Qt::ISODate);
  return f;
}

}  // namespace

PerformanceRepository::Written PerformanceRepository::set(const PerformanceFigure& figure) {
  const auto held = find(figure.crimeType, figure.quarterStart);
  if (held && held->count == figure.count && held->source == figure.source) return Written::Unchanged;
  if (held) {
    SqlStatement q(m_db, "UPDATE performance_figures SET count = ?, source = ?, entered_by = ?, entered_at = ? "
                         "WHERE crime_type = ? AND quarter_start = ?");
    q.bind(figure.count).bind(figure.source).bind(figure.enteredBy).bind(figure.enteredAt.toUTC());
    q.bind(figure.crimeType).bind(figure.quarterStart).exec();
    return Written::Replaced;
  }
  SqlStatement q(m_db, "INSERT INTO performance_figures (crime_type, quarter_start, count, source, entered_by, entered_at) "
                       "VALUES (?, ?, ?, ?, ?, ?)");
  q.bind(figure.crimeType).bind(figure.quarterStart).bind(figure.count).bind(figure.source).bind(figure.enteredBy);
  q.bind(figure.enteredAt.toUTC()).exec();
  return Written::Added;
}

bool PerformanceRepository::remove(const QString& crimeType, const QDate& quarterStart) {
  SqlStatement q(m_db, "DELETE FROM performance_figures WHERE crime_type = ? AND quarter_start = ?");
  q.bind(crimeType).bind(quarterStart).exec();
  return q.rowsAffected() > 0;
}

std::optional<PerformanceFigure> PerformanceRepository::find(const QString& crimeType, const QDate& quarterStart) {
  SqlStatement q(m_db, "SELECT " PERFORMANCE_COLUMNS " FROM performance_figures f WHERE f.crime_type = ? AND f.quarter_start = ?");
  q.bind(crimeType).bind(quarterStart).exec();
  if (!q.next()) return std::nullopt;
  return read(q);
}

std::vector<PerformanceFigure> PerformanceRepository::forQuarter(const QDate& quarterStart) {
  SqlStatement q(m_db, "SELECT " PERFORMANCE_COLUMNS " FROM performance_figures f WHERE f.quarter_start = ? "
                       "ORDER BY " FIRST_ENTERED);
  q.bind(quarterStart).exec();
  std::vector<PerformanceFigure> figures;
  while (q.next()) figures.push_back(read(q));
  return figures;
}

std::vector<PerformanceFigure> PerformanceRepository::all() {
  SqlStatement q(m_db, "SELECT " PERFORMANCE_COLUMNS " FROM performance_figures f ORDER BY " FIRST_ENTERED ", f.quarter_start");
  q.exec();
  std::vector<PerformanceFigure> figures;
  while (q.next()) figures.push_back(read(q));
  return figures;
}

QStringList PerformanceRepository::crimeTypes() {
  SqlStatement q(m_db, "SELECT crime_type FROM performance_figures GROUP BY crime_type ORDER BY min(id)");
  q.exec();
  QStringList types;
  while (q.next()) types << q.text(0);
  return types;
}

#undef FIRST_ENTERED
#undef PERFORMANCE_COLUMNS

}  // namespace casebook
