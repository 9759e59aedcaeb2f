#include "CliSession.h"
#include "Commands.h"
#include "ExportService.h"
#include "ImportService.h"
#include "IntegrityService.h"

#include <QSet>

#include <CLI/CLI.hpp>

#include <memory>

namespace casebook::cli {

void addDataCommands(CLI::App& app, CliSession& s) {
  struct ImportArgs {
    std::string file, map, encoding = "auto";
    bool dryRun = false;
  };
  auto imp = std::make_shared<ImportArgs>();
  auto* importCmd = app.add_subcommand("import", "Import cases from a JAG tracker CSV (all or nothing)");
  importCmd->add_option("file", imp->file, "The CSV file")->required();
  importCmd->add_flag("--dry-run", imp->dryRun, "Check every row, save nothing");
  importCmd->add_option("--map", imp->map, "CSV of 'their header,casebook column' for unrecognised headers");
  importCmd->add_option("--encoding", imp->encoding, "auto | utf-8 | windows-1252");
  importCmd->callback([&s, imp] {
    auto* ctx = s.open();
    if (!ctx) return;
    ImportOptions options;
    options.dryRun = imp->dryRun;
    options.mapFile = qs(imp->map);
    options.encoding = qs(imp->encoding);
    auto report = ImportService(*ctx).importCases(qs(imp->file), options);
    if (!s.check(report)) return;
    for (const auto& problem : report->problems) {
      s.note(QStringLiteral("error: line %1, column %2: %3").arg(problem.line).arg(problem.column, problem.reason));
    }
    if (!report->problems.empty()) {
      // A row may have several problems; the summary counts rows.
      QSet<int> lines;
      for (const auto& problem : report->problems) lines.insert(problem.line);
      s.note(QStringLiteral("%1 of %2 rows have problems; nothing was imported").arg(lines.size()).arg(report->rowsRead));
      s.exitCode = kInvalid;
      return;
    }
    s.print(imp->dryRun ? QStringLiteral("Dry run: %1 rows read (%2), all would import; nothing was saved")
                              .arg(report->rowsRead)
                              .arg(report->encoding)
                        : QStringLiteral("Imported %1 cases from %2 rows (%3)")
                              .arg(report->casesCreated)
                              .arg(report->rowsRead)
                              .arg(report->encoding));
  });

  struct ExportArgs {
    std::string what, out, group, status, reason;
  };
  auto exp = std::make_shared<ExportArgs>();
  auto* exportCmd = app.add_subcommand("export", "Export cases or actions as CSV for a spreadsheet");
  exportCmd->add_option("what", exp->what, "cases | actions")->required()->check(CLI::IsMember({"cases", "actions"}));
  exportCmd->add_option("--out", exp->out, "The CSV file to write")->required();
  exportCmd->add_option("--group", exp->group, "Only this group's");
  exportCmd->add_option("--status", exp->status, "Cases: only these statuses (comma-separated)");
  exportCmd->add_option("--reason", exp->reason, "Why the data leaves Casebook (recorded; required when the "
                                                 "partnership says so)");
  exportCmd->callback([&s, exp] {
    auto* ctx = s.open();
    if (!ctx) return;
    Result<ExportReport> report = Error::invalid(QStringLiteral("what"), QStringLiteral("nothing to export"));
    if (exp->what == "cases") {
      CaseListRequest filter;
      filter.groupCode = qs(exp->group);
      for (const auto& part : qs(exp->status).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        auto status = s.enumValue<CaseStatus>(part.toStdString(), "--status");
        if (!status) return;
        filter.statuses.push_back(*status);
      }
      report = ExportService(*ctx).exportCases(qs(exp->out), filter, qs(exp->reason));
    } else {
      ActionListRequest filter;
      filter.groupCode = qs(exp->group);
      report = ExportService(*ctx).exportActions(qs(exp->out), filter, qs(exp->reason));
    }
    if (s.check(report)) s.print(QStringLiteral("Wrote %1 rows to %2").arg(report->rows).arg(qs(exp->out)));
  });

  auto repair = std::make_shared<bool>(false);
  auto* checkCmd = app.add_subcommand("check", "Check the database's integrity");
  checkCmd->add_flag("--repair", *repair, "First rebuild the search index from the data");
  checkCmd->callback([&s, repair] {
    auto* ctx = s.open();
    if (!ctx) return;
    if (*repair) {
      if (!s.check(IntegrityService(*ctx).repairSearchIndex())) return;
      s.print(QStringLiteral("Search index rebuilt"));
    }
    auto findings = IntegrityService(*ctx).check();
    if (!s.check(findings)) return;
    if (findings->isEmpty()) {
      s.print(QStringLiteral("%1: ok").arg(s.databasePath()));
      return;
    }
    for (const auto& finding : findings.value()) s.note(QStringLiteral("problem: %1").arg(finding));
    s.fail(Error::storage(QStringLiteral("%1 problems found").arg(findings->size()),
                          QStringLiteral("Restore from a backup, or ask for help with the listed items")));
  });
}

}  // namespace casebook::cli
