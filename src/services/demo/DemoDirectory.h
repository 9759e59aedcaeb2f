#pragma once

#include "DemoRandom.h"
#include "Directory.h"

#include <QDate>
#include <QHash>

#include <vector>

namespace casebook {
class Database;
struct DemoSummary;
}

namespace casebook::demo {

struct DemoGroup {
  Group group;
  std::vector<MemberId> members;
  MemberId chair;
  std::vector<AreaId> areas;  // weighted: an area appears once per unit of weight
  QStringList themes;
  int share = 0;  // relative share of the cases
};

// The standing part of the demo: members of every group and their meetings over two
// years with attendance and meeting actions.
class DemoDirectory final {
 public:
  DemoDirectory(Database& db, DemoRandom& random, const QDate& today) : m_db(db), m_random(random), m_today(today) {}

  std::vector<DemoGroup> buildGroups(DemoSummary& summary);
  void buildMeetings(const std::vector<DemoGroup>& groups, DemoSummary& summary);
  std::vector<AgencyId> agencies() const { return m_agencies; }

 private:
  Database& m_db;
  DemoRandom& m_random;
  QDate m_today;
  std::vector<AgencyId> m_agencies;
  QHash<qint64, QString> m_agencyCodes;
};

}  // namespace casebook::demo
