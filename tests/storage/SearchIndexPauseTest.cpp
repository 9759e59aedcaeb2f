#include "CaseRepository.h"
#include "IntegrityCheck.h"
#include "SearchIndexPause.h"
#include "StorageFixture.h"
#include "SubjectRepository.h"
#include "TableCounts.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <map>

using namespace casebook;
using namespace casebook::test;

namespace {

const GroupId kLcdg(4);

CaseId addCase(Database& db, const char* name, int number, const char* note) {
  Subject s;
  s.name = QString::fromUtf8(name);
  s.aliases = {QStringLiteral("Nickname%1").arg(number)};
  s.id = SubjectRepository(db).insert(s);
  Case c;
  c.reference = formatCaseReference(QStringLiteral("LCDG"), 2024, number);
  c.subject = s;
  c.groupId = kLcdg;
  c.status = CaseStatus::Open;
  c.openedOn = QDate(2024, 5, 1);
  c.id = CaseRepository(db).insert(c);
  CaseRepository(db).insertNote({NoteId(), c.id, QDateTime(QDate(2024, 5, 2), QTime(10, 0)), QStringLiteral("tester"),
                                 QString::fromUtf8(note)});
  return c.id;
}

int found(Database& db, const char* text) {
  CaseQuery query;
  query.text = QString::fromUtf8(text);
  return inWrite(db, [&]() -> Result<int> { return CaseRepository(db).count(query); });
}

QString triggers(Database& db) {
  return scalar(db, QStringLiteral("SELECT group_concat(name) FROM "
                                   "(SELECT name FROM sqlite_master WHERE type = 'trigger' ORDER BY name)"));
}

}  // namespace

TEST_CASE("a paused search index is rebuilt once when resumed", "[storage][search]") {
  TestBed bed;
  Database& db = *bed.db;
  const QString before = triggers(db);
  CHECK(before.contains(QStringLiteral("cases_search_insert")));
  inWrite(db, [&]() -> Status {
    SearchIndexPause pause(db);
    CHECK_FALSE(triggers(db).contains(QStringLiteral("search")));
    addCase(db, "Ottoline Quarrendon", 1, "Seen near the ferris wheel");
    addCase(db, "Barnaby Quillfeather", 2, "Asked for help at the library");
    pause.resume();
    return {};
  });
  CHECK(triggers(db) == before);
  CHECK(found(db, "Quarrendon") == 1);
  CHECK(found(db, "nickname2") == 1);
  CHECK(found(db, "library") == 1);
  CHECK(found(db, "LCDG-2024-001") == 1);
  CHECK(inWrite(db, [&]() -> Result<QStringList> { return IntegrityCheck(db).run(); }).isEmpty());
  // The triggers work again for the next write.
  inWrite(db, [&]() -> Status {
    addCase(db, "Perpetua Windlesham", 3, "Moved to a hostel");
    return {};
  });
  CHECK(found(db, "Windlesham") == 1);
  CHECK(found(db, "hostel") == 1);
}

TEST_CASE("a search index paused in a transaction that rolls back is left as it was", "[storage][search]") {
  TestBed bed;
  Database& db = *bed.db;
  const QString before = triggers(db);
  auto failed = db.write([&]() -> Status {
    SearchIndexPause pause(db);
    addCase(db, "Ottoline Quarrendon", 1, "Seen near the ferris wheel");
    return Error::invalid(QStringLiteral("test"), QStringLiteral("cancelled"));
  });
  CHECK_FALSE(failed.ok());
  CHECK(triggers(db) == before);
  inWrite(db, [&]() -> Status {
    addCase(db, "Barnaby Quillfeather", 2, "Asked for help at the library");
    return {};
  });
  CHECK(found(db, "Quillfeather") == 1);
  CHECK(found(db, "Quarrendon") == 0);
  CHECK(inWrite(db, [&]() -> Result<QStringList> { return IntegrityCheck(db).run(); }).isEmpty());
}

TEST_CASE("table counts name every table and the search indexes, not their internals", "[storage]") {
  TestBed bed;
  Database& db = *bed.db;
  inWrite(db, [&]() -> Status {
    addCase(db, "Ottoline Quarrendon", 1, "Seen near the ferris wheel");
    return {};
  });
  const auto counts = inWrite(db, [&]() -> Result<std::vector<TableCount>> { return TableCounts(db).all(); });
  std::map<QString, qint64> byName;
  for (const auto& entry : counts) byName[entry.table] = entry.rows;
  CHECK(byName.at(QStringLiteral("cases")) == 1);
  CHECK(byName.at(QStringLiteral("subject_aliases")) == 1);
  CHECK(byName.at(QStringLiteral("notes")) == 1);
  CHECK(byName.at(QStringLiteral("case_search")) == 1);
  CHECK(byName.at(QStringLiteral("groups")) == 5);
  CHECK(byName.count(QStringLiteral("case_search_data")) == 0);
  CHECK(byName.count(QStringLiteral("sqlite_sequence")) == 0);
  CHECK(std::is_sorted(counts.begin(), counts.end(),
                       [](const TableCount& a, const TableCount& b) { return a.table < b.table; }));
}
