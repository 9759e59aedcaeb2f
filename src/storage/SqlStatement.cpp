#include "SqlStatement.h"

#include "DatabaseImpl.h"

#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

#include <cstdio>

namespace casebook {

// Statements run on SQLite's own API. Qt SQL costs more per bound value than the insert
// itself (a string key and a hash lookup per position): bulk writes such as the demo
// generator spent over a third of their time there. Qt SQL still opens the connection
// and runs scripts (execScript).

void FinalizeStatement::operator()(sqlite3_stmt* statement) const { sqlite3_finalize(statement); }

namespace {

Error toError(int code, const QString& message, const char* stage) {
  // SQLITE_CONSTRAINT and its extended codes (2067 unique, 787 foreign key, 275 check ...).
  if ((code & 0xff) == SQLITE_CONSTRAINT) {
    return Error::conflict(QStringLiteral("database"), QStringLiteral("the change breaks a database rule (%1)").arg(message),
                           QStringLiteral("Nothing was saved; correct the input and try again"));
  }
  if ((code & 0xff) == SQLITE_FULL) {
    return Error::storage(QStringLiteral("the disk is full"), QStringLiteral("Free some space; nothing was saved"));
  }
  return Error::storage(QStringLiteral("database error while %1: %2").arg(QString::fromLatin1(stage), message),
                        QStringLiteral("Nothing was saved; run 'casebook-cli check'"));
}

Error nativeError(sqlite3* handle, const char* stage) {
  return toError(sqlite3_extended_errcode(handle), QString::fromUtf8(sqlite3_errmsg(handle)), stage);
}

sqlite3_stmt* prepare(Database& db, const QByteArray& sql, unsigned int flags) {
  sqlite3* handle = NativeSqlite::handle(db);
  if (!handle) throw StorageError(Error::storage(QStringLiteral("the database is not open")));
  sqlite3_stmt* statement = nullptr;
  if (sqlite3_prepare_v3(handle, sql.constData(), static_cast<int>(sql.size()), flags, &statement, nullptr) !=
      SQLITE_OK) {
    sqlite3_finalize(statement);
    throw StorageError(nativeError(handle, "preparing"));
  }
  return statement;
}

// Qt SQL's notion of a null value, kept so that callers binding QVariants see no change:
// a null string, byte array or date is stored as NULL.
bool isNullValue(const QVariant& value) {
  if (!value.isValid() || value.isNull()) return true;
  switch (value.typeId()) {
    case QMetaType::QString: return value.toString().isNull();
    case QMetaType::QByteArray: return value.toByteArray().isNull();
    case QMetaType::QDate: return value.toDate().isNull();
    case QMetaType::QDateTime: return value.toDateTime().isNull();
    default: return false;
  }
}

}  // namespace

SqlStatement::SqlStatement(Database& db, const char* literalSql) : m_db(db) {
  auto& slot = NativeSqlite::impl(db).statements[literalSql];
  if (!slot) slot.reset(prepare(db, QByteArray(literalSql), SQLITE_PREPARE_PERSISTENT));
  m_statement = slot.get();
  // A statement left mid-way by an earlier user (an exception) starts afresh.
  sqlite3_reset(m_statement);
  sqlite3_clear_bindings(m_statement);
}

SqlStatement::SqlStatement(Database& db, const QString& dynamicSql)
    : m_db(db), m_statement(prepare(db, dynamicSql.toUtf8(), 0)), m_owned(true) {}

SqlStatement::~SqlStatement() {
  if (m_owned) {
    sqlite3_finalize(m_statement);
  } else {
    // Releases the read cursor now rather than when the statement is next used.
    sqlite3_reset(m_statement);
  }
}

void SqlStatement::resetIfStepped() {
  if (!m_stepped) return;
  sqlite3_reset(m_statement);
  m_stepped = false;
  m_row = Row::None;
}

SqlStatement& SqlStatement::bind(const QVariant& value) {
  if (isNullValue(value)) return bindNull();
  switch (value.typeId()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::LongLong:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Char:
    case QMetaType::SChar:
    case QMetaType::UChar: return bind(static_cast<qint64>(value.toLongLong()));
    case QMetaType::Double:
    case QMetaType::Float: {
      resetIfStepped();
      const int rc = sqlite3_bind_double(m_statement, ++m_position, value.toDouble());
      if (rc != SQLITE_OK) fail(rc, "binding a value");
      return *this;
    }
    case QMetaType::QDate: return bind(value.toDate());
    case QMetaType::QByteArray: {
      resetIfStepped();
      const QByteArray bytes = value.toByteArray();
      const int rc = sqlite3_bind_blob64(m_statement, ++m_position, bytes.constData(),
                                         static_cast<sqlite3_uint64>(bytes.size()), SQLITE_TRANSIENT);
      if (rc != SQLITE_OK) fail(rc, "binding a value");
      return *this;
    }
    default: return bind(value.toString());
  }
}

SqlStatement& SqlStatement::bind(const QString& value) {
  resetIfStepped();
  const QByteArray text = value.toUtf8();
  const int rc = sqlite3_bind_text64(m_statement, ++m_position, text.isNull() ? "" : text.constData(),
                                     static_cast<sqlite3_uint64>(text.size()), SQLITE_TRANSIENT, SQLITE_UTF8);
  if (rc != SQLITE_OK) fail(rc, "binding a value");
  return *this;
}

SqlStatement& SqlStatement::bind(qint64 value) {
  resetIfStepped();
  if (const int rc = sqlite3_bind_int64(m_statement, ++m_position, value); rc != SQLITE_OK) fail(rc, "binding a value");
  return *this;
}

SqlStatement& SqlStatement::bind(const QDate& value) {
  if (!value.isValid()) return bindNull();
  // Written as YYYY-MM-DD straight into SQLite, as requiredDate() reads it: QDate::toString
  // goes through a formatted QString (4 % of an import, which binds half a million dates).
  const int year = value.year();
  // Qt has no ISO form for these either; stored as no date, a NOT NULL column refuses it.
  if (year < 0 || year > 9999) return bindNull();
  char text[11];
  std::snprintf(text, sizeof text, "%04d-%02d-%02d", year, value.month(), value.day());
  resetIfStepped();
  const int rc = sqlite3_bind_text(m_statement, ++m_position, text, sizeof text - 1, SQLITE_TRANSIENT);
  if (rc != SQLITE_OK) fail(rc, "binding a value");
  return *this;
}

SqlStatement& SqlStatement::bind(const QDateTime& value) {
  return value.isValid() ? bind(value.toString(Qt::ISODate)) : bindNull();
}

SqlStatement& SqlStatement::bindNull() {
  resetIfStepped();
  if (const int rc = sqlite3_bind_null(m_statement, ++m_position); rc != SQLITE_OK) fail(rc, "binding a value");
  return *this;
}

SqlStatement& SqlStatement::exec() {
  resetIfStepped();
  m_stepped = true;
  m_position = 0;
  const int rc = sqlite3_step(m_statement);
  if (rc == SQLITE_ROW) {
    m_row = Row::Pending;
  } else if (rc == SQLITE_DONE) {
    m_row = Row::None;
  } else {
    fail(rc, "saving or reading");
  }
  return *this;
}

bool SqlStatement::next() {
  switch (m_row) {
    case Row::None: return false;
    case Row::Pending: m_row = Row::Current; return true;
    case Row::Current: break;
  }
  const int rc = sqlite3_step(m_statement);
  if (rc == SQLITE_ROW) return true;
  m_row = Row::None;
  if (rc != SQLITE_DONE) fail(rc, "reading");
  return false;
}

void SqlStatement::fail(int code, const char* stage) const {
  sqlite3* handle = NativeSqlite::handle(m_db);
  const int extended = sqlite3_extended_errcode(handle);
  // The connection's last error belongs to this statement unless the code disagrees.
  const bool same = (extended & 0xff) == (code & 0xff);
  throw StorageError(toError(same ? extended : code,
                             QString::fromUtf8(same ? sqlite3_errmsg(handle) : sqlite3_errstr(code)), stage));
}

QVariant SqlStatement::value(int column) const {
  switch (sqlite3_column_type(m_statement, column)) {
    case SQLITE_INTEGER: return QVariant(static_cast<qlonglong>(sqlite3_column_int64(m_statement, column)));
    case SQLITE_FLOAT: return QVariant(sqlite3_column_double(m_statement, column));
    case SQLITE_BLOB: {
      const auto* data = static_cast<const char*>(sqlite3_column_blob(m_statement, column));
      return QVariant(QByteArray(data, sqlite3_column_bytes(m_statement, column)));
    }
    case SQLITE_NULL: return QVariant(QMetaType::fromType<QString>());
    default: return QVariant(text(column));
  }
}

int SqlStatement::columnCount() const { return sqlite3_column_count(m_statement); }

QString SqlStatement::columnName(int column) const {
  const char* name = sqlite3_column_name(m_statement, column);
  return name ? QString::fromUtf8(name) : QString();
}

QString SqlStatement::text(int column) const {
  const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
  return data ? QString::fromUtf8(data, sqlite3_column_bytes(m_statement, column)) : QString();
}

qint64 SqlStatement::int64(int column) const { return sqlite3_column_int64(m_statement, column); }
int SqlStatement::integer(int column) const { return static_cast<int>(sqlite3_column_int64(m_statement, column)); }
bool SqlStatement::boolean(int column) const { return sqlite3_column_int64(m_statement, column) != 0; }
bool SqlStatement::isNull(int column) const { return sqlite3_column_type(m_statement, column) == SQLITE_NULL; }

std::optional<QDate> SqlStatement::date(int column) const {
  if (isNull(column)) return std::nullopt;
  const QDate d = requiredDate(column);
  return d.isValid() ? std::optional<QDate>(d) : std::nullopt;
}

QDate SqlStatement::requiredDate(int column) const {
  // Every date is stored as YYYY-MM-DD: read from SQLite's own bytes, without a QString in
  // between (the quarterly figures read a million of them); anything else the long way.
  const auto* d = sqlite3_column_text(m_statement, column);
  if (d && sqlite3_column_bytes(m_statement, column) == 10 && d[4] == '-' && d[7] == '-') {
    int digits[8] = {};
    const int at[8] = {0, 1, 2, 3, 5, 6, 8, 9};
    bool all = true;
    for (int i = 0; i < 8; ++i) {
      all = all && d[at[i]] >= '0' && d[at[i]] <= '9';
      digits[i] = d[at[i]] - '0';
    }
    if (all) {
      return QDate(digits[0] * 1000 + digits[1] * 100 + digits[2] * 10 + digits[3], digits[4] * 10 + digits[5],
                   digits[6] * 10 + digits[7]);
    }
  }
  return QDate::fromString(text(column), Qt::ISODate);
}

std::optional<int> SqlStatement::optionalInt(int column) const {
  return isNull(column) ? std::nullopt : std::optional<int>(integer(column));
}

qint64 SqlStatement::lastInsertId() const { return sqlite3_last_insert_rowid(NativeSqlite::handle(m_db)); }
int SqlStatement::rowsAffected() const { return sqlite3_changes(NativeSqlite::handle(m_db)); }

void execScript(Database& db, const QString& sql) {
  QSqlQuery query(NativeSqlite::connection(db));
  if (query.exec(sql)) return;
  const QSqlError error = query.lastError();
  const QString message = error.databaseText().isEmpty() ? error.text() : error.databaseText();
  throw StorageError(toError(error.nativeErrorCode().toInt(), message, "running a statement"));
}

}  // namespace casebook
