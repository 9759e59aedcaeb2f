#include "PlanRepository.h"
#include "Schema.h"
#include "StorageFixture.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <sqlite3.h>

using namespace casebook;
using casebook::test::scalar;

namespace {

// A database as step 1 to 5 left it: a plan whose priorities were added out of theme order.
void buildStepFive(const QString& path) {
  QByteArray sql = fileBytes(QStringLiteral(CASEBOOK_TEST_FIXTURES "/schema-v1.sql"));
  REQUIRE_FALSE(sql.isEmpty());
  for (const char* step : {"002_search.sql", "003_accounts_audit.sql", "004_meeting_mode.sql", "005_reports.sql"}) {
    const QByteArray script = fileBytes(QStringLiteral(CASEBOOK_SCHEMA_DIR "/") + QString::fromLatin1(step));
    REQUIRE_FALSE(script.isEmpty());
    sql += script;
  }
  sql += "INSERT INTO plans (id, title, starts_on, ends_on) VALUES (1, 'Plan 2023-26', '2023-04-01', '2026-03-31');"
         "INSERT INTO plan_themes (id, plan_id, position, title) VALUES (1, 1, 2, 'Second'), (2, 1, 1, 'First');"
         "INSERT INTO priorities (id, plan_theme_id, code, title) VALUES (1, 1, 'P3', 'c'), (2, 2, 'P1', 'a'),"
         "  (3, 1, 'P4', 'd'), (4, 2, 'P2', 'b');"
         "UPDATE cases SET priority_id = 3 WHERE id = 1;"
         "PRAGMA user_version = 5;";
  casebook::test::buildFromSql(path, sql);
}

}  // namespace

TEST_CASE("plan upgrade: step 6 keeps each theme's priorities in the order they were added", "[storage][migration][plan]") {
  QTemporaryDir dir;
  const QString path = dir.filePath(QStringLiteral("step5.db"));
  buildStepFive(path);
  auto opened = Database::open(path, Database::Mode::OpenExisting);
  INFO(errorText(opened));
  REQUIRE(opened.ok());
  Database& db = *opened.value();
  CHECK(db.schemaVersion() == Schema::currentVersion());
  CHECK(scalar(db, QStringLiteral("SELECT group_concat(p, ' ') FROM (SELECT id || ':' || position AS p FROM priorities ORDER BY id)")) ==
        QStringLiteral("1:1 2:1 3:2 4:2"));

  auto plan = db.read([&]() -> Result<std::optional<Plan>> { return PlanRepository(db).current(QDate(2024, 6, 15)); });
  REQUIRE(plan.ok());
  REQUIRE(plan->has_value());
  const Plan& p = **plan;
  REQUIRE(p.themes.size() == 2u);
  CHECK(p.themes[0].title == QStringLiteral("First"));
  REQUIRE(p.themes[0].priorities.size() == 2u);
  CHECK(p.themes[0].priorities[0].code == QStringLiteral("P1"));
  CHECK(p.themes[0].priorities[1].code == QStringLiteral("P2"));
  CHECK(p.themes[1].priorities[0].code == QStringLiteral("P3"));
  CHECK(p.themes[1].priorities[1].code == QStringLiteral("P4"));

  auto tagged = db.read([&]() -> Result<std::map<qint64, int>> { return PlanRepository(db).taggedCases(PlanId(1)); });
  REQUIRE(tagged.ok());
  CHECK(tagged.value() == std::map<qint64, int>{{3, 1}});
}
