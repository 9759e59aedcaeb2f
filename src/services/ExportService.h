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
  Result<ExportReport> exportCases(const QString& path, const CaseListRequest& filter);
  Result<ExportReport> exportActions(const QString& path, const ActionListRequest& filter);

 private:
  ServiceContext& m_ctx;
};

}  // namespace casebook
