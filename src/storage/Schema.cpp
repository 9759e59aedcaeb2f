#include "Schema.h"

#include "DatabaseImpl.h"
#include "Log.h"
#include "SqlStatement.h"

#include <QFile>

#include <sqlite3.h>

namespace casebook {

namespace {

const char* const kSteps[] = {":/schema/001_core.sql", ":/schema/002_search.sql", ":/schema/003_accounts_audit.sql",
                             ":/schema/004_meeting_mode.sql", ":/schema/005_reports.sql", ":/schema/006_plan_order.sql",
                             ":/schema/007_scale_indexes.sql", ":/schema/008_write_paths.sql",
                             ":/schema/009_open_elsewhere_index.sql", ":/schema/010_directory_name_indexes.sql"};

QString loadStep(int version) {
  QFile file(QString::fromLatin1(kSteps[version - 1]));
  if (!file.open(QIODevice::ReadOnly)) return {};
  return QString::fromUtf8(file.readAll());
}

void runScript(Database& db, const QString& script) {
  char* message = nullptr;
  const int rc = sqlite3_exec(NativeSqlite::handle(db), script.toUtf8().constData(), nullptr, nullptr, &message);
  if (rc != SQLITE_OK) {
    const QString detail = message ? QString::fromUtf8(message) : QString::number(rc);
    sqlite3_free(message);
    throw StorageError(Error::storage(QStringLiteral("upgrading the database failed: %1").arg(detail),
                                      QStringLiteral("The database was left as it was")));
  }
}

int pragmaInt(Database& db, const char* sql) {
  SqlStatement q(db, sql);
  q.exec();
  return q.next() ? q.integer(0) : 0;
}

int userTableCount(Database& db) {
  SqlStatement q(db, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'");
  q.exec();
  return q.next() ? q.integer(0) : 0;
}

}  // namespace

int Schema::currentVersion() { return static_cast<int>(std::size(kSteps)); }

Status Schema::bringUpToDate(Database& db) {
  const int target = currentVersion();
  int version = 0;
  int applicationId = 0;
  try {
    version = pragmaInt(db, "PRAGMA user_version");
    applicationId = pragmaInt(db, "PRAGMA application_id");
    if (applicationId == 0 && version == 0 && userTableCount(db) > 0) applicationId = -1;
  } catch (const StorageError& e) {
    return Error::storage(QStringLiteral("%1 is not a Casebook database (%2)").arg(db.path(), e.error().problem),
                          QStringLiteral("Choose a database made by Casebook"));
  }
  if (applicationId != 0 && applicationId != kApplicationId) {
    return Error::storage(QStringLiteral("%1 is a SQLite database, but not one made by Casebook").arg(db.path()),
                          QStringLiteral("Choose a database made by Casebook, or import the data as CSV"));
  }
  if (version > currentVersion()) {
    return Error::storage(QStringLiteral("%1 was made by a newer Casebook (schema %2; this version reads up to %3)")
                              .arg(db.path())
                              .arg(version)
                              .arg(currentVersion()),
                          QStringLiteral("Open it with the newer Casebook; it was not changed"));
  }
  if (version >= target) return {};

  return db.write([&]() -> Status {
    for (int step = version + 1; step <= target; ++step) {
      const QString script = loadStep(step);
      if (script.isEmpty()) {
        return Error::storage(QStringLiteral("schema step %1 is missing from this build").arg(step));
      }
      runScript(db, script);
      execScript(db, QStringLiteral("PRAGMA user_version = %1").arg(step));
      log::storage()->info("schema upgraded to step {}", step);
    }
    execScript(db, QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId));
    return {};
  });
}

}  // namespace casebook
