#include "DirectoryRepository.h"

#include "SqlStatement.h"

namespace casebook {

namespace {

Group readGroup(const SqlStatement& q) {
  Group g;
  g.id = q.id<GroupId>(0);
  g.code = q.text(1);
  g.name = q.text(2);
  g.parentId = q.optionalId<GroupId>(3);
  g.closureNeedsChairApproval = q.boolean(4);
  g.meetingCycleDays = q.integer(5);
  g.active = q.boolean(6);
  return g;
}

Member readMember(const SqlStatement& q) {
  Member m;
  m.id = q.id<MemberId>(0);
  m.name = q.text(1);
  m.agencyId = q.optionalId<AgencyId>(2);
  m.jobTitle = q.text(3);
  m.email = q.text(4);
  m.phone = q.text(5);
  m.active = q.boolean(6);
  return m;
}

}  // namespace

GroupId DirectoryRepository::insertGroup(const Group& g) {
  SqlStatement q(m_db,
                 "INSERT INTO groups (code, name, parent_id, closure_needs_approval, meeting_cycle_days, active) "
                 "VALUES (?, ?, ?, ?, ?, ?)");
  q.bind(g.code).bind(g.name).bind(g.parentId).bind(g.closureNeedsChairApproval).bind(g.meetingCycleDays)
      .bind(g.active).exec();
  return GroupId(q.lastInsertId());
}

std::optional<Group> DirectoryRepository::groupByCode(const QString& code) {
  SqlStatement q(m_db, "SELECT id, code, name, parent_id, closure_needs_approval, meeting_cycle_days, active "
                       "FROM groups WHERE code = ?");
  q.bind(code.trimmed().toUpper()).exec();
  return q.next() ? std::optional<Group>(readGroup(q)) : std::nullopt;
}

std::optional<Group> DirectoryRepository::groupById(GroupId id) {
  SqlStatement q(m_db, "SELECT id, code, name, parent_id, closure_needs_approval, meeting_cycle_days, active "
                       "FROM groups WHERE id = ?");
  q.bind(id).exec();
  return q.next() ? std::optional<Group>(readGroup(q)) : std::nullopt;
}

std::vector<GroupWithCounts> DirectoryRepository::groups() {
  // The open statuses named rather than "<> 'closed'" (the cases table's CHECK allows these
  // four): the index on (group_id, status) then seeks to them instead of reading every
  // closed case too (half the time at L).
  SqlStatement q(m_db,
                 "SELECT g.id, g.code, g.name, g.parent_id, g.closure_needs_approval, g.meeting_cycle_days, "
                 "g.active, (SELECT count(*) FROM cases c WHERE c.group_id = g.id "
                 "AND c.status IN ('referred', 'open', 'monitoring')) "
                 "FROM groups g ORDER BY g.parent_id IS NOT NULL, g.code");
  q.exec();
  std::vector<GroupWithCounts> result;
  while (q.next()) result.push_back({readGroup(q), q.integer(7)});
  return result;
}

AreaId DirectoryRepository::insertArea(const Area& a) {
  SqlStatement q(m_db, "INSERT INTO areas (code, name) VALUES (?, ?)");
  q.bind(a.code).bind(a.name).exec();
  return AreaId(q.lastInsertId());
}

std::optional<Area> DirectoryRepository::areaByCode(const QString& code) {
  SqlStatement q(m_db, "SELECT id, code, name FROM areas WHERE upper(code) = upper(?)");
  q.bind(code.trimmed()).exec();
  if (!q.next()) return std::nullopt;
  return Area{q.id<AreaId>(0), q.text(1), q.text(2)};
}

std::optional<Area> DirectoryRepository::areaById(AreaId id) {
  SqlStatement q(m_db, "SELECT id, code, name FROM areas WHERE id = ?");
  q.bind(id).exec();
  if (!q.next()) return std::nullopt;
  return Area{q.id<AreaId>(0), q.text(1), q.text(2)};
}

std::vector<Area> DirectoryRepository::areas() {
  SqlStatement q(m_db, "SELECT id, code, name FROM areas ORDER BY code");
  q.exec();
  std::vector<Area> result;
  while (q.next()) result.push_back({q.id<AreaId>(0), q.text(1), q.text(2)});
  return result;
}

AgencyId DirectoryRepository::insertAgency(const Agency& a) {
  SqlStatement q(m_db, "INSERT INTO agencies (code, name) VALUES (?, ?)");
  q.bind(a.code).bind(a.name).exec();
  return AgencyId(q.lastInsertId());
}

std::optional<Agency> DirectoryRepository::agencyByCode(const QString& code) {
  SqlStatement q(m_db, "SELECT id, code, name FROM agencies WHERE upper(code) = upper(?)");
  q.bind(code.trimmed()).exec();
  if (!q.next()) return std::nullopt;
  return Agency{q.id<AgencyId>(0), q.text(1), q.text(2)};
}

std::optional<Agency> DirectoryRepository::agencyById(AgencyId id) {
  SqlStatement q(m_db, "SELECT id, code, name FROM agencies WHERE id = ?");
  q.bind(id).exec();
  if (!q.next()) return std::nullopt;
  return Agency{q.id<AgencyId>(0), q.text(1), q.text(2)};
}

std::vector<Agency> DirectoryRepository::agencies() {
  SqlStatement q(m_db, "SELECT id, code, name FROM agencies ORDER BY code");
  q.exec();
  std::vector<Agency> result;
  while (q.next()) result.push_back({q.id<AgencyId>(0), q.text(1), q.text(2)});
  return result;
}

MemberId DirectoryRepository::insertMember(const Member& m) {
  SqlStatement q(m_db,
                 "INSERT INTO members (name, agency_id, job_title, email, phone, active) VALUES (?, ?, ?, ?, ?, ?)");
  q.bind(m.name).bind(m.agencyId).bind(m.jobTitle).bind(m.email).bind(m.phone).bind(m.active).exec();
  return MemberId(q.lastInsertId());
}

std::optional<Member> DirectoryRepository::memberById(MemberId id) {
  SqlStatement q(m_db, "SELECT id, name, agency_id, job_title, email, phone, active FROM members WHERE id = ?");
  q.bind(id).exec();
  return q.next() ? std::optional<Member>(readMember(q)) : std::nullopt;
}

std::vector<Member> DirectoryRepository::membersNamed(const QString& name) {
  SqlStatement q(m_db, "SELECT id, name, agency_id, job_title, email, phone, active FROM members "
                       "WHERE lower(name) = lower(?) ORDER BY id");
  q.bind(name.trimmed()).exec();
  std::vector<Member> result;
  while (q.next()) result.push_back(readMember(q));
  return result;
}

std::vector<Member> DirectoryRepository::members() {
  SqlStatement q(m_db, "SELECT id, name, agency_id, job_title, email, phone, active FROM members ORDER BY name, id");
  q.exec();
  std::vector<Member> result;
  while (q.next()) result.push_back(readMember(q));
  return result;
}

void DirectoryRepository::setMembership(const Membership& m) {
  SqlStatement q(m_db, "INSERT INTO memberships (group_id, member_id, role) VALUES (?, ?, ?) "
                       "ON CONFLICT (group_id, member_id) DO UPDATE SET role = excluded.role");
  q.bind(m.groupId).bind(m.memberId).bind(toKey(m.role)).exec();
}

std::vector<Membership> DirectoryRepository::membershipsOfGroup(GroupId group) {
  SqlStatement q(m_db, "SELECT group_id, member_id, role FROM memberships WHERE group_id = ? ORDER BY member_id");
  q.bind(group).exec();
  std::vector<Membership> result;
  while (q.next()) {
    result.push_back({q.id<GroupId>(0), q.id<MemberId>(1),
                      enumFromKey<MembershipRole>(q.text(2)).value_or(MembershipRole::Member)});
  }
  return result;
}

bool DirectoryRepository::chairs(MemberId member, GroupId group) {
  SqlStatement q(m_db, "SELECT 1 FROM memberships WHERE member_id = ? AND group_id = ? "
                       "AND role IN ('chair', 'vice_chair')");
  q.bind(member).bind(group).exec();
  return q.next();
}

ThemeId DirectoryRepository::insertTheme(const Theme& t) {
  SqlStatement q(m_db, "INSERT INTO themes (code, label) VALUES (?, ?)");
  q.bind(t.code).bind(t.label).exec();
  return ThemeId(q.lastInsertId());
}

std::optional<Theme> DirectoryRepository::themeByCode(const QString& code) {
  SqlStatement q(m_db, "SELECT id, code, label FROM themes WHERE code = lower(?)");
  q.bind(code.trimmed()).exec();
  if (!q.next()) return std::nullopt;
  return Theme{q.id<ThemeId>(0), q.text(1), q.text(2)};
}

std::vector<Theme> DirectoryRepository::themes() {
  SqlStatement q(m_db, "SELECT id, code, label FROM themes ORDER BY code");
  q.exec();
  std::vector<Theme> result;
  while (q.next()) result.push_back({q.id<ThemeId>(0), q.text(1), q.text(2)});
  return result;
}

}  // namespace casebook
