#pragma once

#include "Directory.h"
#include "ServiceContext.h"

#include <map>

namespace casebook {

// The access model of domain/Access.h over the partnership's groups: a case's group and its
// parent decide who reaches it. Refusals name the user, their role, the operation and the
// group, and say who can help.
class GroupAccessPolicy final : public AccessPolicy {
 public:
  // The groups as they are now (codes for messages, parents for the chairs' reach).
  static Result<GroupAccessPolicy> load(Database& db);
  Status check(const Actor& actor, Operation operation, std::optional<GroupId> group) const override;
  std::optional<std::vector<GroupId>> reachableGroups(const Actor& actor) const override;

 private:
  explicit GroupAccessPolicy(std::map<qint64, Group> groups) : m_groups(std::move(groups)) {}
  std::map<qint64, Group> m_groups;
};

}  // namespace casebook
