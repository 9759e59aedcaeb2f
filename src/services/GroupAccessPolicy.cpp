#include "GroupAccessPolicy.h"

#include "Database.h"
#include "DirectoryRepository.h"

namespace casebook {

Result<GroupAccessPolicy> GroupAccessPolicy::load(Database& db) {
  auto groups = db.read([&db]() -> Result<std::map<qint64, Group>> {
    std::map<qint64, Group> byId;
    for (const auto& g : DirectoryRepository(db).groups()) byId.emplace(g.group.id.value, g.group);
    return byId;
  });
  if (!groups) return groups.error();
  return GroupAccessPolicy(std::move(groups).value());
}

Status GroupAccessPolicy::check(const Actor& actor, Operation operation, std::optional<GroupId> group) const {
  std::optional<GroupPlace> place;
  QString where;
  if (group) {
    const auto found = m_groups.find(group->value);
    // A group the policy does not know (made after it was loaded) is refused, not guessed.
    if (found == m_groups.end()) return Error::denied(QStringLiteral("group #%1 is not known to the access rules").arg(group->value));
    place = GroupPlace{*group, found->second.parentId};
    where = QStringLiteral(" in ") + found->second.code;
  }
  const AccessProfile profile{actor.role, actor.memberOf, actor.chairOf};
  if (permits(profile, operation, place)) return {};
  // Only an administrator grants what no group decides (a role, the vault's own settings).
  return Error{Error::Kind::Denied, QString(),
               QStringLiteral("%1 (%2) may not %3%4: %5")
                   .arg(actor.userName, toLabel(actor.role).toLower(), toLabel(operation).toLower(), where,
                        whoMay(operation)),
               group ? QStringLiteral("Ask the group's chair or an administrator") : QStringLiteral("Ask an administrator")};
}

std::optional<std::vector<GroupId>> GroupAccessPolicy::reachableGroups(const Actor& actor) const {
  if (actor.role == Role::Administrator) return std::nullopt;
  const AccessProfile profile{actor.role, actor.memberOf, actor.chairOf};
  std::vector<GroupId> reached;
  for (const auto& [id, group] : m_groups) {
    if (reaches(profile, GroupPlace{group.id, group.parentId})) reached.push_back(group.id);
  }
  return reached;
}

}  // namespace casebook
