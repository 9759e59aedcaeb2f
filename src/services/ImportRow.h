#pragma once

#include "CaseInputs.h"
#include "ImportColumns.h"
#include "ImportService.h"

#include <QHash>

#include <optional>

namespace casebook {

class ImportValues;

// One tracker row turned into service calls: create the case with its referral, record the
// latest score, set monitoring or close it. Runs inside the caller's transaction, the
// service calls in a savepoint of their own, so a bad row leaves nothing behind and the
// rows after it are still checked. Every problem is added to the report with the file's
// line and column header.
class ImportRow final {
 public:
  ImportRow(ServiceContext& ctx, const QHash<ImportColumn, QString>& headers) : m_ctx(ctx), m_headers(headers) {}

  // Returns the new case's reference, or an empty string when the row had problems.
  QString apply(int line, const QHash<ImportColumn, QString>& cells, std::vector<ImportProblem>& problems);

 private:
  // What a row asks for, once its cells have been read.
  struct Plan {
    NewCaseInput input;
    CaseStatus status = CaseStatus::Open;
    std::optional<int> likelihood;
    std::optional<int> impact;
    std::optional<QDate> assessedOn;
    CloseInput close;
  };

  void read(ImportValues& in, Plan& plan);
  void readScore(ImportValues& in, Plan& plan);
  void readClosure(ImportValues& in, Plan& plan);
  // Names the services would look up (group, area, agencies, members, themes), checked
  // here so that several unknown names in one row are all reported.
  void checkNames(ImportValues& in, const Plan& plan);
  Result<QString> save(const Plan& plan);

  ServiceContext& m_ctx;
  const QHash<ImportColumn, QString>& m_headers;
};

}  // namespace casebook
