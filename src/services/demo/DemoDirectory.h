#pragma once

#include "DemoRandom.h"
#include "Directory.h"
#include "Meeting.h"

#include <QDate>
#include <QStringList>

#include <vector>

namespace casebook {
class Database;
struct DemoSummary;
}  // namespace casebook

namespace casebook::demo {

struct DemoMember {
  MemberId id;
  QString name;
  bool reliable = true;  // attends most meetings; some partners do not
};

// One group as the case stories need it: who sits on it, where and what its cases are.
struct DemoGroup {
  Group group;
  std::vector<DemoMember> members;  // the chair first, then the minute taker
  std::vector<AreaId> areas;        // an area appears once per unit of weight
  QStringList themes;
  int share = 0;  // relative share of new referrals
  int youngestAge = 18;
  int oldestAge = 80;

  const DemoMember& chair() const { return members.front(); }
};

// The standing part of the demo: members of every group, and two years of meetings with
// attendance and meeting actions.
class DemoDirectory final {
 public:
  DemoDirectory(Database& db, DemoRandom& random, const QDate& today) : m_db(db), m_random(random), m_today(today) {}

  std::vector<DemoGroup> buildGroups(DemoSummary& summary);
  void buildMeetings(const std::vector<DemoGroup>& groups, DemoSummary& summary);
  const std::vector<AgencyId>& agencies() const { return m_agencies; }

 private:
  void addMembers(DemoGroup& g, const std::vector<QString>& agencyCodes, DemoSummary& summary);
  void writeMeeting(const DemoGroup& g, const QDate& day, MeetingStatus status, DemoSummary& summary);
  std::optional<AgencyId> agencyByCode(const QString& code) const;

  Database& m_db;
  DemoRandom& m_random;
  QDate m_today;
  std::vector<AgencyId> m_agencies;
  std::vector<QString> m_agencyCodes;  // parallel to m_agencies
};

}  // namespace casebook::demo
