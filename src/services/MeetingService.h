#pragma once

#include "Meeting.h"
#include "ServiceContext.h"

#include <QHash>

#include <vector>

namespace casebook {

struct NewMeetingInput {
  QString groupCode;
  QDate heldOn;
  std::optional<QTime> startsAt;
  QString venue;
  QString onlineLink;
  QString chair;        // member name or #id
  QString minuteTaker;  // member name or #id
  MeetingStatus status = MeetingStatus::Planned;
};

struct AttendanceInput {
  qint64 meetingId = 0;
  QString member;
  AttendanceStatus status = AttendanceStatus::Present;
  QString deputy;  // a member name or #id, or the name of someone who is not a member
  bool joinedLate = false;
  bool leftEarly = false;
};

struct MeetingDetail {
  Meeting meeting;
  QString groupCode;
  QHash<qint64, QString> memberNames;
  QHash<qint64, QString> memberAgencies;  // agency code per member
};

class MeetingService final {
 public:
  explicit MeetingService(ServiceContext& ctx) : m_ctx(ctx) {}

  Result<MeetingId> add(const NewMeetingInput& input);
  Result<MeetingDetail> get(qint64 id);
  Result<std::vector<Meeting>> listForGroup(const QString& groupCode);
  Status recordAttendance(const AttendanceInput& input);
  // The whole register at once (the desktop's register page): one transaction, one audit
  // entry; any bad row refuses the lot.
  Status recordRegister(qint64 meetingId, const std::vector<AttendanceInput>& rows);

 private:
  ServiceContext& m_ctx;
};

}  // namespace casebook
