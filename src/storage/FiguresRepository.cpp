#include "FiguresRepository.h"

#include "IdList.h"
#include "Meeting.h"
#include "SqlStatement.h"

namespace casebook {

namespace {

// ?1: the groups (a JSON id list), ?2 and ?3: the period's first and last day.
#define IN_GROUPS(column) column " IN (SELECT value FROM json_each(?1))"
// Where the rows are found by the period's dates (docs/performance.md): the unary plus keeps
// SQLite from reading every row of the chosen groups through the group index instead.
#define AMONG_GROUPS(column) "+" column " IN (SELECT value FROM json_each(?1))"
#define IN_PERIOD(column) column " BETWEEN ?2 AND ?3"
// A declined referral never became the group's case: it is counted among referrals
// declined, not among cases opened, closed or open.
#define A_CASE(alias) "coalesce(" alias "outcome, '') <> 'referral_declined'"
// Open on a day (docs/reports.md "Open at quarter end"): a case still awaiting its referral
// decision is not yet the group's work.
#define OPEN_ON(day) \
  "c.status <> 'referred' AND " A_CASE("c.") " AND c.opened_on <= " day " AND (c.closed_on IS NULL OR c.closed_on > " day ")"
// A case's latest assessment by a condition on r: by date, then the one recorded later.
#define LATEST_ASSESSMENT(condition)                                                                       \
  "(SELECT r.id FROM risk_assessments r WHERE r.case_id = c.id AND " condition " ORDER BY r.assessed_on DESC, " \
  "r.id DESC LIMIT 1)"

// New referrals and redirections: an escalation or a step-down is a move, counted apart.
constexpr const char* kReceivedWhere =
    " WHERE r.kind IN ('new', 'redirect') AND " AMONG_GROUPS("r.to_group_id") " AND " IN_PERIOD("r.received_on");

}  // namespace

int FiguresRepository::count(const char* sql, const QString& groups, const QDate& first, const QDate& last) {
  SqlStatement q(m_db, sql);
  q.bind(groups).bind(first).bind(last).exec();
  return q.next() ? q.integer(0) : 0;
}

std::map<QString, int> FiguresRepository::tally(const char* sql, const QString& groups, const QDate& first,
                                                const QDate& last) {
  SqlStatement q(m_db, sql);
  q.bind(groups).bind(first).bind(last).exec();
  std::map<QString, int> result;
  while (q.next()) result[q.text(0)] = q.integer(1);
  return result;
}

QuarterFigures FiguresRepository::counts(const std::vector<GroupId>& groupIds, const QDate& first, const QDate& last) {
  const QString g = idListJson(groupIds);
  QuarterFigures f;
  const QString where = QString::fromLatin1(kReceivedWhere);
  auto countReceived = [&](const QString& extra) {
    SqlStatement q(m_db, QStringLiteral("SELECT count(*) FROM referrals r") + where + extra);
    q.bind(g).bind(first).bind(last).exec();
    return q.next() ? q.integer(0) : 0;
  };
  f.referralsReceived = countReceived({});
  f.referralsAccepted = countReceived(QStringLiteral(" AND r.decision = 'accepted'"));
  f.referralsDeclined = countReceived(QStringLiteral(" AND r.decision = 'declined'"));
  auto tallyReceived = [&](const QString& key, const QString& joins) {
    SqlStatement q(m_db, QStringLiteral("SELECT ") + key + QStringLiteral(", count(*) FROM referrals r ") + joins + where +
                             QStringLiteral(" GROUP BY 1"));
    q.bind(g).bind(first).bind(last).exec();
    std::map<QString, int> result;
    while (q.next()) result[q.text(0)] = q.integer(1);
    return result;
  };
  f.referralsByAgency =
      tallyReceived(QStringLiteral("coalesce(a.code, '')"), QStringLiteral("LEFT JOIN agencies a ON a.id = r.referring_agency_id"));
  f.referralsByTheme = tallyReceived(
      QStringLiteral("t.code"),
      QStringLiteral("JOIN case_themes ct ON ct.case_id = r.case_id JOIN themes t ON t.id = ct.theme_id"));
  f.escalationsOut = count("SELECT count(*) FROM referrals WHERE kind = 'escalation' AND " AMONG_GROUPS("from_group_id")
                           " AND " IN_PERIOD("received_on"), g, first, last);
  f.escalationsIn = count("SELECT count(*) FROM referrals WHERE kind = 'escalation' AND " AMONG_GROUPS("to_group_id")
                          " AND " IN_PERIOD("received_on"), g, first, last);
  f.stepDownsOut = count("SELECT count(*) FROM referrals WHERE kind = 'step_down' AND " AMONG_GROUPS("from_group_id")
                         " AND " IN_PERIOD("received_on"), g, first, last);
  f.stepDownsIn = count("SELECT count(*) FROM referrals WHERE kind = 'step_down' AND " AMONG_GROUPS("to_group_id")
                        " AND " IN_PERIOD("received_on"), g, first, last);
  f.casesOpened = count("SELECT count(*) FROM cases WHERE " AMONG_GROUPS("group_id") " AND " A_CASE("") " AND "
                        IN_PERIOD("opened_on"), g, first, last);
  f.casesClosed = count("SELECT count(*) FROM cases WHERE " AMONG_GROUPS("group_id") " AND " A_CASE("") " AND "
                        IN_PERIOD("closed_on"), g, first, last);
  f.outcomes = tally("SELECT outcome, count(*) FROM cases WHERE " AMONG_GROUPS("group_id") " AND " A_CASE("") " AND "
                     IN_PERIOD("closed_on") " GROUP BY outcome", g, first, last);
  // An action belongs to its case's group, or to its meeting's when it has no case. One pass
  // over the actions for all four counts. Overdue on the last day: raised by then, due before
  // it, and not completed by it (still outstanding, or completed later).
  {
    SqlStatement q(m_db,
                   "SELECT coalesce(sum(" IN_PERIOD("a.raised_on") "), 0), "
                   "coalesce(sum(a.status = 'complete' AND " IN_PERIOD("a.completed_on") "), 0), "
                   "coalesce(sum(a.status = 'complete' AND " IN_PERIOD("a.completed_on") " AND a.completed_on <= a.due_on), 0), "
                   "coalesce(sum(a.raised_on <= ?3 AND a.due_on < ?3 AND (a.status IN ('open', 'in_progress') "
                   "OR (a.status = 'complete' AND a.completed_on > ?3))), 0) "
                   "FROM actions a LEFT JOIN cases c ON c.id = a.case_id LEFT JOIN meetings m ON m.id = a.meeting_id "
                   "WHERE coalesce(c.group_id, m.group_id) IN (SELECT value FROM json_each(?1))");
    q.bind(g).bind(first).bind(last).exec();
    if (q.next()) {
      f.actionsRaised = q.integer(0);
      f.actionsCompleted = q.integer(1);
      f.actionsCompletedOnTime = q.integer(2);
      f.actionsOverdueAtEnd = q.integer(3);
    }
  }
  f.meetingsHeld = count("SELECT count(*) FROM meetings WHERE status = 'held' AND " IN_GROUPS("group_id")
                         " AND " IN_PERIOD("held_on"), g, first, last);
  // The priority a case is tagged with now: its history is not kept. ?2 goes unused.
  f.openAtEndByPriority = tally("SELECT coalesce(p.code, ''), count(*) FROM cases c "
                                "LEFT JOIN priorities p ON p.id = c.priority_id WHERE " IN_GROUPS("c.group_id")
                                " AND " OPEN_ON("?3") " GROUP BY 1", g, first, last);
  countRiskMovement(f, g, first, last);
  f.attendanceByAgency = attendance(g, first, last);
  return f;
}

// Tallied by the change in score, so the median needs no row per case.
void FiguresRepository::countRiskMovement(QuarterFigures& f, const QString& groups, const QDate& first,
                                          const QDate& last) {
  // e: the latest assessment by the last day, which must fall in the quarter (the case was
  // re-assessed in it); s: the latest before the first day, else the case's first. s = e
  // means a single assessment so far: nothing to compare.
  SqlStatement q(m_db,
                 "SELECT e.likelihood * e.impact - s.likelihood * s.impact, count(*) FROM cases c "
                 "JOIN risk_assessments e ON e.id = " LATEST_ASSESSMENT("r.assessed_on <= ?3") " "
                 "JOIN risk_assessments s ON s.id = coalesce(" LATEST_ASSESSMENT("r.assessed_on < ?2") ", "
                 "(SELECT r.id FROM risk_assessments r WHERE r.case_id = c.id ORDER BY r.assessed_on, r.id LIMIT 1)) "
                 "WHERE " IN_GROUPS("c.group_id") " AND e.assessed_on >= ?2 AND s.id <> e.id GROUP BY 1");
  q.bind(groups).bind(first).bind(last).exec();
  std::map<int, int> changes;
  while (q.next()) {
    const int change = q.integer(0);
    const int cases = q.integer(1);
    changes[change] = cases;
    (change < 0 ? f.riskFell : change > 0 ? f.riskRose : f.riskStayed) += cases;
  }
  f.riskMedianChange = medianOfTally(changes);
}

std::vector<FiguresRepository::ReviewGap> FiguresRepository::reviewGaps(const std::vector<GroupId>& groupIds,
                                                                        const QDate& first, const QDate& last) {
  // p: the assessment before each one in the period, in the same order as "latest" (date,
  // then id). A case's first assessment has none and is no review.
  SqlStatement q(m_db,
                 "SELECT p.likelihood, p.impact, p.judged_band, "
                 "CAST(julianday(a.assessed_on) - julianday(p.assessed_on) AS INTEGER), count(*) "
                 "FROM risk_assessments a JOIN cases c ON c.id = a.case_id "
                 "JOIN risk_assessments p ON p.id = " LATEST_ASSESSMENT(
                     "(r.assessed_on < a.assessed_on OR (r.assessed_on = a.assessed_on AND r.id < a.id))") " "
                 "WHERE " IN_GROUPS("c.group_id") " AND " IN_PERIOD("a.assessed_on") " GROUP BY 1, 2, 3, 4");
  q.bind(idListJson(groupIds)).bind(first).bind(last).exec();
  std::vector<ReviewGap> result;
  while (q.next()) {
    ReviewGap gap;
    gap.previous.likelihood = q.integer(0);
    gap.previous.impact = q.integer(1);
    if (!q.isNull(2)) gap.previous.judgedBand = enumFromKey<RiskBand>(q.text(2));
    gap.days = q.integer(3);
    gap.reviews = q.integer(4);
    result.push_back(gap);
  }
  return result;
}

std::map<QString, AgencyAttendance> FiguresRepository::attendance(const QString& groups, const QDate& first,
                                                                 const QDate& last) {
  // A held meeting without a register says nothing about who came, so it is left out. An
  // invited member missing from the register counts as absent, as in the attendance insight.
  SqlStatement q(m_db,
                 "WITH counted AS (SELECT m.id FROM meetings m WHERE m.status = 'held' AND " IN_GROUPS("m.group_id")
                 " AND " IN_PERIOD("m.held_on") " AND EXISTS (SELECT 1 FROM attendance a WHERE a.meeting_id = m.id)), "
                 "expected AS (SELECT a.member_id, a.status FROM attendance a "
                 "WHERE a.meeting_id IN (SELECT id FROM counted) UNION ALL "
                 "SELECT i.member_id, 'absent' FROM meeting_invitations i WHERE i.meeting_id IN (SELECT id FROM counted) "
                 "AND NOT EXISTS (SELECT 1 FROM attendance a WHERE a.meeting_id = i.meeting_id AND a.member_id = i.member_id)) "
                 "SELECT coalesce(ag.code, ''), e.status, count(*) FROM expected e JOIN members mb ON mb.id = e.member_id "
                 "LEFT JOIN agencies ag ON ag.id = mb.agency_id GROUP BY 1, 2");
  q.bind(groups).bind(first).bind(last).exec();
  std::map<QString, AgencyAttendance> result;
  while (q.next()) {
    AgencyAttendance& agency = result[q.text(0)];
    const int n = q.integer(2);
    agency.expected += n;
    switch (enumFromKey<AttendanceStatus>(q.text(1)).value_or(AttendanceStatus::Absent)) {
      case AttendanceStatus::Present: agency.present += n; break;
      case AttendanceStatus::Deputy: agency.deputy += n; break;
      case AttendanceStatus::Apologies: agency.apologies += n; break;
      case AttendanceStatus::Absent: agency.absent += n; break;
      case AttendanceStatus::UpdateSent: agency.updateSent += n; break;
      case AttendanceStatus::Observer: agency.observer += n; break;
    }
  }
  return result;
}

std::vector<FiguresRepository::OpenCaseRisk> FiguresRepository::openCaseRisks(const std::vector<GroupId>& groupIds,
                                                                              const QDate& day) {
  SqlStatement q(m_db,
                 "SELECT c.id, ra.likelihood, ra.impact, ra.judged_band FROM cases c "
                 "LEFT JOIN risk_assessments ra ON ra.id = " LATEST_ASSESSMENT("r.assessed_on <= ?2") " "
                 "WHERE " IN_GROUPS("c.group_id") " AND " OPEN_ON("?2"));
  q.bind(idListJson(groupIds)).bind(day).exec();
  std::vector<OpenCaseRisk> result;
  while (q.next()) {
    OpenCaseRisk risk;
    if (!q.isNull(1)) {
      RiskAssessment a;
      a.caseId = q.id<CaseId>(0);
      a.likelihood = q.integer(1);
      a.impact = q.integer(2);
      if (!q.isNull(3)) a.judgedBand = enumFromKey<RiskBand>(q.text(3));
      risk.latest = a;
    }
    result.push_back(risk);
  }
  return result;
}

#undef IN_GROUPS
#undef AMONG_GROUPS
#undef IN_PERIOD
#undef OPEN_ON
#undef A_CASE
#undef LATEST_ASSESSMENT

}  // namespace casebook
