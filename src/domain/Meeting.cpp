#include "Meeting.h"

namespace casebook {

Status validateMeeting(const Meeting& m) {
  if (!m.groupId.isValid()) {
    return Error::invalid(QStringLiteral("group"), QStringLiteral("a meeting belongs to a group"),
                          QStringLiteral("Give the group code"));
  }
  if (!m.heldOn.isValid()) {
    return Error::invalid(QStringLiteral("date"), QStringLiteral("a meeting needs a date"),
                          QStringLiteral("Give the date as YYYY-MM-DD"));
  }
  if (m.venue.trimmed().isEmpty() && m.onlineLink.trimmed().isEmpty()) {
    return Error::invalid(QStringLiteral("venue"), QStringLiteral("a meeting needs a venue or an online link"),
                          QStringLiteral("Give one of them"));
  }
  return {};
}

Status validateAttendance(const AttendanceRecord& r) {
  if (r.status == AttendanceStatus::Deputy && !r.deputyId && r.deputyName.trimmed().isEmpty()) {
    return Error::invalid(QStringLiteral("deputy"), QStringLiteral("a deputy attendance must name the deputy"),
                          QStringLiteral("Give the deputy's member id or name"));
  }
  if (r.status != AttendanceStatus::Deputy && (r.deputyId || !r.deputyName.trimmed().isEmpty())) {
    return Error::invalid(QStringLiteral("deputy"),
                          QStringLiteral("a deputy is named but the status is %1").arg(toKey(r.status)),
                          QStringLiteral("Use status 'deputy', or drop the deputy"));
  }
  const bool attended = r.status == AttendanceStatus::Present || r.status == AttendanceStatus::Observer ||
                        r.status == AttendanceStatus::Deputy;
  if ((r.joinedLate || r.leftEarly) && !attended) {
    return Error::invalid(QStringLiteral("late / left early"),
                          QStringLiteral("only someone who attended can join late or leave early"), QString());
  }
  return {};
}

bool countsAsRepresented(AttendanceStatus status) {
  return status == AttendanceStatus::Present || status == AttendanceStatus::Deputy ||
         status == AttendanceStatus::UpdateSent;
}

bool changesTheCase(ItemDecision decision) {
  return decision != ItemDecision::None && decision != ItemDecision::Continue;
}

}  // namespace casebook
