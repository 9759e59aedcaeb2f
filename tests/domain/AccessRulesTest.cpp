#include "Access.h"

#include <catch2/catch.hpp>

#include <map>
#include <string>

using namespace casebook;

namespace {

const GroupId kJag{1};
const GroupId kYjag{3};
const GroupId kLedg{5};

struct Relation {
  const char* name;
  std::set<qint64> memberOf;
  std::set<qint64> chairOf;
  std::optional<GroupPlace> where;
};

// The case is a YJAG case (a sub-group of the JAG) unless the operation is vault-wide.
const std::vector<Relation>& relations() {
  static const std::vector<Relation> all{
      {"member of the case's group", {kYjag.value}, {}, GroupPlace{kYjag, kJag}},
      {"chair of the case's group", {kYjag.value}, {kYjag.value}, GroupPlace{kYjag, kJag}},
      {"chair of the JAG, case in a sub-group", {kJag.value}, {kJag.value}, GroupPlace{kYjag, kJag}},
      {"member (not chair) of the JAG, case in a sub-group", {kJag.value}, {}, GroupPlace{kYjag, kJag}},
      {"chair of another group", {kLedg.value}, {kLedg.value}, GroupPlace{kYjag, kJag}},
      {"no group named (vault-wide, or a list)", {kYjag.value}, {kYjag.value}, std::nullopt},
  };
  return all;
}

// Written out by hand, not computed: one letter an operation, in the order of Operation
// (view, change, create, decide, directory, meeting, import, export, back up, vault,
// report draft, performance data).
const std::map<Role, std::vector<std::string>> kExpected{
    {Role::Administrator,
     {"YYYYYYYYYYYY", "YYYYYYYYYYYY", "YYYYYYYYYYYY", "YYYYYYYYYYYY", "YYYYYYYYYYYY", "YYYYYYYYYYYY"}},
    {Role::Chair, {"YYY-----Y-YY", "YYYY-YYYY-YY", "YYYY-YYYY-YY", "--------Y-YY", "--------Y-YY", "Y-------Y-YY"}},
    {Role::Caseworker,
     {"YYY-----Y-Y-", "YYY-----Y-Y-", "YYY-----Y-Y-", "--------Y-Y-", "--------Y-Y-", "Y-------Y-Y-"}},
    {Role::Viewer, {"Y-------Y---", "Y-------Y---", "Y-------Y---", "--------Y---", "--------Y---", "Y-------Y---"}},
};

}  // namespace

TEST_CASE("access: every role x operation x group relation, against a table written by hand", "[access]") {
  int checked = 0;
  for (const auto& [role, rows] : kExpected) {
    for (std::size_t r = 0; r < relations().size(); ++r) {
      const Relation& rel = relations()[r];
      const AccessProfile who{role, rel.memberOf, rel.chairOf};
      std::string got;
      for (const auto& entry : EnumTable<Operation>::entries) got += permits(who, entry.value, rel.where) ? 'Y' : '-';
      INFO(toKey(role).toStdString() << ", " << rel.name);
      CHECK(got == rows[r]);
      checked += static_cast<int>(got.size());
    }
  }
  CHECK(checked == 4 * 6 * 12);
}

TEST_CASE("access: the JAG chair reaches sub-group cases, the JAG's members do not until escalation", "[access]") {
  const AccessProfile jagChair{Role::Chair, {kJag.value}, {kJag.value}};
  const AccessProfile jagMember{Role::Caseworker, {kJag.value}, {}};
  CHECK(reaches(jagChair, GroupPlace{kYjag, kJag}));
  CHECK_FALSE(reaches(jagMember, GroupPlace{kYjag, kJag}));
  CHECK(reaches(jagMember, GroupPlace{kJag, std::nullopt}));  // an escalated case lives in the JAG
  CHECK_FALSE(reaches(jagChair, GroupPlace{kLedg, std::nullopt}));  // a group outside the JAG's tree
}

TEST_CASE("access: every operation says in words who may do it, for refusals", "[access]") {
  for (const auto& entry : EnumTable<Operation>::entries) {
    INFO(entry.key);
    CHECK_FALSE(whoMay(entry.value).isEmpty());
  }
  CHECK(whoMay(Operation::EnterPerformanceData).contains(QStringLiteral("administrators and chairs")));
  CHECK(whoMay(Operation::SaveReportDraft).contains(QStringLiteral("viewers read and export")));
}
