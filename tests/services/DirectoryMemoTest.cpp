#include "Lookup.h"
#include "ServiceFixture.h"

#include <catch2/catch.hpp>

namespace casebook::test {

namespace {

struct Found {
  QString group;
  AreaId area;
  AgencyId agency;
  MemberId member;
  QStringList themes;
  int statements = 0;  // SELECTs the database ran for them
};

// Looks the same names up twice, as an import row does (checked, then used).
Found lookTwice(TestBed& bed, bool withMemo) {
  int selects = 0;
  bed.db->traceStatements([&selects](const QString& sql) {
    if (sql.startsWith(QStringLiteral("SELECT"))) ++selects;
  });
  Found found;
  const Status done = bed.db->write([&]() -> Status {
    std::optional<DirectoryMemo::Scope> memo;
    if (withMemo) memo.emplace(bed.ctx);
    for (int pass = 0; pass < 2; ++pass) {
      Lookup lookup(bed.ctx);
      found.group = lookup.group(QStringLiteral("YJAG"))->code;
      found.area = lookup.area(QStringLiteral("NL62")).value();
      found.agency = lookup.agency(QStringLiteral("POL")).value();
      found.member = lookup.member(QStringLiteral("Robin Example")).value();
      found.themes = lookup.themes({QStringLiteral("Domestic abuse"), QStringLiteral("cuckooing")}).value();
    }
    return {};
  });
  bed.db->traceStatements(nullptr);
  REQUIRE(done.ok());
  found.statements = selects;
  return found;
}

}  // namespace

TEST_CASE("inside a directory memo, each name is read from the database once and gives the same answer",
          "[services][lookup]") {
  TestBed bed;
  addMember(bed, "Robin Example", "YJAG");
  const Found plain = lookTwice(bed, false);
  const Found kept = lookTwice(bed, true);
  CHECK(kept.group == plain.group);
  CHECK(kept.area == plain.area);
  CHECK(kept.agency == plain.agency);
  CHECK(kept.member == plain.member);
  CHECK(kept.themes == plain.themes);
  CHECK(kept.themes == QStringList{QStringLiteral("domestic_abuse"), QStringLiteral("cuckooing")});
  // The second pass costs nothing with the memo, so half the statements are left.
  REQUIRE(plain.statements > 0);
  CHECK(kept.statements * 2 == plain.statements);
  CHECK(bed.ctx.directoryMemo == nullptr);
}

TEST_CASE("a directory memo keeps no refusal: an unknown name is refused every time, with the list of known ones",
          "[services][lookup]") {
  TestBed bed;
  const Status done = bed.db->write([&]() -> Status {
    const DirectoryMemo::Scope memo(bed.ctx);
    for (int pass = 0; pass < 2; ++pass) {
      auto group = Lookup(bed.ctx).group(QStringLiteral("NOPE"));
      REQUIRE_FALSE(group.ok());
      CHECK(group.error().field == QStringLiteral("group"));
      CHECK(group.error().fix.contains(QStringLiteral("YJAG")));
      auto themes = Lookup(bed.ctx).themes({QStringLiteral("not a theme")});
      REQUIRE_FALSE(themes.ok());
      CHECK(themes.error().problem.contains(QStringLiteral("not a theme")));
    }
    CHECK(bed.ctx.directoryMemo->groups.isEmpty());
    CHECK(bed.ctx.directoryMemo->themes.isEmpty());
    return {};
  });
  REQUIRE(done.ok());
}

TEST_CASE("a directory memo opened inside another keeps the outer one, which ends with its own scope",
          "[services][lookup]") {
  TestBed bed;
  const Status done = bed.db->write([&]() -> Status {
    const DirectoryMemo::Scope outer(bed.ctx);
    DirectoryMemo* const kept = bed.ctx.directoryMemo;
    REQUIRE(kept != nullptr);
    {
      const DirectoryMemo::Scope inner(bed.ctx);
      CHECK(bed.ctx.directoryMemo == kept);
      REQUIRE(Lookup(bed.ctx).group(QStringLiteral("JAG")).ok());
    }
    CHECK(bed.ctx.directoryMemo == kept);
    CHECK(kept->groups.contains(QStringLiteral("JAG")));
    return {};
  });
  REQUIRE(done.ok());
  CHECK(bed.ctx.directoryMemo == nullptr);
}

}  // namespace casebook::test
