#include "CaseRepository.h"

#include "CaseListSql.h"
#include "SqlStatement.h"
#include "SubjectRepository.h"

#include <iterator>
#include <map>
#include <mutex>
#include <string>

namespace casebook {

CaseId CaseRepository::insert(const Case& c) {
  SqlStatement q(m_db,
                 "INSERT INTO cases (reference, subject_id, subject_role, group_id, area_id, lead_agency_id, owner_id, "
                 "priority_id, lawful_basis, status, added_reason, opened_on, closed_on, outcome, transferred_to, "
                 "closure_note, closure_approved_by, current_score, current_band, next_review_on) "
                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  q.bind(c.reference).bind(c.subject.id).bind(toKey(c.subjectRole)).bind(c.groupId).bind(c.areaId)
      .bind(c.leadAgencyId).bind(c.ownerId).bind(c.priorityId).bind(c.lawfulBasis).bind(toKey(c.status))
      .bind(c.addedReason).bind(c.openedOn).bind(c.closedOn)
      .bind(c.outcome ? QVariant(toKey(*c.outcome)) : QVariant())
      .bind(c.transferredTo ? QVariant(toKey(*c.transferredTo)) : QVariant()).bind(c.closureNote)
      .bind(c.closureApprovedBy).bind(c.currentScore)
      .bind(c.currentBand ? QVariant(toKey(*c.currentBand)) : QVariant()).bind(c.nextReviewOn).exec();
  Case stored = c;
  stored.id = CaseId(q.lastInsertId());
  writeThemes(stored);
  return stored.id;
}

namespace {

// The columns update() may write. A change is a mask over them, so that each set of
// changed columns has one statement text to prepare.
constexpr const char* kUpdatable[] = {
    "reference",   "subject_role", "group_id",       "area_id",        "lead_agency_id",
    "owner_id",    "priority_id",  "lawful_basis",   "status",         "added_reason",
    "opened_on",   "closed_on",    "outcome",        "transferred_to", "closure_note",
    "closure_approved_by",         "current_score",  "current_band",   "next_review_on"};
constexpr int kUpdatableCount = static_cast<int>(std::size(kUpdatable));

template <typename Tag>
QVariant idValue(Id<Tag> id) {
  return id.isValid() ? QVariant(id.value) : QVariant();
}
template <typename Tag>
QVariant idValue(const std::optional<Id<Tag>>& id) {
  return id ? idValue(*id) : QVariant();
}
template <typename T>
QVariant optionalValue(const std::optional<T>& value) {
  return value ? QVariant(*value) : QVariant();
}
// The text columns are NOT NULL: an empty field is '' (a null QString would bind NULL).
QVariant textValue(const QString& text) {
  return text.isNull() ? QVariant(QStringLiteral("")) : QVariant(text);
}
template <typename E>
QVariant keyValue(const std::optional<E>& value) {
  return value ? QVariant(toKey(*value)) : QVariant();
}

QVariant columnValue(const Case& c, int column) {
  switch (column) {
    case 0: return textValue(c.reference);
    case 1: return toKey(c.subjectRole);
    case 2: return idValue(c.groupId);
    case 3: return idValue(c.areaId);
    case 4: return idValue(c.leadAgencyId);
    case 5: return idValue(c.ownerId);
    case 6: return idValue(c.priorityId);
    case 7: return textValue(c.lawfulBasis);
    case 8: return toKey(c.status);
    case 9: return textValue(c.addedReason);
    case 10: return c.openedOn;
    case 11: return optionalValue(c.closedOn);
    case 12: return keyValue(c.outcome);
    case 13: return keyValue(c.transferredTo);
    case 14: return textValue(c.closureNote);
    case 15: return idValue(c.closureApprovedBy);
    case 16: return optionalValue(c.currentScore);
    case 17: return keyValue(c.currentBand);
    case 18: return optionalValue(c.nextReviewOn);
    default: return {};
  }
}

// One UPDATE text per set of changed columns, kept for the life of the program so that its
// statement is prepared once per connection like a literal's. Services change a handful of
// column sets (a score, a status, a closure), so the list stays short.
const char* updateSql(unsigned mask) {
  static std::mutex guard;
  static std::map<unsigned, std::string> built;
  const std::lock_guard lock(guard);
  std::string& sql = built[mask];
  if (sql.empty()) {
    sql = "UPDATE cases SET ";
    const char* separator = "";
    for (int column = 0; column < kUpdatableCount; ++column) {
      if (!(mask & (1U << column))) continue;
      sql.append(separator).append(kUpdatable[column]).append(" = ?");
      separator = ", ";
    }
    sql.append(" WHERE id = ?");
  }
  return sql.c_str();
}

}  // namespace

void CaseRepository::update(const Case& before, const Case& after) {
  // SQLite rewrites every index and checks every foreign key whose column is assigned, even
  // to its old value; a score change assigning all nineteen columns rewrote ten indexes.
  QVariant values[kUpdatableCount];
  unsigned mask = 0;
  for (int column = 0; column < kUpdatableCount; ++column) {
    values[column] = columnValue(after, column);
    if (values[column] != columnValue(before, column)) mask |= 1U << column;
  }
  if (mask != 0) {
    SqlStatement q(m_db, updateSql(mask));
    for (int column = 0; column < kUpdatableCount; ++column) {
      if (mask & (1U << column)) q.bind(values[column]);
    }
    q.bind(after.id).exec();
  }
  // Most changes (a status, a score) leave the themes as they are; rewriting them anyway
  // cost every such change a delete and an insert per theme.
  auto asSet = [](QStringList codes) {
    codes.sort();
    codes.removeDuplicates();
    return codes;
  };
  if (asSet(before.themes) == asSet(after.themes)) return;
  SqlStatement clear(m_db, "DELETE FROM case_themes WHERE case_id = ?");
  clear.bind(after.id).exec();
  writeThemes(after);
}

void CaseRepository::writeThemes(const Case& c) {
  for (const auto& code : c.themes) {
    SqlStatement t(m_db, "INSERT OR IGNORE INTO case_themes (case_id, theme_id) "
                         "SELECT ?, id FROM themes WHERE code = ?");
    t.bind(c.id).bind(code).exec();
  }
}

std::optional<Case> CaseRepository::get(CaseId id) {
  SqlStatement q(m_db,
                 "SELECT id, reference, subject_id, subject_role, group_id, area_id, lead_agency_id, owner_id, "
                 "priority_id, lawful_basis, status, added_reason, opened_on, closed_on, outcome, transferred_to, "
                 "closure_note, closure_approved_by, current_score, current_band, next_review_on "
                 "FROM cases WHERE id = ?");
  q.bind(id).exec();
  if (!q.next()) return std::nullopt;
  Case c;
  c.id = q.id<CaseId>(0);
  c.reference = q.text(1);
  const SubjectId subjectId = q.id<SubjectId>(2);
  c.subjectRole = enumFromKey<SubjectRole>(q.text(3)).value_or(SubjectRole::NotApplicable);
  c.groupId = q.id<GroupId>(4);
  c.areaId = q.optionalId<AreaId>(5);
  c.leadAgencyId = q.optionalId<AgencyId>(6);
  c.ownerId = q.optionalId<MemberId>(7);
  c.priorityId = q.optionalId<PriorityId>(8);
  c.lawfulBasis = q.text(9);
  c.status = enumFromKey<CaseStatus>(q.text(10)).value_or(CaseStatus::Open);
  c.addedReason = q.text(11);
  c.openedOn = q.requiredDate(12);
  c.closedOn = q.date(13);
  if (!q.isNull(14)) c.outcome = enumFromKey<Outcome>(q.text(14));
  if (!q.isNull(15)) c.transferredTo = enumFromKey<Forum>(q.text(15));
  c.closureNote = q.text(16);
  c.closureApprovedBy = q.optionalId<MemberId>(17);
  c.currentScore = q.optionalInt(18);
  if (!q.isNull(19)) c.currentBand = enumFromKey<RiskBand>(q.text(19));
  c.nextReviewOn = q.date(20);

  SqlStatement t(m_db, "SELECT t.code FROM case_themes ct JOIN themes t ON t.id = ct.theme_id "
                       "WHERE ct.case_id = ? ORDER BY t.code");
  t.bind(id).exec();
  while (t.next()) c.themes << t.text(0);
  c.subject = SubjectRepository(m_db).get(subjectId).value_or(Subject{});
  return c;
}

std::optional<CaseId> CaseRepository::idByReference(const QString& reference) {
  SqlStatement q(m_db, "SELECT id FROM cases WHERE reference = ?");
  q.bind(reference.trimmed().toUpper()).exec();
  return q.next() ? std::optional<CaseId>(q.id<CaseId>(0)) : std::nullopt;
}

int CaseRepository::nextSequence(const QString& groupCode, int year) {
  // The expressions of the index cases_reference_sequence (schema step 8), so the highest
  // number is read from the index's end for the prefix.
  SqlStatement q(m_db, "SELECT max(CAST(substr(reference, instr(reference, '-') + 6) AS INTEGER)) FROM cases "
                       "WHERE substr(reference, 1, instr(reference, '-') + 5) = ?");
  q.bind(QStringLiteral("%1-%2-").arg(groupCode).arg(year)).exec();
  return q.next() && !q.isNull(0) ? q.integer(0) + 1 : 1;
}

std::vector<CaseSummary> CaseRepository::list(const CaseQuery& query) {
  const CaseListSql sql(query);
  SqlStatement q(m_db, sql.selectSql());
  sql.bindAll(q, true);
  q.exec();
  std::vector<CaseSummary> rows;
  while (q.next()) {
    CaseSummary s;
    s.id = q.id<CaseId>(0);
    s.reference = q.text(1);
    s.groupCode = q.text(2);
    s.subjectKind = enumFromKey<SubjectKind>(q.text(3)).value_or(SubjectKind::Person);
    s.subjectName = q.text(4);
    s.status = enumFromKey<CaseStatus>(q.text(5)).value_or(CaseStatus::Open);
    s.score = q.optionalInt(6);
    if (!q.isNull(7)) s.band = enumFromKey<RiskBand>(q.text(7));
    s.nextReviewOn = q.date(8);
    s.reviewOverdue = s.status != CaseStatus::Closed && s.nextReviewOn && query.today.isValid() &&
                      *s.nextReviewOn < query.today;
    s.ownerName = q.text(9);
    s.areaCode = q.text(10);
    if (!q.isNull(11)) s.themes = q.text(11).split(QLatin1Char(','), Qt::SkipEmptyParts);
    s.openedOn = q.requiredDate(12);
    s.openInSeveralGroups = q.boolean(13);
    rows.push_back(std::move(s));
  }
  return rows;
}

int CaseRepository::count(const CaseQuery& query) {
  const CaseListSql sql(query);
  SqlStatement q(m_db, sql.countSql());
  sql.bindAll(q, false);
  q.exec();
  return q.next() ? q.integer(0) : 0;
}

std::vector<CasePresence> CaseRepository::presencesOfSubject(SubjectId subject) {
  SqlStatement q(m_db, "SELECT c.id, c.reference, c.group_id, g.code, c.status FROM cases c "
                       "JOIN groups g ON g.id = c.group_id WHERE c.subject_id = ? ORDER BY c.id");
  q.bind(subject).exec();
  std::vector<CasePresence> result;
  while (q.next()) {
    result.push_back({q.id<CaseId>(0), q.text(1), q.id<GroupId>(2), q.text(3),
                      enumFromKey<CaseStatus>(q.text(4)).value_or(CaseStatus::Open)});
  }
  return result;
}

void CaseRepository::addEvent(CaseId id, const CaseEvent& e) {
  SqlStatement q(m_db, "INSERT INTO case_events (case_id, event_on, kind, group_id, detail) VALUES (?, ?, ?, ?, ?)");
  q.bind(id).bind(e.on).bind(e.kind).bind(e.groupId).bind(e.detail).exec();
}

std::vector<CaseEvent> CaseRepository::events(CaseId id) {
  SqlStatement q(m_db, "SELECT event_on, kind, group_id, detail FROM case_events WHERE case_id = ? "
                       "ORDER BY event_on, id");
  q.bind(id).exec();
  std::vector<CaseEvent> result;
  while (q.next()) result.push_back({q.requiredDate(0), q.text(1), q.optionalId<GroupId>(2), q.text(3)});
  return result;
}

bool CaseRepository::linkExists(CaseId a, CaseId b) {
  SqlStatement q(m_db, "SELECT 1 FROM case_links WHERE (from_case_id = ? AND to_case_id = ?) "
                       "OR (from_case_id = ? AND to_case_id = ?)");
  q.bind(a).bind(b).bind(b).bind(a).exec();
  return q.next();
}

void CaseRepository::insertLink(const CaseLink& link) {
  SqlStatement q(m_db, "INSERT INTO case_links (from_case_id, to_case_id, relation, note) VALUES (?, ?, ?, ?)");
  q.bind(link.from).bind(link.to).bind(toKey(link.relation)).bind(link.note).exec();
}

std::vector<LinkedCase> CaseRepository::links(CaseId id) {
  SqlStatement q(m_db,
                 "SELECT c.id, c.reference, l.relation, l.note FROM case_links l "
                 "JOIN cases c ON c.id = CASE WHEN l.from_case_id = ? THEN l.to_case_id ELSE l.from_case_id END "
                 "WHERE l.from_case_id = ? OR l.to_case_id = ? ORDER BY c.reference");
  q.bind(id).bind(id).bind(id).exec();
  std::vector<LinkedCase> result;
  while (q.next()) {
    result.push_back({q.id<CaseId>(0), q.text(1), enumFromKey<LinkRelation>(q.text(2)).value_or(LinkRelation::Other),
                      q.text(3)});
  }
  return result;
}

NoteId CaseRepository::insertNote(const Note& n) {
  SqlStatement q(m_db, "INSERT INTO notes (case_id, written_at, author, body) VALUES (?, ?, ?, ?)");
  q.bind(n.caseId).bind(n.writtenAt).bind(n.author).bind(n.body).exec();
  return NoteId(q.lastInsertId());
}

std::vector<Note> CaseRepository::notes(CaseId id) {
  SqlStatement q(m_db, "SELECT id, case_id, written_at, author, body FROM notes WHERE case_id = ? "
                       "ORDER BY written_at DESC, id DESC");
  q.bind(id).exec();
  std::vector<Note> result;
  while (q.next()) {
    result.push_back({q.id<NoteId>(0), q.id<CaseId>(1), QDateTime::fromString(q.text(2), Qt::ISODate), q.text(3),
                      q.text(4)});
  }
  return result;
}

}  // namespace casebook
