#pragma once

#include "Result.h"

namespace casebook {

class Database;

// Versioned schema: each step is a script in sql/ applied in one transaction with the
// others; a fresh database runs every step, so upgrades follow the same path as creation.
class Schema final {
 public:
  static int currentVersion();
  // 'CSBK': marks a SQLite file as Casebook's, so a stranger's database is refused.
  static constexpr int kApplicationId = 0x4353424B;

  // Creates a new database, upgrades an older one in one transaction, refuses a newer one.
  static Status bringUpToDate(Database& db);
};

}  // namespace casebook
