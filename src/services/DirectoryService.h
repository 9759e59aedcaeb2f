#pragma once

#include "Directory.h"
#include "DirectoryRepository.h"
#include "ServiceContext.h"

#include <vector>

namespace casebook {

struct NewGroupInput {
  QString code;
  QString name;
  QString parentCode;  // empty: a top-level group such as the JAG
  bool closureNeedsChairApproval = false;
  int meetingCycleDays = 42;
};

struct NewMemberInput {
  QString name;
  QString agencyCode;
  QString jobTitle;
  QString email;
  QString phone;
  QString groupCode;  // optional: join this group ...
  MembershipRole role = MembershipRole::Member;  // ... in this role
};

// The partnership's standing data: groups, areas, agencies, members.
class DirectoryService final {
 public:
  explicit DirectoryService(ServiceContext& ctx) : m_ctx(ctx) {}

  // Creates the default groups, areas and agencies of DOMAIN.md in an empty database;
  // does nothing in one that already has groups.
  Result<bool> seedDefaults();

  Result<GroupId> addGroup(const NewGroupInput& input);
  Result<AreaId> addArea(const QString& code, const QString& name);
  Result<AgencyId> addAgency(const QString& code, const QString& name);
  Result<MemberId> addMember(const NewMemberInput& input);
  Status addMembership(const QString& member, const QString& groupCode, MembershipRole role);

  Result<std::vector<GroupWithCounts>> groups();
  Result<std::vector<Agency>> agencies();
  Result<std::vector<Area>> areas();
  Result<std::vector<Member>> members();
  Result<std::vector<Theme>> themes();
  // Names of the group's chairs and vice chairs, who may approve closures.
  Result<QStringList> chairsOf(GroupId group);

 private:
  ServiceContext& m_ctx;
};

}  // namespace casebook
