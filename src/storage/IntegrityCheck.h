#pragma once

#include <QStringList>

namespace casebook {

class Database;

// SQLite's own checks plus Casebook's invariants; every finding is a sentence without
// personal data (ids and table names only), so it may be logged and shown.
class IntegrityCheck final {
 public:
  explicit IntegrityCheck(Database& db) : m_db(db) {}
  QStringList run();
  // Rebuilds the full-text index from the data it mirrors (cases, subjects, notes).
  void rebuildSearchIndex();

 private:
  Database& m_db;
};

}  // namespace casebook
