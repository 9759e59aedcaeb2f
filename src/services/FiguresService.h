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

// The chosen quarter's comparison and the quarters a trend shows, counted once each.
struct QuarterSeries {
  QuarterComparison comparison;
  std::vector<QuarterFigures> quarters;  // the last `count` quarters to the chosen one, oldest first
};

class FiguresService final {
 public:
  explicit FiguresService(ServiceContext& ctx) : m_ctx(ctx) {}

  // groupCodes empty: every group the user may see. One read transaction, so the three
  // periods come from the same state of the data.
  Result<QuarterComparison> quarter(const Quarter& quarter, const QStringList& groupCodes);
  // The same, with the `count` quarters up to the chosen one (count >= 5 holds the quarter a
  // year before, so no quarter is counted twice).
  Result<QuarterSeries> series(const Quarter& quarter, const QStringList& groupCodes, int count);

 private:
  // Bands and review cycles by `policy`, the one in force now, for every period alike.
  std::vector<QuarterFigures> figures(const std::vector<GroupId>& groups, const std::vector<Quarter>& quarters,
                                      const RiskPolicy& policy);
  // The groups chosen, as ids, with their codes put into `codes`.
  Result<std::vector<GroupId>> groupIds(const QStringList& groupCodes, QStringList& codes);
  ServiceContext& m_ctx;
};

}  // namespace casebook
