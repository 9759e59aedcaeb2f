#pragma once

// Private to src/storage.

#include "Database.h"

#include <QSqlDatabase>
#include <QSqlQuery>

#include <memory>
#include <unordered_map>

struct sqlite3;

namespace casebook {

struct Database::Impl {
  QString connectionName;
  QString path;
  QSqlDatabase db;
  // Keyed by the address of a string literal: each call site's statement is prepared once.
  std::unordered_map<const char*, std::unique_ptr<QSqlQuery>> statements;
  int depth = 0;
  int schemaVersion = 0;
};

// The native handle, for what Qt SQL lacks (multi-statement scripts, backup, sessions).
class NativeSqlite final {
 public:
  static sqlite3* handle(Database& db);
  static QSqlDatabase& connection(Database& db) { return db.m_impl->db; }
  static Database::Impl& impl(Database& db) { return *db.m_impl; }
};

}  // namespace casebook
