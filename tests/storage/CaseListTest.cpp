#include "CaseRepository.h"
#include "DirectoryRepository.h"
#include "StorageFixture.h"
#include "SubjectRepository.h"

#include <QHash>

#include <catch2/catch.hpp>

using namespace casebook;
using namespace casebook::test;

namespace {

const GroupId kJag(1), kAarg(2), kYjag(3), kLcdg(4), kLedg(5);
const AreaId kNl62(2), kNl65(5);
const QDate kToday(2024, 6, 15);

struct Row {
  const char* reference;
  const char* subject;  // cases naming the same subject share it
  GroupId group;
  CaseStatus status;
  std::optional<int> score;
  std::optional<RiskBand> band;
  std::optional<QDate> nextReview;
  std::optional<AreaId> area;
  int owner;  // 0 none, 1 Alex, 2 Bea
  QStringList themes;
  QDate opened;
};

// Six cases chosen so that every filter and sort order gives a different answer.
// Alpha is open in YJAG and referred to AARG: open in two groups. Delta is closed in LCDG
// and open in the JAG: open in one group only.
const std::vector<Row>& rows() {
  static const std::vector<Row> table{
      {"YJAG-2024-001",
       "Alpha",
       kYjag,
       CaseStatus::Open,
       20,
       RiskBand::VeryHigh,
       QDate(2024, 6, 1),
       kNl65,
       1,
       {QStringLiteral("cce")},
       QDate(2024, 1, 10)},
      {"YJAG-2024-002",
       "bravo",
       kYjag,
       CaseStatus::Monitoring,
       4,
       RiskBand::Low,
       QDate(2024, 8, 1),
       kNl62,
       2,
       {QStringLiteral("asb")},
       QDate(2024, 2, 10)},
      {"LEDG-2024-001",
       "Charlie",
       kLedg,
       CaseStatus::Open,
       12,
       RiskBand::High,
       QDate(2024, 6, 14),
       kNl65,
       1,
       {QStringLiteral("asb"), QStringLiteral("cce")},
       QDate(2024, 3, 10)},
      {"AARG-2024-001",
       "Alpha",
       kAarg,
       CaseStatus::Referred,
       std::nullopt,
       std::nullopt,
       std::nullopt,
       std::nullopt,
       0,
       {},
       QDate(2024, 4, 10)},
      {"LCDG-2024-001",
       "Delta",
       kLcdg,
       CaseStatus::Closed,
       9,
       RiskBand::Medium,
       QDate(2024, 5, 1),
       kNl62,
       2,
       {QStringLiteral("nte")},
       QDate(2024, 1, 5)},
      {"JAG-2024-001",
       "Delta",
       kJag,
       CaseStatus::Open,
       16,
       RiskBand::High,
       QDate(2024, 7, 1),
       std::nullopt,
       0,
       {},
       QDate(2024, 5, 10)},
  };
  return table;
}

struct Fixture {
  TestBed bed;
  MemberId alex;
  MemberId bea;

  Fixture() {
    inWrite(*bed.db, [&]() -> Status {
      DirectoryRepository directory(*bed.db);
      alex = directory.insertMember({MemberId(), QStringLiteral("Alex Officer"), AgencyId(1), {}, {}, {}, true});
      bea = directory.insertMember({MemberId(), QStringLiteral("Bea Worker"), AgencyId(2), {}, {}, {}, true});
      QHash<QString, Subject> subjects;
      for (const Row& row : rows()) {
        const QString name = QString::fromLatin1(row.subject);
        if (!subjects.contains(name)) {
          Subject s;
          s.name = name;
          s.id = SubjectRepository(*bed.db).insert(s);
          subjects.insert(name, s);
        }
        Case c;
        c.reference = QString::fromLatin1(row.reference);
        c.subject = subjects.value(name);
        c.groupId = row.group;
        c.status = row.status;
        c.currentScore = row.score;
        c.currentBand = row.band;
        c.nextReviewOn = row.nextReview;
        c.areaId = row.area;
        if (row.owner == 1) c.ownerId = alex;
        if (row.owner == 2) c.ownerId = bea;
        c.themes = row.themes;
        c.openedOn = row.opened;
        if (row.status == CaseStatus::Closed) {
          c.closedOn = QDate(2024, 5, 20);
          c.outcome = Outcome::RiskReduced;
        }
        CaseRepository(*bed.db).insert(c);
      }
      return {};
    });
  }

  // The references a query returns, in order; and the count agrees with an unpaged list.
  QStringList references(CaseQuery query) {
    query.today = kToday;
    auto found =
        inWrite(*bed.db, [&]() -> Result<std::vector<CaseSummary>> { return CaseRepository(*bed.db).list(query); });
    QStringList refs;
    for (const auto& s : found) refs << s.reference;
    if (query.offset == 0 && query.limit >= 200) {
      CHECK(inWrite(*bed.db, [&]() -> Result<int> { return CaseRepository(*bed.db).count(query); }) == refs.size());
    }
    return refs;
  }

  ThemeId theme(const char* code) {
    return inWrite(*bed.db,
                   [&]() -> Result<std::optional<Theme>> {
                     return DirectoryRepository(*bed.db).themeByCode(QString::fromLatin1(code));
                   })
        ->id;
  }
};

QStringList refs(std::initializer_list<const char*> list) {
  QStringList result;
  for (const char* r : list) result << QString::fromLatin1(r);
  return result;
}

}  // namespace

TEST_CASE("each case list filter returns exactly its cases", "[storage][caselist]") {
  Fixture f;
  CaseQuery q;
  CHECK(f.references(q) ==
        refs({"AARG-2024-001", "JAG-2024-001", "LCDG-2024-001", "LEDG-2024-001", "YJAG-2024-001", "YJAG-2024-002"}));
  SECTION("group") {
    q.groupId = kYjag;
    CHECK(f.references(q) == refs({"YJAG-2024-001", "YJAG-2024-002"}));
    q.groupId = kJag;
    CHECK(f.references(q) == refs({"JAG-2024-001"}));
  }
  SECTION("status") {
    q.statuses = {CaseStatus::Open};
    CHECK(f.references(q) == refs({"JAG-2024-001", "LEDG-2024-001", "YJAG-2024-001"}));
    q.statuses = {CaseStatus::Open, CaseStatus::Monitoring};
    CHECK(f.references(q) == refs({"JAG-2024-001", "LEDG-2024-001", "YJAG-2024-001", "YJAG-2024-002"}));
    q.statuses = {CaseStatus::Closed};
    CHECK(f.references(q) == refs({"LCDG-2024-001"}));
    q.statuses = {CaseStatus::Referred};
    CHECK(f.references(q) == refs({"AARG-2024-001"}));
  }
  SECTION("band") {
    q.band = RiskBand::High;
    CHECK(f.references(q) == refs({"JAG-2024-001", "LEDG-2024-001"}));
    q.band = RiskBand::VeryHigh;
    CHECK(f.references(q) == refs({"YJAG-2024-001"}));
    q.band = RiskBand::Low;
    CHECK(f.references(q) == refs({"YJAG-2024-002"}));
  }
  SECTION("theme") {
    q.themeId = f.theme("asb");
    CHECK(f.references(q) == refs({"LEDG-2024-001", "YJAG-2024-002"}));
    q.themeId = f.theme("cce");
    CHECK(f.references(q) == refs({"LEDG-2024-001", "YJAG-2024-001"}));
    q.themeId = f.theme("prevent");
    CHECK(f.references(q).isEmpty());
  }
  SECTION("area") {
    q.areaId = kNl65;
    CHECK(f.references(q) == refs({"LEDG-2024-001", "YJAG-2024-001"}));
    q.areaId = kNl62;
    CHECK(f.references(q) == refs({"LCDG-2024-001", "YJAG-2024-002"}));
  }
  SECTION("owner") {
    q.ownerId = f.alex;
    CHECK(f.references(q) == refs({"LEDG-2024-001", "YJAG-2024-001"}));
    q.ownerId = f.bea;
    CHECK(f.references(q) == refs({"LCDG-2024-001", "YJAG-2024-002"}));
  }
  SECTION("review overdue: active cases whose review date has passed") {
    q.overdueReviewOnly = true;
    CHECK(f.references(q) == refs({"LEDG-2024-001", "YJAG-2024-001"}));  // LCDG's is past, but closed
  }
  SECTION("open in several groups") {
    q.openInSeveralGroupsOnly = true;
    CHECK(f.references(q) == refs({"AARG-2024-001", "YJAG-2024-001"}));  // not Delta: closed in LCDG
  }
  SECTION("filters combine") {
    q.groupId = kYjag;
    q.themeId = f.theme("asb");
    CHECK(f.references(q) == refs({"YJAG-2024-002"}));
    q.themeId.reset();
    q.statuses = {CaseStatus::Open};
    q.overdueReviewOnly = true;
    CHECK(f.references(q) == refs({"YJAG-2024-001"}));
  }
}

TEST_CASE("each sort order returns the cases in its order, ties by creation", "[storage][caselist]") {
  Fixture f;
  CaseQuery q;
  q.sort = CaseQuery::Sort::Subject;  // case-insensitive: "bravo" between Alpha and Charlie
  CHECK(f.references(q) ==
        refs({"YJAG-2024-001", "AARG-2024-001", "YJAG-2024-002", "LEDG-2024-001", "LCDG-2024-001", "JAG-2024-001"}));
  q.sort = CaseQuery::Sort::Group;
  CHECK(f.references(q) ==
        refs({"AARG-2024-001", "JAG-2024-001", "LCDG-2024-001", "LEDG-2024-001", "YJAG-2024-001", "YJAG-2024-002"}));
  q.sort = CaseQuery::Sort::CaseStatus;
  CHECK(f.references(q) ==
        refs({"LCDG-2024-001", "YJAG-2024-002", "YJAG-2024-001", "LEDG-2024-001", "JAG-2024-001", "AARG-2024-001"}));
  q.sort = CaseQuery::Sort::Score;  // unscored first
  CHECK(f.references(q) ==
        refs({"AARG-2024-001", "YJAG-2024-002", "LCDG-2024-001", "LEDG-2024-001", "JAG-2024-001", "YJAG-2024-001"}));
  q.sort = CaseQuery::Sort::NextReview;  // no review date last
  CHECK(f.references(q) ==
        refs({"LCDG-2024-001", "YJAG-2024-001", "LEDG-2024-001", "JAG-2024-001", "YJAG-2024-002", "AARG-2024-001"}));
  q.sort = CaseQuery::Sort::Opened;
  CHECK(f.references(q) ==
        refs({"LCDG-2024-001", "YJAG-2024-001", "YJAG-2024-002", "LEDG-2024-001", "AARG-2024-001", "JAG-2024-001"}));
  q.sort = CaseQuery::Sort::Reference;
  q.descending = true;
  CHECK(f.references(q) ==
        refs({"YJAG-2024-002", "YJAG-2024-001", "LEDG-2024-001", "LCDG-2024-001", "JAG-2024-001", "AARG-2024-001"}));
  q.sort = CaseQuery::Sort::Score;
  CHECK(f.references(q) ==
        refs({"YJAG-2024-001", "JAG-2024-001", "LEDG-2024-001", "LCDG-2024-001", "YJAG-2024-002", "AARG-2024-001"}));
  q.sort = CaseQuery::Sort::Subject;  // ties reversed too
  CHECK(f.references(q) ==
        refs({"JAG-2024-001", "LCDG-2024-001", "LEDG-2024-001", "YJAG-2024-002", "AARG-2024-001", "YJAG-2024-001"}));
}

TEST_CASE("case lists page through the sorted rows", "[storage][caselist]") {
  Fixture f;
  CaseQuery q;
  q.sort = CaseQuery::Sort::Score;
  q.descending = true;
  q.limit = 2;
  CHECK(f.references(q) == refs({"YJAG-2024-001", "JAG-2024-001"}));
  q.offset = 2;
  CHECK(f.references(q) == refs({"LEDG-2024-001", "LCDG-2024-001"}));
  q.offset = 6;
  CHECK(f.references(q).isEmpty());
  q.offset = 0;
  q.limit = 200;
  q.band = RiskBand::High;
  CHECK(inWrite(*f.bed.db, [&]() -> Result<int> { return CaseRepository(*f.bed.db).count(q); }) == 2);
}

TEST_CASE("a case list row carries what the list shows", "[storage][caselist]") {
  Fixture f;
  CaseQuery q;
  q.today = kToday;
  q.groupId = kYjag;
  const auto found =
      inWrite(*f.bed.db, [&]() -> Result<std::vector<CaseSummary>> { return CaseRepository(*f.bed.db).list(q); });
  REQUIRE(found.size() == 2);
  const CaseSummary& alpha = found[0];
  CHECK(alpha.reference == QStringLiteral("YJAG-2024-001"));
  CHECK(alpha.groupCode == QStringLiteral("YJAG"));
  CHECK(alpha.subjectKind == SubjectKind::Person);
  CHECK(alpha.subjectName == QStringLiteral("Alpha"));
  CHECK(alpha.status == CaseStatus::Open);
  CHECK(alpha.score == 20);
  CHECK(alpha.band == RiskBand::VeryHigh);
  CHECK(alpha.nextReviewOn == QDate(2024, 6, 1));
  CHECK(alpha.reviewOverdue);
  CHECK(alpha.ownerName == QStringLiteral("Alex Officer"));
  CHECK(alpha.areaCode == QStringLiteral("NL65"));
  CHECK(alpha.themes == QStringList{QStringLiteral("cce")});
  CHECK(alpha.openedOn == QDate(2024, 1, 10));
  CHECK(alpha.openInSeveralGroups);
  const CaseSummary& bravo = found[1];
  CHECK_FALSE(bravo.reviewOverdue);
  CHECK_FALSE(bravo.openInSeveralGroups);
  CHECK(bravo.status == CaseStatus::Monitoring);
}
