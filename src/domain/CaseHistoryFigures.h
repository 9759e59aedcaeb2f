#pragma once

#include "Quarter.h"
#include "QuarterFigures.h"
#include "Risk.h"

#include <QDate>
#include <QString>

#include <map>
#include <optional>
#include <vector>

namespace casebook {

// What the quarter-end figures need of one case: whether it can count as open, when it was
// open, its CSP priority code ("" when untagged), and its assessments in the order "latest"
// uses (by date, then the one recorded later), of which only the date, likelihood, impact
// and judged band are read.
struct CaseHistory {
  // Neither awaiting its referral decision nor closed by a declined referral.
  bool isGroupsWork = false;
  QDate openedOn;
  std::optional<QDate> closedOn;
  QString priorityCode;
  std::vector<RiskAssessment> assessments;

  // Open or monitored on that day (docs/reports.md "Open at quarter end").
  bool openOn(const QDate& day) const;
};

// The figures a report draws from each case's state at a quarter's end and from its
// assessments (docs/reports.md, docs/risk.md): the cases open at the end by band and by
// priority, the reviews made on time, and the risk movement. Every quarter of a report is
// counted in one pass over the cases, each case added once (docs/performance.md): counting
// one quarter at a time read every assessment once for each.
class CaseHistoryFigures final {
 public:
  // Bands and review cycles by `policy`, the one in force now: a report compares periods on
  // one scale.
  CaseHistoryFigures(std::vector<Quarter> quarters, RiskPolicy policy);

  void add(const CaseHistory& history);
  // Sets quarter i's open-at-end, band, priority, review and movement figures in `figures`.
  void fill(std::size_t i, QuarterFigures& figures) const;

 private:
  struct Counts {
    int openAtEnd = 0;
    int unscored = 0;
    std::map<RiskBand, int> byBand;
    std::map<QString, int> byPriority;
    int reviewsDone = 0;
    int reviewsOnTime = 0;
    std::map<int, int> changes;  // change in score -> cases
  };
  void countOpenAtEnd(const CaseHistory& history, const QDate& day, Counts& counts) const;
  void countReviews(const CaseHistory& history, const Quarter& quarter, Counts& counts) const;
  static void countMovement(const CaseHistory& history, const Quarter& quarter, Counts& counts);

  std::vector<Quarter> m_quarters;
  RiskPolicy m_policy;
  std::vector<Counts> m_counts;
};

}  // namespace casebook
