#pragma once

#include "Quarter.h"
#include "Risk.h"

#include <QString>

#include <map>
#include <optional>

namespace casebook {

// The case-management figures of one quarter for one or more groups (issue 7), as plain
// counts: no names, no references. docs/reports.md defines each one; in short:
struct QuarterFigures {
  Quarter quarter = Quarter::calendar(2000, 1);

  // New referrals and redirections into the groups, received in the quarter; accepted and
  // declined are those referrals' decisions as they stand.
  int referralsReceived = 0;
  int referralsAccepted = 0;
  int referralsDeclined = 0;
  std::map<QString, int> referralsByAgency;  // referring agency code; "" when not recorded
  std::map<QString, int> referralsByTheme;   // theme code; a case with two themes counts twice

  // Escalations and step-downs made in the quarter, out of and into the groups.
  int escalationsOut = 0;
  int escalationsIn = 0;
  int stepDownsOut = 0;
  int stepDownsIn = 0;

  int casesOpened = 0;  // opened in the quarter
  int casesClosed = 0;  // closed in the quarter
  int openAtEnd = 0;    // open or monitored on the quarter's last day
  std::map<RiskBand, int> openAtEndByBand;  // by the latest assessment on or before that day
  int openAtEndUnscored = 0;
  std::map<QString, int> outcomes;  // outcome key of the cases closed in the quarter

  int actionsRaised = 0;
  int actionsCompleted = 0;        // completed in the quarter
  int actionsCompletedOnTime = 0;  // ... on or before their due date
  int actionsOverdueAtEnd = 0;     // due before the last day and not completed by it

  int meetingsHeld = 0;
};

// A figure's change from an earlier period in percent; none when the earlier was 0 (a
// report says "new" rather than an infinite rise).
std::optional<double> percentChange(int from, int to);

}  // namespace casebook
