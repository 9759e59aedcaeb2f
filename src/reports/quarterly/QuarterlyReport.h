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

// Fills the template from the figures and the draft's sections (docs/reports.md).
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

// Writes atomically with owner-only permissions. Markdown's charts go beside it as
// <name>-<chart>.png, which the Markdown links to.
Status writeQuarterlyReport(const RenderedReport& report, ReportFormat format, const QString& path);
// Removes what writeQuarterlyReport wrote, the Markdown's chart files included.
void removeQuarterlyReport(const QString& path, ReportFormat format);

}  // namespace casebook
