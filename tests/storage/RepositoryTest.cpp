#include "CaseReader.h"
#include "CaseRepository.h"
#include "CaseService.h"
#include "IntegrityCheck.h"
#include "RiskService.h"
#include "SubjectRepository.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>

using namespace casebook;

namespace {

QString addCase(TestBed& bed, const char* group, const char* name, int l, int i, QStringList themes = {},
                const char* area = "") {
  NewCaseInput input;
  input.subject.name = QString::fromUtf8(name);
  input.referral.groupCode = QString::fromLatin1(group);
  input.referral.receivedOn = QDate(2024, 5, 1);
  input.referral.reason = QStringLiteral("Test referral");
  input.referral.initialLikelihood = l;
  input.referral.initialImpact = i;
  input.themes = std::move(themes);
  input.areaCode = QString::fromLatin1(area);
  input.acceptNow = true;
  input.allowLikelyDuplicate = true;
  auto created = CaseService(bed.ctx).create(input);
  REQUIRE(created.ok());
  return created->reference;
}

QStringList references(TestBed& bed, CaseQuery query) {
  query.today = bed.clock.today();
  auto rows = bed.db->read([&]() -> Result<std::vector<CaseSummary>> { return CaseRepository(*bed.db).list(query); });
  QStringList refs;
  if (rows) for (const auto& r : rows.value()) refs << r.reference;
  return refs;
}

}  // namespace

TEST_CASE("a subject round-trips with every optional field", "[storage][repository]") {
  TestBed bed;
  Subject s;
  s.kind = SubjectKind::Person;
  s.name = QStringLiteral("Harley Roundtrip");
  s.aliases = {QStringLiteral("H"), QStringLiteral("Harl")};
  s.dateOfBirth = QDate(1990, 12, 31);
  s.address = QStringLiteral("3 Kestrel Walk");
  auto stored = bed.db->write([&]() -> Result<Subject> {
    SubjectRepository repo(*bed.db);
    return *repo.get(repo.insert(s));
  });
  REQUIRE(stored.ok());
  CHECK(stored->name == s.name);
  CHECK(stored->aliases == s.aliases);
  CHECK(stored->dateOfBirth == s.dateOfBirth);
  CHECK(stored->ageBand.isEmpty());
  CHECK(stored->address == s.address);

  Subject bare;
  bare.kind = SubjectKind::Cohort;
  bare.name = QStringLiteral("Group at the park");
  auto storedBare = bed.db->write([&]() -> Result<Subject> {
    SubjectRepository repo(*bed.db);
    return *repo.get(repo.insert(bare));
  });
  CHECK_FALSE(storedBare->dateOfBirth.has_value());
  CHECK(storedBare->kind == SubjectKind::Cohort);
}

TEST_CASE("case list filters and sorts in SQL", "[storage][repository]") {
  TestBed bed;
  const QString a = addCase(bed, "YJAG", "Alpha Person", 5, 4, {QStringLiteral("cce")}, "NL65");      // 20 very high
  const QString b = addCase(bed, "YJAG", "Bravo Person", 2, 2, {QStringLiteral("asb")}, "NL62");      // 4 low
  const QString c = addCase(bed, "LEDG", "Charlie Person", 3, 4, {QStringLiteral("asb")}, "NL65");    // 12 high
  const QString d = addCase(bed, "AARG", "Alpha Person", 2, 3, {}, "");                               // same name, other subject

  CaseQuery query;
  query.groupId = GroupId(3);  // YJAG: JAG=1, AARG=2, YJAG=3 in seeding order
  CHECK(references(bed, query) == QStringList{a, b});
  query = {};
  query.band = RiskBand::High;
  CHECK(references(bed, query) == QStringList{c});
  query = {};
  query.themeId = ThemeId(1);  // asb is the first theme
  CHECK(references(bed, query) == QStringList{c, b});
  query = {};
  query.sort = CaseQuery::Sort::Score;
  query.descending = true;
  CHECK(references(bed, query) == QStringList{a, c, d, b});
  query.limit = 2;
  query.offset = 1;
  CHECK(references(bed, query) == QStringList{c, d});

  // Assessed on 1 May; on 15 June the very high (14 days), high (28) and medium (42 days)
  // reviews are overdue, the low one (84 days) not yet.
  query = {};
  query.overdueReviewOnly = true;
  CHECK(references(bed, query) == QStringList{d, c, a});
  bed.clock.set(QDate(2024, 9, 1).startOfDay());
  CHECK(references(bed, query).size() == 4);
}

TEST_CASE("a subject open in two groups is flagged in lists", "[storage][repository]") {
  TestBed bed;
  const QString first = addCase(bed, "YJAG", "Eden Twogroups", 3, 3);
  NewCaseInput again;
  auto detail = CaseReader(bed.ctx).get(first);
  REQUIRE(detail.ok());
  // The same subject referred to AARG: a second case for one person.
  auto second = bed.db->write([&]() -> Result<CaseId> {
    Case c = detail->record;
    c.id = CaseId();
    c.reference = QStringLiteral("AARG-2024-050");
    c.groupId = GroupId(2);
    return CaseRepository(*bed.db).insert(c);
  });
  REQUIRE(second.ok());
  CaseQuery query;
  query.openInSeveralGroupsOnly = true;
  CHECK(references(bed, query) == QStringList{QStringLiteral("AARG-2024-050"), first});
  CHECK(CaseReader(bed.ctx).get(first)->openInSeveralGroups);
}

TEST_CASE("search treats FTS syntax in what people type as plain text", "[storage][search]") {
  TestBed bed;
  const QString ref = addCase(bed, "LCDG", "Zoë O'Neill-Smith", 2, 2);
  for (const char* text : {"\"", "zoe AND", "NEAR(", "*", "-", "o'neill", "smith)", "((("}) {
    CaseQuery query;
    query.text = QString::fromUtf8(text);
    INFO(text);
    CHECK_NOTHROW(references(bed, query));
  }
  CaseQuery query;
  query.text = QStringLiteral("zoe");  // diacritics folded
  CHECK(references(bed, query) == QStringList{ref});
  query.text = QStringLiteral("smi");
  CHECK(references(bed, query) == QStringList{ref});
  query.text = ref;
  CHECK(references(bed, query) == QStringList{ref});
}

TEST_CASE("the integrity check is clean, and finds a broken current score", "[storage][integrity]") {
  TestBed bed;
  const QString ref = addCase(bed, "YJAG", "Integrity Person", 3, 3);
  auto clean = bed.db->read([&]() -> Result<QStringList> { return IntegrityCheck(*bed.db).run(); });
  REQUIRE(clean.ok());
  CHECK(clean->isEmpty());
  auto broken = bed.db->write([&]() -> Result<QStringList> {
    CaseRepository repo(*bed.db);
    Case c = *repo.get(*repo.idByReference(ref));
    c.currentScore = 25;
    repo.update(c);
    return IntegrityCheck(*bed.db).run();
  });
  REQUIRE(broken.ok());
  REQUIRE(broken->size() == 1);
  CHECK(broken->front().contains(QStringLiteral("current score")));
}
