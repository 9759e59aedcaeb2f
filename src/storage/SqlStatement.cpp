#include "SqlStatement.h"

#include "DatabaseImpl.h"

#include <QSqlError>
#include <QSqlQuery>

namespace casebook {

namespace {

Error toError(const QSqlError& error, const char* stage) {
  const QString native = error.nativeErrorCode();
  // SQLITE_CONSTRAINT and its extended codes (2067 unique, 787 foreign key, 275 check ...).
  const int code = native.toInt();
  if ((code & 0xff) == 19) {
    return Error::conflict(QStringLiteral("database"),
                           QStringLiteral("the change breaks a database rule (%1)").arg(error.databaseText()),
                           QStringLiteral("Nothing was saved; correct the input and try again"));
  }
  if ((code & 0xff) == 13) {
    return Error::storage(QStringLiteral("the disk is full"), QStringLiteral("Free some space; nothing was saved"));
  }
  return Error::storage(QStringLiteral("database error while %1: %2")
                            .arg(QString::fromLatin1(stage), error.databaseText().isEmpty() ? error.text()
                                                                                           : error.databaseText()),
                        QStringLiteral("Nothing was saved; run 'casebook-cli check'"));
}

}  // namespace

SqlStatement::SqlStatement(Database& db, const char* literalSql) {
  auto& impl = NativeSqlite::impl(db);
  auto& slot = impl.statements[literalSql];
  if (!slot) {
    auto query = std::make_unique<QSqlQuery>(impl.db);
    query->setForwardOnly(true);
    if (!query->prepare(QString::fromUtf8(literalSql))) throw StorageError(toError(query->lastError(), "preparing"));
    slot = std::move(query);
  }
  m_query = slot.get();
}

SqlStatement::SqlStatement(Database& db, const QString& dynamicSql) {
  m_owned = std::make_unique<QSqlQuery>(NativeSqlite::connection(db));
  m_owned->setForwardOnly(true);
  if (!m_owned->prepare(dynamicSql)) throw StorageError(toError(m_owned->lastError(), "preparing"));
  m_query = m_owned.get();
}

SqlStatement::~SqlStatement() { m_query->finish(); }

SqlStatement& SqlStatement::bind(const QVariant& value) {
  m_query->bindValue(m_position++, value);
  return *this;
}

SqlStatement& SqlStatement::bind(const QDate& value) {
  return value.isValid() ? bind(QVariant(value.toString(Qt::ISODate))) : bindNull();
}

SqlStatement& SqlStatement::bind(const QDateTime& value) {
  return value.isValid() ? bind(QVariant(value.toString(Qt::ISODate))) : bindNull();
}

SqlStatement& SqlStatement::bindNull() { return bind(QVariant(QMetaType::fromType<QString>())); }

SqlStatement& SqlStatement::exec() {
  if (!m_query->exec()) fail("saving or reading");
  m_position = 0;
  return *this;
}

bool SqlStatement::next() { return m_query->next(); }

void SqlStatement::fail(const char* stage) const { throw StorageError(toError(m_query->lastError(), stage)); }

QVariant SqlStatement::value(int column) const { return m_query->value(column); }
QString SqlStatement::text(int column) const { return m_query->value(column).toString(); }
qint64 SqlStatement::int64(int column) const { return m_query->value(column).toLongLong(); }
int SqlStatement::integer(int column) const { return m_query->value(column).toInt(); }
bool SqlStatement::boolean(int column) const { return m_query->value(column).toInt() != 0; }
bool SqlStatement::isNull(int column) const { return m_query->value(column).isNull(); }

std::optional<QDate> SqlStatement::date(int column) const {
  if (isNull(column)) return std::nullopt;
  const QDate d = QDate::fromString(text(column), Qt::ISODate);
  return d.isValid() ? std::optional<QDate>(d) : std::nullopt;
}

QDate SqlStatement::requiredDate(int column) const { return QDate::fromString(text(column), Qt::ISODate); }

std::optional<int> SqlStatement::optionalInt(int column) const {
  return isNull(column) ? std::nullopt : std::optional<int>(integer(column));
}

qint64 SqlStatement::lastInsertId() const { return m_query->lastInsertId().toLongLong(); }
int SqlStatement::rowsAffected() const { return m_query->numRowsAffected(); }

void execScript(Database& db, const QString& sql) {
  QSqlQuery query(NativeSqlite::connection(db));
  if (!query.exec(sql)) throw StorageError(toError(query.lastError(), "running a statement"));
}

}  // namespace casebook
