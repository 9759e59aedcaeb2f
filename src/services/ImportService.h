#pragma once

#include "ServiceContext.h"

#include <QStringList>

#include <functional>

#include <vector>

namespace casebook {

struct ImportOptions {
  bool dryRun = false;
  QString mapFile;                             // optional: "their header,casebook column"
  QString encoding = QStringLiteral("auto");   // auto | utf-8 | windows-1252
  // Called after each row with (rows done, rows in all); returning false cancels the
  // import, and then nothing is saved.
  std::function<bool(int, int)> progress;
};

struct ImportProblem {
  int line = 0;    // the physical line in the file (the header is line 1)
  QString column;  // the file's own header for that column
  QString reason;
};

struct ImportReport {
  int rowsRead = 0;
  int casesCreated = 0;
  QString encoding;
  QStringList createdReferences;
  std::vector<ImportProblem> problems;
  bool committed = false;
};

// Imports a JAG tracker's cases from CSV, all or nothing (docs/import.md). A problem with
// the file itself is an Error; problems in rows are all collected in the report, and then
// nothing is saved.
class ImportService final {
 public:
  explicit ImportService(ServiceContext& ctx) : m_ctx(ctx) {}
  Result<ImportReport> importCases(const QString& path, const ImportOptions& options);

 private:
  ServiceContext& m_ctx;
};

}  // namespace casebook
