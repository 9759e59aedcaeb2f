#pragma once

#include "QuarterFigures.h"
#include "ServiceContext.h"

#include <QStringList>

namespace casebook {

// A quarter's figures beside the previous quarter's and the same quarter's a year before,
// as the CSP template compares them (issue 7, DOMAIN.md "Quarterly CSP reports").
struct QuarterComparison {
  QStringList groups;  // the group codes counted
  QuarterFigures now;
  QuarterFigures previous;
  QuarterFigures lastYear;
};

class FiguresService final {
 public:
  explicit FiguresService(ServiceContext& ctx) : m_ctx(ctx) {}

  // groupCodes empty: every group the user may see. One read transaction, so the three
  // periods come from the same state of the data.
  Result<QuarterComparison> quarter(const Quarter& quarter, const QStringList& groupCodes);

 private:
  QuarterFigures figures(const std::vector<GroupId>& groups, const Quarter& quarter, const RiskPolicy& policy);
  ServiceContext& m_ctx;
};

}  // namespace casebook
