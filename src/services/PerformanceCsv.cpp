#include "PerformanceCsv.h"

#include "CsvReader.h"
#include "TextDecoding.h"

#include <QHash>

#include <array>
#include <optional>

namespace casebook {

namespace {

enum Column { CrimeType, QuarterColumn, Count, Source, ColumnCount };
constexpr std::array<const char*, ColumnCount> kNames{"crime_type", "quarter", "count", "source"};
const QString kColumnsFix = QStringLiteral("The first line must name the columns crime_type,quarter,count and, if you "
                                           "wish, source");

struct Problem {
  int line = 0;
  QString column;
  QString problem;
  QString fix;
};

// "Crime type", "crime-type" and "CRIME_TYPE" all name crime_type.
QString folded(const QString& header) {
  QString key = header.trimmed().toLower();
  key.replace(QLatin1Char(' '), QLatin1Char('_')).replace(QLatin1Char('-'), QLatin1Char('_'));
  return key;
}

// The first problem in full, the others by where they are: all or nothing, so the user fixes
// the file and imports it again.
Error refusal(const std::vector<Problem>& problems) {
  const Problem& first = problems.front();
  QString problem = first.problem;
  if (problems.size() > 1) {
    QStringList others;
    for (std::size_t i = 1; i < problems.size() && i <= 5; ++i) {
      others << QStringLiteral("line %1, column %2").arg(problems[i].line).arg(problems[i].column);
    }
    if (problems.size() > 6) others << QStringLiteral("...");
    const auto more = problems.size() - 1;
    problem += QStringLiteral(" (%1 more %2: %3)")
                   .arg(more)
                   .arg(more == 1 ? QStringLiteral("problem") : QStringLiteral("problems"), others.join(QStringLiteral("; ")));
  }
  QString fix = first.fix;
  if (!fix.isEmpty() && !fix.endsWith(QLatin1Char('.'))) fix += QLatin1Char('.');
  fix += QStringLiteral(" Nothing was imported: correct the file and import it again");
  const QString field = first.column.isEmpty() ? QStringLiteral("line %1").arg(first.line)
                                               : QStringLiteral("line %1, column %2").arg(first.line).arg(first.column);
  return Error::invalid(field, problem, fix.trimmed());
}

}  // namespace

Result<std::vector<PerformanceCsvRow>> readPerformanceCsv(const QString& path) {
  auto text = readSpreadsheetFile(path, QStringLiteral("auto"), kColumnsFix);
  if (!text) return text.error();
  auto table = CsvReader::parse(text->text);
  if (!table) return table.error();

  std::vector<Problem> problems;
  std::array<std::optional<qsizetype>, ColumnCount> at;
  for (qsizetype i = 0; i < table->header.size(); ++i) {
    const QString key = folded(table->header.at(i));
    bool known = false;
    for (int c = 0; c < ColumnCount; ++c) {
      if (key != QString::fromLatin1(kNames[static_cast<std::size_t>(c)])) continue;
      known = true;
      auto& slot = at[static_cast<std::size_t>(c)];
      if (slot) {
        problems.push_back({1, table->header.at(i), QStringLiteral("the column %1 is named twice").arg(key),
                            QStringLiteral("Keep one column of each name")});
      }
      slot = i;
    }
    if (!known && !key.isEmpty()) {
      problems.push_back({1, table->header.at(i), QStringLiteral("'%1' is not a column of performance data").arg(table->header.at(i)),
                          kColumnsFix});
    }
  }
  for (int c : {CrimeType, QuarterColumn, Count}) {
    if (!at[static_cast<std::size_t>(c)]) {
      problems.push_back({1, QString::fromLatin1(kNames[static_cast<std::size_t>(c)]),
                          QStringLiteral("the header has no %1 column").arg(QString::fromLatin1(kNames[static_cast<std::size_t>(c)])),
                          kColumnsFix});
    }
  }
  if (!problems.empty()) return refusal(problems);
  if (table->rows.empty()) {
    return Error::invalid(QStringLiteral("file"), QStringLiteral("%1 has a header but no rows").arg(path),
                          QStringLiteral("Add a row for each crime type and quarter under the header"));
  }

  const auto header = [&](Column c) { return table->header.at(*at[static_cast<std::size_t>(c)]); };
  const auto cell = [&](const CsvRow& row, Column c) {
    const qsizetype i = *at[static_cast<std::size_t>(c)];
    return i < row.cells.size() ? row.cells.at(i) : QString();
  };
  std::vector<PerformanceCsvRow> rows;
  QHash<QString, int> seen;  // folded crime type and quarter -> line
  for (const CsvRow& row : table->rows) {
    const std::size_t before = problems.size();
    for (qsizetype i = table->header.size(); i < row.cells.size(); ++i) {
      if (row.cells.at(i).isEmpty()) continue;  // spreadsheets pad rows with empty cells
      problems.push_back({row.line, QStringLiteral("%1").arg(i + 1),
                          QStringLiteral("the row has %1 cells but the header only %2").arg(row.cells.size()).arg(table->header.size()),
                          QStringLiteral("Put quotes around a crime type or source that holds a comma")});
      break;
    }
    PerformanceCsvRow out;
    out.line = row.line;
    out.hasSource = at[Source].has_value();
    out.figure.crimeType = normalisedCrimeType(cell(row, CrimeType));
    out.figure.source = out.hasSource ? cell(row, Source).trimmed() : QString();
    auto quarter = Quarter::parse(cell(row, QuarterColumn));
    if (cell(row, QuarterColumn).trimmed().isEmpty()) {
      problems.push_back({row.line, header(QuarterColumn), QStringLiteral("no quarter given"),
                          QStringLiteral("Write the quarter as 2024Q4 (October to December 2024) or 2023/24 Q4 "
                                         "(January to March 2024)")});
    } else if (!quarter) {
      problems.push_back({row.line, header(QuarterColumn), quarter.error().problem, quarter.error().fix});
    } else {
      out.figure.quarterStart = quarter->firstDay();
    }
    auto count = parsePerformanceCount(cell(row, Count));
    if (!count) {
      problems.push_back({row.line, header(Count), count.error().problem, count.error().fix});
    } else {
      out.figure.count = count.value();
    }
    PerformanceFigure check = out.figure;
    if (!check.quarterStart.isValid()) check.quarterStart = QDate(2000, 1, 1);  // reported above
    if (auto valid = validatePerformanceFigure(check); !valid) {
      const QString& field = valid.error().field;
      const QString column = field == QStringLiteral("crime type") ? header(CrimeType)
                             : field == QStringLiteral("source")   ? header(Source)
                                                                   : header(Count);
      problems.push_back({row.line, column, valid.error().problem, valid.error().fix});
    }
    if (problems.size() > before) continue;
    const QString key = out.figure.crimeType.toCaseFolded() + QLatin1Char('\n') + out.figure.quarterStart.toString(Qt::ISODate);
    if (const auto earlier = seen.constFind(key); earlier != seen.constEnd()) {
      problems.push_back({row.line, header(CrimeType),
                          QStringLiteral("%1 in %2 is also on line %3").arg(out.figure.crimeType, quarter->name()).arg(*earlier),
                          QStringLiteral("Keep one row for each crime type and quarter")});
      continue;
    }
    seen.insert(key, row.line);
    rows.push_back(std::move(out));
  }
  if (!problems.empty()) return refusal(problems);
  return rows;
}

}  // namespace casebook
