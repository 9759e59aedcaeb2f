#pragma once

#include "Meeting.h"

#include <optional>
#include <vector>

namespace casebook {

class Database;

class MeetingRepository final {
 public:
  explicit MeetingRepository(Database& db) : m_db(db) {}

  MeetingId insert(const Meeting& meeting);  // with its agenda and attendance
  std::optional<Meeting> get(MeetingId id);
  std::vector<Meeting> forGroup(GroupId group);  // without agenda and attendance
  void setStatus(MeetingId id, MeetingStatus status);
  AgendaItemId insertAgendaItem(MeetingId meeting, const AgendaItem& item);
  void saveAttendance(MeetingId meeting, const AttendanceRecord& record);

 private:
  Database& m_db;
};

}  // namespace casebook
