#include "ServiceFixture.h"

#include <catch2/catch.hpp>

using namespace casebook;
using namespace casebook::test;

namespace {

QStringList codes(const std::vector<GroupWithCounts>& groups) {
  QStringList result;
  for (const auto& g : groups) result << g.group.code;
  return result;
}

bool chairs(TestBed& bed, MemberId member, const char* group) {
  auto result = bed.db->read([&]() -> Result<bool> {
    DirectoryRepository repo(*bed.db);
    return repo.chairs(member, repo.groupByCode(QString::fromLatin1(group))->id);
  });
  REQUIRE(result.ok());
  return result.value();
}

}  // namespace

TEST_CASE("the default directory is the JAG, its four sub-groups, five beats and ten agencies", "[directory]") {
  TestBed bed;  // seeds the defaults
  DirectoryService directory(bed.ctx);
  const auto groups = directory.groups();
  REQUIRE(groups.ok());
  CHECK(codes(groups.value()) == QStringList({QStringLiteral("JAG"), QStringLiteral("AARG"), QStringLiteral("LCDG"),
                                              QStringLiteral("LEDG"), QStringLiteral("YJAG")}));
  const Group& jag = groups->front().group;
  CHECK_FALSE(jag.parentId.has_value());
  CHECK(jag.closureNeedsChairApproval);
  CHECK(jag.meetingCycleDays == 28);
  for (std::size_t i = 1; i < groups->size(); ++i) {
    CHECK(groups->at(i).group.parentId == jag.id);
    CHECK_FALSE(groups->at(i).group.closureNeedsChairApproval);
  }
  CHECK(directory.areas()->size() == 5);
  CHECK(directory.areas()->front().code == QStringLiteral("NL61"));
  QStringList agencies;
  for (const auto& a : directory.agencies().value()) agencies << a.code;
  CHECK(agencies ==
        QStringList({QStringLiteral("CC"), QStringLiteral("FIRE"), QStringLiteral("HOUS"), QStringLiteral("LA"),
                     QStringLiteral("NHS"), QStringLiteral("POL"), QStringLiteral("PROB"), QStringLiteral("UNI"),
                     QStringLiteral("VOL"), QStringLiteral("YJS")}));
  CHECK(directory.themes()->size() == 16);

  // Seeding again does nothing.
  const QString before = snapshot(bed);
  auto again = directory.seedDefaults();
  REQUIRE(again.ok());
  CHECK_FALSE(again.value());
  CHECK(snapshot(bed) == before);
}

TEST_CASE("a group is added at the top level or under a top-level group", "[directory]") {
  TestBed bed;
  DirectoryService directory(bed.ctx);
  auto pz =
      directory.addGroup({QStringLiteral(" PZ "), QStringLiteral(" People Zone "), QStringLiteral("jag"), true, 56});
  INFO(errorText(pz));
  REQUIRE(pz.ok());
  auto board = directory.addGroup({QStringLiteral("BOARD"), QStringLiteral("Safer Communities Board"), {}, false, 90});
  REQUIRE(board.ok());
  const auto groups = directory.groups().value();
  const auto find = [&](const char* code) {
    for (const auto& g : groups) {
      if (g.group.code == QString::fromLatin1(code)) return g.group;
    }
    FAIL("no group " << code);
    return Group{};
  };
  const Group added = find("PZ");
  CHECK(added.id == pz.value());
  CHECK(added.name == QStringLiteral("People Zone"));
  CHECK(added.parentId == find("JAG").id);
  CHECK(added.closureNeedsChairApproval);
  CHECK(added.meetingCycleDays == 56);
  CHECK_FALSE(find("BOARD").parentId.has_value());

  // Cases can be referred to it at once, with its code in their references.
  auto created = CaseService(bed.ctx).create(newCase("PZ", "Zone Person"));
  REQUIRE(created.ok());
  CHECK(created->reference == QStringLiteral("PZ-2024-001"));
}

TEST_CASE("bad groups are refused and change nothing", "[directory][bad-input]") {
  TestBed bed;
  const QString before = snapshot(bed);
  DirectoryService directory(bed.ctx);
  CHECK_REFUSED_UNCHANGED(bed, before,
                          directory.addGroup({QStringLiteral("YJAG"), QStringLiteral("Again"), {}, false, 42}),
                          Error::Kind::Conflict, "group code");
  CHECK_REFUSED_UNCHANGED(bed, before,
                          directory.addGroup({QStringLiteral("pz"), QStringLiteral("Lower case"), {}, false, 42}),
                          Error::Kind::Invalid, "group code");
  CHECK_REFUSED_UNCHANGED(bed, before,
                          directory.addGroup({QStringLiteral("P"), QStringLiteral("Too short"), {}, false, 42}),
                          Error::Kind::Invalid, "group code");
  CHECK_REFUSED_UNCHANGED(bed, before, directory.addGroup({QStringLiteral("PZ"), QStringLiteral(" "), {}, false, 42}),
                          Error::Kind::Invalid, "group name");
  CHECK_REFUSED_UNCHANGED(bed, before,
                          directory.addGroup({QStringLiteral("PZ"), QStringLiteral("People Zone"), {}, false, 6}),
                          Error::Kind::Invalid, "meeting cycle");
  CHECK_REFUSED_UNCHANGED(
      bed, before,
      directory.addGroup({QStringLiteral("PZ"), QStringLiteral("People Zone"), QStringLiteral("NOPE"), false, 42}),
      Error::Kind::Invalid, "parent");
  // Sub-groups hang from a top-level group, not from another sub-group.
  CHECK_REFUSED_UNCHANGED(
      bed, before,
      directory.addGroup({QStringLiteral("PZ"), QStringLiteral("People Zone"), QStringLiteral("YJAG"), false, 42}),
      Error::Kind::Invalid, "parent");
}

TEST_CASE("areas and agencies are added once, codes upper-cased", "[directory]") {
  TestBed bed;
  DirectoryService directory(bed.ctx);
  REQUIRE(directory.addArea(QStringLiteral(" nl66 "), QStringLiteral("Beat NL66 (west)")).ok());
  REQUIRE(directory.addArea(QStringLiteral("pz1"), {}).ok());
  REQUIRE(directory.addAgency(QStringLiteral("dwp"), QStringLiteral("Jobcentre")).ok());
  QStringList areas;
  for (const auto& a : directory.areas().value()) areas << a.code + QLatin1Char('=') + a.name;
  CHECK(areas.contains(QStringLiteral("NL66=Beat NL66 (west)")));
  CHECK(areas.contains(QStringLiteral("PZ1=pz1")));  // the name defaults to the code as typed
  bool found = false;
  for (const auto& a : directory.agencies().value())
    found = found || (a.code == QStringLiteral("DWP") && a.name == QStringLiteral("Jobcentre"));
  CHECK(found);

  const QString before = snapshot(bed);
  CHECK_REFUSED_UNCHANGED(bed, before, directory.addArea(QStringLiteral("NL66"), QStringLiteral("Again")),
                          Error::Kind::Conflict, "area code");
  CHECK_REFUSED_UNCHANGED(bed, before, directory.addArea(QStringLiteral("nl61"), QStringLiteral("Again")),
                          Error::Kind::Conflict, "area code");
  CHECK_REFUSED_UNCHANGED(bed, before, directory.addArea(QStringLiteral("NL 67"), QStringLiteral("Space")),
                          Error::Kind::Invalid, "area code");
  CHECK_REFUSED_UNCHANGED(bed, before, directory.addAgency(QStringLiteral("pol"), QStringLiteral("Police again")),
                          Error::Kind::Conflict, "agency code");
  CHECK_REFUSED_UNCHANGED(bed, before, directory.addAgency(QStringLiteral("RSPCA"), QStringLiteral(" ")),
                          Error::Kind::Invalid, "agency name");
  CHECK_REFUSED_UNCHANGED(bed, before, directory.addAgency(QStringLiteral("A/B"), QStringLiteral("Slash")),
                          Error::Kind::Invalid, "agency code");
}

TEST_CASE("members join groups in roles, chairs can approve closures", "[directory]") {
  TestBed bed;
  DirectoryService directory(bed.ctx);
  auto id = directory.addMember({QStringLiteral(" Alex Officer "), QStringLiteral("pol"), QStringLiteral("Sergeant"),
                                 QStringLiteral("alex.officer@example.org"), QStringLiteral("01234 567890"),
                                 QStringLiteral("YJAG"), MembershipRole::Chair});
  INFO(errorText(id));
  REQUIRE(id.ok());
  const auto members = directory.members().value();
  REQUIRE(members.size() == 1);
  CHECK(members.front().name == QStringLiteral("Alex Officer"));
  CHECK(members.front().jobTitle == QStringLiteral("Sergeant"));
  CHECK(members.front().email == QStringLiteral("alex.officer@example.org"));
  CHECK(members.front().agencyId.has_value());
  CHECK(chairs(bed, id.value(), "YJAG"));
  CHECK_FALSE(chairs(bed, id.value(), "JAG"));

  REQUIRE(
      directory.addMembership(QStringLiteral("alex officer"), QStringLiteral("JAG"), MembershipRole::ViceChair).ok());
  CHECK(chairs(bed, id.value(), "JAG"));
  REQUIRE(directory.addMembership(QStringLiteral("#%1").arg(id->value), QStringLiteral("YJAG"), MembershipRole::Member)
              .ok());
  CHECK_FALSE(chairs(bed, id.value(), "YJAG"));  // the role was replaced

  const auto chairNames = directory.chairsOf(GroupId(1));  // the JAG
  REQUIRE(chairNames.ok());
  CHECK(chairNames.value() == QStringList{QStringLiteral("Alex Officer")});
  CHECK(directory.chairsOf(GroupId(3))->isEmpty());  // YJAG: a member now, no longer a chair

  auto noAgency = directory.addMember({QStringLiteral("Bea Volunteer"), {}, {}, {}, {}, {}, MembershipRole::Member});
  REQUIRE(noAgency.ok());
  CHECK(directory.members()->size() == 2);
}

TEST_CASE("bad members and memberships are refused and change nothing", "[directory][bad-input]") {
  TestBed bed;
  addMember(bed, "Alex Officer");
  const QString before = snapshot(bed);
  DirectoryService directory(bed.ctx);
  auto member = [](const char* name, const char* agency, const char* email, const char* group) {
    return NewMemberInput{QString::fromLatin1(name),  QString::fromLatin1(agency), {}, QString::fromLatin1(email), {},
                          QString::fromLatin1(group), MembershipRole::Member};
  };
  CHECK_REFUSED_UNCHANGED(bed, before, directory.addMember(member(" ", "POL", "", "")), Error::Kind::Invalid, "name");
  CHECK_REFUSED_UNCHANGED(bed, before, directory.addMember(member("Cal Example", "MI5", "", "")), Error::Kind::Invalid,
                          "agency");
  CHECK_REFUSED_UNCHANGED(bed, before, directory.addMember(member("Cal Example", "POL", "not-an-email", "")),
                          Error::Kind::Invalid, "email");
  CHECK_REFUSED_UNCHANGED(bed, before, directory.addMember(member("Cal Example", "POL", "", "NOPE")),
                          Error::Kind::Invalid, "group");
  CHECK_REFUSED_UNCHANGED(
      bed, before, directory.addMembership(QStringLiteral("Nobody"), QStringLiteral("JAG"), MembershipRole::Chair),
      Error::Kind::Invalid, "member");
  CHECK_REFUSED_UNCHANGED(
      bed, before,
      directory.addMembership(QStringLiteral("Alex Officer"), QStringLiteral("NOPE"), MembershipRole::Chair),
      Error::Kind::Invalid, "group");
  // Two members of the same name: the id is needed.
  addMember(bed, "Alex Officer", "", MembershipRole::Member, "POL");
  const QString twins = snapshot(bed);
  const auto ambiguous =
      directory.addMembership(QStringLiteral("Alex Officer"), QStringLiteral("JAG"), MembershipRole::Chair);
  CHECK_REFUSED_UNCHANGED(bed, twins, ambiguous, Error::Kind::Invalid, "member");
  CHECK(ambiguous.error().fix.contains(QStringLiteral("#id")));
}
