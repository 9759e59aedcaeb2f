#pragma once

#include <QString>

#include <vector>

namespace casebook {

class Database;

struct TableCount {
  QString table;
  qint64 rows = 0;
};

// How many rows each table holds (the search indexes included, their internal shadow
// tables not): a size overview for diagnostics, and a cheap whole-database comparison
// for tests. Table names and counts only, never content.
class TableCounts final {
 public:
  explicit TableCounts(Database& db) : m_db(db) {}
  std::vector<TableCount> all();  // by table name

 private:
  Database& m_db;
};

}  // namespace casebook
