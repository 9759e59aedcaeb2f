#pragma once

#include "QuarterlyReportService.h"

#include <QString>

#include <optional>
#include <vector>

namespace casebook {

// One line of a report table as printed: small numbers already suppressed, changes worked
// out. Every table in every template and the generated narrative read these, so a count is
// suppressed in one place only.
struct ReportRow {
  QString key;
  QString label;
  QString now;
  QString previous;
  QString lastYear;
  QString change;      // from the previous quarter
  QString yearChange;  // from the same quarter a year before
  std::optional<int> nowValue;  // unsuppressed, for charts and sentences; none when hidden
};

struct ReportTables {
  std::vector<ReportRow> headline;
  std::vector<ReportRow> bands;
  std::vector<ReportRow> byAgency;
  std::vector<ReportRow> byTheme;
  std::vector<ReportRow> outcomes;
  std::vector<ReportRow> performance;
  std::vector<ReportRow> trend;  // referrals received in each of the five quarters (label: quarter)
  std::vector<ReportRow> priorities;  // open cases at the quarter's end by CSP priority
  std::vector<ReportRow> attendance;  // per agency: now = attendance in percent (chart)
};

ReportTables reportTables(const QuarterlyReportData& data);

// "+56%", "-12%", "0%", "new" when the earlier figure was 0, "-" when both were 0 or either
// is not known or suppressed.
QString changeText(std::optional<int> from, std::optional<int> to);

}  // namespace casebook
