#pragma once

#include "Directory.h"

#include <optional>
#include <vector>

namespace casebook {

class Database;

struct GroupWithCounts {
  Group group;
  int openCases = 0;  // referred, open or monitoring
};

// Groups, areas, agencies, members, memberships and themes. Throws StorageError; call it
// inside Database::write/read.
class DirectoryRepository final {
 public:
  explicit DirectoryRepository(Database& db) : m_db(db) {}

  GroupId insertGroup(const Group& group);
  std::optional<Group> groupByCode(const QString& code);
  std::optional<Group> groupById(GroupId id);
  std::vector<GroupWithCounts> groups();

  AreaId insertArea(const Area& area);
  std::optional<Area> areaByCode(const QString& code);
  std::optional<Area> areaById(AreaId id);
  std::vector<Area> areas();

  AgencyId insertAgency(const Agency& agency);
  std::optional<Agency> agencyByCode(const QString& code);
  std::optional<Agency> agencyById(AgencyId id);
  std::vector<Agency> agencies();

  MemberId insertMember(const Member& member);
  std::optional<Member> memberById(MemberId id);
  std::vector<Member> membersNamed(const QString& name);
  std::vector<Member> members();

  void setMembership(const Membership& membership);
  std::vector<Membership> membershipsOfGroup(GroupId group);
  bool chairs(MemberId member, GroupId group);

  ThemeId insertTheme(const Theme& theme);
  std::optional<Theme> themeByCode(const QString& code);
  std::vector<Theme> themes();

 private:
  Database& m_db;
};

}  // namespace casebook
