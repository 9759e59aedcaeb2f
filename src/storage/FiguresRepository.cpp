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
  f.attendanceByAgency = attendance(g, first, last);
  return f;
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

void FiguresRepository::forEachCaseHistory(const std::vector<GroupId>& groupIds,
                                           const std::function<void(const CaseHistory&)>& take) {
  // Two scans in case order, merged here: the cases of the groups (in rowid order, so the
  // unary plus keeps SQLite off the group index and its sort), and every assessment through
  // the covering index on (case, date, id), the order "latest" uses.
  SqlStatement cases(m_db,
                     "SELECT c.id, c.status <> 'referred' AND " A_CASE("c.") ", c.opened_on, c.closed_on, "
                     "coalesce(p.code, '') FROM cases c LEFT JOIN priorities p ON p.id = c.priority_id "
                     "WHERE " AMONG_GROUPS("c.group_id") " ORDER BY c.id");
  cases.bind(idListJson(groupIds)).exec();
  SqlStatement assessments(m_db,
                           "SELECT case_id, assessed_on, likelihood, impact, judged_band FROM risk_assessments "
                           "ORDER BY case_id, assessed_on, id");
  assessments.exec();
  bool more = assessments.next();
  CaseHistory history;
  while (cases.next()) {
    const qint64 id = cases.int64(0);
    history.isGroupsWork = cases.boolean(1);
    history.openedOn = cases.requiredDate(2);
    history.closedOn = cases.date(3);
    history.priorityCode = cases.text(4);
    history.assessments.clear();
    while (more && assessments.int64(0) < id) more = assessments.next();
    for (; more && assessments.int64(0) == id; more = assessments.next()) {
      RiskAssessment& point = history.assessments.emplace_back();
      point.assessedOn = assessments.requiredDate(1);
      point.likelihood = assessments.integer(2);
      point.impact = assessments.integer(3);
      if (!assessments.isNull(4)) point.judgedBand = enumFromKey<RiskBand>(assessments.text(4));
    }
    take(history);
  }
}

#undef IN_GROUPS
#undef AMONG_GROUPS
#undef IN_PERIOD
#undef A_CASE

}  // namespace casebook
