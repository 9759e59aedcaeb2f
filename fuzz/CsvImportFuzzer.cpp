// libFuzzer target for the CSV import (docs/fuzzing.md): whatever bytes a file holds, the
// decoder, the CSV reader and a dry-run import must return a result or an error, never
// crash, hang or leave anything in the database.
#include "CaseReader.h"
#include "CsvReader.h"
#include "Database.h"
#include "DirectoryService.h"
#include "ImportService.h"
#include "TextDecoding.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

#include <cstdint>
#include <cstdlib>
#include <memory>

namespace {

using namespace casebook;

// Built once: opening and seeding a database per input would make each run ~100x slower,
// and a dry run always rolls back, so the same database serves every input (checked below).
std::unique_ptr<Database> openDatabase() {
  auto opened = Database::openInMemory();
  if (!opened) std::abort();
  return std::move(opened).value();
}

struct Harness {
  Harness() {
    if (!DirectoryService(ctx).seedDefaults() || !dir.isValid()) std::abort();
    path = dir.filePath(QStringLiteral("input.csv"));
  }

  std::unique_ptr<Database> db = openDatabase();
  FixedClock clock{QDate(2024, 6, 15)};
  AllowAllAccess access;
  ServiceContext ctx{*db, clock, Actor{QStringLiteral("fuzzer"), Role::Administrator}, access};
  QTemporaryDir dir;
  QString path;
};

Harness* harness = nullptr;

void decodeAndParse(const QByteArray& bytes) {
  for (const char* mode : {"auto", "utf-8", "windows-1252"}) {
    auto text = decodeSpreadsheetText(bytes, QString::fromLatin1(mode));
    if (!text) continue;
    // Errors are expected here; only a crash, a hang or a sanitizer report is a finding.
    (void)CsvReader::parse(text->text);
  }
}

void dryRunImport(const QByteArray& bytes) {
  QFile file(harness->path);
  if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size()) std::abort();
  file.close();
  ImportOptions options;
  options.dryRun = true;
  auto report = ImportService(harness->ctx).importCases(harness->path, options);
  // A dry run never commits and never leaves a case behind (docs/import.md).
  if (report && report->committed) std::abort();
  CaseListRequest all;
  auto page = CaseReader(harness->ctx).list(all);
  if (!page || page->total != 0) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv) {
  // Qt SQL drivers are plugins, found through the application object.
  static QCoreApplication app(*argc, *argv);
  harness = new Harness;  // lives for the whole run; the process ends without tearing it down
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
  decodeAndParse(bytes);
  dryRunImport(bytes);
  return 0;
}
