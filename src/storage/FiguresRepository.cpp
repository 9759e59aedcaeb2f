#include "FiguresRepository.h"

#include "IdList.h"
#include "SqlStatement.h"

namespace casebook {

namespace {

// ?1: the groups (a JSON id list), ?2 and ?3: the period's first and last day.
#define IN_GROUPS(column) column " IN (SELECT value FROM json_each(?1))"
#define IN_PERIOD(column) column " BETWEEN ?2 AND ?3"

// New referrals and redirections: an escalation or a step-down is a move, counted apart.
constexpr const char* kReceivedWhere =
    " WHERE r.kind IN ('new', 'redirect') AND " IN_GROUPS("r.to_group_id") " AND " IN_PERIOD("r.received_on");

}  // namespace

int FiguresRepository::count(const char* sql, const QString& groups, const QDate& first, const QDate& last) {
  return count(QString::fromLatin1(sql), groups, first, last);
}

// Prepared each time: the action queries are put together from pieces.
int FiguresRepository::count(const QString& sql, const QString& groups, const QDate& first, const QDate& last) {
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
  f.escalationsOut = count("SELECT count(*) FROM referrals WHERE kind = 'escalation' AND " IN_GROUPS("from_group_id")
                           " AND " IN_PERIOD("received_on"), g, first, last);
  f.escalationsIn = count("SELECT count(*) FROM referrals WHERE kind = 'escalation' AND " IN_GROUPS("to_group_id")
                          " AND " IN_PERIOD("received_on"), g, first, last);
  f.stepDownsOut = count("SELECT count(*) FROM referrals WHERE kind = 'step_down' AND " IN_GROUPS("from_group_id")
                         " AND " IN_PERIOD("received_on"), g, first, last);
  f.stepDownsIn = count("SELECT count(*) FROM referrals WHERE kind = 'step_down' AND " IN_GROUPS("to_group_id")
                        " AND " IN_PERIOD("received_on"), g, first, last);
  f.casesOpened = count("SELECT count(*) FROM cases WHERE " IN_GROUPS("group_id") " AND " IN_PERIOD("opened_on"), g,
                        first, last);
  f.casesClosed = count("SELECT count(*) FROM cases WHERE " IN_GROUPS("group_id") " AND " IN_PERIOD("closed_on"), g,
                        first, last);
  f.outcomes = tally("SELECT outcome, count(*) FROM cases WHERE " IN_GROUPS("group_id") " AND " IN_PERIOD("closed_on")
                     " GROUP BY outcome", g, first, last);
  // An action belongs to its case's group, or to its meeting's when it has no case.
  constexpr const char* kActions =
      "FROM actions a LEFT JOIN cases c ON c.id = a.case_id LEFT JOIN meetings m ON m.id = a.meeting_id "
      "WHERE coalesce(c.group_id, m.group_id) IN (SELECT value FROM json_each(?1)) ";
  auto actions = [&](const char* condition) {
    return count(QStringLiteral("SELECT count(*) ") + QString::fromLatin1(kActions) + QString::fromLatin1(condition), g,
                 first, last);
  };
  f.actionsRaised = actions("AND " IN_PERIOD("a.raised_on"));
  f.actionsCompleted = actions("AND a.status = 'complete' AND " IN_PERIOD("a.completed_on"));
  f.actionsCompletedOnTime =
      actions("AND a.status = 'complete' AND " IN_PERIOD("a.completed_on") " AND a.completed_on <= a.due_on");
  // Overdue on the last day: raised by then, due before it, and not completed by it (still
  // outstanding, or completed later). ?2 goes unused: SQLite numbers parameters up to the
  // highest, so the three bindings still fit.
  f.actionsOverdueAtEnd = actions("AND a.raised_on <= ?3 AND a.due_on < ?3 AND (a.status IN ('open', 'in_progress') "
                                  "OR (a.status = 'complete' AND a.completed_on > ?3))");
  f.meetingsHeld = count("SELECT count(*) FROM meetings WHERE status = 'held' AND " IN_GROUPS("group_id")
                         " AND " IN_PERIOD("held_on"), g, first, last);
  return f;
}

std::vector<FiguresRepository::OpenCaseRisk> FiguresRepository::openCaseRisks(const std::vector<GroupId>& groupIds,
                                                                              const QDate& day) {
  SqlStatement q(m_db,
                 "SELECT c.id, ra.likelihood, ra.impact, ra.judged_band FROM cases c "
                 "LEFT JOIN risk_assessments ra ON ra.id = (SELECT r.id FROM risk_assessments r WHERE r.case_id = c.id "
                 "AND r.assessed_on <= ?2 ORDER BY r.assessed_on DESC, r.id DESC LIMIT 1) "
                 "WHERE c.group_id IN (SELECT value FROM json_each(?1)) AND c.status <> 'referred' "
                 "AND c.opened_on <= ?2 AND (c.closed_on IS NULL OR c.closed_on > ?2)");
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
#undef IN_PERIOD

}  // namespace casebook
