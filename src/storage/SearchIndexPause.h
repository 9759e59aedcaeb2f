#pragma once

#include <QString>

#include <utility>
#include <vector>

namespace casebook {

class Database;

// Pauses the full-text search triggers for a bulk write inside the caller's transaction
// and rebuilds the index once at the end. FTS5 (SQLite 3.40, as Debian ships it) flushes
// its pending terms at every statement savepoint, so indexing row by row during a bulk
// load costs more than writing the rows themselves.
//
// The triggers are dropped and recreated from their own stored SQL, so the schema stays
// the single source of truth. DDL is transactional: if the caller's transaction rolls
// back, the triggers come back with it.
class SearchIndexPause final {
 public:
  // Must be constructed inside Database::write().
  explicit SearchIndexPause(Database& db);
  // Recreates the triggers if resume() was not reached (an error is on its way to a
  // rollback); the index is not rebuilt then.
  ~SearchIndexPause();
  SearchIndexPause(const SearchIndexPause&) = delete;
  SearchIndexPause& operator=(const SearchIndexPause&) = delete;

  // Recreates the triggers and rebuilds the index from the data it mirrors.
  void resume();

  // Whether pausing pays for a write that adds `newCases` cases: the rebuild reads every
  // case, old and new, while the pause saves a little on each new one only, so it pays when
  // the new cases are at least as many as those already there (docs/performance.md).
  static bool pays(Database& db, qint64 newCases);

 private:
  void recreateTriggers();
  Database& m_db;
  std::vector<std::pair<QString, QString>> m_triggers;  // name, CREATE statement
};

}  // namespace casebook
