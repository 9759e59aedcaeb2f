#pragma once

#include "ServiceContext.h"

namespace casebook {

struct SubjectAccessReport {
  int cases = 0;
  int rows = 0;
};

// A subject access request (UK GDPR Art. 15): everything held about the subject of a case,
// across every group, written to one JSON file, table by table with column names, so that
// nothing the schema holds is left out. An administrator's, with a reason, and recorded.
class SubjectAccessService final {
 public:
  explicit SubjectAccessService(ServiceContext& ctx) : m_ctx(ctx) {}

  Result<SubjectAccessReport> exportSubject(const QString& caseReference, const QString& path, const QString& reason);

 private:
  ServiceContext& m_ctx;
};

}  // namespace casebook
