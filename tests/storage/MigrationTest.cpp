#include "CaseRepository.h"
#include "Database.h"
#include "Schema.h"
#include "TestSupport.h"

#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <sqlite3.h>

using namespace casebook;

namespace {

// Builds a database file from SQL with the sqlite3 library itself, as an older Casebook
// or another program would have left it.
void buildFromSql(const QString& path, const QByteArray& sql) {
  sqlite3* db = nullptr;
  REQUIRE(sqlite3_open(path.toUtf8().constData(), &db) == SQLITE_OK);
  char* message = nullptr;
  const int rc = sqlite3_exec(db, sql.constData(), nullptr, nullptr, &message);
  INFO((message ? message : ""));
  sqlite3_free(message);
  sqlite3_close(db);
  REQUIRE(rc == SQLITE_OK);
}

}  // namespace

TEST_CASE("a schema step 1 database upgrades with its data intact and searchable", "[storage][migration]") {
  QTemporaryDir dir;
  const QString path = dir.filePath(QStringLiteral("old.db"));
  buildFromSql(path, fileBytes(QStringLiteral(CASEBOOK_TEST_FIXTURES "/schema-v1.sql")));

  auto db = Database::open(path, Database::Mode::OpenExisting);
  INFO(errorText(db));
  REQUIRE(db.ok());
  CHECK(db.value()->schemaVersion() == Schema::currentVersion());

  auto rows = db.value()->read([&]() -> Result<std::vector<CaseSummary>> {
    CaseQuery query;
    query.today = QDate(2024, 1, 1);
    return CaseRepository(*db.value()).list(query);
  });
  REQUIRE(rows.ok());
  REQUIRE(rows->size() == 2);
  CHECK(rows->at(0).reference == QStringLiteral("YJAG-2023-001"));
  CHECK(rows->at(0).score == 12);

  auto search = [&](const char* text) {
    auto found = db.value()->read([&]() -> Result<std::vector<CaseSummary>> {
      CaseQuery query;
      query.text = QString::fromUtf8(text);
      return CaseRepository(*db.value()).list(query);
    });
    return found.ok() ? found->size() : 99;
  };
  CHECK(search("quinn") == 1);        // subject name
  CHECK(search("sparr") == 1);        // alias, by prefix
  CHECK(search("allotments") == 1);   // note text
  CHECK(search("YJAG-2023-002") == 1);
}

TEST_CASE("a database from a newer Casebook is refused and left untouched", "[storage][migration]") {
  QTemporaryDir dir;
  const QString path = dir.filePath(QStringLiteral("new.db"));
  {
    auto db = Database::open(path, Database::Mode::CreateIfMissing);
    REQUIRE(db.ok());
  }
  buildFromSql(path, QByteArray("PRAGMA user_version = ") + QByteArray::number(Schema::currentVersion() + 1));
  const QByteArray before = fileBytes(path);
  auto db = Database::open(path, Database::Mode::OpenExisting);
  REQUIRE_FALSE(db.ok());
  CHECK(db.error().kind == Error::Kind::Storage);
  CHECK(db.error().problem.contains(QStringLiteral("newer Casebook")));
  CHECK(fileBytes(path) == before);
}

TEST_CASE("files that are not Casebook databases are refused", "[storage][migration]") {
  QTemporaryDir dir;
  SECTION("plain text") {
    const QString path = dir.filePath(QStringLiteral("text.db"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("Minutes of the last meeting, not a database.\n");
    file.close();
    auto db = Database::open(path, Database::Mode::OpenExisting);
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().problem.contains(QStringLiteral("not a Casebook database")));
  }
  SECTION("another program's SQLite database") {
    const QString path = dir.filePath(QStringLiteral("other.db"));
    buildFromSql(path, "CREATE TABLE songs (id INTEGER PRIMARY KEY, title TEXT);");
    const QByteArray before = fileBytes(path);
    auto db = Database::open(path, Database::Mode::OpenExisting);
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().problem.contains(QStringLiteral("not one made by Casebook")));
    CHECK(fileBytes(path) == before);
  }
  SECTION("a missing file is not created when opening an existing one") {
    const QString path = dir.filePath(QStringLiteral("missing.db"));
    auto db = Database::open(path, Database::Mode::OpenExisting);
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().kind == Error::Kind::NotFound);
    CHECK_FALSE(QFile::exists(path));
  }
}
