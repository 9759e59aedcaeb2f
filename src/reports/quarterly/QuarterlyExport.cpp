#include "QuarterlyExport.h"

#include "Log.h"
#include "Narrative.h"

#include <QFile>
#include <QFileInfo>

namespace casebook {

namespace {

struct Prepared {
  QuarterlyReportData data;
  ReportTemplate report;
};

Result<Prepared> prepare(ServiceContext& ctx, const ReportRequest& request, int version) {
  auto report = loadReportTemplate(request.templateName);
  if (!report) return report.error();
  auto data = QuarterlyReportService(ctx).prepare(request, version);
  if (!data) return data.error();
  return Prepared{data.value(), report.value()};
}

}  // namespace

Result<ReportExport> exportQuarterlyReport(ServiceContext& ctx, const ReportRequest& request, ReportFormat format,
                                           const QString& path, int version) {
  auto prepared = prepare(ctx, request, version);
  if (!prepared) return prepared.error();
  const auto& [data, report] = prepared.value();
  auto rendered = renderQuarterlyReport(data, report, draftTexts(data, report));
  if (!rendered) return rendered.error();
  QuarterlyReportService service(ctx);
  // The title goes into the file's properties and the name onto the folder: both are read too.
  auto paragraphs = reportParagraphs(rendered.value());
  paragraphs.push_back({QStringLiteral("the document's title"), 1, rendered->title});
  paragraphs.push_back({QStringLiteral("the file's name"), 1, QFileInfo(path).completeBaseName()});
  if (auto clean = service.checkDisclosure(paragraphs); !clean) return clean.error();
  if (auto written = writeQuarterlyReport(rendered.value(), format, path); !written) return written.error();
  if (auto recorded = service.recordExport(data, reportFormatName(format)); !recorded) {
    // A report the audit trail does not hold must not stay on disk.
    removeQuarterlyReport(rendered.value(), format, path);
    return recorded.error();
  }
  log::services()->info("quarterly report exported as {}", reportFormatName(format).toStdString());
  return ReportExport{path, data.draftVersion, report.title};
}

}  // namespace casebook
