#pragma once

#include "Action.h"

#include <QDate>

#include <optional>

namespace casebook {

struct ActionQuery {
  std::optional<CaseId> caseId;
  std::optional<MeetingId> meetingId;
  std::optional<MemberId> ownerId;
  std::optional<GroupId> groupId;  // actions of the group's cases and meetings
  bool outstandingOnly = false;
  bool overdueOnly = false;
  QDate today;
  int limit = 500;
};

struct ActionRow {
  Action action;
  QString caseReference;
  QString ownerName;
  QString ownerAgencyCode;
  bool overdue = false;
};

}  // namespace casebook
