#pragma once

#include "Access.h"
#include "Audit.h"
#include "Clock.h"
#include "EnumKeys.h"
#include "Ids.h"
#include "Result.h"

#include <optional>
#include <set>
#include <vector>

namespace casebook {

class Database;
struct DirectoryMemo;

// Who is acting: their role, and the groups their directory member belongs to and chairs
// (docs/security.md, "Access model"). Until accounts arrive the local user acts as
// administrator of their own database.
struct Actor {
  Actor() = default;
  Actor(QString name, Role r, std::set<qint64> member = {}, std::set<qint64> chair = {})
      : userName(std::move(name)), role(r), memberOf(std::move(member)), chairOf(std::move(chair)) {}

  QString userName;
  Role role = Role::Administrator;
  std::set<qint64> memberOf;
  std::set<qint64> chairOf;
};

// The seam for group-based access: every service call asks before it reads or writes.
class AccessPolicy {
 public:
  virtual ~AccessPolicy() = default;
  virtual Status check(const Actor& actor, Operation operation, std::optional<GroupId> group) const = 0;
  // For lists across groups: the groups whose cases the actor may see; nullopt: every group.
  virtual std::optional<std::vector<GroupId>> reachableGroups(const Actor&) const { return std::nullopt; }
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

  // Nested service calls (an import creating cases) record nothing of their own: the
  // operation the user asked for is the one audit entry (AuditPause).
  mutable int auditPaused = 0;
  // Directory lookups kept for the length of one import (DirectoryMemo::Scope).
  mutable DirectoryMemo* directoryMemo = nullptr;

  std::optional<std::vector<GroupId>> reachableGroups() const { return access.reachableGroups(actor); }
  // Appends one entry to the audit trail as this actor, inside the caller's transaction
  // (rolled back with it). Throws StorageError, which the transaction turns into an error.
  void audit(AuditEvent event, std::optional<CaseId> caseId = std::nullopt, const QString& caseReference = {},
             const QString& detail = {}, const QString& reason = {}) const;
  Status allow(Operation operation, std::optional<GroupId> group = std::nullopt) const {
    return access.check(actor, operation, group);
  }
};

// While it lives, the context's service calls write no audit entries of their own.
class AuditPause final {
 public:
  explicit AuditPause(const ServiceContext& ctx) : m_ctx(ctx) { ++m_ctx.auditPaused; }
  ~AuditPause() { --m_ctx.auditPaused; }
  AuditPause(const AuditPause&) = delete;
  AuditPause& operator=(const AuditPause&) = delete;

 private:
  const ServiceContext& m_ctx;
};

}  // namespace casebook
