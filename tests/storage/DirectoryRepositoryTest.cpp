#include "CaseRepository.h"
#include "DirectoryRepository.h"
#include "SettingsRepository.h"
#include "StorageFixture.h"
#include "SubjectRepository.h"

#include <catch2/catch.hpp>

using namespace casebook;
using namespace casebook::test;

namespace {

std::unique_ptr<Database> memoryDatabase() {
  auto db = Database::openInMemory();
  REQUIRE(db.ok());
  return std::move(db).value();
}

QString describe(const Group& g) {
  return QStringList{QString::number(g.id.value),
                     g.code,
                     g.name,
                     text(g.parentId),
                     QString::number(g.closureNeedsChairApproval),
                     QString::number(g.meetingCycleDays),
                     QString::number(g.active)}
      .join(QLatin1Char('|'));
}

QString describe(const Member& m) {
  return QStringList{QString::number(m.id.value), m.name, text(m.agencyId), m.jobTitle, m.email, m.phone,
                     QString::number(m.active)}
      .join(QLatin1Char('|'));
}

QString describe(const RiskPolicy& p) {
  QStringList parts{QString::number(p.escalationThreshold())};
  for (const auto& rule : p.rules()) {
    parts << QStringLiteral("%1>=%2/%3d").arg(toKey(rule.band)).arg(rule.minScore).arg(rule.reviewDays);
  }
  return parts.join(QLatin1Char(' '));
}

}  // namespace

TEST_CASE("groups round-trip with their parent and settings", "[storage][repository]") {
  auto db = memoryDatabase();
  DirectoryRepository repo(*db);
  Group jag{GroupId(), QStringLiteral("JAG"), QStringLiteral("Joint Action Group"), {}, true, 28, true};
  jag.id = inWrite(*db, [&]() -> Result<GroupId> { return repo.insertGroup(jag); });
  Group pz{GroupId(), QStringLiteral("PZ"), QStringLiteral("People Zone"), jag.id, false, 42, false};
  pz.id = inWrite(*db, [&]() -> Result<GroupId> { return repo.insertGroup(pz); });
  Group aarg{GroupId(), QStringLiteral("AARG"), QStringLiteral("Adults at Risk Group"), jag.id, false, 56, true};
  aarg.id = inWrite(*db, [&]() -> Result<GroupId> { return repo.insertGroup(aarg); });

  CHECK(describe(*inWrite(*db, [&]() -> Result<std::optional<Group>> { return repo.groupById(pz.id); })) ==
        describe(pz));
  CHECK(describe(*inWrite(*db, [&]() -> Result<std::optional<Group>> {
          return repo.groupByCode(QStringLiteral(" jag "));
        })) == describe(jag));
  CHECK_FALSE(inWrite(*db, [&]() -> Result<std::optional<Group>> { return repo.groupByCode(QStringLiteral("YJAG")); }));

  // The JAG first, then sub-groups by code, each with its count of open cases.
  inWrite(*db, [&]() -> Status {
    Subject s;
    s.name = QStringLiteral("Counted Person");
    s.id = SubjectRepository(*db).insert(s);
    for (auto [reference, status] :
         {std::pair{"PZ-2024-001", CaseStatus::Open}, std::pair{"PZ-2024-002", CaseStatus::Referred}}) {
      Case c;
      c.reference = QString::fromLatin1(reference);
      c.subject = s;
      c.groupId = pz.id;
      c.status = status;
      c.openedOn = QDate(2024, 1, 1);
      CaseRepository(*db).insert(c);
    }
    Case closed;
    closed.reference = QStringLiteral("PZ-2024-003");
    closed.subject = s;
    closed.groupId = pz.id;
    closed.status = CaseStatus::Closed;
    closed.openedOn = QDate(2024, 1, 1);
    closed.closedOn = QDate(2024, 2, 1);
    closed.outcome = Outcome::Duplicate;
    CaseRepository(*db).insert(closed);
    return {};
  });
  const auto groups = inWrite(*db, [&]() -> Result<std::vector<GroupWithCounts>> { return repo.groups(); });
  REQUIRE(groups.size() == 3);
  CHECK(groups[0].group.code == QStringLiteral("JAG"));
  CHECK(groups[1].group.code == QStringLiteral("AARG"));
  CHECK(groups[2].group.code == QStringLiteral("PZ"));
  CHECK(groups[2].openCases == 2);
  CHECK(groups[0].openCases == 0);
}

TEST_CASE("areas, agencies and themes round-trip and are found by code in any case", "[storage][repository]") {
  auto db = memoryDatabase();
  DirectoryRepository repo(*db);
  const Area area{inWrite(*db,
                          [&]() -> Result<AreaId> {
                            return repo.insertArea({AreaId(), QStringLiteral("NL62"), QStringLiteral("Town centre")});
                          }),
                  QStringLiteral("NL62"), QStringLiteral("Town centre")};
  const auto foundArea =
      inWrite(*db, [&]() -> Result<std::optional<Area>> { return repo.areaByCode(QStringLiteral(" nl62")); });
  REQUIRE(foundArea.has_value());
  CHECK(foundArea->id == area.id);
  CHECK(foundArea->name == area.name);
  CHECK(inWrite(*db, [&]() -> Result<std::optional<Area>> { return repo.areaById(area.id); })->code ==
        QStringLiteral("NL62"));
  CHECK_FALSE(inWrite(*db, [&]() -> Result<std::optional<Area>> { return repo.areaByCode(QStringLiteral("NL6")); }));

  const AgencyId pol = inWrite(*db, [&]() -> Result<AgencyId> {
    return repo.insertAgency({AgencyId(), QStringLiteral("POL"), QStringLiteral("Police")});
  });
  inWrite(*db, [&]() -> Result<AgencyId> {
    return repo.insertAgency({AgencyId(), QStringLiteral("LA"), QStringLiteral("Borough council")});
  });
  CHECK(inWrite(*db, [&]() -> Result<std::optional<Agency>> { return repo.agencyByCode(QStringLiteral("pol")); })->id ==
        pol);
  CHECK(inWrite(*db, [&]() -> Result<std::optional<Agency>> { return repo.agencyById(pol); })->name ==
        QStringLiteral("Police"));
  const auto agencies = inWrite(*db, [&]() -> Result<std::vector<Agency>> { return repo.agencies(); });
  REQUIRE(agencies.size() == 2);
  CHECK(agencies[0].code == QStringLiteral("LA"));  // by code

  const ThemeId parking = inWrite(*db, [&]() -> Result<ThemeId> {
    return repo.insertTheme({ThemeId(), QStringLiteral("parking"), QStringLiteral("Parking nuisance")});
  });
  const auto theme =
      inWrite(*db, [&]() -> Result<std::optional<Theme>> { return repo.themeByCode(QStringLiteral(" PARKING ")); });
  REQUIRE(theme.has_value());
  CHECK(theme->id == parking);
  CHECK(theme->label == QStringLiteral("Parking nuisance"));
  CHECK(inWrite(*db, [&]() -> Result<std::vector<Theme>> { return repo.themes(); }).size() == 17);  // 16 seeded + 1
}

TEST_CASE("members and memberships round-trip, chairs and vice chairs chair", "[storage][repository]") {
  TestBed bed;
  Database& db = *bed.db;
  DirectoryRepository repo(db);
  Member full{MemberId(),
              QStringLiteral("Alex Officer"),
              AgencyId(1),
              QStringLiteral("Sergeant"),
              QStringLiteral("alex.officer@example.org"),
              QStringLiteral("01234 567890"),
              true};
  Member bare{MemberId(), QStringLiteral("Bea Volunteer"), std::nullopt, {}, {}, {}, false};
  for (Member* m : {&full, &bare}) {
    m->id = inWrite(db, [&]() -> Result<MemberId> { return repo.insertMember(*m); });
    CHECK(describe(*inWrite(db, [&]() -> Result<std::optional<Member>> { return repo.memberById(m->id); })) ==
          describe(*m));
  }
  const auto named =
      inWrite(db, [&]() -> Result<std::vector<Member>> { return repo.membersNamed(QStringLiteral(" alex OFFICER ")); });
  REQUIRE(named.size() == 1);
  CHECK(named.front().id == full.id);
  CHECK(inWrite(db, [&]() -> Result<std::vector<Member>> { return repo.members(); }).size() == 2);

  const GroupId jag(1), yjag(3);
  inWrite(db, [&]() -> Status {
    repo.setMembership({jag, full.id, MembershipRole::Member});
    repo.setMembership({jag, full.id, MembershipRole::ViceChair});  // a second call changes the role
    repo.setMembership({yjag, bare.id, MembershipRole::Chair});
    repo.setMembership({jag, bare.id, MembershipRole::MinuteTaker});
    return {};
  });
  const auto jagMembers =
      inWrite(db, [&]() -> Result<std::vector<Membership>> { return repo.membershipsOfGroup(jag); });
  REQUIRE(jagMembers.size() == 2);
  CHECK(jagMembers[0].memberId == full.id);
  CHECK(jagMembers[0].role == MembershipRole::ViceChair);
  CHECK(jagMembers[1].role == MembershipRole::MinuteTaker);
  auto chairs = [&](MemberId m, GroupId g) { return inWrite(db, [&]() -> Result<bool> { return repo.chairs(m, g); }); };
  CHECK(chairs(full.id, jag));         // vice chair
  CHECK(chairs(bare.id, yjag));        // chair
  CHECK_FALSE(chairs(bare.id, jag));   // minute taker
  CHECK_FALSE(chairs(full.id, yjag));  // not a member there
}

TEST_CASE("settings are upserted, the risk policy is stored as JSON", "[storage][repository]") {
  auto db = memoryDatabase();
  SettingsRepository settings(*db);
  CHECK_FALSE(
      inWrite(*db, [&]() -> Result<std::optional<QString>> { return settings.get(QStringLiteral("chair.note")); }));
  inWrite(*db, [&]() -> Status {
    settings.set(QStringLiteral("chair.note"), QStringLiteral("first"));
    settings.set(QStringLiteral("chair.note"), QStringLiteral("second"));
    return {};
  });
  CHECK(inWrite(*db, [&]() -> Result<std::optional<QString>> { return settings.get(QStringLiteral("chair.note")); }) ==
        QStringLiteral("second"));

  CHECK(describe(inWrite(*db, [&]() -> Result<RiskPolicy> { return settings.riskPolicy(); })) ==
        describe(RiskPolicy::defaults()));
  const auto custom =
      RiskPolicy::create({{RiskBand::Low, 1, 90}, {RiskBand::Medium, 8, 30}, {RiskBand::High, 15, 7}}, 12).value();
  inWrite(*db, [&]() -> Status {
    settings.setRiskPolicy(custom);
    return {};
  });
  CHECK(describe(inWrite(*db, [&]() -> Result<RiskPolicy> { return settings.riskPolicy(); })) == describe(custom));
  const QString json =
      *inWrite(*db, [&]() -> Result<std::optional<QString>> { return settings.get(QStringLiteral("risk.policy")); });
  CHECK(json == QStringLiteral(R"({"bands":[{"band":"low","min_score":1,"review_days":90},)"
                               R"({"band":"medium","min_score":8,"review_days":30},)"
                               R"({"band":"high","min_score":15,"review_days":7}],"escalation_threshold":12})"));
}

TEST_CASE("a stored risk policy that no longer validates falls back to the defaults", "[storage][repository]") {
  auto db = memoryDatabase();
  SettingsRepository settings(*db);
  const char* const stored[] = {
      "not json at all",
      // two bands
      R"({"bands":[{"band":"low","min_score":1,"review_days":84},)"
      R"({"band":"high","min_score":10,"review_days":28}],"escalation_threshold":15})",
      // an edge at 7, a score the matrix cannot give
      R"({"bands":[{"band":"low","min_score":1,"review_days":84},{"band":"medium","min_score":7,"review_days":42},)"
      R"({"band":"high","min_score":10,"review_days":28}],"escalation_threshold":15})",
      // a band that does not exist
      R"({"bands":[{"band":"extreme","min_score":1,"review_days":84}],"escalation_threshold":15})"};
  for (const char* text : stored) {
    INFO(text);
    inWrite(*db, [&]() -> Status {
      settings.set(QStringLiteral("risk.policy"), QString::fromLatin1(text));
      return {};
    });
    CHECK(describe(inWrite(*db, [&]() -> Result<RiskPolicy> { return settings.riskPolicy(); })) ==
          describe(RiskPolicy::defaults()));
  }
}

TEST_CASE("finding a member by name and an agency or area by code reads an index, not the table",
          "[storage][repository]") {
  auto db = memoryDatabase();
  DirectoryRepository repo(*db);
  QStringList statements;
  db->traceStatements([&statements](const QString& sql) { statements << sql; });
  inWrite(*db, [&]() -> Status {
    repo.membersNamed(QStringLiteral("Robin Example"));
    repo.agencyByCode(QStringLiteral("pol"));
    repo.areaByCode(QStringLiteral("nl62"));
    return {};
  });
  db->traceStatements(nullptr);
  QStringList lookups = statements.filter(QStringLiteral("SELECT"));
  REQUIRE(lookups.size() == 3);
  for (const QString& sql : lookups) {
    const QString plan = inWrite(*db, [&]() -> Result<QString> {
      SqlStatement q(*db, QStringLiteral("EXPLAIN QUERY PLAN ") + sql);
      q.exec();
      QStringList steps;
      while (q.next()) steps << q.text(3);  // the detail column
      return steps.join(QStringLiteral("; "));
    });
    INFO(sql.toStdString() << "\n" << plan.toStdString());
    CHECK(plan.contains(QStringLiteral("USING INDEX")));
    CHECK_FALSE(plan.startsWith(QStringLiteral("SCAN")));
  }
}
