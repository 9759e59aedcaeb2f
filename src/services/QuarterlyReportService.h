#pragma once

#include "Disclosure.h"
#include "FiguresService.h"
#include "PerformanceData.h"
#include "Plan.h"

#include <QDateTime>

#include <map>
#include <optional>
#include <vector>

namespace casebook {

// What a quarterly CSP report is asked for (issue 7, docs/reports.md).
struct ReportRequest {
  QString templateName;  // "csp", "jag-narrative" or a user template's name
  Quarter quarter = Quarter::calendar(2000, 1);
  QStringList groups;    // empty: every group the user may see
  std::optional<int> suppressBelow;  // the vault's setting when not given
};

struct DraftVersionInfo {
  int version = 0;
  QString savedBy;
  QDateTime savedAt;
};

// Everything a report template is filled from: aggregates and the draft's own wording, never
// a name or a case reference.
struct QuarterlyReportData {
  ReportRequest request;
  QuarterComparison figures;
  std::vector<QuarterFigures> trend;  // the quarter and the four before it, oldest first
  std::vector<PerformanceRow> performance;  // the partnership's recorded crime and ASB
  std::optional<Plan> plan;  // the CSP plan in force on the quarter's last day
  std::map<QString, QString> texts;  // the draft's sections (Markdown); empty when never saved
  int draftVersion = 0;  // 0: never saved, the first draft is generated from the figures
  DisclosurePolicy disclosure;
  std::map<QString, QString> agencyNames;  // code -> name, for the tables' labels
  std::map<QString, QString> themeLabels;
  QString organisation;
  QString author;
  QDate date;
};

// A report as rendered, broken into paragraphs under their headings, for the identifier check.
struct ReportParagraph {
  QString section;
  int number = 0;
  QString text;
};

struct ReportSettings {
  int suppressBelow = 5;
  QString organisation;
};

class QuarterlyReportService final {
 public:
  explicit QuarterlyReportService(ServiceContext& ctx) : m_ctx(ctx) {}

  // The figures and the saved draft (version 0: the newest). Anyone who may see the groups'
  // cases may draft their report: it holds counts only.
  Result<QuarterlyReportData> prepare(const ReportRequest& request, int version = 0);
  Result<std::vector<DraftVersionInfo>> versions(const ReportRequest& request);
  // Saves the sections as a new version. basedOn is the version the editor started from: if
  // someone saved a later one meanwhile, nothing is saved and the error says who.
  Result<int> saveDraft(const ReportRequest& request, const std::map<QString, QString>& texts, int basedOn);

  // Refuses when any paragraph holds a subject's name, alias, address, date of birth or a
  // case reference, saying where. Reads every subject, whatever groups the user may see.
  Status checkDisclosure(const std::vector<ReportParagraph>& paragraphs);
  Status recordExport(const QuarterlyReportData& data, const QString& format);

  // The vault's report settings (administrators only): the default small-number suppression
  // and the partnership's name. Both checked before either is saved, in one transaction.
  Result<ReportSettings> reportSettings();
  Status setReportSettings(std::optional<int> suppressBelow, std::optional<QString> organisation);
  Status setSuppressBelow(int suppressBelow) { return setReportSettings(suppressBelow, std::nullopt); }

 private:
  Result<QStringList> resolvedGroups(const ReportRequest& request);
  ServiceContext& m_ctx;
};

}  // namespace casebook
