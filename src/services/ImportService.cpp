#include "ImportService.h"

#include "CsvReader.h"
#include "Database.h"
#include "ImportRow.h"
#include "Log.h"
#include "TextDecoding.h"

#include <QFile>
#include <QFileInfo>

namespace casebook {

Result<ImportReport> ImportService::importCases(const QString& path, const ImportOptions& options) {
  if (auto allowed = m_ctx.allow(Operation::Import); !allowed) return allowed.error();
  QFile file(path);
  if (!QFileInfo(path).isFile() || !file.open(QIODevice::ReadOnly)) {
    return Error::invalid(QStringLiteral("file"), QStringLiteral("cannot read %1").arg(path),
                          QStringLiteral("Check the file name and that you may read it"));
  }
  const QByteArray bytes = file.readAll();
  if (bytes.trimmed().isEmpty() || bytes == QByteArray("\xEF\xBB\xBF")) {
    return Error::invalid(QStringLiteral("file"), QStringLiteral("%1 is empty").arg(path),
                          QStringLiteral("Export the tracker again, with its header row"));
  }
  auto text = decodeSpreadsheetText(bytes, options.encoding);
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
  // One transaction for the file; each row in a savepoint of its own, so every bad row is
  // found and reported, and then the whole import is rolled back.
  auto outcome = m_ctx.db.write([&]() -> Status {
    ImportRow importer(m_ctx, headers);
    for (const auto& row : table->rows) {
      if (row.cells.size() > static_cast<qsizetype>(columns->size())) {
        report.problems.push_back({row.line, QStringLiteral("(row)"),
                                   QStringLiteral("%1 cells but only %2 columns; a comma may need quotes")
                                       .arg(row.cells.size()).arg(columns->size())});
        continue;
      }
      QHash<ImportColumn, QString> values;
      for (qsizetype i = 0; i < row.cells.size(); ++i) {
        if ((*columns)[static_cast<std::size_t>(i)]) values.insert(*(*columns)[static_cast<std::size_t>(i)], row.cells.at(i));
      }
      const QString reference = importer.apply(row.line, values, report.problems);
      if (!reference.isEmpty()) report.createdReferences << reference;
    }
    if (!report.problems.empty()) return Error::invalid(QStringLiteral("file"), QStringLiteral("rows have problems"));
    if (options.dryRun) return Error::invalid(QStringLiteral("dry run"), QStringLiteral("nothing saved"));
    return {};
  });
  if (!outcome && outcome.error().kind == Error::Kind::Storage) return outcome.error();
  report.committed = outcome.ok();
  report.casesCreated = report.committed ? static_cast<int>(report.createdReferences.size()) : 0;
  log::services()->info("import: {} rows, {} problems, committed {}", report.rowsRead, report.problems.size(),
                        report.committed);
  return report;
}

}  // namespace casebook
