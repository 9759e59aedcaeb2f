#include "SearchIndexPause.h"

#include "IntegrityCheck.h"
#include "Log.h"
#include "SqlStatement.h"

namespace casebook {

SearchIndexPause::SearchIndexPause(Database& db) : m_db(db) {
  {
    SqlStatement q(m_db, "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
                         "AND (sql LIKE '%case_search%' OR sql LIKE '%note_search%') ORDER BY name");
    q.exec();
    while (q.next()) m_triggers.emplace_back(q.text(0), q.text(1));
  }
  for (const auto& [name, sql] : m_triggers) {
    execScript(m_db, QStringLiteral("DROP TRIGGER \"%1\"").arg(name));
  }
}

SearchIndexPause::~SearchIndexPause() {
  if (m_triggers.empty()) return;
  try {
    recreateTriggers();
  } catch (const StorageError& e) {
    // The caller's rollback restores the triggers in any case; this is only a guard.
    log::storage()->error("search triggers not restored: {}", e.error().problem.toStdString());
  }
}

void SearchIndexPause::resume() {
  recreateTriggers();
  IntegrityCheck(m_db).rebuildSearchIndex();
}

bool SearchIndexPause::pays(Database& db, qint64 newCases) {
  SqlStatement q(db, "SELECT count(*) FROM cases");
  q.exec();
  return q.next() && newCases >= q.int64(0);
}

void SearchIndexPause::recreateTriggers() {
  auto triggers = std::move(m_triggers);
  m_triggers.clear();
  for (const auto& [name, sql] : triggers) execScript(m_db, sql);
}

}  // namespace casebook
