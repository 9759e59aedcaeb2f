#pragma once

#include "Directory.h"
#include "ServiceContext.h"

#include <QStringList>

#include <vector>

namespace casebook {

// The groups a report counts: those named, each checked against the user's access, or every
// group the user may see when none is named. Inside the caller's transaction.
Result<std::vector<Group>> reportGroups(ServiceContext& ctx, const QStringList& codes);

}  // namespace casebook
