#pragma once

#include "Meeting.h"
#include "ServiceContext.h"

namespace casebook {

// The meeting a call names, loaded and checked: it exists, the actor may do `operation` in
// its group and, for changes, it is not signed off (corrections are then amendments).
enum class MeetingLock { Ignore, MustBeOpen };

Result<Meeting> loadMeeting(ServiceContext& ctx, qint64 meetingId, Operation operation,
                            MeetingLock lock = MeetingLock::MustBeOpen);

// The agenda item at this position (1-based, as the agenda numbers it).
Result<AgendaItem> itemAt(const Meeting& meeting, int position);

}  // namespace casebook
