#include "CliSession.h"
#include "Commands.h"
#include "FiguresService.h"
#include "JsonViews.h"
#include "TextTable.h"

#include <CLI/CLI.hpp>

#include <QJsonArray>
#include <QJsonObject>

#include <functional>
#include <memory>

namespace casebook::cli {

namespace {

// One line of the figures table: its name and how to read it from a quarter's figures.
struct FigureLine {
  QString key;
  QString label;
  std::function<int(const QuarterFigures&)> read;
};

std::vector<FigureLine> figureLines() {
  std::vector<FigureLine> lines{
      {QStringLiteral("referrals_received"), QStringLiteral("Referrals received"), [](const QuarterFigures& f) { return f.referralsReceived; }},
      {QStringLiteral("referrals_accepted"), QStringLiteral("  accepted"), [](const QuarterFigures& f) { return f.referralsAccepted; }},
      {QStringLiteral("referrals_declined"), QStringLiteral("  declined"), [](const QuarterFigures& f) { return f.referralsDeclined; }},
      {QStringLiteral("escalations_out"), QStringLiteral("Escalations out"), [](const QuarterFigures& f) { return f.escalationsOut; }},
      {QStringLiteral("escalations_in"), QStringLiteral("Escalations in"), [](const QuarterFigures& f) { return f.escalationsIn; }},
      {QStringLiteral("step_downs_out"), QStringLiteral("Step-downs out"), [](const QuarterFigures& f) { return f.stepDownsOut; }},
      {QStringLiteral("step_downs_in"), QStringLiteral("Step-downs in"), [](const QuarterFigures& f) { return f.stepDownsIn; }},
      {QStringLiteral("cases_opened"), QStringLiteral("Cases opened"), [](const QuarterFigures& f) { return f.casesOpened; }},
      {QStringLiteral("cases_closed"), QStringLiteral("Cases closed"), [](const QuarterFigures& f) { return f.casesClosed; }},
      {QStringLiteral("open_at_end"), QStringLiteral("Open at quarter end"), [](const QuarterFigures& f) { return f.openAtEnd; }},
  };
  for (const auto& entry : EnumTable<RiskBand>::entries) {
    const RiskBand band = entry.value;
    lines.push_back({QStringLiteral("open_at_end_") + QString::fromLatin1(entry.key),
                     QStringLiteral("  %1").arg(QString::fromLatin1(entry.label).toLower()),
                     [band](const QuarterFigures& f) {
                       const auto it = f.openAtEndByBand.find(band);
                       return it == f.openAtEndByBand.end() ? 0 : it->second;
                     }});
  }
  lines.push_back({QStringLiteral("open_at_end_unscored"), QStringLiteral("  not scored"),
                   [](const QuarterFigures& f) { return f.openAtEndUnscored; }});
  lines.push_back({QStringLiteral("actions_raised"), QStringLiteral("Actions raised"), [](const QuarterFigures& f) { return f.actionsRaised; }});
  lines.push_back({QStringLiteral("actions_completed"), QStringLiteral("Actions completed"), [](const QuarterFigures& f) { return f.actionsCompleted; }});
  lines.push_back({QStringLiteral("actions_completed_on_time"), QStringLiteral("  on time"), [](const QuarterFigures& f) { return f.actionsCompletedOnTime; }});
  lines.push_back({QStringLiteral("actions_overdue_at_end"), QStringLiteral("Actions overdue at quarter end"), [](const QuarterFigures& f) { return f.actionsOverdueAtEnd; }});
  lines.push_back({QStringLiteral("meetings_held"), QStringLiteral("Meetings held"), [](const QuarterFigures& f) { return f.meetingsHeld; }});
  return lines;
}

QString change(int from, int to) {
  const auto pct = percentChange(from, to);
  if (!pct) return to == 0 ? QStringLiteral("-") : QStringLiteral("new");
  return QStringLiteral("%1%2%").arg(*pct > 0 ? QStringLiteral("+") : QString()).arg(*pct, 0, 'f', 0);
}

QJsonObject tallyJson(const std::map<QString, int>& tally) {
  QJsonObject o;
  for (const auto& [key, count] : tally) o.insert(key.isEmpty() ? QStringLiteral("not_recorded") : key, count);
  return o;
}

QJsonObject figuresJson(const QuarterFigures& f) {
  QJsonObject o{{QStringLiteral("quarter"), f.quarter.name()},
                {QStringLiteral("first_day"), f.quarter.firstDay().toString(Qt::ISODate)},
                {QStringLiteral("last_day"), f.quarter.lastDay().toString(Qt::ISODate)}};
  for (const auto& line : figureLines()) o.insert(line.key, line.read(f));
  o.insert(QStringLiteral("referrals_by_agency"), tallyJson(f.referralsByAgency));
  o.insert(QStringLiteral("referrals_by_theme"), tallyJson(f.referralsByTheme));
  o.insert(QStringLiteral("outcomes"), tallyJson(f.outcomes));
  return o;
}

}  // namespace

void addReportCommands(CLI::App& app, CliSession& s) {
  auto* report = app.add_subcommand("report", "Figures and reports for the CSP (aggregates only)");
  report->require_subcommand(1);
  struct FiguresArgs {
    std::string quarter;
    std::vector<std::string> groups;
  };
  auto args = std::make_shared<FiguresArgs>();
  auto* figures = report->add_subcommand("figures", "A quarter's case-management figures beside the previous quarter and a year before");
  figures->add_option("--quarter", args->quarter, "2024Q4 (calendar) or 2023/24 Q4 (financial year)")->required();
  figures->add_option("--group", args->groups, "Group code (repeat); default: every group you may see");
  figures->add_option("--format", s.format, "table | json");
  figures->callback([&s, args] {
    auto format = s.outputFormat();
    if (!format) return;
    auto quarter = Quarter::parse(QString::fromStdString(args->quarter));
    if (!quarter) {
      Error e = quarter.error();
      e.field = QStringLiteral("--quarter");
      s.fail(e);
      return;
    }
    QStringList groups;
    for (const auto& g : args->groups) groups << QString::fromStdString(g);
    auto* ctx = s.open();
    if (!ctx) return;
    auto result = FiguresService(*ctx).quarter(quarter.value(), groups);
    if (!s.check(result)) return;
    const QuarterComparison& c = result.value();
    if (*format == Format::Json) {
      s.printRaw(envelope("casebook/quarter-figures", {{QStringLiteral("groups"), QJsonArray::fromStringList(c.groups)},
                                                       {QStringLiteral("quarter"), figuresJson(c.now)},
                                                       {QStringLiteral("previous_quarter"), figuresJson(c.previous)},
                                                       {QStringLiteral("same_quarter_last_year"), figuresJson(c.lastYear)}}));
      return;
    }
    s.print(QStringLiteral("%1, %2 (%3 to %4)")
                .arg(c.groups.join(QStringLiteral(", ")), c.now.quarter.name(),
                     c.now.quarter.firstDay().toString(QStringLiteral("d MMM yyyy")),
                     c.now.quarter.lastDay().toString(QStringLiteral("d MMM yyyy"))));
    TextTable table({QStringLiteral("Figure"), c.now.quarter.name(), c.previous.quarter.name(), QStringLiteral("Change"),
                     c.lastYear.quarter.name(), QStringLiteral("Change")});
    for (const auto& line : figureLines()) {
      const int now = line.read(c.now);
      const int previous = line.read(c.previous);
      const int lastYear = line.read(c.lastYear);
      table.add({line.label, QString::number(now), QString::number(previous), change(previous, now),
                 QString::number(lastYear), change(lastYear, now)});
    }
    s.printRaw(table.render().toUtf8());
  });
}

}  // namespace casebook::cli
