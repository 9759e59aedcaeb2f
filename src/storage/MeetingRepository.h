#pragma once

#include "AttendanceInsight.h"
#include "Meeting.h"

#include <optional>
#include <vector>

namespace casebook {

class Database;

class MeetingRepository final {
 public:
  explicit MeetingRepository(Database& db) : m_db(db) {}

  MeetingId insert(const Meeting& meeting);  // with its agenda and attendance
  // With its agenda (and each item's written updates), attendance, invitations and
  // amendments.
  std::optional<Meeting> get(MeetingId id);
  std::vector<Meeting> forGroup(GroupId group);  // without agenda and attendance
  // The group's latest meeting before this date that was not cancelled.
  std::optional<MeetingId> previousMeeting(GroupId group, const QDate& before);
  void setStatus(MeetingId id, MeetingStatus status);
  void saveAttendance(MeetingId meeting, const AttendanceRecord& record);
  void signOff(MeetingId id, const QDateTime& at, const QString& by);
  void addAmendment(MeetingId id, const Amendment& amendment, std::optional<CaseId> caseId);
  void setInvitations(MeetingId id, const std::vector<MemberId>& members);
  // The register of the group's last N meetings held on or before `upTo` (cancelled ones
  // and meetings with no register left out), one fact a member recorded.
  std::vector<AttendanceFact> attendanceFacts(GroupId group, const QDate& upTo, int lastMeetings);

 private:
  Database& m_db;
};

}  // namespace casebook
