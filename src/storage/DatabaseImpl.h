#pragma once

// Private to src/storage.

#include "Database.h"

#include <QSqlDatabase>

#include <functional>
#include <memory>
#include <unordered_map>

struct sqlite3;
struct sqlite3_stmt;

namespace casebook {

class VaultDurability;

struct FinalizeStatement {
  void operator()(sqlite3_stmt* statement) const;
};
using PreparedStatement = std::unique_ptr<sqlite3_stmt, FinalizeStatement>;

struct Database::Impl {
  QString connectionName;
  QString path;
  QSqlDatabase db;  // opens and closes the connection; statements run on its native handle
  sqlite3* handle = nullptr;
  // Keyed by the address of a string literal: each call site's statement is prepared once.
  // Declared after the connection so they are finalized before it closes.
  std::unordered_map<const char*, PreparedStatement> statements;
  std::unique_ptr<VaultDurability> durable;  // set when the database lives in a vault
  int depth = 0;
  int schemaVersion = 0;
  std::function<void(const QString&)> trace;  // Database::traceStatements
  bool byOwnPassphrase = false;  // signed in with an account key slot, not the vault passphrase
};

// The native handle, for what Qt SQL lacks (multi-statement scripts, backup, sessions) and
// for SqlStatement, which binds and reads values without Qt SQL's per-value overhead.
class NativeSqlite final {
 public:
  static sqlite3* handle(Database& db);
  static QSqlDatabase& connection(Database& db) { return db.m_impl->db; }
  static Database::Impl& impl(Database& db) { return *db.m_impl; }
};

}  // namespace casebook
