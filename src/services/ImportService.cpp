#include "ImportService.h"

#include "CsvReader.h"
#include "Database.h"
#include "ImportRow.h"
#include "Lookup.h"
#include "Log.h"
#include "SearchIndexPause.h"
#include "TextDecoding.h"

#include <QFileInfo>

#include <algorithm>

namespace casebook {

namespace {

using Columns = std::vector<std::optional<ImportColumn>>;

// The row's cells by column, or a problem when its cells do not fit the header.
bool cellsOf(const CsvRow& row, const Columns& columns, QHash<ImportColumn, QString>& cells,
             std::vector<ImportProblem>& problems) {
  const auto width = static_cast<qsizetype>(columns.size());
  bool fits = true;
  for (qsizetype i = 0; i < row.cells.size(); ++i) {
    const QString& cell = row.cells.at(i);
    if (i < width && columns[static_cast<std::size_t>(i)]) {
      cells.insert(*columns[static_cast<std::size_t>(i)], cell);
      continue;
    }
    // Spreadsheets pad rows with empty cells; a value with no header would be lost.
    if (cell.isEmpty()) continue;
    fits = false;
    problems.push_back({row.line, QStringLiteral("column %1").arg(i + 1),
                        i < width ? QStringLiteral("'%1' is under a column with no header: name the column, or clear it")
                                        .arg(cell.left(20))
                                  : QStringLiteral("the row has %1 cells but the header only %2; a comma may need quotes")
                                        .arg(row.cells.size())
                                        .arg(width)});
  }
  return fits;
}

}  // namespace

Result<ImportReport> ImportService::importCases(const QString& path, const ImportOptions& options) {
  if (auto allowed = m_ctx.allow(Operation::Import); !allowed) return allowed.error();
  auto text = readSpreadsheetFile(path, options.encoding, QStringLiteral("Export the tracker again, with its header row"));
  if (!text) return text.error();
  auto table = CsvReader::parse(text->text);
  if (!table) return table.error();
  if (table->rows.empty()) {
    return Error::invalid(QStringLiteral("file"), QStringLiteral("%1 has a header but no rows").arg(path),
                          QStringLiteral("Add the cases under the header row"));
  }
  QHash<QString, ImportColumn> map;
  if (!options.mapFile.isEmpty()) {
    auto read = ImportColumns::readMap(options.mapFile);
    if (!read) return read.error();
    map = read.value();
  }
  auto columns = ImportColumns::resolveHeader(table->header, map);
  if (!columns) return columns.error();
  QHash<ImportColumn, QString> headers;
  for (std::size_t i = 0; i < columns->size(); ++i) {
    if ((*columns)[i]) headers.insert(*(*columns)[i], table->header.at(static_cast<qsizetype>(i)));
  }

  ImportReport report;
  report.encoding = text->encoding;
  report.rowsRead = static_cast<int>(table->rows.size());
  std::vector<std::pair<int, QString>> created;  // line, reference
  bool cancelled = false;
  // One transaction for the file; each row in a savepoint of its own (ImportRow), so every
  // bad row is found and reported, and then the whole import is rolled back.
  auto outcome = m_ctx.db.write([&]() -> Status {
    std::vector<std::pair<int, QHash<ImportColumn, QString>>> rows;
    for (const auto& row : table->rows) {
      QHash<ImportColumn, QString> cells;
      if (cellsOf(row, columns.value(), cells, report.problems)) rows.emplace_back(row.line, cells);
    }
    ImportRow importer(m_ctx, headers);
    // The import is one entry in the audit trail, not one per case it creates.
    std::optional<AuditPause> quiet(std::in_place, m_ctx);
    // An import writes cases only, so the directory it looks names up in stays as it is.
    const DirectoryMemo::Scope memo(m_ctx);
    int done = 0;
    const int total = static_cast<int>(rows.size());
    std::optional<SearchIndexPause> searchIndex;
    if (SearchIndexPause::pays(m_ctx.db, total)) searchIndex.emplace(m_ctx.db);
    // Rows that name their reference go first, so that a row left to number itself never
    // takes a reference that a later row of the same file asks for.
    for (const bool named : {true, false}) {
      for (const auto& [line, cells] : rows) {
        if (cells.value(ImportColumn::Reference).trimmed().isEmpty() == named) continue;
        const QString reference = importer.apply(line, cells, report.problems);
        if (!reference.isEmpty()) created.emplace_back(line, reference);
        if (options.progress && !options.progress(++done, total)) {
          cancelled = true;
          return Error::invalid(QStringLiteral("import"), QStringLiteral("the import was cancelled; nothing was saved"));
        }
      }
    }
    if (!report.problems.empty()) return Error::invalid(QStringLiteral("file"), QStringLiteral("rows have problems"));
    if (options.dryRun) return Error::invalid(QStringLiteral("dry run"), QStringLiteral("nothing saved"));
    quiet.reset();
    if (searchIndex) searchIndex->resume();
    m_ctx.audit(AuditEvent::Import, std::nullopt, QString(),
                QStringLiteral("%1 cases from a .%2 file").arg(created.size()).arg(QFileInfo(path).suffix().left(8)));
    return {};
  });
  if (!outcome && (cancelled || outcome.error().kind == Error::Kind::Storage)) return outcome.error();

  std::stable_sort(report.problems.begin(), report.problems.end(),
                   [](const ImportProblem& a, const ImportProblem& b) { return a.line < b.line; });
  std::sort(created.begin(), created.end());
  for (const auto& [line, reference] : created) report.createdReferences << reference;
  report.committed = outcome.ok();
  report.casesCreated = report.committed ? static_cast<int>(report.createdReferences.size()) : 0;
  log::services()->info("import: {} rows, {} problems, dry run {}, committed {}", report.rowsRead,
                        report.problems.size(), options.dryRun, report.committed);
  return report;
}

}  // namespace casebook
