#pragma once

// Storage tests are white-box: besides the repositories they may run raw SQL, to read
// pragmas and to set up states the code itself never produces (a broken copy of the
// current score, a missing index row). Nothing outside tests/storage does this.

#include "Database.h"
#include "SqlStatement.h"
#include "StorageError.h"
#include "TestSupport.h"

#include <QStringList>

#include <catch2/catch.hpp>

#include <sqlite3.h>

#include <optional>
#include <type_traits>
#include <utility>

namespace casebook::test {

// One statement in its own transaction; an error comes back as a Status.
inline Status exec(Database& db, const QString& sql) {
  return db.write([&]() -> Status {
    execScript(db, sql);
    return {};
  });
}

// One statement outside any transaction, for pragmas SQLite ignores inside one.
inline Status execOutside(Database& db, const QString& sql) {
  try {
    execScript(db, sql);
    return {};
  } catch (const StorageError& e) {
    return e.error();
  }
}

// The first column of the first row, or "error: ..." so that a failure shows in the check.
inline QString scalar(Database& db, const QString& sql) {
  auto value = db.read([&]() -> Result<QString> {
    SqlStatement q(db, sql);
    q.exec();
    return q.next() ? q.text(0) : QStringLiteral("(no row)");
  });
  return value.ok() ? value.value() : QStringLiteral("error: ") + value.error().message();
}

// Runs work in a transaction and requires it to succeed; gives back its value, if any.
template <typename F>
auto inWrite(Database& db, F&& work) {
  auto result = db.write(std::forward<F>(work));
  INFO(errorText(result));
  REQUIRE(result.ok());
  if constexpr (!std::is_same_v<decltype(result), Status>) return std::move(result).value();
}

template <typename T>
QString text(const std::optional<T>& id) {
  return id ? QString::number(id->value) : QStringLiteral("null");
}
inline QString text(const std::optional<QDate>& date) {
  return date ? date->toString(Qt::ISODate) : QStringLiteral("null");
}
inline QString text(const std::optional<int>& number) {
  return number ? QString::number(*number) : QStringLiteral("null");
}
template <typename E>
QString keyText(const std::optional<E>& value) {
  return value ? toKey(*value) : QStringLiteral("null");
}

// Builds a database file from SQL with the sqlite3 library itself, as an older Casebook
// or another program would have left it.
inline void buildFromSql(const QString& path, const QByteArray& sql) {
  sqlite3* db = nullptr;
  REQUIRE(sqlite3_open(path.toUtf8().constData(), &db) == SQLITE_OK);
  char* message = nullptr;
  const int rc = sqlite3_exec(db, sql.constData(), nullptr, nullptr, &message);
  INFO((message ? message : ""));
  sqlite3_free(message);
  sqlite3_close(db);
  REQUIRE(rc == SQLITE_OK);
}

}  // namespace casebook::test
