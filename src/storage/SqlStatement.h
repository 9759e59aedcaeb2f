#pragma once

// Private to src/storage: the only door to SQL. Every value is bound, never spliced.

#include "Database.h"
#include "Ids.h"

#include <QDate>
#include <QDateTime>
#include <QVariant>

#include <optional>

class QSqlQuery;

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

  SqlStatement& bind(const QVariant& value);
  // A null QString is stored as '' (Qt would bind NULL): text columns are NOT NULL.
  SqlStatement& bind(const QString& value) { return bind(QVariant(value.isNull() ? QStringLiteral("") : value)); }
  SqlStatement& bind(const char* latin1) { return bind(QString::fromLatin1(latin1)); }
  SqlStatement& bind(qint64 value) { return bind(QVariant(value)); }
  SqlStatement& bind(int value) { return bind(QVariant(value)); }
  SqlStatement& bind(bool value) { return bind(QVariant(value ? 1 : 0)); }
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
  bool next();

  QVariant value(int column) const;
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
  [[noreturn]] void fail(const char* stage) const;
  QSqlQuery* m_query;
  std::unique_ptr<QSqlQuery> m_owned;
  int m_position = 0;
};

// Runs one statement with no parameters and no result rows (DDL, pragmas).
void execScript(Database& db, const QString& sql);

}  // namespace casebook
