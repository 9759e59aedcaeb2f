#include "CaseRepository.h"
#include "IntegrityCheck.h"
#include "ReferralRepository.h"
#include "RiskRepository.h"
#include "Schema.h"
#include "StorageFixture.h"
#include "SubjectRepository.h"

#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <sqlite3.h>

using namespace casebook;
using casebook::test::buildFromSql;
using casebook::test::scalar;

namespace {

const QString kFixture = QStringLiteral(CASEBOOK_TEST_FIXTURES "/schema-v1.sql");

// Reads one number from a database file without Casebook, to see what is really on disk.
int fileInt(const QString& path, const char* sql) {
  sqlite3* db = nullptr;
  REQUIRE(sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
  sqlite3_stmt* statement = nullptr;
  int value = -1;
  if (sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) == SQLITE_OK && sqlite3_step(statement) == SQLITE_ROW) {
    value = sqlite3_column_int(statement, 0);
  }
  sqlite3_finalize(statement);
  sqlite3_close(db);
  return value;
}

std::unique_ptr<Database> openUpgraded(const QString& path) {
  buildFromSql(path, fileBytes(kFixture));
  auto db = Database::open(path, Database::Mode::OpenExisting);
  INFO(errorText(db));
  REQUIRE(db.ok());
  return std::move(db).value();
}

QStringList search(Database& db, const char* text) {
  auto found = db.read([&]() -> Result<std::vector<CaseSummary>> {
    CaseQuery query;
    query.text = QString::fromUtf8(text);
    return CaseRepository(db).list(query);
  });
  REQUIRE(found.ok());
  QStringList references;
  for (const auto& row : found.value()) references << row.reference;
  return references;
}

}  // namespace

TEST_CASE("the schema-1 fixture holds step 1 exactly as released", "[storage][migration]") {
  // Released steps never change: an edit to 001_core.sql would fork old and new databases.
  const QByteArray step1 = fileBytes(QStringLiteral(CASEBOOK_SCHEMA_DIR "/001_core.sql"));
  REQUIRE_FALSE(step1.isEmpty());
  const QByteArray fixture = fileBytes(kFixture);
  CHECK(fixture.contains(step1));
  CHECK(fixture.contains("PRAGMA user_version = 1;"));
  CHECK(fixture.contains("PRAGMA application_id = 1129529931;"));
  CHECK_FALSE(fixture.contains("fts5"));
}

TEST_CASE("a schema step 1 database upgrades with its data intact", "[storage][migration]") {
  QTemporaryDir dir;
  const QString path = dir.filePath(QStringLiteral("old.db"));
  auto db = openUpgraded(path);
  CHECK(db->schemaVersion() == Schema::currentVersion());
  CHECK(scalar(*db, QStringLiteral("PRAGMA user_version")) == QString::number(Schema::currentVersion()));
  CHECK(scalar(*db, QStringLiteral("PRAGMA application_id")) == QString::number(Schema::kApplicationId));
  CHECK(db->pragma(QStringLiteral("journal_mode")) == QStringLiteral("wal"));

  auto rows = db->read([&]() -> Result<std::vector<CaseSummary>> {
    CaseQuery query;
    query.today = QDate(2024, 1, 1);
    return CaseRepository(*db).list(query);
  });
  REQUIRE(rows.ok());
  REQUIRE(rows->size() == 2);
  CHECK(rows->at(0).reference == QStringLiteral("YJAG-2023-001"));
  CHECK(rows->at(0).groupCode == QStringLiteral("YJAG"));
  CHECK(rows->at(0).subjectName == QStringLiteral("Quinn Fixture"));
  CHECK(rows->at(0).score == 12);
  CHECK(rows->at(0).band == RiskBand::High);
  CHECK(rows->at(0).reviewOverdue);  // due 2023-09-29
  CHECK(rows->at(0).areaCode == QStringLiteral("NL65"));
  CHECK(rows->at(1).reference == QStringLiteral("YJAG-2023-002"));
  CHECK_FALSE(rows->at(1).score.has_value());

  auto details = db->read([&]() -> Result<bool> {
    const auto second = CaseRepository(*db).get(CaseId(2));
    REQUIRE(second.has_value());
    CHECK(second->subject.name == QStringLiteral("Rowan Oldschema"));
    CHECK(second->subject.aliases == QStringList{QStringLiteral("Sparrow")});
    CHECK(second->subject.dateOfBirth == QDate(2009, 3, 3));
    CHECK(second->openedOn == QDate(2023, 10, 1));
    const auto notes = CaseRepository(*db).notes(CaseId(2));
    REQUIRE(notes.size() == 1);
    CHECK(notes.front().body == QStringLiteral("Meeting at the allotments went well"));
    CHECK(notes.front().writtenAt == QDateTime(QDate(2023, 10, 2), QTime(9, 0)));
    const auto referrals = ReferralRepository(*db).forCase(CaseId(1));
    REQUIRE(referrals.size() == 1);
    CHECK(referrals.front().decision == ReferralDecision::Accepted);
    CHECK(referrals.front().reason == QStringLiteral("Knife found"));
    const auto assessments = RiskRepository(*db).forCase(CaseId(1));
    REQUIRE(assessments.size() == 1);
    CHECK(assessments.front().score() == 12);
    return true;
  });
  CHECK(details.ok());

  auto findings = db->read([&]() -> Result<QStringList> { return IntegrityCheck(*db).run(); });
  REQUIRE(findings.ok());
  CHECK(findings->isEmpty());
}

TEST_CASE("an upgraded database is searchable, also for what is added later", "[storage][migration][search]") {
  QTemporaryDir dir;
  auto db = openUpgraded(dir.filePath(QStringLiteral("old.db")));
  CHECK(search(*db, "quinn") == QStringList{QStringLiteral("YJAG-2023-001")});       // subject name
  CHECK(search(*db, "sparr") == QStringList{QStringLiteral("YJAG-2023-002")});       // alias, by prefix
  CHECK(search(*db, "allotments") == QStringList{QStringLiteral("YJAG-2023-002")});  // note text
  CHECK(search(*db, "YJAG-2023-002") == QStringList{QStringLiteral("YJAG-2023-002")});
  CHECK(search(*db, "oldschema rowan") == QStringList{QStringLiteral("YJAG-2023-002")});

  auto added = db->write([&]() -> Status {
    CaseRepository cases(*db);
    cases.insertNote({NoteId(), CaseId(1), QDateTime(QDate(2024, 1, 2), QTime(10, 0)), QStringLiteral("tester"),
                      QStringLiteral("Seen near the canal towpath")});
    Subject s = *SubjectRepository(*db).get(SubjectId(1));
    s.aliases << QStringLiteral("Kestrel");
    SubjectRepository(*db).update(s);
    return {};
  });
  REQUIRE(added.ok());
  CHECK(search(*db, "towpath") == QStringList{QStringLiteral("YJAG-2023-001")});
  CHECK(search(*db, "kestrel") == QStringList{QStringLiteral("YJAG-2023-001")});
}

TEST_CASE("an upgrade that fails leaves the old database exactly as it was", "[storage][migration]") {
  QTemporaryDir dir;
  const QString path = dir.filePath(QStringLiteral("blocked.db"));
  // A table in the way of step 2's second index makes the step fail half-way through.
  buildFromSql(path, fileBytes(kFixture) + "\nCREATE TABLE note_search (body TEXT);\n");
  const QByteArray before = fileBytes(path);
  auto db = Database::open(path, Database::Mode::OpenExisting);
  REQUIRE_FALSE(db.ok());
  CHECK(db.error().kind == Error::Kind::Storage);
  CHECK(db.error().problem.contains(QStringLiteral("upgrading the database failed")));
  CHECK(db.error().fix.contains(QStringLiteral("left as it was")));
  CHECK(fileBytes(path) == before);
  CHECK(fileInt(path, "PRAGMA user_version") == 1);
  CHECK(fileInt(path, "SELECT count(*) FROM sqlite_master WHERE name = 'case_search'") == 0);
  CHECK(fileInt(path, "SELECT count(*) FROM cases") == 2);
  CHECK_FALSE(QFile::exists(path + QStringLiteral("-wal")));
}

TEST_CASE("a database from a newer Casebook is refused and left untouched", "[storage][migration]") {
  QTemporaryDir dir;
  const QString path = dir.filePath(QStringLiteral("new.db"));
  {
    auto db = Database::open(path, Database::Mode::CreateIfMissing);
    REQUIRE(db.ok());
  }
  const int newer = Schema::currentVersion() + 1;
  buildFromSql(path, QByteArray("PRAGMA user_version = ") + QByteArray::number(newer));
  const QByteArray before = fileBytes(path);
  auto db = Database::open(path, Database::Mode::OpenExisting);
  REQUIRE_FALSE(db.ok());
  CHECK(db.error().kind == Error::Kind::Storage);
  CHECK(db.error().problem.contains(QStringLiteral("newer Casebook")));
  CHECK(db.error().problem.contains(QStringLiteral("schema %1").arg(newer)));
  CHECK(db.error().problem.contains(QStringLiteral("up to %1").arg(Schema::currentVersion())));
  CHECK(db.error().fix.contains(QStringLiteral("not changed")));
  CHECK(fileBytes(path) == before);
  CHECK(fileInt(path, "PRAGMA user_version") == newer);
}

TEST_CASE("files that are not Casebook databases are refused untouched", "[storage][migration]") {
  QTemporaryDir dir;
  SECTION("plain text") {
    const QString path = dir.filePath(QStringLiteral("text.db"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("Minutes of the last meeting, not a database. Lorem ipsum dolor sit amet, consectetur.\n");
    file.close();
    const QByteArray before = fileBytes(path);
    auto db = Database::open(path, Database::Mode::OpenExisting);
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().kind == Error::Kind::Storage);
    CHECK(db.error().problem.contains(QStringLiteral("not a Casebook database")));
    CHECK(fileBytes(path) == before);
  }
  SECTION("another program's SQLite database") {
    const QString path = dir.filePath(QStringLiteral("other.db"));
    buildFromSql(path, "CREATE TABLE songs (id INTEGER PRIMARY KEY, title TEXT); INSERT INTO songs VALUES (1, 'x');");
    const QByteArray before = fileBytes(path);
    auto db = Database::open(path, Database::Mode::OpenExisting);
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().kind == Error::Kind::Storage);
    CHECK(db.error().problem.contains(QStringLiteral("not one made by Casebook")));
    CHECK(fileBytes(path) == before);
    CHECK(fileInt(path, "SELECT count(*) FROM songs") == 1);  // still readable by its owner
  }
  SECTION("a SQLite database marked with another application id") {
    const QString path = dir.filePath(QStringLiteral("marked.db"));
    buildFromSql(path, "PRAGMA application_id = 1234; CREATE TABLE t (x);");
    const QByteArray before = fileBytes(path);
    auto db = Database::open(path, Database::Mode::CreateIfMissing);
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().problem.contains(QStringLiteral("not one made by Casebook")));
    CHECK(fileBytes(path) == before);
  }
  SECTION("a missing file is not created when opening an existing one") {
    const QString path = dir.filePath(QStringLiteral("missing.db"));
    auto db = Database::open(path, Database::Mode::OpenExisting);
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().kind == Error::Kind::NotFound);
    CHECK(db.error().field == QStringLiteral("database"));
    CHECK(db.error().problem.contains(path));
    CHECK_FALSE(QFile::exists(path));
  }
  SECTION("a folder is not a database") {
    auto db = Database::open(dir.path(), Database::Mode::CreateIfMissing);
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().kind == Error::Kind::Storage);
  }
}
