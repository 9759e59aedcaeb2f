#include "CaseRepository.h"
#include "DirectoryRepository.h"
#include "StorageFixture.h"
#include "SubjectRepository.h"

#include <catch2/catch.hpp>

#include <tuple>

using namespace casebook;
using namespace casebook::test;

namespace {

// Seeding order of TestBed: JAG 1, AARG 2, YJAG 3, LCDG 4, LEDG 5; POL 1, LA 2; NL61 1 ... NL65 5.
const GroupId kJag(1), kAarg(2), kYjag(3);

QString describe(const Subject& s) {
  return QStringList{QString::number(s.id.value), toKey(s.kind), s.name,   s.aliases.join(QLatin1Char(';')),
                     text(s.dateOfBirth),         s.ageBand,     s.address}
      .join(QLatin1Char('|'));
}

QString describe(const Case& c) {
  return QStringList{QString::number(c.id.value),
                     c.reference,
                     describe(c.subject),
                     toKey(c.subjectRole),
                     QString::number(c.groupId.value),
                     text(c.areaId),
                     text(c.leadAgencyId),
                     text(c.ownerId),
                     text(c.priorityId),
                     c.themes.join(QLatin1Char(',')),
                     c.lawfulBasis,
                     toKey(c.status),
                     c.addedReason,
                     c.openedOn.toString(Qt::ISODate),
                     text(c.closedOn),
                     keyText(c.outcome),
                     keyText(c.transferredTo),
                     c.closureNote,
                     text(c.closureApprovedBy),
                     text(c.currentScore),
                     keyText(c.currentBand),
                     text(c.nextReviewOn)}
      .join(QLatin1Char('|'));
}

Subject storedSubject(TestBed& bed, const char* name) {
  return inWrite(*bed.db, [&]() -> Result<Subject> {
    Subject s;
    s.name = QString::fromUtf8(name);
    s.id = SubjectRepository(*bed.db).insert(s);
    return s;
  });
}

Case minimalCase(const Subject& subject, const char* reference, GroupId group) {
  Case c;
  c.reference = QString::fromLatin1(reference);
  c.subject = subject;
  c.groupId = group;
  c.status = CaseStatus::Open;
  c.openedOn = QDate(2024, 5, 1);
  return c;
}

CaseId insertCase(TestBed& bed, const Case& c) {
  return inWrite(*bed.db, [&]() -> Result<CaseId> { return CaseRepository(*bed.db).insert(c); });
}

Case load(TestBed& bed, CaseId id) {
  return inWrite(*bed.db, [&]() -> Result<Case> {
    auto c = CaseRepository(*bed.db).get(id);
    REQUIRE(c.has_value());
    return *c;
  });
}

}  // namespace

TEST_CASE("a subject round-trips with every optional field set or empty", "[storage][repository]") {
  TestBed bed;
  Subject full;
  full.kind = SubjectKind::Person;
  full.name = QStringLiteral("Harley Roundtrip");
  full.aliases = {QStringLiteral("H"), QStringLiteral("Harl")};
  full.dateOfBirth = QDate(1990, 12, 31);
  full.ageBand = QStringLiteral("26-40");
  full.address = QStringLiteral("3 Kestrel Walk");
  Subject bare;
  bare.kind = SubjectKind::Cohort;
  bare.name = QStringLiteral("Group at the park");
  for (Subject s : {full, bare}) {
    const Subject stored = inWrite(*bed.db, [&]() -> Result<Subject> {
      SubjectRepository repo(*bed.db);
      s.id = repo.insert(s);
      return *repo.get(s.id);
    });
    CHECK(describe(stored) == describe(s));
  }
  CHECK(scalar(*bed.db, QStringLiteral("SELECT date_of_birth IS NULL FROM subjects WHERE kind = 'cohort'")) ==
        QStringLiteral("1"));
  CHECK(scalar(*bed.db, QStringLiteral("SELECT date_of_birth FROM subjects WHERE kind = 'person'")) ==
        QStringLiteral("1990-12-31"));
}

TEST_CASE("updating a subject replaces its aliases and folded keys", "[storage][repository]") {
  TestBed bed;
  Subject s = storedSubject(bed, "Casey Before");
  s.name = QStringLiteral("Casey Åfter");
  s.aliases = {QStringLiteral("CA")};
  s.address = QStringLiteral("12, Mill Lane");
  const Subject stored = inWrite(*bed.db, [&]() -> Result<Subject> {
    SubjectRepository(*bed.db).update(s);
    return *SubjectRepository(*bed.db).get(s.id);
  });
  CHECK(describe(stored) == describe(s));
  CHECK(scalar(*bed.db, QStringLiteral("SELECT name_key || '/' || address_key FROM subjects")) ==
        QStringLiteral("casey after/12milllane"));
  CHECK(scalar(*bed.db, QStringLiteral("SELECT group_concat(alias_key) FROM subject_aliases")) == QStringLiteral("ca"));
}

TEST_CASE("duplicate candidates are found by folded name, alias or address", "[storage][repository]") {
  TestBed bed;
  Subject existing;
  existing.name = QStringLiteral("Zoë O'Neill");
  existing.aliases = {QStringLiteral("Zed")};
  existing.dateOfBirth = QDate(2007, 5, 1);
  existing.address = QStringLiteral("4 Heron Close");
  existing.id = inWrite(*bed.db, [&]() -> Result<SubjectId> { return SubjectRepository(*bed.db).insert(existing); });
  insertCase(bed, minimalCase(existing, "YJAG-2024-001", kYjag));
  storedSubject(bed, "Unrelated Person");

  auto candidates = [&](Subject probe) {
    return inWrite(*bed.db, [&]() -> Result<std::vector<DuplicateCandidate>> {
      return SubjectRepository(*bed.db).candidatesFor(probe);
    });
  };
  Subject byName;
  byName.name = QStringLiteral("ZOE ONEILL");
  auto found = candidates(byName);
  REQUIRE(found.size() == 1);
  CHECK(found.front().subject.id == existing.id);
  CHECK(found.front().caseReferences == QStringList{QStringLiteral("YJAG-2024-001")});
  Subject byAlias;
  byAlias.name = QStringLiteral("zed");
  CHECK(candidates(byAlias).size() == 1);
  Subject byAddress;
  byAddress.name = QStringLiteral("Somebody New");
  byAddress.address = QStringLiteral("4, HERON CLOSE");
  CHECK(candidates(byAddress).size() == 1);
  Subject nobody;
  nobody.name = QStringLiteral("Somebody New");
  CHECK(candidates(nobody).empty());
  CHECK(candidates(existing).empty());  // a subject is not its own duplicate
}

TEST_CASE("a case round-trips with every optional field set", "[storage][repository]") {
  TestBed bed;
  MemberId owner, chair;
  inWrite(*bed.db, [&]() -> Status {
    DirectoryRepository directory(*bed.db);
    owner = directory.insertMember({MemberId(), QStringLiteral("Owen Owner"), AgencyId(1), {}, {}, {}, true});
    chair = directory.insertMember({MemberId(), QStringLiteral("Chris Chair"), AgencyId(2), {}, {}, {}, true});
    execScript(*bed.db, QStringLiteral("INSERT INTO plans (id, title, starts_on, ends_on) VALUES "
                                       "(1, 'Partnership Plan 2023-26', '2023-04-01', '2026-03-31')"));
    execScript(*bed.db,
               QStringLiteral("INSERT INTO plan_themes (id, plan_id, position, title) VALUES (1, 1, 1, 'Safer')"));
    execScript(*bed.db,
               QStringLiteral("INSERT INTO priorities (id, plan_theme_id, code, title) VALUES (7, 1, 'P1', 'ASB')"));
    return {};
  });
  Case c = minimalCase(storedSubject(bed, "Full Case"), "JAG-2024-001", kJag);
  c.subjectRole = SubjectRole::Both;
  c.areaId = AreaId(5);
  c.leadAgencyId = AgencyId(2);
  c.ownerId = owner;
  c.priorityId = PriorityId(7);
  c.themes = {QStringLiteral("asb"), QStringLiteral("cuckooing")};
  c.lawfulBasis = QStringLiteral("Crime and Disorder Act 1998 s.115");
  c.status = CaseStatus::Closed;
  c.addedReason = QStringLiteral("Address taken over by dealers");
  c.openedOn = QDate(2024, 1, 10);
  c.closedOn = QDate(2024, 6, 1);
  c.outcome = Outcome::TransferredToOtherForum;
  c.transferredTo = Forum::Mappa;
  c.closureNote = QStringLiteral("Managed under MAPPA level 2");
  c.closureApprovedBy = chair;
  c.currentScore = 16;
  c.currentBand = RiskBand::High;
  c.nextReviewOn = QDate(2024, 6, 29);
  c.id = insertCase(bed, c);
  CHECK(describe(load(bed, c.id)) == describe(c));
  CHECK(scalar(*bed.db, QStringLiteral("SELECT outcome || ',' || transferred_to || ',' || current_band FROM cases")) ==
        QStringLiteral("transferred,mappa,high"));

  // Clearing the optional fields stores NULLs, and the themes are replaced.
  const Case before = load(bed, c.id);
  c.status = CaseStatus::Open;
  c.areaId.reset();
  c.leadAgencyId.reset();
  c.ownerId.reset();
  c.priorityId.reset();
  c.themes = {QStringLiteral("nte")};
  c.closedOn.reset();
  c.outcome.reset();
  c.transferredTo.reset();
  c.closureApprovedBy.reset();
  c.currentScore.reset();
  c.currentBand.reset();
  c.nextReviewOn.reset();
  inWrite(*bed.db, [&]() -> Status {
    CaseRepository(*bed.db).update(before, c);
    return {};
  });
  CHECK(describe(load(bed, c.id)) == describe(c));
  CHECK(scalar(*bed.db, QStringLiteral("SELECT count(*) FROM cases WHERE area_id IS NULL AND owner_id IS NULL AND "
                                       "outcome IS NULL AND current_score IS NULL AND next_review_on IS NULL")) ==
        QStringLiteral("1"));
}

TEST_CASE("an update assigns only the columns that changed", "[storage][repository]") {
  TestBed bed;
  Case c = minimalCase(storedSubject(bed, "Column Watch"), "AARG-2024-001", kAarg);
  c.themes = {QStringLiteral("asb")};
  c.lawfulBasis = QStringLiteral("Consent");
  c.id = insertCase(bed, c);
  // "UPDATE OF" triggers fire when their column is assigned, even to its old value, which
  // is what makes SQLite rewrite that column's indexes.
  execScript(*bed.db, QStringLiteral("CREATE TEMP TABLE assigned (col TEXT)"));
  for (const char* column : {"owner_id", "status", "current_score"}) {
    execScript(*bed.db, QStringLiteral("CREATE TEMP TRIGGER %1_assigned AFTER UPDATE OF %1 ON cases "
                                       "BEGIN INSERT INTO assigned VALUES ('%1'); END")
                            .arg(QLatin1String(column)));
  }
  // The columns assigned since it was last asked, in name order.
  const auto assigned = [&bed] {
    const QString columns = scalar(
        *bed.db, QStringLiteral("SELECT coalesce(group_concat(col, ','), '') FROM (SELECT col FROM assigned ORDER BY col)"));
    execScript(*bed.db, QStringLiteral("DELETE FROM assigned"));
    return columns;
  };
  const auto update = [&bed](const Case& before, const Case& after) {
    inWrite(*bed.db, [&]() -> Status {
      CaseRepository(*bed.db).update(before, after);
      return {};
    });
  };

  Case unchanged = load(bed, c.id);
  update(load(bed, c.id), unchanged);
  CHECK(assigned().isEmpty());

  Case scored = load(bed, c.id);
  scored.currentScore = 12;
  scored.currentBand = RiskBand::Medium;
  update(load(bed, c.id), scored);
  CHECK(assigned() == QStringLiteral("current_score"));
  CHECK(describe(load(bed, c.id)) == describe(scored));

  // A value cleared to NULL is a change too, a cleared text is stored as '' (the text
  // columns are NOT NULL), and the themes follow their own comparison.
  Case cleared = load(bed, c.id);
  cleared.currentScore.reset();
  cleared.lawfulBasis = QString();
  cleared.status = CaseStatus::Monitoring;
  cleared.themes = {QStringLiteral("nte"), QStringLiteral("asb")};
  update(load(bed, c.id), cleared);
  CHECK(assigned() == QStringLiteral("current_score,status"));
  cleared.themes.sort();
  CHECK(describe(load(bed, c.id)) == describe(cleared));
}

TEST_CASE("a case round-trips with every optional field empty", "[storage][repository]") {
  TestBed bed;
  Case c = minimalCase(storedSubject(bed, "Bare Case"), "AARG-2024-001", kAarg);
  c.status = CaseStatus::Referred;
  c.themes = {QStringLiteral("no_such_theme")};  // unknown codes are not stored
  c.id = insertCase(bed, c);
  c.themes.clear();
  CHECK(describe(load(bed, c.id)) == describe(c));
}

TEST_CASE("references are found whatever the case and spacing, and numbered per group and year",
          "[storage][repository]") {
  TestBed bed;
  const Subject s = storedSubject(bed, "Sequence Person");
  for (const char* reference :
       {"YJAG-2024-001", "YJAG-2024-009", "YJAG-2024-1000", "YJAG-2023-050", "JAG-2024-002", "JAGX-2024-777"}) {
    insertCase(bed, minimalCase(s, reference, kYjag));
  }
  auto next = [&](const char* group, int year) {
    return inWrite(*bed.db, [&]() -> Result<int> {
      return CaseRepository(*bed.db).nextSequence(QString::fromLatin1(group), year);
    });
  };
  CHECK(next("YJAG", 2024) == 1001);  // numeric, not text, order
  CHECK(next("YJAG", 2023) == 51);
  CHECK(next("YJAG", 2025) == 1);
  CHECK(next("JAG", 2024) == 3);  // JAGX-... is another group's
  CHECK(next("LEDG", 2024) == 1);
  auto id = inWrite(*bed.db, [&]() -> Result<std::optional<CaseId>> {
    return CaseRepository(*bed.db).idByReference(QStringLiteral("  yjag-2024-009 "));
  });
  CHECK(id.has_value());
  auto none = inWrite(*bed.db, [&]() -> Result<std::optional<CaseId>> {
    return CaseRepository(*bed.db).idByReference(QStringLiteral("YJAG-2024-002"));
  });
  CHECK_FALSE(none.has_value());
}

TEST_CASE("events, links, notes and presences round-trip", "[storage][repository]") {
  TestBed bed;
  const Subject shared = storedSubject(bed, "Linked Person");
  const CaseId a = insertCase(bed, minimalCase(shared, "YJAG-2024-001", kYjag));
  Case closedCase = minimalCase(shared, "AARG-2024-001", kAarg);
  closedCase.status = CaseStatus::Closed;
  closedCase.closedOn = QDate(2024, 6, 1);
  closedCase.outcome = Outcome::RiskReduced;
  const CaseId b = insertCase(bed, closedCase);

  inWrite(*bed.db, [&]() -> Status {
    CaseRepository repo(*bed.db);
    repo.addEvent(a, {QDate(2024, 5, 2), QStringLiteral("accepted"), kYjag, QString()});
    repo.addEvent(a, {QDate(2024, 5, 1), QStringLiteral("referred"), kYjag, QStringLiteral("Concern")});
    repo.addEvent(a, {QDate(2024, 5, 2), QStringLiteral("status"), std::nullopt, QStringLiteral("open to monitoring")});
    repo.insertLink({a, b, LinkRelation::Cuckooing, QStringLiteral("Victim's flat")});
    repo.insertNote(
        {NoteId(), a, QDateTime(QDate(2024, 5, 3), QTime(9, 30)), QStringLiteral("Ash"), QStringLiteral("First")});
    repo.insertNote(
        {NoteId(), a, QDateTime(QDate(2024, 5, 4), QTime(14, 5, 7)), QStringLiteral("Bo"), QStringLiteral("Second")});
    return {};
  });
  const auto events =
      inWrite(*bed.db, [&]() -> Result<std::vector<CaseEvent>> { return CaseRepository(*bed.db).events(a); });
  REQUIRE(events.size() == 3);
  CHECK(events[0].kind == QStringLiteral("referred"));  // by date, then as written
  CHECK(events[0].detail == QStringLiteral("Concern"));
  CHECK(events[1].kind == QStringLiteral("accepted"));
  CHECK(events[1].groupId == kYjag);
  CHECK_FALSE(events[2].groupId.has_value());

  for (auto [from, to, reference] : {std::tuple{a, b, "AARG-2024-001"}, std::tuple{b, a, "YJAG-2024-001"}}) {
    const auto links = inWrite(
        *bed.db, [&, id = from]() -> Result<std::vector<LinkedCase>> { return CaseRepository(*bed.db).links(id); });
    REQUIRE(links.size() == 1);
    CHECK(links.front().caseId == to);
    CHECK(links.front().reference == QString::fromLatin1(reference));
    CHECK(links.front().relation == LinkRelation::Cuckooing);
    CHECK(links.front().note == QStringLiteral("Victim's flat"));
  }
  CHECK(inWrite(*bed.db, [&]() -> Result<bool> { return CaseRepository(*bed.db).linkExists(b, a); }));

  const auto notes = inWrite(*bed.db, [&]() -> Result<std::vector<Note>> { return CaseRepository(*bed.db).notes(a); });
  REQUIRE(notes.size() == 2);
  CHECK(notes[0].body == QStringLiteral("Second"));  // newest first
  CHECK(notes[0].writtenAt == QDateTime(QDate(2024, 5, 4), QTime(14, 5, 7)));
  CHECK(notes[0].author == QStringLiteral("Bo"));
  CHECK(notes[1].caseId == a);

  const auto presences = inWrite(*bed.db, [&]() -> Result<std::vector<CasePresence>> {
    return CaseRepository(*bed.db).presencesOfSubject(shared.id);
  });
  REQUIRE(presences.size() == 2);
  CHECK(presences[0].groupCode == QStringLiteral("YJAG"));
  CHECK(presences[0].status == CaseStatus::Open);
  CHECK(presences[1].groupCode == QStringLiteral("AARG"));
  CHECK(presences[1].status == CaseStatus::Closed);
}
