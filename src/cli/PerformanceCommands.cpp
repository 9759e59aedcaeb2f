#include "CliSession.h"
#include "Commands.h"
#include "JsonViews.h"
#include "PerformanceDataService.h"
#include "TextTable.h"

#include <CLI/CLI.hpp>

#include <QJsonArray>
#include <QJsonObject>

#include <cmath>
#include <memory>

namespace casebook::cli {

namespace {

struct PerformanceArgs {
  std::string crimeType, quarter, count, source, file;
};

QString countText(std::optional<int> count) { return count ? QString::number(*count) : QStringLiteral("-"); }

QJsonValue countJson(std::optional<int> count) { return count ? QJsonValue(*count) : QJsonValue(); }

QJsonValue changeJson(std::optional<double> change) {
  return change ? QJsonValue(std::round(*change * 10.0) / 10.0) : QJsonValue();
}

QString summaryText(const PerformanceWriteSummary& s) {
  QStringList parts{QStringLiteral("%1 added").arg(s.added), QStringLiteral("%1 replaced").arg(s.replaced)};
  if (s.unchanged > 0) parts << QStringLiteral("%1 unchanged").arg(s.unchanged);
  return parts.join(QStringLiteral(", "));
}

void show(CliSession& s, const PerformanceArgs& a) {
  auto format = s.outputFormat();
  if (!format) return;
  if (*format == Format::Csv) {
    s.invalid(QStringLiteral("--format"), QStringLiteral("'csv' is not offered here"), QStringLiteral("Use table or json"));
    return;
  }
  const auto quarter = s.quarter(a.quarter);
  if (!quarter) return;
  auto* ctx = s.open();
  if (!ctx) return;
  const auto result = PerformanceDataService(*ctx).table(*quarter);
  if (!s.check(result)) return;
  const PerformanceTable& t = result.value();
  const Quarter previous = t.quarter.previous();
  const Quarter lastYear = t.quarter.sameQuarterLastYear();
  if (*format == Format::Json) {
    QJsonArray rows;
    for (const auto& r : t.rows) {
      rows.append(QJsonObject{{QStringLiteral("crime_type"), r.crimeType},
                              {QStringLiteral("count"), countJson(r.now)},
                              {QStringLiteral("previous_quarter"), countJson(r.previous)},
                              {QStringLiteral("change_from_previous_quarter"), changeJson(r.changeFromPrevious())},
                              {QStringLiteral("same_quarter_last_year"), countJson(r.lastYear)},
                              {QStringLiteral("change_from_last_year"), changeJson(r.changeFromLastYear())},
                              {QStringLiteral("source"), r.source}});
    }
    s.printRaw(envelope("casebook/performance", {{QStringLiteral("quarter"), t.quarter.name()},
                                                 {QStringLiteral("previous_quarter"), previous.name()},
                                                 {QStringLiteral("same_quarter_last_year"), lastYear.name()},
                                                 {QStringLiteral("rows"), rows}}));
    return;
  }
  if (t.rows.empty()) {
    s.print(QStringLiteral("No performance data for %1, %2 or %3: add it with 'casebook-cli performance set' or "
                           "'performance import'")
                .arg(t.quarter.name(), previous.name(), lastYear.name()));
    return;
  }
  s.print(QStringLiteral("Performance data, %1 (%2 to %3)")
              .arg(t.quarter.name(), t.quarter.firstDay().toString(QStringLiteral("d MMM yyyy")),
                   t.quarter.lastDay().toString(QStringLiteral("d MMM yyyy"))));
  TextTable table({QStringLiteral("Crime type"), t.quarter.name(), previous.name(), QStringLiteral("Change"), lastYear.name(),
                   QStringLiteral("Change")});
  for (const auto& r : t.rows) {
    table.add({r.crimeType, countText(r.now), countText(r.previous), performanceChangeText(r.previous, r.now),
               countText(r.lastYear), performanceChangeText(r.lastYear, r.now)});
  }
  s.printRaw(table.render(48).toUtf8());
}

}  // namespace

void addPerformanceCommands(CLI::App& app, CliSession& s) {
  auto* performance = app.add_subcommand("performance", "Performance data per crime type and quarter (docs/reports.md)");
  performance->require_subcommand(1);
  auto a = std::make_shared<PerformanceArgs>();

  auto* set = performance->add_subcommand("set", "Enter a crime type's count for a quarter (replaces one held)");
  set->add_option("--crime-type", a->crimeType, "e.g. \"Burglary - residential\"")->required();
  set->add_option("--quarter", a->quarter, kQuarterHelp)->required();
  set->add_option("--count", a->count, "The number recorded in the quarter, 0 or more")->required();
  set->add_option("--source", a->source, "Where the count comes from, e.g. \"Police recorded crime\"");
  set->callback([&s, a, set] {
    const auto quarter = s.quarter(a->quarter);
    if (!quarter) return;
    auto count = parsePerformanceCount(qs(a->count));
    if (!count) {
      Error e = count.error();
      e.field = QStringLiteral("--count");
      s.fail(e);
      return;
    }
    auto* ctx = s.open();
    if (!ctx) return;
    // Without --source, the source held for the count is kept.
    const std::optional<QString> source = set->count("--source") > 0 ? std::optional<QString>(qs(a->source)) : std::nullopt;
    const auto written = PerformanceDataService(*ctx).set(qs(a->crimeType), *quarter, count.value(), source);
    if (!s.check(written)) return;
    const QString what = written->added ? QStringLiteral("Added") : written->replaced ? QStringLiteral("Replaced") : QStringLiteral("Unchanged");
    s.print(QStringLiteral("%1: %2, %3: %4").arg(what, written->crimeType, quarter->name()).arg(count.value()));
  });

  auto* importCmd = performance->add_subcommand("import", "Import counts from CSV: crime_type,quarter,count[,source] (all or nothing)");
  importCmd->add_option("--file", a->file, "The CSV file")->required();
  importCmd->callback([&s, a] {
    auto* ctx = s.open();
    if (!ctx) return;
    const auto imported = PerformanceDataService(*ctx).importCsv(qs(a->file));
    if (!s.check(imported)) return;
    s.print(QStringLiteral("Imported %1 rows from %2: %3").arg(imported->rows).arg(qs(a->file), summaryText(imported.value())));
  });

  auto* showCmd = performance->add_subcommand("show", "A quarter's counts beside the quarter before and a year before, with % change");
  showCmd->add_option("--quarter", a->quarter, kQuarterHelp)->required();
  showCmd->add_option("--format", s.format, "table | json");
  showCmd->callback([&s, a] { show(s, *a); });

  auto* remove = performance->add_subcommand("remove", "Remove a crime type's count for a quarter");
  remove->add_option("--crime-type", a->crimeType, "The crime type as shown")->required();
  remove->add_option("--quarter", a->quarter, kQuarterHelp)->required();
  remove->callback([&s, a] {
    const auto quarter = s.quarter(a->quarter);
    if (!quarter) return;
    auto* ctx = s.open();
    if (!ctx) return;
    if (s.check(PerformanceDataService(*ctx).remove(qs(a->crimeType), *quarter))) {
      s.print(QStringLiteral("Removed: %1, %2").arg(normalisedCrimeType(qs(a->crimeType)), quarter->name()));
    }
  });
}

}  // namespace casebook::cli
