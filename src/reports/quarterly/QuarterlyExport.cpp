#include "QuarterlyExport.h"

#include "Log.h"
#include "Narrative.h"

#include <QFile>

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

Result<RenderedReport> previewQuarterlyReport(ServiceContext& ctx, const ReportRequest& request,
                                              const std::map<QString, QString>* unsavedTexts) {
  auto prepared = prepare(ctx, request, 0);
  if (!prepared) return prepared.error();
  const auto& [data, report] = prepared.value();
  return renderQuarterlyReport(data, report, unsavedTexts ? *unsavedTexts : draftTexts(data, report));
}

Result<ReportExport> exportQuarterlyReport(ServiceContext& ctx, const ReportRequest& request, ReportFormat format,
                                           const QString& path, int version) {
  auto prepared = prepare(ctx, request, version);
  if (!prepared) return prepared.error();
  const auto& [data, report] = prepared.value();
  auto rendered = renderQuarterlyReport(data, report, draftTexts(data, report));
  if (!rendered) return rendered.error();
  QuarterlyReportService service(ctx);
  if (auto clean = service.checkDisclosure(reportParagraphs(rendered.value())); !clean) return clean.error();
  if (auto written = writeQuarterlyReport(rendered.value(), format, path); !written) return written.error();
  if (auto recorded = service.recordExport(request, reportFormatName(format), data.draftVersion); !recorded) {
    // A report the audit trail does not hold must not stay on disk.
    QFile::remove(path);
    return recorded.error();
  }
  log::services()->info("quarterly report exported as {}", reportFormatName(format).toStdString());
  return ReportExport{path, data.draftVersion, report.title};
}

}  // namespace casebook
