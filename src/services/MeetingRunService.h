#pragma once

#include "Case.h"
#include "Meeting.h"
#include "ServiceContext.h"

#include <vector>

namespace casebook {

struct ItemActionInput {
  QString text;
  QString owner;  // member name or #id
  QDate dueOn;
};

// What the meeting recorded on one agenda item, saved as one transaction: the minute text,
// a re-score, new actions and the decision, which is carried out on the case.
struct ItemRecordInput {
  qint64 meetingId = 0;
  int position = 0;
  QString minutes;
  std::optional<int> likelihood;  // both set: the case is re-scored
  std::optional<int> impact;
  QString rationale;  // why the score changed; defaults to the minute text
  std::vector<ItemActionInput> actions;  // new actions only
  ItemDecision decision = ItemDecision::None;
  QString decisionNote;  // the reason for an escalation, step-down or decline; a closing note
  std::optional<Outcome> outcome;  // closing
  std::optional<Forum> forum;      // referring on
  int secondsSpent = -1;           // the item's clock; -1 leaves it
};

struct ItemRecordOutcome {
  int actionsAdded = 0;
  bool rescored = false;
  bool escalationPrompted = false;  // the new score puts a sub-group case at the JAG's threshold
};

// Running a meeting (issue 6): each item's record, then sign-off and amendments.
class MeetingRunService final {
 public:
  explicit MeetingRunService(ServiceContext& ctx) : m_ctx(ctx) {}

  Result<ItemRecordOutcome> recordItem(const ItemRecordInput& input);
  // The clocks of items moved through without recording anything (position -> seconds).
  Status saveClocks(qint64 meetingId, const std::vector<std::pair<int, int>>& secondsByPosition);
  // Locks the minutes. Needs the register taken. Risk "before" is kept for every case item.
  Status signOff(qint64 meetingId);
  // A correction after sign-off: item position, or 0 for the meeting as a whole.
  Status amend(qint64 meetingId, int position, const QString& text);

 private:
  Status carryOut(const Meeting& meeting, const AgendaItem& item, const ItemRecordInput& input, const QDate& on);
  ServiceContext& m_ctx;
};

}  // namespace casebook
