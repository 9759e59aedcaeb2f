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
#include <optional>
#include <set>

namespace casebook::cli {

namespace {

// One line of the figures table: its name and how to read it from a quarter's figures,
// either a count or a measure that may be missing (a median over no cases).
struct FigureLine {
  QString key;
  QString label;
  std::function<int(const QuarterFigures&)> count;
  std::function<std::optional<double>(const QuarterFigures&)> measure;
};

FigureLine countLine(const QString& key, const QString& label, std::function<int(const QuarterFigures&)> read) {
  return {key, label, std::move(read), {}};
}

template <typename Map>
int countIn(const Map& map, const typename Map::key_type& key) {
  const auto it = map.find(key);
  return it == map.end() ? 0 : it->second;
}

// The keys of a per-code figure in any of the three periods, so each period gets a line.
template <typename Map>
std::set<QString> keysOf(const QuarterComparison& c, Map QuarterFigures::*figure) {
  std::set<QString> keys;
  for (const QuarterFigures* f : {&c.now, &c.previous, &c.lastYear}) {
    for (const auto& entry : f->*figure) keys.insert(entry.first);
  }
  return keys;
}

// The lines of the table. The JSON takes the fixed lines and prints the per-code figures
// as objects instead, so it asks for no codes.
std::vector<FigureLine> figureLines(const std::set<QString>& priorities = {}, const std::set<QString>& agencies = {}) {
  std::vector<FigureLine> lines{
      countLine(QStringLiteral("referrals_received"), QStringLiteral("Referrals received"), [](const QuarterFigures& f) { return f.referralsReceived; }),
      countLine(QStringLiteral("referrals_accepted"), QStringLiteral("  accepted"), [](const QuarterFigures& f) { return f.referralsAccepted; }),
      countLine(QStringLiteral("referrals_declined"), QStringLiteral("  declined"), [](const QuarterFigures& f) { return f.referralsDeclined; }),
      countLine(QStringLiteral("escalations_out"), QStringLiteral("Escalations out"), [](const QuarterFigures& f) { return f.escalationsOut; }),
      countLine(QStringLiteral("escalations_in"), QStringLiteral("Escalations in"), [](const QuarterFigures& f) { return f.escalationsIn; }),
      countLine(QStringLiteral("step_downs_out"), QStringLiteral("Step-downs out"), [](const QuarterFigures& f) { return f.stepDownsOut; }),
      countLine(QStringLiteral("step_downs_in"), QStringLiteral("Step-downs in"), [](const QuarterFigures& f) { return f.stepDownsIn; }),
      countLine(QStringLiteral("cases_opened"), QStringLiteral("Cases opened"), [](const QuarterFigures& f) { return f.casesOpened; }),
      countLine(QStringLiteral("cases_closed"), QStringLiteral("Cases closed"), [](const QuarterFigures& f) { return f.casesClosed; }),
      countLine(QStringLiteral("open_at_end"), QStringLiteral("Open at quarter end"), [](const QuarterFigures& f) { return f.openAtEnd; }),
  };
  for (const auto& entry : EnumTable<RiskBand>::entries) {
    const RiskBand band = entry.value;
    lines.push_back(countLine(QStringLiteral("open_at_end_") + QString::fromLatin1(entry.key),
                              QStringLiteral("  %1").arg(QString::fromLatin1(entry.label).toLower()),
                              [band](const QuarterFigures& f) { return countIn(f.openAtEndByBand, band); }));
  }
  lines.push_back(countLine(QStringLiteral("open_at_end_unscored"), QStringLiteral("  not scored"),
                            [](const QuarterFigures& f) { return f.openAtEndUnscored; }));
  for (const QString& code : priorities) {
    lines.push_back(countLine(QStringLiteral("open_at_end_priority_") + code,
                              code.isEmpty() ? QStringLiteral("  no CSP priority") : QStringLiteral("  priority ") + code,
                              [code](const QuarterFigures& f) { return countIn(f.openAtEndByPriority, code); }));
  }
  lines.push_back(countLine(QStringLiteral("risk_fell"), QStringLiteral("Re-assessed: risk fell"), [](const QuarterFigures& f) { return f.riskFell; }));
  lines.push_back(countLine(QStringLiteral("risk_rose"), QStringLiteral("  risk rose"), [](const QuarterFigures& f) { return f.riskRose; }));
  lines.push_back(countLine(QStringLiteral("risk_stayed"), QStringLiteral("  stayed the same"), [](const QuarterFigures& f) { return f.riskStayed; }));
  lines.push_back({QStringLiteral("risk_median_change"), QStringLiteral("  median change in score"), {},
                   [](const QuarterFigures& f) { return f.riskMedianChange; }});
  lines.push_back(countLine(QStringLiteral("reviews_done"), QStringLiteral("Reviews done"), [](const QuarterFigures& f) { return f.reviewsDone; }));
  lines.push_back(countLine(QStringLiteral("reviews_on_time"), QStringLiteral("  on time"), [](const QuarterFigures& f) { return f.reviewsOnTime; }));
  lines.push_back(countLine(QStringLiteral("actions_raised"), QStringLiteral("Actions raised"), [](const QuarterFigures& f) { return f.actionsRaised; }));
  lines.push_back(countLine(QStringLiteral("actions_completed"), QStringLiteral("Actions completed"), [](const QuarterFigures& f) { return f.actionsCompleted; }));
  lines.push_back(countLine(QStringLiteral("actions_completed_on_time"), QStringLiteral("  on time"), [](const QuarterFigures& f) { return f.actionsCompletedOnTime; }));
  lines.push_back(countLine(QStringLiteral("actions_overdue_at_end"), QStringLiteral("Actions overdue at quarter end"), [](const QuarterFigures& f) { return f.actionsOverdueAtEnd; }));
  lines.push_back(countLine(QStringLiteral("meetings_held"), QStringLiteral("Meetings held"), [](const QuarterFigures& f) { return f.meetingsHeld; }));
  struct Column {
    const char* key;
    const char* label;
    int AgencyAttendance::*count;
  };
  static constexpr Column columns[] = {{"expected", "expected", &AgencyAttendance::expected},
                                       {"present", "present", &AgencyAttendance::present},
                                       {"deputy", "deputy", &AgencyAttendance::deputy},
                                       {"apologies", "apologies", &AgencyAttendance::apologies},
                                       {"absent", "absent", &AgencyAttendance::absent},
                                       {"update_sent", "update sent", &AgencyAttendance::updateSent},
                                       {"observer", "observer", &AgencyAttendance::observer}};
  for (const QString& agency : agencies) {
    const QString name = agency.isEmpty() ? QStringLiteral("no agency") : agency;
    for (const Column& column : columns) {
      const bool first = column.count == &AgencyAttendance::expected;
      lines.push_back(countLine(QStringLiteral("attendance_%1_%2").arg(name, QString::fromLatin1(column.key)),
                                first ? QStringLiteral("Attendance, %1: expected").arg(name)
                                      : QStringLiteral("  ") + QString::fromLatin1(column.label),
                                [agency, count = column.count](const QuarterFigures& f) {
                                  const auto it = f.attendanceByAgency.find(agency);
                                  return it == f.attendanceByAgency.end() ? 0 : it->second.*count;
                                }));
    }
  }
  return lines;
}

QString measureText(const std::optional<double>& value) {
  return value ? QString::number(*value, 'f', 1) : QStringLiteral("-");
}

// A measure changes by the difference, not a percentage: a median change in score may be
// zero or below zero.
QString measureChange(const std::optional<double>& from, const std::optional<double>& to) {
  if (!from || !to) return QStringLiteral("-");
  const double difference = *to - *from;
  return QStringLiteral("%1%2").arg(difference > 0 ? QStringLiteral("+") : QString()).arg(difference, 0, 'f', 1);
}

QJsonObject tallyJson(const std::map<QString, int>& tally, const QString& emptyKey = QStringLiteral("not_recorded")) {
  QJsonObject o;
  for (const auto& [key, count] : tally) o.insert(key.isEmpty() ? emptyKey : key, count);
  return o;
}

QJsonObject attendanceJson(const std::map<QString, AgencyAttendance>& byAgency) {
  QJsonObject o;
  for (const auto& [agency, a] : byAgency) {
    o.insert(agency.isEmpty() ? QStringLiteral("not_recorded") : agency,
             QJsonObject{{QStringLiteral("expected"), a.expected}, {QStringLiteral("present"), a.present},
                         {QStringLiteral("deputy"), a.deputy}, {QStringLiteral("apologies"), a.apologies},
                         {QStringLiteral("absent"), a.absent}, {QStringLiteral("update_sent"), a.updateSent},
                         {QStringLiteral("observer"), a.observer}});
  }
  return o;
}

QJsonObject figuresJson(const QuarterFigures& f) {
  QJsonObject o{{QStringLiteral("quarter"), f.quarter.name()},
                {QStringLiteral("first_day"), f.quarter.firstDay().toString(Qt::ISODate)},
                {QStringLiteral("last_day"), f.quarter.lastDay().toString(Qt::ISODate)}};
  for (const auto& line : figureLines()) {
    if (line.count) {
      o.insert(line.key, line.count(f));
    } else {
      const auto value = line.measure(f);
      o.insert(line.key, value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null));
    }
  }
  o.insert(QStringLiteral("referrals_by_agency"), tallyJson(f.referralsByAgency));
  o.insert(QStringLiteral("referrals_by_theme"), tallyJson(f.referralsByTheme));
  o.insert(QStringLiteral("outcomes"), tallyJson(f.outcomes));
  o.insert(QStringLiteral("open_at_end_by_priority"), tallyJson(f.openAtEndByPriority, QStringLiteral("none")));
  o.insert(QStringLiteral("attendance_by_agency"), attendanceJson(f.attendanceByAgency));
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
  figures->add_option("--quarter", args->quarter, kQuarterHelp)->required();
  figures->add_option("--group", args->groups, "Group code (repeat); default: every group you may see");
  figures->add_option("--format", s.format, "table | json");
  figures->callback([&s, args] {
    auto format = s.outputFormat();
    if (!format) return;
    const auto quarter = s.quarter(args->quarter);
    if (!quarter) return;
    QStringList groups;
    for (const auto& g : args->groups) groups << QString::fromStdString(g);
    auto* ctx = s.open();
    if (!ctx) return;
    auto result = FiguresService(*ctx).quarter(*quarter, groups);
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
    for (const auto& line : figureLines(keysOf(c, &QuarterFigures::openAtEndByPriority),
                                        keysOf(c, &QuarterFigures::attendanceByAgency))) {
      if (!line.count) {
        const auto now = line.measure(c.now);
        const auto previous = line.measure(c.previous);
        const auto lastYear = line.measure(c.lastYear);
        table.add({line.label, measureText(now), measureText(previous), measureChange(previous, now),
                   measureText(lastYear), measureChange(lastYear, now)});
        continue;
      }
      const int now = line.count(c.now);
      const int previous = line.count(c.previous);
      const int lastYear = line.count(c.lastYear);
      table.add({line.label, QString::number(now), QString::number(previous), percentChangeText(previous, now),
                 QString::number(lastYear), percentChangeText(lastYear, now)});
    }
    s.printRaw(table.render().toUtf8());
  });
}

}  // namespace casebook::cli
