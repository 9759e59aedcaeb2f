#pragma once

// Private to src/storage: the only door to SQL. Every value is bound, never spliced.

#include "Database.h"
#include "Ids.h"

#include <QDate>
#include <QDateTime>
#include <QVariant>

#include <optional>

struct sqlite3_stmt;

namespace casebook {

class SqlStatement final {
 public:
  // A literal statement is prepared once per connection and reused.
  SqlStatement(Database& db, const char* literalSql);
  // Statements built at run time (filters) are prepared each time.
  SqlStatement(Database& db, const QString& dynamicSql);
  ~SqlStatement();
  SqlStatement(const SqlStatement&) = delete;
  SqlStatement& operator=(const SqlStatement&) = delete;

  SqlStatement& bind(const QVariant& value);  // a null or invalid value binds NULL
  // A null QString is stored as '' (not NULL): text columns are NOT NULL.
  SqlStatement& bind(const QString& value);
  SqlStatement& bind(const char* latin1) { return bind(QString::fromLatin1(latin1)); }
  SqlStatement& bind(qint64 value);
  SqlStatement& bind(int value) { return bind(static_cast<qint64>(value)); }
  SqlStatement& bind(bool value) { return bind(static_cast<qint64>(value ? 1 : 0)); }
  SqlStatement& bind(const QDate& value);
  SqlStatement& bind(const QDateTime& value);
  template <typename Tag>
  SqlStatement& bind(Id<Tag> id) {
    return id.isValid() ? bind(QVariant(id.value)) : bindNull();
  }
  template <typename T>
  SqlStatement& bind(const std::optional<T>& value) {
    return value ? bind(*value) : bindNull();
  }
  SqlStatement& bindNull();

  SqlStatement& exec();
  bool next();  // the next result row; false once there are no more

  QVariant value(int column) const;
  int columnCount() const;
  QString columnName(int column) const;
  QString text(int column) const;
  qint64 int64(int column) const;
  int integer(int column) const;
  bool boolean(int column) const;
  bool isNull(int column) const;
  std::optional<QDate> date(int column) const;
  QDate requiredDate(int column) const;
  std::optional<int> optionalInt(int column) const;
  template <typename IdT>
  IdT id(int column) const { return IdT(int64(column)); }
  template <typename IdT>
  std::optional<IdT> optionalId(int column) const {
    return isNull(column) ? std::nullopt : std::optional<IdT>(IdT(int64(column)));
  }

  qint64 lastInsertId() const;
  int rowsAffected() const;

 private:
  enum class Row { None, Pending, Current };  // Pending: exec() stepped onto a first row
  [[noreturn]] void fail(int code, const char* stage) const;
  void resetIfStepped();
  Database& m_db;
  sqlite3_stmt* m_statement = nullptr;
  bool m_owned = false;  // a dynamic statement, finalized with this object
  bool m_stepped = false;
  Row m_row = Row::None;
  int m_position = 0;
};

// Runs one statement with no parameters and no result rows (DDL, pragmas).
void execScript(Database& db, const QString& sql);

}  // namespace casebook
