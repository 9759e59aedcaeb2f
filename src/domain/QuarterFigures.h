#pragma once

#include "Quarter.h"
#include "Risk.h"

#include <QString>

#include <map>
#include <optional>

namespace casebook {

// One agency's register entries over the quarter's meetings (docs/reports.md "Attendance by
// agency"). The six statuses add up to expected.
struct AgencyAttendance {
  int expected = 0;  // on the register, or invited and missing from it
  int present = 0;
  int deputy = 0;      // apologies, a deputy attending
  int apologies = 0;   // apologies, no deputy
  int absent = 0;      // absent without apologies, or invited and not on the register
  int updateSent = 0;  // a written update sent in advance
  int observer = 0;

  bool operator==(const AgencyAttendance&) const = default;
};

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
  // The cases open at the end by the CSP priority they are tagged with; "" when untagged.
  std::map<QString, int> openAtEndByPriority;

  // Risk movement: cases re-assessed in the quarter, their score at its end against their
  // score before it (or their first score when first assessed in it).
  int riskFell = 0;
  int riskRose = 0;
  int riskStayed = 0;
  std::optional<double> riskMedianChange;  // in score points; none when no case counted

  // Reviews: assessments made in the quarter other than a case's first; on time when made by
  // the date the assessment before set (its date plus its band's cycle, today's policy).
  int reviewsDone = 0;
  int reviewsOnTime = 0;

  int actionsRaised = 0;
  int actionsCompleted = 0;        // completed in the quarter
  int actionsCompletedOnTime = 0;  // ... on or before their due date
  int actionsOverdueAtEnd = 0;     // due before the last day and not completed by it

  int meetingsHeld = 0;
  // Over the meetings held in the quarter that have a register; agency code, "" when the
  // member has none.
  std::map<QString, AgencyAttendance> attendanceByAgency;
};

// A figure's change from an earlier period in percent; none when the earlier was 0 (a
// report says "new" rather than an infinite rise).
std::optional<double> percentChange(int from, int to);
// The change as reports and tables print it, the one wording for every count: "+56%", "-7%",
// "0%" (never "-0%"), "new" from 0, "-" from 0 to 0. With decimals, to that many places and
// none when whole ("+5.3%", "-7%"), as the CSP plan prints crime figures.
QString percentChangeText(int from, int to, int decimals = 0);

// The median of values given as value -> how many times it occurs (an even count takes the
// mean of the middle two); none when there are none.
std::optional<double> medianOfTally(const std::map<int, int>& tally);

}  // namespace casebook
