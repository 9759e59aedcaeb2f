#include "SubjectRepository.h"

#include "SqlStatement.h"

#include <set>

namespace casebook {

SubjectId SubjectRepository::insert(const Subject& s) {
  SqlStatement q(m_db, "INSERT INTO subjects (kind, name, name_key, date_of_birth, age_band, address, address_key) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?)");
  q.bind(toKey(s.kind)).bind(s.name).bind(normalisedName(s.name)).bind(s.dateOfBirth).bind(s.ageBand)
      .bind(s.address).bind(normalisedAddress(s.address)).exec();
  Subject stored = s;
  stored.id = SubjectId(q.lastInsertId());
  writeAliases(stored);
  return stored.id;
}

void SubjectRepository::update(const Subject& s) {
  SqlStatement q(m_db, "UPDATE subjects SET kind = ?, name = ?, name_key = ?, date_of_birth = ?, age_band = ?, "
                       "address = ?, address_key = ? WHERE id = ?");
  q.bind(toKey(s.kind)).bind(s.name).bind(normalisedName(s.name)).bind(s.dateOfBirth).bind(s.ageBand)
      .bind(s.address).bind(normalisedAddress(s.address)).bind(s.id).exec();
  SqlStatement clear(m_db, "DELETE FROM subject_aliases WHERE subject_id = ?");
  clear.bind(s.id).exec();
  writeAliases(s);
}

void SubjectRepository::writeAliases(const Subject& s) {
  for (const auto& alias : s.aliases) {
    SqlStatement a(m_db, "INSERT INTO subject_aliases (subject_id, alias, alias_key) VALUES (?, ?, ?)");
    a.bind(s.id).bind(alias).bind(normalisedName(alias)).exec();
  }
}

std::optional<Subject> SubjectRepository::get(SubjectId id) {
  SqlStatement q(m_db, "SELECT id, kind, name, date_of_birth, age_band, address FROM subjects WHERE id = ?");
  q.bind(id).exec();
  if (!q.next()) return std::nullopt;
  Subject s;
  s.id = q.id<SubjectId>(0);
  s.kind = enumFromKey<SubjectKind>(q.text(1)).value_or(SubjectKind::Person);
  s.name = q.text(2);
  s.dateOfBirth = q.date(3);
  s.ageBand = q.text(4);
  s.address = q.text(5);
  SqlStatement a(m_db, "SELECT alias FROM subject_aliases WHERE subject_id = ? ORDER BY id");
  a.bind(id).exec();
  while (a.next()) s.aliases << a.text(0);
  return s;
}

std::vector<DuplicateCandidate> SubjectRepository::candidatesFor(const Subject& subject) {
  std::set<qint64> ids;
  QStringList keys{normalisedName(subject.name)};
  for (const auto& alias : subject.aliases) keys << normalisedName(alias);
  for (const auto& key : keys) {
    if (key.isEmpty()) continue;
    SqlStatement byName(m_db, "SELECT id FROM subjects WHERE name_key = ? "
                              "UNION SELECT subject_id FROM subject_aliases WHERE alias_key = ?");
    byName.bind(key).bind(key).exec();
    while (byName.next()) ids.insert(byName.int64(0));
  }
  const QString addressKey = normalisedAddress(subject.address);
  if (!addressKey.isEmpty()) {
    SqlStatement byAddress(m_db, "SELECT id FROM subjects WHERE address_key = ?");
    byAddress.bind(addressKey).exec();
    while (byAddress.next()) ids.insert(byAddress.int64(0));
  }

  std::vector<DuplicateCandidate> result;
  for (qint64 id : ids) {
    if (id == subject.id.value) continue;
    auto existing = get(SubjectId(id));
    if (!existing) continue;
    DuplicateCandidate candidate{*existing, {}};
    SqlStatement refs(m_db, "SELECT reference FROM cases WHERE subject_id = ? ORDER BY id");
    refs.bind(SubjectId(id)).exec();
    while (refs.next()) candidate.caseReferences << refs.text(0);
    result.push_back(std::move(candidate));
  }
  return result;
}

}  // namespace casebook
