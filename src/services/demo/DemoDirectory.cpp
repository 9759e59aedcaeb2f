#include "DemoDirectory.h"

#include "ActionRepository.h"
#include "DemoActions.h"
#include "DemoService.h"
#include "DirectoryRepository.h"
#include "Meeting.h"
#include "MeetingRepository.h"
#include "NameBank.h"
#include "TextBank.h"

#include <algorithm>

namespace casebook::demo {

namespace {

struct GroupProfile {
  const char* code;
  int share;
  int youngestAge;
  int oldestAge;
  std::initializer_list<const char*> themes;
  std::initializer_list<std::pair<const char*, int>> areas;
  // Agencies of the members in seat order: chair, minute taker, vice chair, the rest.
  std::initializer_list<const char*> agencies;
  const char* standingItem;
};

// Themes, beats and ages per group follow DOMAIN.md: YJAG is young people, AARG adults at
// risk, LCDG the town centre (beat NL62) and LEDG the east side (beat NL65).
const GroupProfile kProfiles[] = {
    {"JAG", 10, 14, 75, {"asb", "cce", "county_lines", "cuckooing", "domestic_abuse", "knife_crime", "modern_slavery"},
     {{"NL61", 2}, {"NL62", 2}, {"NL63", 2}, {"NL64", 2}, {"NL65", 2}},
     {"LA", "LA", "POL", "CC", "NHS", "PROB", "HOUS", "FIRE", "YJS", "VOL", "UNI", "POL"}, "Escalations and hotspots"},
    {"AARG", 20, 18, 92, {"self_neglect", "financial_abuse", "cuckooing", "mental_health"},
     {{"NL61", 2}, {"NL62", 2}, {"NL63", 2}, {"NL64", 2}, {"NL65", 2}},
     {"CC", "LA", "NHS", "POL", "HOUS", "FIRE", "VOL", "PROB", "NHS", "LA", "VOL", "POL"}, "Safeguarding updates"},
    {"YJAG", 25, 11, 17, {"cce", "county_lines", "knife_crime", "missing"},
     {{"NL61", 2}, {"NL62", 2}, {"NL63", 2}, {"NL64", 2}, {"NL65", 3}},
     {"YJS", "LA", "POL", "CC", "NHS", "HOUS", "VOL", "FIRE", "CC", "POL", "YJS", "VOL"}, "Schools and exploitation"},
    {"LCDG", 20, 17, 70, {"nte", "begging", "asb"}, {{"NL62", 8}, {"NL61", 1}, {"NL63", 1}},
     {"POL", "LA", "UNI", "NHS", "VOL", "HOUS", "FIRE", "LA", "POL", "UNI", "CC", "PROB"}, "Town centre hotspots"},
    {"LEDG", 25, 16, 75, {"asb", "substance_misuse", "county_lines", "domestic_abuse"},
     {{"NL65", 7}, {"NL64", 2}, {"NL63", 1}},
     {"POL", "LA", "HOUS", "PROB", "NHS", "VOL", "CC", "FIRE", "POL", "HOUS", "YJS", "LA"}, "Beat NL65 update"},
};

// A group a partnership added itself gets a plain profile.
const GroupProfile kOtherGroup = {
    nullptr, 10, 18, 80, {"asb", "substance_misuse"}, {{"NL61", 1}, {"NL62", 1}, {"NL63", 1}, {"NL64", 1}, {"NL65", 1}},
    {"LA", "POL", "HOUS", "NHS", "VOL", "CC", "FIRE", "PROB", "LA", "POL"}, "Area update"};

const GroupProfile& profileOf(const QString& code) {
  for (const auto& profile : kProfiles) {
    if (code == QLatin1String(profile.code)) return profile;
  }
  return kOtherGroup;
}

QDate weekday(QDate day) {
  while (day.dayOfWeek() > 5) day = day.addDays(1);
  return day;
}

}  // namespace

std::optional<AgencyId> DemoDirectory::agencyByCode(const QString& code) const {
  for (std::size_t i = 0; i < m_agencyCodes.size(); ++i) {
    if (m_agencyCodes[i] == code) return m_agencies[i];
  }
  return std::nullopt;
}

std::vector<DemoGroup> DemoDirectory::buildGroups(DemoSummary& summary) {
  DirectoryRepository directory(m_db);
  for (const auto& agency : directory.agencies()) {
    m_agencies.push_back(agency.id);
    m_agencyCodes.push_back(agency.code);
  }
  std::vector<DemoGroup> result;
  for (const auto& entry : directory.groups()) {
    if (!entry.group.active) continue;
    const GroupProfile& profile = profileOf(entry.group.code);
    DemoGroup g;
    g.group = entry.group;
    g.share = profile.share;
    g.youngestAge = profile.youngestAge;
    g.oldestAge = profile.oldestAge;
    for (const char* theme : profile.themes) g.themes << QString::fromLatin1(theme);
    for (const auto& [code, weight] : profile.areas) {
      if (auto area = directory.areaByCode(QString::fromLatin1(code))) g.areas.insert(g.areas.end(), weight, area->id);
    }
    std::vector<QString> seats;
    for (const char* code : profile.agencies) seats.push_back(QString::fromLatin1(code));
    addMembers(g, seats, summary);
    result.push_back(std::move(g));
  }
  // Sub-group chairs sit on their parent group too: they bring its escalations.
  for (auto& parent : result) {
    for (const auto& sub : result) {
      if (sub.group.parentId != std::optional<GroupId>(parent.group.id)) continue;
      directory.setMembership({parent.group.id, sub.chair().id, MembershipRole::Member});
      parent.members.push_back(sub.chair());
    }
  }
  return result;
}

void DemoDirectory::addMembers(DemoGroup& g, const std::vector<QString>& seats, DemoSummary& summary) {
  DirectoryRepository directory(m_db);
  const int size = std::min(static_cast<int>(seats.size()), m_random.between(8, 12));
  for (int i = 0; i < size; ++i) {
    const QString& agencyCode = seats[static_cast<std::size_t>(i)];
    Member m;
    m.name = NameBank::personName(m_random);
    m.agencyId = agencyByCode(agencyCode);
    m.jobTitle = i == 1 ? QStringLiteral("Partnership support officer") : NameBank::jobTitle(m_random, agencyCode);
    m.id = directory.insertMember(m);
    const MembershipRole role = i == 0   ? MembershipRole::Chair
                                : i == 1 ? MembershipRole::MinuteTaker
                                : i == 2 ? MembershipRole::ViceChair
                                         : MembershipRole::Member;
    directory.setMembership({g.group.id, m.id, role});
    g.members.push_back({m.id, m.name, i < 2 || m_random.chance(75)});
    ++summary.members;
  }
}

void DemoDirectory::buildMeetings(const std::vector<DemoGroup>& groups, DemoSummary& summary) {
  for (const auto& g : groups) {
    // Every four to six weeks, near the group's own cycle, over the two years to today,
    // then the next one planned.
    const int cycle = g.group.meetingCycleDays;
    const int shortest = std::clamp(cycle - 3, 28, 42);
    const int longest = std::clamp(cycle + 4, 28, 42);
    std::vector<QDate> held;
    QDate day = weekday(m_today.addDays(-728 + m_random.between(0, 14)));
    for (; day <= m_today; day = weekday(day.addDays(m_random.between(shortest, longest)))) held.push_back(day);
    // One or two meetings a group are called off over two years; they keep no attendance.
    std::vector<std::size_t> cancelled;
    for (int n = m_random.between(1, 2); n > 0 && held.size() > 2; --n) {
      cancelled.push_back(static_cast<std::size_t>(m_random.between(1, static_cast<int>(held.size()) - 2)));
    }
    for (std::size_t i = 0; i < held.size(); ++i) {
      const bool off = std::find(cancelled.begin(), cancelled.end(), i) != cancelled.end();
      writeMeeting(g, held[i], off ? MeetingStatus::Cancelled : MeetingStatus::Held, summary);
    }
    writeMeeting(g, day, MeetingStatus::Planned, summary);
  }
}

void DemoDirectory::writeMeeting(const DemoGroup& g, const QDate& day, MeetingStatus status, DemoSummary& summary) {
  const GroupProfile& profile = profileOf(g.group.code);
  Meeting m;
  m.groupId = g.group.id;
  m.heldOn = day;
  m.startsAt = QTime(m_random.chance(70) ? 10 : 14, 0);
  m.venue = NameBank::venue(m_random);
  m.chairId = g.chair().id;
  m.minuteTakerId = g.members[1].id;
  m.status = status;
  const AgendaItemKind kinds[] = {AgendaItemKind::Attendance, AgendaItemKind::PreviousMinutes,
                                  AgendaItemKind::StandingItem, AgendaItemKind::Other};
  int position = 0;
  for (const AgendaItemKind kind : kinds) {
    const QString title = kind == AgendaItemKind::StandingItem ? QString::fromLatin1(profile.standingItem) : toLabel(kind);
    AgendaItem item;
    item.position = ++position;
    item.kind = kind;
    item.title = title;
    m.agenda.push_back(item);
  }
  if (status == MeetingStatus::Held) {
    for (std::size_t i = 0; i < g.members.size(); ++i) {
      AttendanceRecord r;
      r.memberId = g.members[i].id;
      // Chairs and minute takers are nearly always there. Some partners are reliable and
      // some are not: the chair's annual report worries about the absent ones.
      r.status = static_cast<AttendanceStatus>(i < 2                   ? m_random.weighted({95, 3, 2, 0, 0, 0})
                                               : g.members[i].reliable ? m_random.weighted({74, 9, 7, 1, 3, 6})
                                                                       : m_random.weighted({45, 18, 10, 1, 15, 11}));
      if (r.status == AttendanceStatus::Deputy) r.deputyName = NameBank::personName(m_random);
      const bool attended = r.status == AttendanceStatus::Present || r.status == AttendanceStatus::Deputy ||
                            r.status == AttendanceStatus::Observer;
      r.joinedLate = attended && m_random.chance(5);
      r.leftEarly = attended && m_random.chance(4);
      m.attendance.push_back(r);
    }
  }
  const MeetingId id = MeetingRepository(m_db).insert(m);
  ++summary.meetings;
  if (status != MeetingStatus::Held) return;
  for (int n = m_random.between(0, 2); n > 0; --n) {
    Action a;
    a.meetingId = id;
    a.reference = actionReference(day, m_random.between(3, 4));
    a.text = TextBank::meetingAction(m_random);
    a.ownerId = m_random.pick(g.members).id;
    a.raisedOn = day;
    a.dueOn = day.addDays(m_random.between(14, 56));
    DemoActions::settle(m_random, a, m_today, false);
    ActionRepository(m_db).insert(a);
    ++summary.actions;
  }
}

}  // namespace casebook::demo
