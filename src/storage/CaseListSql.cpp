#include "CaseListSql.h"

#include "IdList.h"
#include "SqlStatement.h"

#include <QRegularExpression>

namespace casebook {

QString ftsQueryFromUserText(const QString& text) {
  static const QRegularExpression separators(QStringLiteral("\\s+"));
  QStringList terms;
  for (QString word : text.split(separators, Qt::SkipEmptyParts)) {
    word.remove(QLatin1Char('"'));
    if (word.isEmpty()) continue;
    terms << QLatin1Char('"') + word + QStringLiteral("\"*");
  }
  return terms.join(QLatin1Char(' '));
}

namespace {

const char* orderColumn(CaseQuery::Sort sort) {
  switch (sort) {
    case CaseQuery::Sort::Reference: return "c.reference";
    case CaseQuery::Sort::Subject: return "s.name COLLATE NOCASE";
    case CaseQuery::Sort::Group: return "g.code";
    case CaseQuery::Sort::CaseStatus: return "c.status";
    case CaseQuery::Sort::Score: return "coalesce(c.current_score, 0)";
    case CaseQuery::Sort::NextReview: return "coalesce(c.next_review_on, '9999-12-31')";
    case CaseQuery::Sort::Opened: return "c.opened_on";
  }
  return "c.reference";
}

constexpr const char* kOpenElsewhere =
    "(c.status <> 'closed' AND EXISTS (SELECT 1 FROM cases o WHERE o.subject_id = c.subject_id "
    "AND o.group_id <> c.group_id AND o.status <> 'closed'))";

}  // namespace

CaseListSql::CaseListSql(const CaseQuery& query) : m_query(query) {
  QStringList conditions;
  if (query.groupId) {
    conditions << QStringLiteral("c.group_id = ?");
    m_values << query.groupId->value;
  }
  if (query.withinGroups) {
    conditions << QStringLiteral("c.group_id IN (SELECT value FROM json_each(?))");
    m_values << idListJson(*query.withinGroups);
  }
  if (!query.statuses.empty()) {
    QStringList marks;
    for (auto status : query.statuses) {
      marks << QStringLiteral("?");
      m_values << toKey(status);
    }
    conditions << QStringLiteral("c.status IN (%1)").arg(marks.join(QStringLiteral(", ")));
  }
  if (query.band) {
    conditions << QStringLiteral("c.current_band = ?");
    m_values << toKey(*query.band);
  }
  if (query.themeId) {
    conditions << QStringLiteral("EXISTS (SELECT 1 FROM case_themes ct WHERE ct.case_id = c.id AND ct.theme_id = ?)");
    m_values << query.themeId->value;
  }
  if (query.areaId) {
    conditions << QStringLiteral("c.area_id = ?");
    m_values << query.areaId->value;
  }
  if (query.ownerId) {
    conditions << QStringLiteral("c.owner_id = ?");
    m_values << query.ownerId->value;
  }
  if (query.overdueReviewOnly) {
    conditions << QStringLiteral("c.status <> 'closed' AND c.next_review_on < ?");
    m_values << query.today.toString(Qt::ISODate);
  }
  if (query.openInSeveralGroupsOnly) conditions << QString::fromLatin1(kOpenElsewhere);
  // One condition per word, so that each word may match in a different place: "marek dog"
  // finds the case whose subject is Marek and whose note mentions the dog.
  const QString fts = ftsQueryFromUserText(query.text);
  for (const QString& term : fts.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
    conditions << QStringLiteral(
        "c.id IN (SELECT rowid FROM case_search WHERE case_search MATCH ? "
        "UNION SELECT n.case_id FROM note_search JOIN notes n ON n.id = note_search.rowid "
        "WHERE note_search MATCH ?)");
    m_values << term << term;
  }
  if (!conditions.isEmpty()) m_where = QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

const char* CaseListSql::fromClause() const {
  // Sorted by name without a search, the first page is found by walking the subjects in name
  // order (subjects_name_order) and stopping at the page's end, rather than sorting every
  // case (docs/performance.md); CROSS JOIN tells SQLite to go that way round. A search keeps
  // the usual order: it finds few cases, and walking every subject to reach them would not pay.
  if (m_query.sort == CaseQuery::Sort::Subject && m_query.text.trimmed().isEmpty()) {
    return "subjects s CROSS JOIN cases c ON s.id = c.subject_id JOIN groups g ON g.id = c.group_id";
  }
  return "cases c JOIN groups g ON g.id = c.group_id JOIN subjects s ON s.id = c.subject_id";
}

QString CaseListSql::selectSql() const {
  return QStringLiteral(
             "SELECT c.id, c.reference, g.code, s.kind, s.name, c.status, c.current_score, c.current_band, "
             "c.next_review_on, coalesce(m.name, ''), coalesce(a.code, ''), "
             "(SELECT group_concat(t.code, ',') FROM case_themes ct JOIN themes t ON t.id = ct.theme_id "
             "WHERE ct.case_id = c.id), c.opened_on, %1 FROM %2 "
             "LEFT JOIN members m ON m.id = c.owner_id LEFT JOIN areas a ON a.id = c.area_id")
             .arg(QString::fromLatin1(kOpenElsewhere), QString::fromLatin1(fromClause())) +
         m_where +
         QStringLiteral(" ORDER BY %1 %2, c.id %2 LIMIT ? OFFSET ?")
             .arg(QString::fromLatin1(orderColumn(m_query.sort)),
                  m_query.descending ? QStringLiteral("DESC") : QStringLiteral("ASC"));
}

QString CaseListSql::countSql() const {
  // Every condition is on the case (or a subquery of its own), and every case has its
  // subject, so counting needs no join: half the time of the joined count at L.
  return QStringLiteral("SELECT count(*) FROM cases c") + m_where;
}

QString CaseListSql::exportSql() const {
  return QStringLiteral(
             "SELECT c.reference, g.code, s.name, s.kind, c.subject_role, coalesce(s.date_of_birth, ''), s.age_band, "
             "s.address, coalesce((SELECT group_concat(alias, '; ') FROM subject_aliases WHERE subject_id = s.id), ''), "
             "coalesce(a.code, ''), coalesce((SELECT group_concat(t.code, '; ') FROM case_themes ct "
             "JOIN themes t ON t.id = ct.theme_id WHERE ct.case_id = c.id), ''), coalesce(la.code, ''), "
             "coalesce(m.name, ''), c.status, coalesce(r.received_on, ''), coalesce(rag.code, ''), "
             "coalesce(r.referring_officer, ''), coalesce(r.reason, ''), coalesce(r.criterion, ''), "
             "CASE WHEN r.urgent = 1 THEN 'yes' ELSE 'no' END, coalesce(ra.likelihood, ''), coalesce(ra.impact, ''), "
             "coalesce(ra.likelihood * ra.impact, ''), coalesce(ra.assessed_on, ''), coalesce(c.outcome, ''), "
             "coalesce(c.transferred_to, ''), coalesce(c.closed_on, ''), c.closure_note, coalesce(ap.name, '') "
             "FROM cases c JOIN groups g ON g.id = c.group_id JOIN subjects s ON s.id = c.subject_id "
             "LEFT JOIN areas a ON a.id = c.area_id LEFT JOIN agencies la ON la.id = c.lead_agency_id "
             "LEFT JOIN members m ON m.id = c.owner_id "
             "LEFT JOIN referrals r ON r.id = (SELECT min(id) FROM referrals WHERE case_id = c.id) "
             "LEFT JOIN agencies rag ON rag.id = r.referring_agency_id "
             "LEFT JOIN risk_assessments ra ON ra.id = (SELECT id FROM risk_assessments WHERE case_id = c.id "
             "ORDER BY assessed_on DESC, id DESC LIMIT 1) "
             "LEFT JOIN members ap ON ap.id = c.closure_approved_by") +
         m_where + QStringLiteral(" ORDER BY c.reference");
}

void CaseListSql::bindAll(SqlStatement& statement, bool withPaging) const {
  for (const auto& value : m_values) statement.bind(value);
  if (withPaging) statement.bind(m_query.limit).bind(m_query.offset);
}

}  // namespace casebook
