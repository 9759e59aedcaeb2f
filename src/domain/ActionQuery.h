#pragma once

#include "Action.h"

#include <QDate>

#include <optional>
#include <vector>

namespace casebook {

struct ActionQuery {
  std::optional<CaseId> caseId;
  std::optional<MeetingId> meetingId;
  std::optional<MemberId> ownerId;
  std::optional<GroupId> groupId;  // actions of the group's cases and meetings
  std::optional<std::vector<GroupId>> withinGroups;  // the groups the user may see; nullopt: every group
  bool outstandingOnly = false;
  bool overdueOnly = false;
  QDate today;
  int limit = 500;
  bool withUpdates = true;  // each action's dated updates, oldest first
};

struct ActionRow {
  Action action;
  QString caseReference;
  QString ownerName;
  QString ownerAgencyCode;
  QString latestUpdate;  // the text of the most recent dated update
  bool overdue = false;
};

}  // namespace casebook
