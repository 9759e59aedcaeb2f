#pragma once

#include "EnumKeys.h"
#include "ImportColumns.h"
#include "ImportService.h"

#include <QDate>
#include <QHash>

#include <optional>

namespace casebook {

// One tracker row's cells read as typed values. Every value that cannot be read adds a
// problem naming the file's own header, and reading goes on, so a row's problems are all
// reported at once rather than one per attempt.
class ImportValues final {
 public:
  ImportValues(int line, const QHash<ImportColumn, QString>& cells, const QHash<ImportColumn, QString>& headers,
               std::vector<ImportProblem>& problems);

  // Trimmed; a cell that an export protected from formula injection ("'=...") is read back
  // without the apostrophe, so an export re-imports unchanged (docs/import.md).
  QString text(ImportColumn column) const;
  bool has(ImportColumn column) const { return !text(column).isEmpty(); }
  QString header(ImportColumn column) const;

  void problem(ImportColumn column, const QString& reason);
  // A service's error, reported under the column its field came from.
  void problem(const Error& error);
  // True while this row has added no problem.
  bool clean() const { return m_problems.size() == m_problemsBefore; }

  std::optional<QDate> date(ImportColumn column);
  std::optional<int> scale(ImportColumn column);  // a 5x5 likelihood or impact
  std::optional<bool> yesNo(ImportColumn column);
  QStringList list(ImportColumn column) const;  // separated by ';' or ','

  // The enum value named by key or label; `fallback` when the cell is empty.
  template <typename E>
  std::optional<E> key(ImportColumn column, std::optional<E> fallback) {
    if (!has(column)) return fallback;
    if (auto value = enumFromKey<E>(text(column))) return value;
    problem(column, QStringLiteral("'%1' is not one of: %2").arg(text(column), allKeys<E>().join(QStringLiteral(", "))));
    return std::nullopt;
  }

 private:
  int m_line;
  const QHash<ImportColumn, QString>& m_cells;
  const QHash<ImportColumn, QString>& m_headers;
  std::vector<ImportProblem>& m_problems;
  std::size_t m_problemsBefore;
};

}  // namespace casebook
