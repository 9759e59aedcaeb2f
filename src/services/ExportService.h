#pragma once

#include "ActionService.h"
#include "CaseInputs.h"
#include "ServiceContext.h"

namespace casebook {

struct ExportReport {
  int rows = 0;
};

// CSV for spreadsheets: cases in the tracker columns that import reads back, and the action
// log. Written to a temporary file and renamed into place, so a failed export never leaves
// half a file; formula-like cells are neutralised (CsvWriter).
class ExportService final {
 public:
  explicit ExportService(ServiceContext& ctx) : m_ctx(ctx) {}
  // reason: why the data leaves Casebook, recorded in the audit trail; required when the
  // partnership's rule (AuditService::reasonRule) says so.
  Result<ExportReport> exportCases(const QString& path, const CaseListRequest& filter, const QString& reason = {});
  Result<ExportReport> exportActions(const QString& path, const ActionListRequest& filter, const QString& reason = {});

 private:
  // One audit entry for a file written; if it cannot be recorded the file is removed.
  Status recordExport(const QString& path, const QString& what, const QString& reason);
  ServiceContext& m_ctx;
};

}  // namespace casebook
