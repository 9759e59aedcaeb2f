#include "IntegrityCheck.h"

#include "SqlStatement.h"

namespace casebook {

QStringList IntegrityCheck::run(Depth depth) {
  QStringList findings;
  {
    SqlStatement q(m_db, depth == Depth::Full ? "PRAGMA integrity_check" : "PRAGMA quick_check");
    q.exec();
    while (q.next()) {
      if (q.text(0) != QStringLiteral("ok")) findings << QStringLiteral("SQLite: %1").arg(q.text(0));
    }
  }
  {
    SqlStatement q(m_db, "PRAGMA foreign_key_check");
    q.exec();
    while (q.next()) {
      findings << QStringLiteral("row %1 of table %2 points to a missing row of %3")
                      .arg(q.text(1), q.text(0), q.text(2));
    }
  }
  for (const char* table : {"case_search", "note_search"}) {
    try {
      execScript(m_db, QStringLiteral("INSERT INTO %1 (%1) VALUES ('integrity-check')").arg(QString::fromLatin1(table)));
    } catch (const StorageError&) {
      findings << QStringLiteral("the search index %1 does not match the data; rebuild it with "
                                 "'casebook-cli check --repair'").arg(QString::fromLatin1(table));
    }
  }
  {
    SqlStatement q(m_db, "SELECT count(*) FROM cases WHERE (SELECT count(*) FROM case_search) <> "
                         "(SELECT count(*) FROM cases)");
    q.exec();
    if (q.next() && q.integer(0) > 0) findings << QStringLiteral("the case search index is missing cases");
  }
  {
    // The latest assessment is copied onto the case for fast lists; the copy must agree.
    SqlStatement q(m_db,
                   "SELECT c.id FROM cases c JOIN risk_assessments r ON r.id = (SELECT id FROM risk_assessments "
                   "WHERE case_id = c.id ORDER BY assessed_on DESC, id DESC LIMIT 1) "
                   "WHERE c.current_score IS NOT r.likelihood * r.impact");
    q.exec();
    while (q.next()) findings << QStringLiteral("case id %1: current score differs from its latest assessment").arg(q.int64(0));
  }
  {
    SqlStatement q(m_db, "SELECT id FROM cases WHERE status = 'closed' AND (outcome IS NULL OR closed_on IS NULL)");
    q.exec();
    while (q.next()) findings << QStringLiteral("case id %1: closed without an outcome").arg(q.int64(0));
  }
  return findings;
}

void IntegrityCheck::rebuildSearchIndex() {
  execScript(m_db, QStringLiteral("DELETE FROM case_search"));
  execScript(m_db, QStringLiteral("INSERT INTO case_search (rowid, reference, subject, aliases) "
                                  "SELECT case_id, reference, subject, aliases FROM case_search_source"));
  execScript(m_db, QStringLiteral("DELETE FROM note_search"));
  execScript(m_db, QStringLiteral("INSERT INTO note_search (rowid, body) SELECT id, body FROM notes"));
}

}  // namespace casebook
