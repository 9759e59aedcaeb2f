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

// One agency's attendance at the groups' meetings in the quarter. Not suppressed: it is
// about agencies, not about anyone's case.
struct AttendanceRow {
  QString label;
  int expected = 0;
  int present = 0;
  int deputy = 0;
  int updateSent = 0;
  int apologies = 0;
  int absent = 0;
  int ratePercent = 0;  // present or represented by a deputy, of those expected
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
  std::vector<AttendanceRow> attendance;
  QString riskMedianChange;  // "-2 points", "no change", "-" (none, or too few cases to say)
};

ReportTables reportTables(const QuarterlyReportData& data);

}  // namespace casebook
