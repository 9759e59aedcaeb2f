#include "CaseListSql.h"
#include "CaseRepository.h"
#include "StorageFixture.h"
#include "SubjectRepository.h"

#include <catch2/catch.hpp>

using namespace casebook;
using namespace casebook::test;

namespace {

const GroupId kYjag(3), kLcdg(4);

struct Fixture {
  TestBed bed;
  int next = 0;

  CaseId add(const char* name, QStringList aliases = {}, GroupId group = kLcdg, const char* note = nullptr) {
    return inWrite(*bed.db, [&]() -> Result<CaseId> {
      Subject s;
      s.name = QString::fromUtf8(name);
      s.aliases = std::move(aliases);
      s.id = SubjectRepository(*bed.db).insert(s);
      Case c;
      c.reference = formatCaseReference(group == kYjag ? QStringLiteral("YJAG") : QStringLiteral("LCDG"), 2024, ++next);
      c.subject = s;
      c.groupId = group;
      c.status = CaseStatus::Open;
      c.openedOn = QDate(2024, 5, 1);
      c.id = CaseRepository(*bed.db).insert(c);
      if (note) {
        CaseRepository(*bed.db).insertNote({NoteId(), c.id, QDateTime(QDate(2024, 5, 2), QTime(10, 0)),
                                            QStringLiteral("tester"), QString::fromUtf8(note)});
      }
      return c.id;
    });
  }

  // What a search finds, as references; a search that errors fails the test.
  QStringList search(const QString& text, std::optional<GroupId> group = std::nullopt) {
    CaseQuery query;
    query.text = text;
    query.groupId = group;
    const auto found =
        inWrite(*bed.db, [&]() -> Result<std::vector<CaseSummary>> { return CaseRepository(*bed.db).list(query); });
    QStringList refs;
    for (const auto& row : found) refs << row.reference;
    return refs;
  }
  QStringList search(const char* text) { return search(QString::fromUtf8(text)); }
};

const QString kZoe = QStringLiteral("LCDG-2024-001");
const QString kMarek = QStringLiteral("LCDG-2024-002");
const QString kYouth = QStringLiteral("YJAG-2024-003");

}  // namespace

TEST_CASE("search finds cases by subject name prefix, alias, reference and note text", "[storage][search]") {
  Fixture f;
  f.add("Zoë O'Neill-Smith", {QStringLiteral("Birdie")});
  f.add("Marek Nowak", {}, kLcdg, "Seen begging near the bus station with a dog");
  f.add("Riley Youth", {QStringLiteral("Smudge")}, kYjag);

  CHECK(f.search("zoe") == QStringList{kZoe});
  CHECK(f.search("O'Neill") == QStringList{kZoe});
  CHECK(f.search("smi") == QStringList{kZoe});              // prefix of the last name
  CHECK(f.search("birdie") == QStringList{kZoe});           // alias
  CHECK(f.search("BIRD") == QStringList{kZoe});             // alias prefix, any case
  CHECK(f.search("LCDG-2024-002") == QStringList{kMarek});  // reference
  CHECK(f.search("bus station") == QStringList{kMarek});    // note text, every word
  CHECK(f.search("station dog") == QStringList{kMarek});    // words in any order
  CHECK(f.search("station cat").isEmpty());
  CHECK(f.search("nowak").size() == 1);
  CHECK(f.search("2024") == (QStringList{kZoe, kMarek, kYouth}));  // all references hold the year
  CHECK(f.search("nobody").isEmpty());
  CHECK(f.search("") == (QStringList{kZoe, kMarek, kYouth}));  // no text: no search filter
  CHECK(f.search(QStringLiteral("smudge"), kYjag) == QStringList{kYouth});
  CHECK(f.search(QStringLiteral("smudge"), kLcdg).isEmpty());
}

TEST_CASE("each word may match in a different place: a name, a note, a reference", "[storage][search]") {
  Fixture f;
  f.add("Marek Nowak", {}, kLcdg, "Seen begging near the bus station with a dog");
  f.add("Dog Walker Example");
  CHECK(f.search("marek dog") == QStringList{kZoe});
  CHECK(f.search("dog marek") == QStringList{kZoe});
  CHECK(f.search("LCDG-2024-001 station") == QStringList{kZoe});
  CHECK(f.search("dog") == (QStringList{kZoe, kMarek}));
  CHECK(f.search("walker station").isEmpty());  // each word matches, but in different cases
}

TEST_CASE("search ignores diacritics on both sides", "[storage][search]") {
  Fixture f;
  f.add("Zoë Ångström");
  f.add("Zoe Angstrom-Two");
  CHECK(f.search("zoe").size() == 2);
  CHECK(f.search("zoë").size() == 2);
  CHECK(f.search("ANGSTROM") == (QStringList{kZoe, kMarek}));
  CHECK(f.search("ångström") == (QStringList{kZoe, kMarek}));
}

TEST_CASE("the search index follows renames, new aliases and new notes", "[storage][search]") {
  Fixture f;
  const CaseId id = f.add("Jamie Before");
  CHECK(f.search("jamie") == QStringList{kZoe});
  inWrite(*f.bed.db, [&]() -> Status {
    CaseRepository cases(*f.bed.db);
    Case c = *cases.get(id);
    c.subject.name = QStringLiteral("Jordan After");
    c.subject.aliases = {QStringLiteral("Jay")};
    SubjectRepository(*f.bed.db).update(c.subject);
    cases.insertNote({NoteId(), id, QDateTime(QDate(2024, 5, 3), QTime(9, 0)), QStringLiteral("tester"),
                      QStringLiteral("Moved to a hostel")});
    return {};
  });
  CHECK(f.search("jamie").isEmpty());
  CHECK(f.search("jordan") == QStringList{kZoe});
  CHECK(f.search("jay") == QStringList{kZoe});
  CHECK(f.search("hostel") == QStringList{kZoe});
  inWrite(*f.bed.db, [&]() -> Status {
    Subject s = CaseRepository(*f.bed.db).get(id)->subject;
    s.aliases.clear();
    SubjectRepository(*f.bed.db).update(s);
    return {};
  });
  CHECK(f.search("jay").isEmpty());
}

// Schema step 8: the trigger rewrites a case's search row only when its reference or
// subject changes; an edit that assigns them their old values leaves the row alone.
TEST_CASE("the search index follows a new reference, and outlives other edits", "[storage][search]") {
  Fixture f;
  const CaseId id = f.add("Jamie Before");
  f.add("Robin Elsewhere");
  inWrite(*f.bed.db, [&]() -> Status {
    CaseRepository cases(*f.bed.db);
    const Case before = *cases.get(id);
    Case c = before;
    c.status = CaseStatus::Monitoring;
    c.currentScore = 12;
    c.nextReviewOn = QDate(2024, 8, 1);
    cases.update(before, c);
    return {};
  });
  CHECK(f.search("jamie") == QStringList{kZoe});
  CHECK(f.search("LCDG-2024-001") == QStringList{kZoe});
  inWrite(*f.bed.db, [&]() -> Status {
    CaseRepository cases(*f.bed.db);
    const Case before = *cases.get(id);
    Case c = before;
    c.reference = QStringLiteral("LCDG-2024-090");
    cases.update(before, c);
    return {};
  });
  CHECK(f.search("LCDG-2024-001").isEmpty());
  CHECK(f.search("LCDG-2024-090") == QStringList{QStringLiteral("LCDG-2024-090")});
  CHECK(f.search("jamie") == QStringList{QStringLiteral("LCDG-2024-090")});
  CHECK(f.search("robin") == QStringList{kMarek});
}

TEST_CASE("what people type is searched as text, never as FTS syntax", "[storage][search]") {
  Fixture f;
  f.add("Zoë O'Neill-Smith", {QStringLiteral("Near")});
  f.add("Andy Notsmith");
  for (const char* text : {"\"",          "\"\"",        "zoe AND",     "AND",
                           "OR zoe",      "NOT",         "NEAR(",       "NEAR(zoe smith)",
                           "*",           "zoe*",        "-",           "-zoe",
                           "^zoe",        "o'neill",     "smith)",      "(((",
                           "subject:zoe", "zoe + smith", "{reference}", "'; DROP TABLE cases; --"}) {
    INFO(text);
    CHECK_NOTHROW(f.search(text));  // inWrite fails the test if the search errors
  }
  CHECK(f.search("\"zoe\"") == QStringList{kZoe});  // quotes are dropped
  CHECK(f.search("zoe*") == QStringList{kZoe});     // a star is not an operator
  CHECK(f.search("-zoe") == QStringList{kZoe});     // nor is a minus
  CHECK(f.search("near") == QStringList{kZoe});     // NEAR is a word (an alias here)
  CHECK(f.search("andy OR zoe").isEmpty());         // OR is a word, not a union
  CHECK(f.search("subject:zoe").isEmpty());         // not a column filter: "subject" is a word here
  CHECK(f.search("'; DROP TABLE cases; --").isEmpty());
  CHECK(f.search("andy").size() == 1);  // the table is still there
}

TEST_CASE("user text becomes quoted prefix terms", "[storage][search]") {
  CHECK(ftsQueryFromUserText(QStringLiteral("zoe")) == QStringLiteral("\"zoe\"*"));
  CHECK(ftsQueryFromUserText(QStringLiteral("  zoe   o'neill ")) == QStringLiteral("\"zoe\"* \"o'neill\"*"));
  CHECK(ftsQueryFromUserText(QStringLiteral("say \"hello\"")) == QStringLiteral("\"say\"* \"hello\"*"));
  CHECK(ftsQueryFromUserText(QStringLiteral("\" \"\"")).isEmpty());
  CHECK(ftsQueryFromUserText(QString()).isEmpty());
}
