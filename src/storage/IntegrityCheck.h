#pragma once

#include <QStringList>

namespace casebook {

class Database;

// SQLite's own checks plus Casebook's invariants; every finding is a sentence without
// personal data (ids and table names only), so it may be logged and shown.
class IntegrityCheck final {
 public:
  explicit IntegrityCheck(Database& db) : m_db(db) {}
  // Full: SQLite's integrity_check, which also matches every index against its table.
  // OnOpening: its quick_check (every page, record and NOT NULL rule, but no index matching),
  // a quarter of the time at 100,000 cases; the snapshot and journal are authenticated, so
  // what an index mismatch would betray is a fault of SQLite's or ours, which `check`, every
  // backup's verification and the recovery of a damaged generation still look for
  // (docs/security.md "Checks on opening").
  enum class Depth { Full, OnOpening };
  QStringList run(Depth depth = Depth::Full);
  // Rebuilds the full-text index from the data it mirrors (cases, subjects, notes).
  void rebuildSearchIndex();

 private:
  Database& m_db;
};

}  // namespace casebook
