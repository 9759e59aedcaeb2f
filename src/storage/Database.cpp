#include "Database.h"

#include "DatabaseImpl.h"
#include "Log.h"
#include "Schema.h"
#include "SqlStatement.h"
#include "VaultDurability.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>

#include <sqlite3.h>

#include <atomic>

namespace casebook {

namespace {

QString nextConnectionName() {
  static std::atomic<int> counter{0};
  return QStringLiteral("casebook-%1").arg(++counter);
}

Error openError(const QString& path, const QString& detail) {
  return Error::storage(QStringLiteral("cannot open the database %1 (%2)").arg(path, detail),
                        QStringLiteral("Check the path and that you may read and write it"));
}

}  // namespace

sqlite3* NativeSqlite::handle(Database& db) {
  auto& impl = *db.m_impl;
  if (!impl.handle) {
    const QVariant v = impl.db.driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0) return nullptr;
    impl.handle = *static_cast<sqlite3* const*>(v.constData());
  }
  return impl.handle;
}

void Database::traceStatements(std::function<void(const QString&)> trace) {
  m_impl->trace = std::move(trace);
  sqlite3* handle = NativeSqlite::handle(*this);
  if (!m_impl->trace) {
    sqlite3_trace_v2(handle, 0, nullptr, nullptr);
    return;
  }
  sqlite3_trace_v2(handle, SQLITE_TRACE_STMT, [](unsigned, void* context, void* statement, void* text) -> int {
    // A trigger's statements come as "-- ..." comments; they run inside their own statement.
    if (static_cast<const char*>(text)[0] == '-') return 0;
    char* expanded = sqlite3_expanded_sql(static_cast<sqlite3_stmt*>(statement));
    if (expanded) static_cast<Impl*>(context)->trace(QString::fromUtf8(expanded));
    sqlite3_free(expanded);
    return 0;
  }, m_impl.get());
}

Database::Database(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}

Database::~Database() {
  if (m_impl->durable && m_impl->durable->hasJournal()) {
    if (auto ok = m_impl->durable->compact(); !ok) log::storage()->warn("vault not compacted on close");
  }
  m_impl->durable.reset();
  const QString name = m_impl->connectionName;
  m_impl->statements.clear();
  m_impl->db.close();
  m_impl->db = QSqlDatabase();
  QSqlDatabase::removeDatabase(name);
}

Result<std::unique_ptr<Database>> Database::openInMemory() {
  return open(QStringLiteral(":memory:"), Mode::CreateIfMissing);
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, Mode mode) {
  const bool inMemory = path == QStringLiteral(":memory:");
  if (!inMemory) {
    const QFileInfo info(path);
    if (info.exists() && !info.isFile()) return openError(path, QStringLiteral("it is not a file"));
    if (!info.exists()) {
      if (mode == Mode::OpenExisting) {
        return Error::notFound(QStringLiteral("database"), QStringLiteral("there is no database at %1").arg(path),
                               QStringLiteral("Create one with 'casebook-cli init' or 'casebook-cli demo'"));
      }
      if (!QDir().mkpath(info.absolutePath())) {
        return openError(path, QStringLiteral("cannot create the folder"));
      }
    }
  }

  auto impl = std::make_unique<Impl>();
  impl->connectionName = nextConnectionName();
  impl->path = path;
  impl->db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), impl->connectionName);
  impl->db.setDatabaseName(path);
  if (!impl->db.open()) {
    const QString detail = impl->db.lastError().text();
    impl->db = QSqlDatabase();
    QSqlDatabase::removeDatabase(impl->connectionName);
    return openError(path, detail);
  }
  std::unique_ptr<Database> db(new Database(std::move(impl)));

  try {
    // Durability first (docs/data-model.md): WAL with a full sync on every commit.
    execScript(*db, QStringLiteral("PRAGMA foreign_keys = ON"));
    execScript(*db, QStringLiteral("PRAGMA busy_timeout = 5000"));
    execScript(*db, QStringLiteral("PRAGMA temp_store = MEMORY"));
    execScript(*db, QStringLiteral("PRAGMA synchronous = FULL"));
  } catch (const StorageError& e) {
    return Error::storage(QStringLiteral("%1 is not a Casebook database (%2)").arg(path, e.error().problem),
                          QStringLiteral("Choose a database made by Casebook"));
  }

  // Identify the file before anything writes to it: switching to WAL rewrites the header,
  // and a stranger's database must be left exactly as it was.
  if (auto migrated = Schema::bringUpToDate(*db); !migrated) return migrated.error();
  if (!inMemory) {
    try {
      execScript(*db, QStringLiteral("PRAGMA journal_mode = WAL"));
    } catch (const StorageError& e) {
      return e.error();
    }
  }
  db->m_impl->schemaVersion = Schema::currentVersion();
  log::storage()->info("opened database (schema {})", Schema::currentVersion());
  return db;
}

QString Database::path() const { return m_impl->path; }
int Database::schemaVersion() const { return m_impl->schemaVersion; }
bool Database::inTransaction() const { return m_impl->depth > 0; }

QString Database::pragma(const QString& name) {
  static const QStringList allowed{QStringLiteral("journal_mode"), QStringLiteral("synchronous"),
                                   QStringLiteral("foreign_keys"), QStringLiteral("temp_store"),
                                   QStringLiteral("secure_delete")};
  if (!allowed.contains(name)) return {};
  try {
    SqlStatement q(*this, QStringLiteral("PRAGMA ") + name);
    q.exec();
    return q.next() ? q.text(0) : QString();
  } catch (const StorageError&) {
    return {};
  }
}

Status Database::begin() {
  try {
    if (m_impl->depth == 0) {
      // IMMEDIATE takes the write lock up front, so a transaction never fails half-way
      // because another writer got in first.
      SqlStatement(*this, "BEGIN IMMEDIATE").exec();
    } else {
      // One name at every depth: RELEASE and ROLLBACK TO act on the innermost savepoint of
      // that name, which is always the current one, so these statements, like BEGIN and
      // COMMIT, stay prepared (an import opens three or four savepoints a row).
      SqlStatement(*this, "SAVEPOINT nested").exec();
    }
  } catch (const StorageError& e) {
    return e.error();
  }
  ++m_impl->depth;
  return {};
}

Status Database::commit() {
  try {
    if (m_impl->depth == 1) {
      if (m_impl->durable) {
        if (auto saved = m_impl->durable->beforeCommit(); !saved) return saved;
      }
      SqlStatement(*this, "COMMIT").exec();
      if (m_impl->durable) m_impl->durable->afterCommit();
    } else {
      SqlStatement(*this, "RELEASE nested").exec();
    }
  } catch (const StorageError& e) {
    return e.error();
  }
  --m_impl->depth;
  return {};
}

void Database::rollback() {
  if (m_impl->depth == 0) return;
  for (auto& [sql, statement] : m_impl->statements) sqlite3_reset(statement.get());
  try {
    if (m_impl->depth == 1) {
      SqlStatement(*this, "ROLLBACK").exec();
      if (m_impl->durable) m_impl->durable->afterRollback();
    } else {
      SqlStatement(*this, "ROLLBACK TO nested").exec();
      SqlStatement(*this, "RELEASE nested").exec();
    }
  } catch (const StorageError& e) {
    log::storage()->error("rollback failed: {}", e.error().problem.toStdString());
  }
  --m_impl->depth;
}

}  // namespace casebook
