#include "Database.h"
#include "Schema.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>

using namespace casebook;

TEST_CASE("a new database is created at the current schema version", "[storage]") {
  auto db = Database::openInMemory();
  REQUIRE(db.ok());
  CHECK(db.value()->schemaVersion() == Schema::currentVersion());
}
