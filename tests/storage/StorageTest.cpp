#include "Database.h"
#include "DirectoryRepository.h"
#include "Schema.h"
#include "TestSupport.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace casebook;

TEST_CASE("a new database is created at the current schema version", "[storage]") {
  auto db = Database::openInMemory();
  REQUIRE(db.ok());
  CHECK(db.value()->schemaVersion() == Schema::currentVersion());
  CHECK(db.value()->pragma(QStringLiteral("foreign_keys")) == QStringLiteral("1"));
  CHECK(db.value()->pragma(QStringLiteral("user_version")).isEmpty());  // not on the list
}

TEST_CASE("a file database runs in WAL mode with full sync and foreign keys", "[storage]") {
  QTemporaryDir dir;
  auto db = Database::open(dir.filePath(QStringLiteral("c.db")), Database::Mode::CreateIfMissing);
  REQUIRE(db.ok());
  CHECK(db.value()->pragma(QStringLiteral("journal_mode")) == QStringLiteral("wal"));
  CHECK(db.value()->pragma(QStringLiteral("synchronous")) == QStringLiteral("2"));  // FULL
  CHECK(db.value()->pragma(QStringLiteral("foreign_keys")) == QStringLiteral("1"));
  CHECK(db.value()->pragma(QStringLiteral("temp_store")) == QStringLiteral("2"));   // MEMORY
}

TEST_CASE("a failed write rolls back and comes back as an error, not an exception", "[storage]") {
  auto opened = Database::openInMemory();
  REQUIRE(opened.ok());
  Database& db = *opened.value();
  DirectoryRepository repo(db);
  auto first = db.write([&]() -> Result<GroupId> { return repo.insertGroup({GroupId(), QStringLiteral("JAG"), QStringLiteral("J"), {}, false, 28, true}); });
  REQUIRE(first.ok());
  auto duplicate = db.write([&]() -> Result<GroupId> {
    repo.insertArea({AreaId(), QStringLiteral("NL1"), QStringLiteral("Area written before the failure")});
    return repo.insertGroup({GroupId(), QStringLiteral("JAG"), QStringLiteral("Again"), {}, false, 28, true});
  });
  REQUIRE_FALSE(duplicate.ok());
  CHECK(duplicate.error().kind == Error::Kind::Conflict);
  CHECK_FALSE(db.inTransaction());
  auto areas = db.read([&]() -> Result<std::vector<Area>> { return repo.areas(); });
  CHECK(areas->empty());  // the area of the failed transaction is gone too
}

TEST_CASE("a nested write that fails rolls back only its own work", "[storage]") {
  auto opened = Database::openInMemory();
  REQUIRE(opened.ok());
  Database& db = *opened.value();
  DirectoryRepository repo(db);
  auto outer = db.write([&]() -> Status {
    repo.insertArea({AreaId(), QStringLiteral("KEEP"), QStringLiteral("Kept")});
    auto inner = db.write([&]() -> Status {
      repo.insertArea({AreaId(), QStringLiteral("DROP"), QStringLiteral("Dropped")});
      return Error::invalid(QStringLiteral("test"), QStringLiteral("inner fails"));
    });
    CHECK_FALSE(inner.ok());
    return {};
  });
  REQUIRE(outer.ok());
  auto areas = db.read([&]() -> Result<std::vector<Area>> { return repo.areas(); });
  REQUIRE(areas->size() == 1);
  CHECK(areas->front().code == QStringLiteral("KEEP"));
}

TEST_CASE("foreign keys are enforced", "[storage]") {
  auto opened = Database::openInMemory();
  REQUIRE(opened.ok());
  Database& db = *opened.value();
  auto orphan = db.write([&]() -> Result<MemberId> {
    Member m;
    m.name = QStringLiteral("Orphan Member");
    m.agencyId = AgencyId(999);
    return DirectoryRepository(db).insertMember(m);
  });
  REQUIRE_FALSE(orphan.ok());
  CHECK(orphan.error().kind == Error::Kind::Conflict);
}
