#include "CaseRepository.h"
#include "DirectoryRepository.h"
#include "RiskRepository.h"
#include "Schema.h"
#include "StorageFixture.h"
#include "SubjectRepository.h"

#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace casebook;
using casebook::test::exec;
using casebook::test::scalar;

namespace {

std::unique_ptr<Database> memoryDatabase() {
  auto db = Database::openInMemory();
  REQUIRE(db.ok());
  return std::move(db).value();
}

Group group(const char* code) {
  return {GroupId(), QString::fromLatin1(code), QStringLiteral("Test group"), {}, false, 28, true};
}

std::vector<Area> areas(Database& db) {
  auto result = db.read([&]() -> Result<std::vector<Area>> { return DirectoryRepository(db).areas(); });
  REQUIRE(result.ok());
  return result.value();
}

}  // namespace

TEST_CASE("a new database is created at the current schema version and marked as Casebook's", "[storage]") {
  auto db = memoryDatabase();
  CHECK(db->schemaVersion() == Schema::currentVersion());
  CHECK(scalar(*db, QStringLiteral("PRAGMA user_version")) == QString::number(Schema::currentVersion()));
  CHECK(scalar(*db, QStringLiteral("PRAGMA application_id")) == QString::number(Schema::kApplicationId));
  CHECK(Schema::kApplicationId == 1129529931);  // 'CSBK', as in tests/fixtures/schema-v1.sql
  CHECK(db->pragma(QStringLiteral("foreign_keys")) == QStringLiteral("1"));
  CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM themes")) == QStringLiteral("16"));
}

TEST_CASE("the diagnostic pragma reader answers only for its four settings", "[storage]") {
  auto db = memoryDatabase();
  CHECK(db->pragma(QStringLiteral("user_version")).isEmpty());
  CHECK(db->pragma(QStringLiteral("journal_mode; DROP TABLE cases")).isEmpty());
  CHECK(db->pragma(QStringLiteral("temp_store")) == QStringLiteral("2"));
  CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'cases'")) == QStringLiteral("1"));
}

TEST_CASE("a file database runs in WAL mode with full sync and foreign keys", "[storage]") {
  QTemporaryDir dir;
  const QString path = dir.filePath(QStringLiteral("nested/folder/casebook.db"));
  auto db = Database::open(path, Database::Mode::CreateIfMissing);
  INFO(errorText(db));
  REQUIRE(db.ok());
  CHECK(QFile::exists(path));
  CHECK(db.value()->path() == path);
  CHECK(db.value()->pragma(QStringLiteral("journal_mode")) == QStringLiteral("wal"));
  CHECK(db.value()->pragma(QStringLiteral("synchronous")) == QStringLiteral("2"));  // FULL
  CHECK(db.value()->pragma(QStringLiteral("foreign_keys")) == QStringLiteral("1"));
  CHECK(db.value()->pragma(QStringLiteral("temp_store")) == QStringLiteral("2"));  // MEMORY
  CHECK(scalar(*db.value(), QStringLiteral("PRAGMA application_id")) == QString::number(Schema::kApplicationId));
}

TEST_CASE("a file database keeps its data and settings when opened again", "[storage]") {
  QTemporaryDir dir;
  const QString path = dir.filePath(QStringLiteral("casebook.db"));
  {
    auto db = Database::open(path, Database::Mode::CreateIfMissing);
    REQUIRE(db.ok());
    auto added = db.value()->write([&]() -> Result<AreaId> {
      return DirectoryRepository(*db.value()).insertArea({AreaId(), QStringLiteral("NL61"), QStringLiteral("Beat")});
    });
    REQUIRE(added.ok());
  }
  auto again = Database::open(path, Database::Mode::OpenExisting);
  INFO(errorText(again));
  REQUIRE(again.ok());
  CHECK(again.value()->schemaVersion() == Schema::currentVersion());
  REQUIRE(areas(*again.value()).size() == 1);
  CHECK(areas(*again.value()).front().code == QStringLiteral("NL61"));
  CHECK(again.value()->pragma(QStringLiteral("synchronous")) == QStringLiteral("2"));
  CHECK(again.value()->pragma(QStringLiteral("foreign_keys")) == QStringLiteral("1"));
}

TEST_CASE("a failed write rolls back and comes back as an error, not an exception", "[storage]") {
  auto db = memoryDatabase();
  DirectoryRepository repo(*db);
  REQUIRE(db->write([&]() -> Result<GroupId> { return repo.insertGroup(group("JAG")); }).ok());
  bool wasInTransaction = false;
  auto duplicate = db->write([&]() -> Result<GroupId> {
    wasInTransaction = db->inTransaction();
    repo.insertArea({AreaId(), QStringLiteral("NL1"), QStringLiteral("Area written before the failure")});
    return repo.insertGroup(group("JAG"));
  });
  CHECK(wasInTransaction);
  REQUIRE_FALSE(duplicate.ok());
  CHECK(duplicate.error().kind == Error::Kind::Conflict);
  CHECK(duplicate.error().problem.contains(QStringLiteral("UNIQUE")));
  CHECK(duplicate.error().fix.contains(QStringLiteral("Nothing was saved")));
  CHECK_FALSE(db->inTransaction());
  CHECK(areas(*db).empty());  // the area of the failed transaction is gone too
}

TEST_CASE("an error result rolls back as surely as an exception", "[storage]") {
  auto db = memoryDatabase();
  DirectoryRepository repo(*db);
  auto refused = db->write([&]() -> Status {
    repo.insertArea({AreaId(), QStringLiteral("NL1"), QStringLiteral("Written, then refused")});
    return Error::invalid(QStringLiteral("test"), QStringLiteral("the caller changed its mind"));
  });
  REQUIRE_FALSE(refused.ok());
  CHECK(refused.error().kind == Error::Kind::Invalid);
  CHECK(areas(*db).empty());
}

TEST_CASE("a closed case without an outcome is refused by the database itself", "[storage]") {
  TestBed bed;
  auto created = bed.db->write([&]() -> Result<CaseId> {
    Subject s;
    s.name = QStringLiteral("Check Constraint");
    s.id = SubjectRepository(*bed.db).insert(s);
    Case c;
    c.reference = QStringLiteral("YJAG-2024-001");
    c.subject = s;
    c.groupId = GroupId(3);
    c.status = CaseStatus::Open;
    c.openedOn = QDate(2024, 5, 1);
    return CaseRepository(*bed.db).insert(c);
  });
  REQUIRE(created.ok());
  auto closed = bed.db->write([&]() -> Status {
    CaseRepository repo(*bed.db);
    const Case before = *repo.get(created.value());
    Case c = before;
    c.status = CaseStatus::Closed;
    c.closedOn = QDate(2024, 6, 1);
    repo.update(before, c);  // no outcome
    return {};
  });
  REQUIRE_FALSE(closed.ok());
  CHECK(closed.error().kind == Error::Kind::Conflict);
  CHECK(closed.error().problem.contains(QStringLiteral("CHECK")));
  CHECK(scalar(*bed.db, QStringLiteral("SELECT status FROM cases")) == QStringLiteral("open"));

  // Scores outside the matrix are refused too.
  auto badScore = bed.db->write([&]() -> Result<RiskAssessmentId> {
    RiskAssessment a;
    a.caseId = created.value();
    a.assessedOn = QDate(2024, 6, 1);
    a.likelihood = 6;
    a.impact = 3;
    a.rationale = QStringLiteral("x");
    return RiskRepository(*bed.db).insert(a);
  });
  REQUIRE_FALSE(badScore.ok());
  CHECK(badScore.error().kind == Error::Kind::Conflict);
  CHECK(scalar(*bed.db, QStringLiteral("SELECT count(*) FROM risk_assessments")) == QStringLiteral("0"));
}

TEST_CASE("a nested write that fails rolls back only its own work", "[storage]") {
  auto db = memoryDatabase();
  DirectoryRepository repo(*db);
  auto outer = db->write([&]() -> Status {
    repo.insertArea({AreaId(), QStringLiteral("KEEP"), QStringLiteral("Kept")});
    auto inner = db->write([&]() -> Status {
      repo.insertArea({AreaId(), QStringLiteral("DROP"), QStringLiteral("Dropped")});
      return Error::invalid(QStringLiteral("test"), QStringLiteral("inner fails"));
    });
    CHECK_FALSE(inner.ok());
    CHECK(db->inTransaction());
    // A constraint failure inside a savepoint is caught there too; the outer work goes on.
    auto clash = db->write([&]() -> Result<AreaId> {
      return repo.insertArea({AreaId(), QStringLiteral("KEEP"), QStringLiteral("Clash")});
    });
    CHECK(clash.error().kind == Error::Kind::Conflict);
    repo.insertArea({AreaId(), QStringLiteral("AFTER"), QStringLiteral("Written after the inner failures")});
    return {};
  });
  REQUIRE(outer.ok());
  QStringList codes;
  for (const auto& a : areas(*db)) codes << a.code;
  CHECK(codes == QStringList{QStringLiteral("AFTER"), QStringLiteral("KEEP")});
}

TEST_CASE("an outer failure rolls back inner work that succeeded", "[storage]") {
  auto db = memoryDatabase();
  DirectoryRepository repo(*db);
  auto outer = db->write([&]() -> Status {
    auto inner = db->write([&]() -> Status {
      repo.insertArea({AreaId(), QStringLiteral("INNER"), QStringLiteral("Committed to the savepoint only")});
      return {};
    });
    REQUIRE(inner.ok());
    return Error::conflict(QStringLiteral("test"), QStringLiteral("outer fails"));
  });
  REQUIRE_FALSE(outer.ok());
  CHECK(areas(*db).empty());
  CHECK_FALSE(db->inTransaction());
}

// Every savepoint has the same name (Database::begin): each release or rollback must still
// act on the innermost one only, however deep.
TEST_CASE("savepoints three deep roll back and release only their own level", "[storage]") {
  auto db = memoryDatabase();
  DirectoryRepository repo(*db);
  auto insert = [&repo](const char* code) { repo.insertArea({AreaId(), QString::fromLatin1(code), QStringLiteral("Area")}); };
  auto outer = db->write([&]() -> Status {
    insert("OUTER");
    auto kept = db->write([&]() -> Status {
      insert("MIDDLE");
      auto dropped = db->write([&]() -> Status {
        insert("INNER");
        return Error::invalid(QStringLiteral("test"), QStringLiteral("innermost fails"));
      });
      CHECK_FALSE(dropped.ok());
      auto released = db->write([&]() -> Status {
        insert("INNER2");
        return {};
      });
      CHECK(released.ok());
      insert("MIDDLE2");
      return {};
    });
    CHECK(kept.ok());
    auto failed = db->write([&]() -> Status {
      insert("LOST");
      auto inner = db->write([&]() -> Status {
        insert("LOST2");
        return {};
      });
      CHECK(inner.ok());
      return Error::invalid(QStringLiteral("test"), QStringLiteral("middle fails after its inner write"));
    });
    CHECK_FALSE(failed.ok());
    CHECK(db->inTransaction());
    return {};
  });
  REQUIRE(outer.ok());
  QStringList codes;
  for (const auto& a : areas(*db)) codes << a.code;
  CHECK(codes == QStringList{QStringLiteral("INNER2"), QStringLiteral("MIDDLE"), QStringLiteral("MIDDLE2"),
                             QStringLiteral("OUTER")});
  CHECK_FALSE(db->inTransaction());
}

TEST_CASE("foreign keys are enforced", "[storage]") {
  auto db = memoryDatabase();
  auto orphan = db->write([&]() -> Result<MemberId> {
    Member m;
    m.name = QStringLiteral("Orphan Member");
    m.agencyId = AgencyId(999);
    return DirectoryRepository(*db).insertMember(m);
  });
  REQUIRE_FALSE(orphan.ok());
  CHECK(orphan.error().kind == Error::Kind::Conflict);
  CHECK(orphan.error().problem.contains(QStringLiteral("FOREIGN KEY")));
  CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM members")) == QStringLiteral("0"));
}

TEST_CASE("SQL that cannot run is a storage error, not a crash", "[storage]") {
  auto db = memoryDatabase();
  const auto broken = exec(*db, QStringLiteral("SELECT * FROM no_such_table"));
  REQUIRE_FALSE(broken.ok());
  CHECK(broken.error().kind == Error::Kind::Storage);
  CHECK_FALSE(db->inTransaction());
}

TEST_CASE("dates are bound as YYYY-MM-DD and read back, whether given as a QDate or a QVariant", "[storage]") {
  auto db = memoryDatabase();
  const QDate dates[] = {QDate(2024, 2, 29), QDate(1, 1, 1), QDate(999, 12, 31), QDate(9999, 12, 31),
                         QDate(2026, 10, 5)};
  for (const QDate& date : dates) {
    const auto stored = db->read([&]() -> Result<QStringList> {
      SqlStatement q(*db, QStringLiteral("SELECT ?, ?, ?"));
      q.bind(date).bind(QVariant(date)).bind(QDate()).exec();
      REQUIRE(q.next());
      CHECK(q.requiredDate(0) == date);
      CHECK(q.requiredDate(1) == date);
      CHECK(q.isNull(2));
      return QStringList{q.text(0), q.text(1)};
    });
    REQUIRE(stored.ok());
    const QString expected = date.toString(Qt::ISODate);
    CHECK(stored.value() == QStringList{expected, expected});
  }
  // A year with no YYYY-MM-DD form is not written as a wrong date.
  const auto beyond = db->read([&]() -> Result<bool> {
    SqlStatement q(*db, QStringLiteral("SELECT ?"));
    q.bind(QDate(10000, 1, 1)).exec();
    REQUIRE(q.next());
    return q.isNull(0);
  });
  REQUIRE(beyond.ok());
  CHECK(beyond.value());
}
