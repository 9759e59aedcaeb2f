#include "RetentionRepository.h"

#include "SqlStatement.h"

#include <QJsonArray>

namespace casebook {

namespace {

// Tables are named by the schema itself (pragma_table_list), never by a caller; quoting
// keeps each one an identifier.
QStringList tablesWithColumn(Database& db, const char* column) {
  SqlStatement q(db, "SELECT t.name FROM pragma_table_list t WHERE t.schema = 'main' AND t.type = 'table' "
                     "AND t.name NOT LIKE 'sqlite_%' AND t.name NOT LIKE '%_search%' AND t.name <> 'audit_log' "
                     "AND EXISTS (SELECT 1 FROM pragma_table_info(t.name) c WHERE c.name = ?) ORDER BY t.name");
  q.bind(QString::fromLatin1(column)).exec();
  QStringList names;
  while (q.next()) names << q.text(0);
  return names;
}

QJsonArray rowsOf(SqlStatement& q) {
  QJsonArray rows;
  while (q.next()) {
    QJsonObject row;
    for (int column = 0; column < q.columnCount(); ++column) {
      row.insert(q.columnName(column), q.isNull(column) ? QJsonValue() : QJsonValue::fromVariant(q.value(column)));
    }
    rows.append(row);
  }
  return rows;
}

std::optional<qint64> subjectOf(Database& db, CaseId caseId) {
  SqlStatement q(db, "SELECT subject_id FROM cases WHERE id = ?");
  q.bind(caseId).exec();
  return q.next() ? std::optional<qint64>(q.int64(0)) : std::nullopt;
}

int changes(Database& db) {
  SqlStatement q(db, "SELECT changes()");
  q.exec();
  return q.next() ? q.integer(0) : 0;
}

}  // namespace

std::vector<RetentionCandidate> RetentionRepository::due(const QDate& closedBy, const QDate& today,
                                                         std::optional<CaseId> only) {
  SqlStatement q(m_db,
                 "SELECT c.id, c.reference, g.code, c.closed_on, c.outcome, "
                 "       (SELECT reason FROM retention_decisions d WHERE d.case_id = c.id ORDER BY d.id DESC LIMIT 1), "
                 "       (SELECT review_on FROM retention_decisions d WHERE d.case_id = c.id ORDER BY d.id DESC LIMIT 1) "
                 "FROM cases c JOIN groups g ON g.id = c.group_id "
                 "WHERE c.status = 'closed' AND c.closed_on <= ? AND (? IS NULL OR c.id = ?) "
                 "AND NOT EXISTS (SELECT 1 FROM retention_decisions d WHERE d.case_id = c.id AND d.review_on > ?) "
                 "ORDER BY c.closed_on, c.reference");
  q.bind(closedBy).bind(only).bind(only).bind(today).exec();
  std::vector<RetentionCandidate> out;
  while (q.next()) {
    out.push_back({q.id<CaseId>(0), q.text(1), q.text(2), q.requiredDate(3), q.text(4), q.text(5), q.date(6)});
  }
  return out;
}

void RetentionRepository::addDecision(CaseId caseId, const QString& decidedAt, const QString& by, const QString& reason,
                                      const QDate& reviewOn) {
  SqlStatement q(m_db, "INSERT INTO retention_decisions (case_id, decided_at, decided_by, reason, review_on) "
                       "VALUES (?, ?, ?, ?, ?)");
  q.bind(caseId).bind(decidedAt).bind(by).bind(reason).bind(reviewOn).exec();
}

PurgeCounts RetentionRepository::purge(CaseId caseId) {
  PurgeCounts counts;
  const auto subject = subjectOf(m_db, caseId);
  if (!subject) return counts;
  const qint64 subjectId = *subject;
  // Rows that hang from the case without a cascade, or keep text about it.
  for (const QString& table : tablesWithColumn(m_db, "case_id")) {
    if (table == QLatin1String("cases") || table == QLatin1String("agenda_items")) continue;
    SqlStatement count(m_db, QStringLiteral("SELECT count(*) FROM \"%1\" WHERE case_id = ?").arg(table));
    count.bind(caseId).exec();
    if (count.next()) counts.rows += count.integer(0);
  }
  {
    SqlStatement q(m_db, "UPDATE agenda_items SET title = 'Item removed under the retention policy', minutes = '', "
                         "decision = 'none', decision_note = '', risk_before = '', risk_after = '', case_id = NULL WHERE case_id = ?");
    q.bind(caseId).exec();
  }
  {
    SqlStatement q(m_db, "DELETE FROM action_updates WHERE action_id IN (SELECT id FROM actions WHERE case_id = ?)");
    q.bind(caseId).exec();
    counts.rows += changes(m_db);
  }
  {
    SqlStatement q(m_db, "DELETE FROM cases WHERE id = ?");  // referrals, risk, actions, notes, links... cascade
    q.bind(caseId).exec();
    counts.cases = changes(m_db) > 0 ? 1 : 0;
    counts.rows += counts.cases;
  }
  SqlStatement others(m_db, "SELECT count(*) FROM cases WHERE subject_id = ?");
  others.bind(subjectId).exec();
  if (others.next() && others.integer(0) == 0) {
    SqlStatement q(m_db, "DELETE FROM subjects WHERE id = ?");
    q.bind(subjectId).exec();
    counts.subjects = 1;
    ++counts.rows;
  }
  return counts;
}

QJsonObject RetentionRepository::everythingAbout(CaseId anyCaseOfSubject) {
  QJsonObject out;
  const auto subject = subjectOf(m_db, anyCaseOfSubject);
  if (!subject) return out;
  const qint64 subjectId = *subject;
  {
    SqlStatement q(m_db, "SELECT * FROM subjects WHERE id = ?");
    q.bind(subjectId).exec();
    out.insert(QStringLiteral("subjects"), rowsOf(q));
  }
  {
    SqlStatement q(m_db, "SELECT * FROM subject_aliases WHERE subject_id = ?");
    q.bind(subjectId).exec();
    out.insert(QStringLiteral("subject_aliases"), rowsOf(q));
  }
  {
    SqlStatement q(m_db, "SELECT * FROM cases WHERE subject_id = ? ORDER BY id");
    q.bind(subjectId).exec();
    out.insert(QStringLiteral("cases"), rowsOf(q));
  }
  for (const QString& table : tablesWithColumn(m_db, "case_id")) {
    if (table == QLatin1String("cases")) continue;
    SqlStatement q(m_db, QStringLiteral("SELECT * FROM \"%1\" WHERE case_id IN (SELECT id FROM cases WHERE subject_id = ?) "
                                        "ORDER BY rowid").arg(table));
    q.bind(subjectId).exec();
    out.insert(table, rowsOf(q));
  }
  {
    SqlStatement q(m_db, "SELECT * FROM case_links WHERE from_case_id IN (SELECT id FROM cases WHERE subject_id = ?1) "
                         "OR to_case_id IN (SELECT id FROM cases WHERE subject_id = ?1) ORDER BY id");
    q.bind(subjectId).exec();
    out.insert(QStringLiteral("case_links"), rowsOf(q));
  }
  {
    SqlStatement q(m_db, "SELECT u.* FROM action_updates u JOIN actions a ON a.id = u.action_id "
                         "WHERE a.case_id IN (SELECT id FROM cases WHERE subject_id = ?) ORDER BY u.id");
    q.bind(subjectId).exec();
    out.insert(QStringLiteral("action_updates"), rowsOf(q));
  }
  return out;
}

}  // namespace casebook
