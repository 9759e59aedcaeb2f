#include "Directory.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>

using namespace casebook;

namespace {

Group valid() {
  Group g;
  g.code = QStringLiteral("PZ");
  g.name = QStringLiteral("People Zone");
  return g;
}

}  // namespace

TEST_CASE("group codes are 2 to 12 capitals or digits, starting with a letter", "[directory]") {
  for (const char* code : {"JAG", "YJAG", "PZ", "LEDG2", "ABCDEFGHIJKL"}) {
    INFO(code);
    CHECK(validateGroupCode(QString::fromLatin1(code)).ok());
  }
  for (const char* code : {"J", "yjag", "2JAG", "ABCDEFGHIJKLM", "Y-JAG", "Y JAG", ""}) {
    INFO(code);
    const auto refused = validateGroupCode(QString::fromLatin1(code));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == Error::Kind::Invalid);
    CHECK(refused.error().field == QStringLiteral("group code"));
  }
}

TEST_CASE("other codes are up to 32 letters, digits, hyphens or underscores", "[directory]") {
  for (const char* code : {"NL61", "pol", "county_lines", "a-b", "X", "abcdefghijabcdefghijabcdefghij12"}) {
    INFO(code);
    CHECK(validateCode(QString::fromLatin1(code), QStringLiteral("area code")).ok());
  }
  for (const char* code : {"", "-NL", "_x", "NL 61", "NL/61", "abcdefghijabcdefghijabcdefghij123"}) {
    INFO(code);
    const auto refused = validateCode(QString::fromLatin1(code), QStringLiteral("agency code"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().field == QStringLiteral("agency code"));
  }
}

TEST_CASE("a group has a valid code, a name and a meeting cycle of 7 to 180 days", "[directory]") {
  CHECK(validateGroup(valid()).ok());
  auto g = valid();
  g.code = QStringLiteral("pz");
  CHECK(validateGroup(g).error().field == QStringLiteral("group code"));
  g = valid();
  g.name = QStringLiteral(" ");
  CHECK(validateGroup(g).error().field == QStringLiteral("group name"));
  for (int days : {7, 42, 180}) {
    g = valid();
    g.meetingCycleDays = days;
    CHECK(validateGroup(g).ok());
  }
  for (int days : {0, 6, 181}) {
    INFO(days);
    g = valid();
    g.meetingCycleDays = days;
    CHECK(validateGroup(g).error().field == QStringLiteral("meeting cycle"));
  }
}

TEST_CASE("a sub-group is a group with a parent", "[directory]") {
  auto g = valid();
  CHECK_FALSE(g.isSubGroup());
  g.parentId = GroupId(1);
  CHECK(g.isSubGroup());
}

TEST_CASE("a member has a name and, if any, a plausible email", "[directory]") {
  Member m;
  m.name = QStringLiteral("Alex Officer");
  CHECK(validateMember(m).ok());
  m.email = QStringLiteral("alex.officer@example.org");
  CHECK(validateMember(m).ok());
  m.email = QStringLiteral("alex.officer");
  CHECK(validateMember(m).error().field == QStringLiteral("email"));
  m.email.clear();
  m.name = QStringLiteral("  ");
  CHECK(validateMember(m).error().field == QStringLiteral("name"));
}
