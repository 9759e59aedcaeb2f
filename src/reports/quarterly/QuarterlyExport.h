#pragma once

#include "QuarterlyReport.h"

namespace casebook {

struct ReportExport {
  QString path;
  int draftVersion = 0;  // 0: the generated first draft
  QString templateTitle;
};

// The whole export, as the GUI and the command line both do it: the figures and draft, the
// template filled in, the identifier check (nothing is written on a hit), the file written,
// then the audit entry (the file is removed if that fails). version 0: the newest draft.
Result<ReportExport> exportQuarterlyReport(ServiceContext& ctx, const ReportRequest& request, ReportFormat format,
                                           const QString& path, int version = 0);

}  // namespace casebook
