#pragma once

#include "EnumKeys.h"
#include "Ids.h"
#include "Result.h"

#include <QString>

#include <optional>

namespace casebook {

// The partnership's standing data: groups, areas (beats), agencies, members, themes.

struct Group {
  GroupId id;
  QString code;  // JAG, AARG, YJAG ...: appears in case references
  QString name;
  std::optional<GroupId> parentId;  // sub-groups escalate to their parent (the JAG)
  bool closureNeedsChairApproval = false;
  int meetingCycleDays = 42;
  bool active = true;

  bool isSubGroup() const { return parentId.has_value(); }
};

struct Area {
  AreaId id;
  QString code;  // e.g. police beat NL62
  QString name;
};

struct Agency {
  AgencyId id;
  QString code;  // e.g. POL, LA, NHS
  QString name;
};

enum class MembershipRole { Chair, ViceChair, Member, MinuteTaker, Observer };

template <>
struct EnumTable<MembershipRole> {
  static constexpr std::array<EnumEntry<MembershipRole>, 5> entries{{
      {MembershipRole::Chair, "chair", "Chair"},
      {MembershipRole::ViceChair, "vice_chair", "Vice chair"},
      {MembershipRole::Member, "member", "Member"},
      {MembershipRole::MinuteTaker, "minute_taker", "Minute taker"},
      {MembershipRole::Observer, "observer", "Observer"},
  }};
};

struct Member {
  MemberId id;
  QString name;
  std::optional<AgencyId> agencyId;
  QString jobTitle;
  QString email;
  QString phone;
  bool active = true;
};

struct Membership {
  GroupId groupId;
  MemberId memberId;
  MembershipRole role = MembershipRole::Member;
};

struct Theme {
  ThemeId id;
  QString code;  // e.g. asb, cce, county_lines
  QString label;
};

// Codes are short, upper-case letters and digits so that references stay readable.
Status validateGroupCode(const QString& code);
Status validateCode(const QString& code, const QString& field);
Status validateGroup(const Group& group);
Status validateMember(const Member& member);

}  // namespace casebook
