#include "DirectoryService.h"

#include "Database.h"
#include "Log.h"
#include "Lookup.h"

namespace casebook {

namespace {

struct DefaultGroup {
  const char* code;
  const char* name;
  int cycleDays;
};

// DOMAIN.md, "Groups": the JAG and its four sub-groups.
constexpr DefaultGroup kSubGroups[] = {
    {"AARG", "Adults at Risk Group", 42},
    {"YJAG", "Youth Joint Action Group", 42},
    {"LCDG", "Town Centre Delivery Group", 28},
    {"LEDG", "East Delivery Group", 28},
};

constexpr const char* kAgencies[][2] = {
    {"POL", "Police"},         {"LA", "Borough council"},   {"CC", "County council"},
    {"NHS", "Health"},         {"PROB", "Probation"},       {"HOUS", "Housing provider"},
    {"FIRE", "Fire and rescue"}, {"UNI", "University"},     {"YJS", "Youth justice service"},
    {"VOL", "Voluntary sector"},
};

constexpr const char* kAreas[][2] = {
    {"NL61", "Beat NL61"}, {"NL62", "Beat NL62 (town centre)"}, {"NL63", "Beat NL63"},
    {"NL64", "Beat NL64"}, {"NL65", "Beat NL65 (east)"},
};

}  // namespace

Result<bool> DirectoryService::seedDefaults() {
  return m_ctx.db.write([&]() -> Result<bool> {
    if (auto allowed = m_ctx.allow(Operation::ManageDirectory); !allowed) return allowed.error();
    DirectoryRepository repo(m_ctx.db);
    if (!repo.groups().empty()) return false;
    Group jag;
    jag.code = QStringLiteral("JAG");
    jag.name = QStringLiteral("Joint Action Group");
    jag.closureNeedsChairApproval = true;
    jag.meetingCycleDays = 28;
    const GroupId jagId = repo.insertGroup(jag);
    for (const auto& sub : kSubGroups) {
      Group g;
      g.code = QString::fromLatin1(sub.code);
      g.name = QString::fromLatin1(sub.name);
      g.parentId = jagId;
      g.meetingCycleDays = sub.cycleDays;
      repo.insertGroup(g);
    }
    for (const auto& agency : kAgencies) {
      repo.insertAgency({AgencyId(), QString::fromLatin1(agency[0]), QString::fromLatin1(agency[1])});
    }
    for (const auto& area : kAreas) repo.insertArea({AreaId(), QString::fromLatin1(area[0]), QString::fromLatin1(area[1])});
    m_ctx.audit(AuditEvent::ChangeDirectory, std::nullopt, QString(), QStringLiteral("default groups, agencies and areas"));
    return true;
  });
}

Result<GroupId> DirectoryService::addGroup(const NewGroupInput& input) {
  return m_ctx.db.write([&]() -> Result<GroupId> {
    if (auto allowed = m_ctx.allow(Operation::ManageDirectory); !allowed) return allowed.error();
    DirectoryRepository repo(m_ctx.db);
    Group g;
    g.code = input.code.trimmed();
    g.name = input.name.trimmed();
    g.closureNeedsChairApproval = input.closureNeedsChairApproval;
    g.meetingCycleDays = input.meetingCycleDays;
    if (auto valid = validateGroup(g); !valid) return valid.error();
    if (repo.groupByCode(g.code)) {
      return Error::conflict(QStringLiteral("group code"), QStringLiteral("%1 already exists").arg(g.code),
                             QStringLiteral("Choose another code"));
    }
    if (!input.parentCode.isEmpty()) {
      auto parent = Lookup(m_ctx).group(input.parentCode, QStringLiteral("parent"));
      if (!parent) return parent.error();
      if (parent->parentId) {
        return Error::invalid(QStringLiteral("parent"), QStringLiteral("%1 is itself a sub-group").arg(parent->code),
                              QStringLiteral("Sub-groups hang from a top-level group such as the JAG"));
      }
      g.parentId = parent->id;
    }
    const GroupId id = repo.insertGroup(g);
    m_ctx.audit(AuditEvent::ChangeDirectory, std::nullopt, QString(), QStringLiteral("group %1 added").arg(g.code));
    return id;
  });
}

Result<AreaId> DirectoryService::addArea(const QString& code, const QString& name) {
  return m_ctx.db.write([&]() -> Result<AreaId> {
    if (auto allowed = m_ctx.allow(Operation::ManageDirectory); !allowed) return allowed.error();
    if (auto valid = validateCode(code.trimmed(), QStringLiteral("area code")); !valid) return valid.error();
    DirectoryRepository repo(m_ctx.db);
    if (repo.areaByCode(code)) {
      return Error::conflict(QStringLiteral("area code"), QStringLiteral("%1 already exists").arg(code.trimmed()), QString());
    }
    const AreaId id =
        repo.insertArea({AreaId(), code.trimmed().toUpper(), name.trimmed().isEmpty() ? code.trimmed() : name.trimmed()});
    m_ctx.audit(AuditEvent::ChangeDirectory, std::nullopt, QString(),
                QStringLiteral("area %1 added").arg(code.trimmed().toUpper()));
    return id;
  });
}

Result<AgencyId> DirectoryService::addAgency(const QString& code, const QString& name) {
  return m_ctx.db.write([&]() -> Result<AgencyId> {
    if (auto allowed = m_ctx.allow(Operation::ManageDirectory); !allowed) return allowed.error();
    if (auto valid = validateCode(code.trimmed(), QStringLiteral("agency code")); !valid) return valid.error();
    if (name.trimmed().isEmpty()) {
      return Error::invalid(QStringLiteral("agency name"), QStringLiteral("the agency has no name"), QString());
    }
    DirectoryRepository repo(m_ctx.db);
    if (repo.agencyByCode(code)) {
      return Error::conflict(QStringLiteral("agency code"), QStringLiteral("%1 already exists").arg(code.trimmed()),
                             QString());
    }
    const AgencyId id = repo.insertAgency({AgencyId(), code.trimmed().toUpper(), name.trimmed()});
    m_ctx.audit(AuditEvent::ChangeDirectory, std::nullopt, QString(),
                QStringLiteral("agency %1 added").arg(code.trimmed().toUpper()));
    return id;
  });
}

Result<MemberId> DirectoryService::addMember(const NewMemberInput& input) {
  return m_ctx.db.write([&]() -> Result<MemberId> {
    if (auto allowed = m_ctx.allow(Operation::ManageDirectory); !allowed) return allowed.error();
    Lookup lookup(m_ctx);
    Member m;
    m.name = input.name.trimmed();
    m.jobTitle = input.jobTitle.trimmed();
    m.email = input.email.trimmed();
    m.phone = input.phone.trimmed();
    if (auto valid = validateMember(m); !valid) return valid.error();
    auto agency = lookup.optionalAgency(input.agencyCode, QStringLiteral("agency"));
    if (!agency) return agency.error();
    m.agencyId = agency.value();
    DirectoryRepository repo(m_ctx.db);
    std::optional<GroupId> group;
    if (!input.groupCode.isEmpty()) {
      auto g = lookup.group(input.groupCode);
      if (!g) return g.error();
      group = g->id;
    }
    m.id = repo.insertMember(m);
    if (group) repo.setMembership({*group, m.id, input.role});
    m_ctx.audit(AuditEvent::ChangeDirectory, std::nullopt, QString(), QStringLiteral("member %1 added").arg(m.id.value));
    return m.id;
  });
}

Status DirectoryService::addMembership(const QString& member, const QString& groupCode, MembershipRole role) {
  return m_ctx.db.write([&]() -> Status {
    if (auto allowed = m_ctx.allow(Operation::ManageDirectory); !allowed) return allowed;
    Lookup lookup(m_ctx);
    auto m = lookup.member(member);
    if (!m) return m.error();
    auto g = lookup.group(groupCode);
    if (!g) return g.error();
    DirectoryRepository(m_ctx.db).setMembership({g->id, m.value(), role});
    m_ctx.audit(AuditEvent::ChangeDirectory, std::nullopt, QString(),
                QStringLiteral("member %1 in %2 as %3").arg(m.value().value).arg(g->code, toKey(role)));
    return {};
  });
}

Result<std::vector<GroupWithCounts>> DirectoryService::groups() {
  return m_ctx.db.read([&]() -> Result<std::vector<GroupWithCounts>> { return DirectoryRepository(m_ctx.db).groups(); });
}

Result<std::vector<Agency>> DirectoryService::agencies() {
  return m_ctx.db.read([&]() -> Result<std::vector<Agency>> { return DirectoryRepository(m_ctx.db).agencies(); });
}

Result<std::vector<Area>> DirectoryService::areas() {
  return m_ctx.db.read([&]() -> Result<std::vector<Area>> { return DirectoryRepository(m_ctx.db).areas(); });
}

Result<std::vector<Member>> DirectoryService::members() {
  return m_ctx.db.read([&]() -> Result<std::vector<Member>> { return DirectoryRepository(m_ctx.db).members(); });
}

Result<QStringList> DirectoryService::chairsOf(GroupId group) {
  return m_ctx.db.read([&]() -> Result<QStringList> {
    DirectoryRepository repo(m_ctx.db);
    QStringList names;
    for (const auto& m : repo.membershipsOfGroup(group)) {
      if (m.role == MembershipRole::Chair || m.role == MembershipRole::ViceChair) {
        if (auto member = repo.memberById(m.memberId)) names << member->name;
      }
    }
    return names;
  });
}

Result<std::vector<Theme>> DirectoryService::themes() {
  return m_ctx.db.read([&]() -> Result<std::vector<Theme>> { return DirectoryRepository(m_ctx.db).themes(); });
}

}  // namespace casebook
