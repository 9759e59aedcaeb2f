#include "DemoDirectory.h"

#include "Action.h"
#include "ActionRepository.h"
#include "DemoService.h"
#include "DirectoryRepository.h"
#include "MeetingRepository.h"
#include "NameBank.h"

namespace casebook::demo {

namespace {

struct GroupProfile {
  const char* code;
  int share;
  std::initializer_list<const char*> themes;
  std::initializer_list<std::pair<const char*, int>> areas;
};

// Themes and beats per group follow DOMAIN.md: LCDG is the town centre (NL62), LEDG the
// east side (NL65), YJAG young people, AARG adults at risk.
const GroupProfile kProfiles[] = {
    {"JAG", 10, {"asb", "cce", "county_lines", "cuckooing", "domestic_abuse", "knife_crime"},
     {{"NL61", 2}, {"NL62", 2}, {"NL63", 2}, {"NL64", 2}, {"NL65", 2}}},
    {"AARG", 20, {"self_neglect", "financial_abuse", "cuckooing", "mental_health", "substance_misuse"},
     {{"NL61", 2}, {"NL62", 2}, {"NL63", 2}, {"NL64", 2}, {"NL65", 2}}},
    {"YJAG", 25, {"cce", "county_lines", "knife_crime", "missing", "asb"},
     {{"NL61", 2}, {"NL62", 2}, {"NL63", 2}, {"NL64", 2}, {"NL65", 3}}},
    {"LCDG", 20, {"nte", "begging", "asb", "substance_misuse"}, {{"NL62", 8}, {"NL61", 1}, {"NL63", 1}}},
    {"LEDG", 25, {"asb", "substance_misuse", "county_lines", "domestic_abuse"}, {{"NL65", 7}, {"NL64", 2}, {"NL63", 1}}},
};

}  // namespace

std::vector<DemoGroup> DemoDirectory::buildGroups(DemoSummary& summary) {
  DirectoryRepository directory(m_db);
  for (const auto& agency : directory.agencies()) {
    m_agencies.push_back(agency.id);
    m_agencyCodes.insert(agency.id.value, agency.code);
  }
  std::vector<DemoGroup> result;
  for (const auto& entry : directory.groups()) {
    DemoGroup g;
    g.group = entry.group;
    g.share = 15;
    g.themes = {QStringLiteral("asb"), QStringLiteral("substance_misuse")};
    for (const auto& profile : kProfiles) {
      if (g.group.code != QString::fromLatin1(profile.code)) continue;
      g.share = profile.share;
      g.themes.clear();
      for (const char* theme : profile.themes) g.themes << QString::fromLatin1(theme);
      for (const auto& [code, weight] : profile.areas) {
        if (auto area = directory.areaByCode(QString::fromLatin1(code))) {
          for (int i = 0; i < weight; ++i) g.areas.push_back(area->id);
        }
      }
    }
    const int size = m_random.between(9, 12);
    for (int i = 0; i < size; ++i) {
      Member m;
      m.name = NameBank::personName(m_random);
      if (!m_agencies.empty()) m.agencyId = m_agencies[static_cast<std::size_t>(i) % m_agencies.size()];
      m.jobTitle = NameBank::jobTitle(m_random, m.agencyId ? m_agencyCodes.value(m.agencyId->value) : QString());
      m.id = directory.insertMember(m);
      const MembershipRole role = i == 0 ? MembershipRole::Chair : i == 1 ? MembershipRole::MinuteTaker
                                  : i == 2 ? MembershipRole::ViceChair : MembershipRole::Member;
      directory.setMembership({g.group.id, m.id, role});
      g.members.push_back(m.id);
      ++summary.members;
    }
    g.chair = g.members.front();
    result.push_back(std::move(g));
  }
  return result;
}

void DemoDirectory::buildMeetings(const std::vector<DemoGroup>& groups, DemoSummary& summary) {
  MeetingRepository meetings(m_db);
  ActionRepository actions(m_db);
  const QStringList venues{QStringLiteral("Council offices, committee room 2"), QStringLiteral("Police station, room 4"),
                           QStringLiteral("Online (Teams)")};
  for (const auto& g : groups) {
    // Every 4 to 6 weeks for two years, then the next one planned.
    for (QDate day = m_today.addDays(-730 + m_random.between(0, 20)); day <= m_today.addDays(42);
         day = day.addDays(m_random.between(28, 42))) {
      Meeting m;
      m.groupId = g.group.id;
      m.heldOn = day;
      m.startsAt = QTime(m_random.chance(70) ? 10 : 14, 0);
      m.venue = venues.at(m_random.between(0, 2));
      m.chairId = g.chair;
      m.minuteTakerId = g.members[1];
      m.status = day > m_today ? MeetingStatus::Planned : m_random.chance(4) ? MeetingStatus::Cancelled : MeetingStatus::Held;
      m.agenda.push_back({AgendaItemId(), 1, AgendaItemKind::Attendance, toLabel(AgendaItemKind::Attendance), {}, {}, {}});
      m.agenda.push_back({AgendaItemId(), 2, AgendaItemKind::PreviousMinutes, toLabel(AgendaItemKind::PreviousMinutes), {}, {}, {}});
      if (m.status == MeetingStatus::Held) {
        for (const MemberId member : g.members) {
          AttendanceRecord r;
          r.memberId = member;
          r.status = static_cast<AttendanceStatus>(m_random.weighted({72, 10, 7, 1, 4, 6}));
          if (r.status == AttendanceStatus::Deputy) r.deputyName = NameBank::personName(m_random);
          const bool attended = r.status == AttendanceStatus::Present || r.status == AttendanceStatus::Deputy;
          r.joinedLate = attended && m_random.chance(5);
          r.leftEarly = attended && m_random.chance(4);
          m.attendance.push_back(r);
        }
      }
      const MeetingId id = meetings.insert(m);
      ++summary.meetings;
      if (m.status != MeetingStatus::Held) continue;
      for (int n = m_random.between(0, 2); n > 0; --n) {
        Action a;
        a.meetingId = id;
        a.reference = actionReference(day, m_random.between(3, 9));
        a.text = NameBank::actionText(m_random);
        a.ownerId = m_random.pick(g.members);
        a.raisedOn = day;
        a.dueOn = day.addDays(m_random.between(14, 56));
        a.status = a.dueOn < m_today ? (m_random.chance(80) ? ActionStatus::Complete : ActionStatus::Open)
                                     : ActionStatus::Open;
        a.statusReportedOn = a.status == ActionStatus::Complete ? a.dueOn.addDays(-m_random.between(0, 10)) : day;
        if (a.status == ActionStatus::Complete) {
          a.completedOn = a.statusReportedOn;
          a.updates.push_back({*a.completedOn, QStringLiteral("Done; reported at the meeting."), ActionStatus::Complete});
        }
        actions.insert(a);
        ++summary.actions;
      }
    }
  }
}

}  // namespace casebook::demo
