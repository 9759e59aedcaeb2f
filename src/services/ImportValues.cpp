#include "ImportValues.h"

#include "Dates.h"

namespace casebook {

namespace {

// CsvWriter::neutraliseFormula puts an apostrophe before these.
bool isFormulaGuard(const QString& cell) {
  if (cell.size() < 2 || cell.front() != QLatin1Char('\'')) return false;
  const QChar next = cell.at(1);
  return next == QLatin1Char('=') || next == QLatin1Char('+') || next == QLatin1Char('-') || next == QLatin1Char('@') ||
         next == QLatin1Char('\t') || next == QLatin1Char('\r');
}

}  // namespace

ImportValues::ImportValues(int line, const QHash<ImportColumn, QString>& cells,
                           const QHash<ImportColumn, QString>& headers, std::vector<ImportProblem>& problems)
    : m_line(line), m_cells(cells), m_headers(headers), m_problems(problems), m_problemsBefore(problems.size()) {}

QString ImportValues::text(ImportColumn column) const {
  const QString cell = m_cells.value(column).trimmed();
  return isFormulaGuard(cell) ? cell.mid(1) : cell;
}

QString ImportValues::header(ImportColumn column) const {
  return m_headers.value(column, ImportColumns::canonicalName(column));
}

void ImportValues::problem(ImportColumn column, const QString& reason) {
  m_problems.push_back({m_line, header(column), reason});
}

void ImportValues::problem(const Error& error) {
  QString reason = error.problem;
  if (!error.fix.isEmpty()) reason += QStringLiteral(". ") + error.fix;
  const auto column = ImportColumns::forServiceField(error.field);
  QString where = column ? header(*column) : error.field;
  if (where.isEmpty()) where = QStringLiteral("(row)");  // e.g. access denied to the group
  m_problems.push_back({m_line, where, reason});
}

std::optional<QDate> ImportValues::date(ImportColumn column) {
  if (!has(column)) return std::nullopt;
  auto parsed = parseSpreadsheetDate(text(column), header(column));
  if (!parsed) {
    problem(column, parsed.error().problem + QStringLiteral(". ") + parsed.error().fix);
    return std::nullopt;
  }
  return parsed.value();
}

std::optional<int> ImportValues::scale(ImportColumn column) {
  if (!has(column)) return std::nullopt;
  bool isNumber = false;
  const int value = text(column).toInt(&isNumber);
  if (!isNumber || value < 1 || value > 5) {
    problem(column, QStringLiteral("'%1' is not a whole number from 1 to 5").arg(text(column)));
    return std::nullopt;
  }
  return value;
}

std::optional<bool> ImportValues::yesNo(ImportColumn column) {
  const QString value = text(column).toLower();
  static const QStringList no{QStringLiteral("n"), QStringLiteral("no"), QStringLiteral("false"), QStringLiteral("0")};
  static const QStringList yes{QStringLiteral("y"), QStringLiteral("yes"), QStringLiteral("true"), QStringLiteral("1")};
  if (value.isEmpty() || no.contains(value)) return false;
  if (yes.contains(value)) return true;
  problem(column, QStringLiteral("'%1' is not yes or no (Y/N, yes/no, true/false, 1/0)").arg(text(column)));
  return std::nullopt;
}

QStringList ImportValues::list(ImportColumn column) const {
  QString joined = text(column);
  joined.replace(QLatin1Char(';'), QLatin1Char(','));
  QStringList items;
  for (const auto& part : joined.split(QLatin1Char(','))) {
    if (!part.trimmed().isEmpty()) items << part.trimmed();
  }
  return items;
}

}  // namespace casebook
