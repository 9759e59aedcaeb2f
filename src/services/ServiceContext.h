#pragma once

#include "Access.h"
#include "Clock.h"
#include "EnumKeys.h"
#include "Ids.h"
#include "Result.h"

#include <optional>

namespace casebook {

class Database;

// Who is acting. Accounts arrive with the vault (issue 5); until then the local user acts
// as administrator of their own database.
struct Actor {
  QString userName;
  Role role = Role::Administrator;
};

// The seam for group-based access: every service call asks before it reads or writes.
class AccessPolicy {
 public:
  virtual ~AccessPolicy() = default;
  virtual Status check(const Actor& actor, Operation operation, std::optional<GroupId> group) const = 0;
};

class AllowAllAccess final : public AccessPolicy {
 public:
  Status check(const Actor&, Operation, std::optional<GroupId>) const override { return {}; }
};

struct ServiceContext {
  Database& db;
  const Clock& clock;
  Actor actor;
  const AccessPolicy& access;

  Status allow(Operation operation, std::optional<GroupId> group = std::nullopt) const {
    return access.check(actor, operation, group);
  }
};

}  // namespace casebook
