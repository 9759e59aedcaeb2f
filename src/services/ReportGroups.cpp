#include "ReportGroups.h"

#include "DirectoryRepository.h"
#include "Lookup.h"

#include <algorithm>

namespace casebook {

Result<std::vector<Group>> reportGroups(ServiceContext& ctx, const QStringList& codes) {
  std::vector<Group> groups;
  if (codes.isEmpty()) {
    const auto reachable = ctx.reachableGroups();
    for (const auto& g : DirectoryRepository(ctx.db).groups()) {
      const bool seen = !reachable || std::find(reachable->begin(), reachable->end(), g.group.id) != reachable->end();
      if (seen) groups.push_back(g.group);
    }
    return groups;
  }
  Lookup lookup(ctx);
  for (const QString& code : codes) {
    auto group = lookup.group(code.trimmed());
    if (!group) return group.error();
    if (auto allowed = ctx.allow(Operation::ViewCase, group->id); !allowed) return allowed.error();
    const bool repeated = std::any_of(groups.begin(), groups.end(), [&](const Group& g) { return g.id == group->id; });
    if (!repeated) groups.push_back(group.value());
  }
  return groups;
}

}  // namespace casebook
