#pragma once

#include "ImportColumns.h"
#include "ImportService.h"

#include <QHash>

namespace casebook {

// One tracker row turned into service calls: create the case with its referral, record the
// latest score, set monitoring or close it. Runs inside the caller's transaction; every
// problem found is added to the report with the file's line and column.
class ImportRow final {
 public:
  ImportRow(ServiceContext& ctx, const QHash<ImportColumn, QString>& headers)
      : m_ctx(ctx), m_headers(headers) {}

  // Returns the new case's reference, or an empty string when the row had problems.
  QString apply(int line, const QHash<ImportColumn, QString>& values, std::vector<ImportProblem>& problems);

 private:
  QString header(ImportColumn column) const;
  ServiceContext& m_ctx;
  const QHash<ImportColumn, QString>& m_headers;
};

}  // namespace casebook
