#include "AttendanceInsight.h"

#include <algorithm>
#include <map>
#include <set>

namespace casebook {

AttendanceInsight attendanceInsight(const std::vector<GroupMember>& members, const std::vector<AttendanceFact>& facts) {
  AttendanceInsight insight;
  std::map<qint64, QDate> meetings;
  std::map<std::pair<qint64, qint64>, AttendanceStatus> status;  // (meeting, member)
  for (const auto& f : facts) {
    meetings[f.meetingId.value] = f.heldOn;
    status[{f.meetingId.value, f.memberId.value}] = f.status;
  }
  insight.meetingsCounted = static_cast<int>(meetings.size());

  std::map<QString, std::set<qint64>> agencyMeetingsRepresented;
  std::set<QString> agencies;
  for (const auto& m : members) {
    AttendanceRate rate{m.name, insight.meetingsCounted, 0};
    if (!m.agency.isEmpty()) agencies.insert(m.agency);
    for (const auto& [meetingId, heldOn] : meetings) {
      const auto it = status.find({meetingId, m.id.value});
      const AttendanceStatus s = it == status.end() ? AttendanceStatus::Absent : it->second;
      if (countsAsRepresented(s)) {
        ++rate.represented;
        if (!m.agency.isEmpty()) agencyMeetingsRepresented[m.agency].insert(meetingId);
      }
      if (s == AttendanceStatus::Apologies) insight.apologiesWithoutDeputy.push_back({heldOn, m.name, m.agency});
    }
    insight.byMember.push_back(rate);
  }
  for (const QString& agency : agencies) {
    insight.byAgency.push_back(
        {agency, insight.meetingsCounted, static_cast<int>(agencyMeetingsRepresented[agency].size())});
  }
  auto lowestFirst = [](const AttendanceRate& a, const AttendanceRate& b) {
    if (a.rate() != b.rate()) return a.rate() < b.rate();
    return a.label.localeAwareCompare(b.label) < 0;
  };
  std::stable_sort(insight.byMember.begin(), insight.byMember.end(), lowestFirst);
  std::stable_sort(insight.byAgency.begin(), insight.byAgency.end(), lowestFirst);
  std::stable_sort(insight.apologiesWithoutDeputy.begin(), insight.apologiesWithoutDeputy.end(),
                   [](const MissedWithoutDeputy& a, const MissedWithoutDeputy& b) { return a.heldOn > b.heldOn; });
  return insight;
}

std::vector<InviteSuggestion> suggestInvites(const std::vector<GroupMember>& members, const InviteReasons& reasons) {
  auto has = [](const auto& list, const auto& value) { return std::find(list.begin(), list.end(), value) != list.end(); };
  std::vector<InviteSuggestion> result;
  for (const auto& m : members) {
    InviteSuggestion s{m, true, {}};
    if (m.runsMeeting) {
      s.why = QStringLiteral("runs the meeting");
    } else if (has(reasons.caseOwners, m.id)) {
      s.why = QStringLiteral("owns a case on the agenda");
    } else if (has(reasons.actionOwners, m.id)) {
      s.why = QStringLiteral("owns an outstanding action");
    } else if (!m.agency.isEmpty() && has(reasons.leadAgencies, m.agency)) {
      s.why = QStringLiteral("agency leads a case on the agenda");
    } else {
      s.suggested = false;
      s.why = QStringLiteral("nothing on the agenda");
    }
    result.push_back(s);
  }
  return result;
}

}  // namespace casebook
