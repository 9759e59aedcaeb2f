#pragma once

#include "QuarterlyReportService.h"
#include "ReportTemplate.h"

#include <QImage>

#include <map>
#include <memory>
#include <optional>
#include <vector>

class QTextDocument;

namespace casebook {

// A quarterly report as the template rendered it: Markdown, and the charts it shows.
struct RenderedReport {
  QString title;
  QString markdown;
  std::map<QString, QImage> charts;  // "referrals" for ![..](chart:referrals)
};

// The charts a report shows. They follow the figures, not the text: the editor draws them
// once when it opens a report, not at each pause in typing.
std::map<QString, QImage> quarterlyCharts(const QuarterlyReportData& data);

// Fills the template from the figures and the draft's sections (docs/reports.md), with the
// charts already drawn, or drawing them.
Result<RenderedReport> renderQuarterlyReport(const QuarterlyReportData& data, const ReportTemplate& report,
                                             const std::map<QString, QString>& texts,
                                             const std::map<QString, QImage>& charts);
Result<RenderedReport> renderQuarterlyReport(const QuarterlyReportData& data, const ReportTemplate& report,
                                             const std::map<QString, QString>& texts);

// The report laid out as a document, charts included: what the PDF, ODT and HTML show.
std::unique_ptr<QTextDocument> reportDocument(const RenderedReport& report);

// Every paragraph a reader of any export could see, under its heading: the document's, then
// the Markdown source's lines (a link's address shows only there).
std::vector<ReportParagraph> reportParagraphs(const RenderedReport& report);

enum class ReportFormat { Odt, Pdf, Html, Markdown };
std::optional<ReportFormat> reportFormatNamed(const QString& name);  // odt, pdf, html, md
QString reportFormatName(ReportFormat format);

// Writes atomically with owner-only permissions; on a failure nothing this call wrote stays
// and a file already at `path` is left as it was. Markdown's charts go beside the file as
// <name>-<chart>.png, which the Markdown links to.
Status writeQuarterlyReport(const RenderedReport& report, ReportFormat format, const QString& path);
// Removes what writeQuarterlyReport wrote, the Markdown's chart files included.
void removeQuarterlyReport(const RenderedReport& report, ReportFormat format, const QString& path);

}  // namespace casebook
