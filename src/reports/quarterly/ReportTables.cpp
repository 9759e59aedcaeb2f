#include "ReportTables.h"

#include "Case.h"
#include "EnumKeys.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <set>

namespace casebook {

namespace {

// Counts of people or cases are suppressed; counts of meetings, actions and recorded crime
// are not: they are about agencies and places, not about anyone's case (docs/reports.md).
enum class Count { People, Other };

using Pick = std::function<int(const QuarterFigures&)>;

struct Cell {
  int value = 0;
  bool hidden = false;
  bool known = true;
};

// A cell hidden for being small says so; one hidden only so that a small one cannot be
// worked out by subtraction says "withheld", since it is not small.
QString shown(const Cell& c, const DisclosurePolicy& policy) {
  if (!c.known) return QStringLiteral("-");
  if (c.hidden) return policy.hides(c.value) ? policy.shown(c.value) : QStringLiteral("withheld");
  return QString::number(c.value);
}

QString change(const Cell& from, const Cell& to, int decimals) {
  if (from.hidden || to.hidden || !from.known || !to.known) return QStringLiteral("-");
  return percentChangeText(from.value, to.value, decimals);
}

// decimals: 1 for crime figures, as the CSP plan and the performance data screen print them.
ReportRow row(const QString& key, const QString& label, const Cell& now, const Cell& previous, const Cell& lastYear,
              const DisclosurePolicy& policy, int decimals = 0) {
  ReportRow r{key, label, shown(now, policy), shown(previous, policy), shown(lastYear, policy),
              change(previous, now, decimals), change(lastYear, now, decimals), std::nullopt};
  if (now.known && !now.hidden) r.nowValue = now.value;
  return r;
}

// A breakdown (by band, by agency ...): each period's column suppressed on its own, with the
// complementary cell hidden too where the column's total is printed elsewhere.
std::vector<ReportRow> breakdown(const std::vector<std::pair<QString, QString>>& keysAndLabels,
                                 const std::array<std::function<int(const QString&)>, 3>& periods,
                                 const DisclosurePolicy& policy) {
  std::array<std::vector<bool>, 3> hidden;
  for (size_t p = 0; p < 3; ++p) {
    std::vector<int> column;
    for (const auto& [key, label] : keysAndLabels) column.push_back(periods[p](key));
    hidden[p] = hiddenCells(column, policy);
  }
  std::vector<ReportRow> rows;
  for (size_t i = 0; i < keysAndLabels.size(); ++i) {
    const QString& key = keysAndLabels[i].first;
    std::array<Cell, 3> cells;
    for (size_t p = 0; p < 3; ++p) cells[p] = {periods[p](key), hidden[p][i], true};
    rows.push_back(row(key, keysAndLabels[i].second, cells[0], cells[1], cells[2], policy));
  }
  return rows;
}

template <typename Map>
int valueIn(const Map& map, const typename Map::key_type& key) {
  const auto it = map.find(key);
  return it == map.end() ? 0 : it->second;
}

// The keys a map-valued figure has in any of the three periods, in key order.
template <typename Member>
std::vector<QString> keysOf(const QuarterComparison& c, Member member) {
  std::set<QString> keys;
  for (const QuarterFigures* f : {&c.now, &c.previous, &c.lastYear}) {
    for (const auto& entry : f->*member) keys.insert(entry.first);
  }
  return {keys.begin(), keys.end()};
}

QString labelOr(const std::map<QString, QString>& labels, const QString& key, const QString& none) {
  if (key.isEmpty() || key == QStringLiteral("not_recorded")) return none;
  const auto it = labels.find(key);
  return it == labels.end() ? key : it->second;
}

std::vector<ReportRow> headline(const QuarterlyReportData& data) {
  struct Line {
    const char* key;
    const char* label;
    Count kind;
    Pick pick;
  };
  const std::vector<Line> lines{
      {"referrals_received", "Referrals received", Count::People, [](const auto& f) { return f.referralsReceived; }},
      {"referrals_accepted", "Referrals accepted", Count::People, [](const auto& f) { return f.referralsAccepted; }},
      {"referrals_declined", "Referrals declined", Count::People, [](const auto& f) { return f.referralsDeclined; }},
      {"escalations_out", "Escalations to a higher group", Count::People, [](const auto& f) { return f.escalationsOut; }},
      {"escalations_in", "Escalations received", Count::People, [](const auto& f) { return f.escalationsIn; }},
      {"step_downs_out", "Steps down to another group", Count::People, [](const auto& f) { return f.stepDownsOut; }},
      {"step_downs_in", "Steps down received", Count::People, [](const auto& f) { return f.stepDownsIn; }},
      {"cases_opened", "Cases opened", Count::People, [](const auto& f) { return f.casesOpened; }},
      {"cases_closed", "Cases closed", Count::People, [](const auto& f) { return f.casesClosed; }},
      {"open_at_end", "Cases open at the quarter's end", Count::People, [](const auto& f) { return f.openAtEnd; }},
      {"risk_fell", "Cases whose risk fell", Count::People, [](const auto& f) { return f.riskFell; }},
      {"risk_rose", "Cases whose risk rose", Count::People, [](const auto& f) { return f.riskRose; }},
      {"risk_stayed", "Cases whose risk stayed the same", Count::People, [](const auto& f) { return f.riskStayed; }},
      {"reviews_done", "Reviews done", Count::People, [](const auto& f) { return f.reviewsDone; }},
      {"reviews_on_time", "Reviews done on time", Count::People, [](const auto& f) { return f.reviewsOnTime; }},
      {"actions_raised", "Actions raised", Count::Other, [](const auto& f) { return f.actionsRaised; }},
      {"actions_completed", "Actions completed", Count::Other, [](const auto& f) { return f.actionsCompleted; }},
      {"actions_on_time", "Actions completed on time", Count::Other,
       [](const auto& f) { return f.actionsCompletedOnTime; }},
      {"actions_overdue", "Actions overdue at the quarter's end", Count::Other,
       [](const auto& f) { return f.actionsOverdueAtEnd; }},
      {"meetings_held", "Meetings held", Count::Other, [](const auto& f) { return f.meetingsHeld; }},
  };
  std::vector<ReportRow> rows;
  const auto& c = data.figures;
  const auto& policy = data.disclosure;
  for (const auto& line : lines) {
    auto cell = [&](const QuarterFigures& f) {
      const int v = line.pick(f);
      bool hidden = line.kind == Count::People && policy.hides(v);
      // Done and on time are both printed: on time is withheld when the late ones are few.
      if (QLatin1String(line.key) == QLatin1String("reviews_on_time") && !policy.hides(f.reviewsDone)) {
        hidden = hidden || policy.hides(f.reviewsDone - v);
      }
      return Cell{v, hidden, true};
    };
    rows.push_back(row(QString::fromLatin1(line.key), QString::fromLatin1(line.label), cell(c.now), cell(c.previous),
                       cell(c.lastYear), data.disclosure));
  }
  return rows;
}

std::vector<ReportRow> bands(const QuarterlyReportData& data) {
  std::vector<std::pair<QString, QString>> keys;
  const std::array<RiskBand, 4> order{RiskBand::VeryHigh, RiskBand::High, RiskBand::Medium, RiskBand::Low};
  for (const RiskBand band : order) keys.push_back({toKey(band), toLabel(band)});
  keys.push_back({QStringLiteral("not_scored"), QStringLiteral("Not scored")});
  auto period = [](const QuarterFigures& f) {
    return [&f](const QString& key) {
      if (key == QStringLiteral("not_scored")) return f.openAtEndUnscored;
      return valueIn(f.openAtEndByBand, *enumFromKey<RiskBand>(key));
    };
  };
  const auto& c = data.figures;
  return breakdown(keys, {period(c.now), period(c.previous), period(c.lastYear)}, data.disclosure);
}

std::vector<ReportRow> keyedBreakdown(const QuarterlyReportData& data,
                                      std::map<QString, int> QuarterFigures::*member,
                                      const std::function<QString(const QString&)>& label) {
  std::vector<std::pair<QString, QString>> keys;
  for (const QString& key : keysOf(data.figures, member)) keys.push_back({key, label(key)});
  auto period = [member](const QuarterFigures& f) {
    return [&f, member](const QString& key) { return valueIn(f.*member, key); };
  };
  const auto& c = data.figures;
  return breakdown(keys, {period(c.now), period(c.previous), period(c.lastYear)}, data.disclosure);
}

std::vector<ReportRow> performance(const QuarterlyReportData& data) {
  std::vector<ReportRow> rows;
  for (const auto& line : data.performance) {
    auto cell = [](std::optional<int> v) { return Cell{v.value_or(0), false, v.has_value()}; };
    rows.push_back(row(line.crimeType, line.crimeType, cell(line.now), cell(line.previous), cell(line.lastYear),
                       data.disclosure, 1));
  }
  return rows;
}

std::vector<ReportRow> trend(const QuarterlyReportData& data) {
  std::vector<ReportRow> rows;
  for (const auto& f : data.trend) {
    const Cell cell{f.referralsReceived, data.disclosure.hides(f.referralsReceived), true};
    rows.push_back(row(f.quarter.name(), f.quarter.name(), cell, Cell{0, false, false}, Cell{0, false, false},
                       data.disclosure));
  }
  return rows;
}

std::vector<AttendanceRow> attendance(const QuarterlyReportData& data) {
  std::vector<AttendanceRow> rows;
  for (const auto& [code, a] : data.figures.now.attendanceByAgency) {
    AttendanceRow r{labelOr(data.agencyNames, code, QStringLiteral("No agency recorded")), a.expected, a.present, a.deputy,
                    a.updateSent, a.apologies, a.absent, 0};
    if (a.expected > 0) r.ratePercent = static_cast<int>(std::lround(100.0 * (a.present + a.deputy) / a.expected));
    rows.push_back(r);
  }
  std::sort(rows.begin(), rows.end(), [](const AttendanceRow& a, const AttendanceRow& b) { return a.label < b.label; });
  return rows;
}

// A median over fewer cases than the suppression threshold would say too much about them.
QString medianText(const QuarterlyReportData& data) {
  const auto& f = data.figures.now;
  const int cases = f.riskFell + f.riskRose + f.riskStayed;
  if (!f.riskMedianChange || data.disclosure.hides(cases)) return QStringLiteral("-");
  const double m = *f.riskMedianChange;
  if (m == 0) return QStringLiteral("no change");
  const QString number = QString::number(m, 'g', 3);
  return QStringLiteral("%1%2 %3").arg(m > 0 ? QStringLiteral("+") : QString(), number,
                                       std::abs(m) == 1 ? QStringLiteral("point") : QStringLiteral("points"));
}

std::vector<ReportRow> priorities(const QuarterlyReportData& data) {
  std::map<QString, QString> titles;
  if (data.plan) {
    for (const auto& theme : data.plan->themes) {
      for (const auto& p : theme.priorities) titles[p.code] = QStringLiteral("%1 %2").arg(p.code, p.title);
    }
  }
  std::vector<std::pair<QString, QString>> keys;
  for (const QString& key : keysOf(data.figures, &QuarterFigures::openAtEndByPriority)) {
    keys.push_back({key, labelOr(titles, key, QStringLiteral("Not tagged to a priority"))});
  }
  auto period = [](const QuarterFigures& f) {
    return [&f](const QString& key) { return valueIn(f.openAtEndByPriority, key); };
  };
  const auto& c = data.figures;
  return breakdown(keys, {period(c.now), period(c.previous), period(c.lastYear)}, data.disclosure);
}

}  // namespace

ReportTables reportTables(const QuarterlyReportData& data) {
  ReportTables t;
  t.headline = headline(data);
  t.bands = bands(data);
  t.byAgency = keyedBreakdown(data, &QuarterFigures::referralsByAgency,
                              [&](const QString& k) { return labelOr(data.agencyNames, k, QStringLiteral("Not recorded")); });
  t.byTheme = keyedBreakdown(data, &QuarterFigures::referralsByTheme,
                             [&](const QString& k) { return labelOr(data.themeLabels, k, QStringLiteral("No theme")); });
  t.outcomes = keyedBreakdown(data, &QuarterFigures::outcomes, [](const QString& k) {
    const auto outcome = enumFromKey<Outcome>(k);
    return outcome ? toLabel(*outcome) : k;
  });
  t.performance = performance(data);
  t.trend = trend(data);
  t.priorities = priorities(data);
  t.attendance = attendance(data);
  t.riskMedianChange = medianText(data);
  return t;
}

}  // namespace casebook
