#pragma once

#include "Access.h"

#include <vector>

namespace casebook {

class Database;

// Accounts, and the groups an account's directory member belongs to and chairs.
class AccountRepository final {
 public:
  explicit AccountRepository(Database& db) : m_db(db) {}

  qint64 insert(const Account& account);
  std::optional<Account> byName(const QString& name);
  std::vector<Account> all();
  void update(const Account& account);  // role, member, credential and active, by id
  qint64 count();
  qint64 activeAdministrators();
  // The member's groups: every membership, and those where they chair or vice-chair.
  AccessProfile profileOf(const Account& account);

 private:
  Database& m_db;
};

}  // namespace casebook
