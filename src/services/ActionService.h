#pragma once

#include "ActionQuery.h"
#include "ServiceContext.h"

#include <vector>

namespace casebook {

struct NewActionInput {
  QString caseReference;  // either a case ...
  qint64 meetingId = 0;   // ... or a meeting (with its agenda item number for the reference)
  int agendaItem = 0;
  QString text;
  QString owner;        // member name or #id
  QString ownerAgency;  // agency code, when no one person owns it
  QDate raisedOn;       // invalid: today, or the meeting's date
  QDate dueOn;
};

struct ActionUpdateInput {
  qint64 actionId = 0;
  std::optional<ActionStatus> status;
  QString text;
  QDate on;  // invalid: today
  std::optional<QDate> newDueOn;  // carried forward to a later date
};

struct ActionListRequest {
  QString caseReference;
  qint64 meetingId = 0;
  QString owner;
  QString groupCode;
  bool outstandingOnly = false;
  bool overdueOnly = false;
  int limit = 500;
  bool withUpdates = true;
};

class ActionService final {
 public:
  explicit ActionService(ServiceContext& ctx) : m_ctx(ctx) {}

  Result<ActionId> add(const NewActionInput& input);
  Status update(const ActionUpdateInput& input);
  Result<std::vector<ActionRow>> list(const ActionListRequest& request);
  Result<Action> get(qint64 id);

 private:
  // The group whose permissions cover an action: its case's, else its meeting's.
  std::optional<GroupId> groupOf(const Action& action);
  void auditChange(const Action& action, const QString& what);
  ServiceContext& m_ctx;
};

}  // namespace casebook
