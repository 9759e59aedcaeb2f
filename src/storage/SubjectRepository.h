#pragma once

#include "Subject.h"

#include <optional>
#include <vector>

namespace casebook {

class Database;

struct DuplicateCandidate {
  Subject subject;
  QStringList caseReferences;
};

class SubjectRepository final {
 public:
  explicit SubjectRepository(Database& db) : m_db(db) {}

  SubjectId insert(const Subject& subject);
  void update(const Subject& subject);
  std::optional<Subject> get(SubjectId id);
  // Subjects sharing a normalised name or alias (with any date of birth), or the address:
  // the rule in domain/Subject.h decides which are likely duplicates.
  std::vector<DuplicateCandidate> candidatesFor(const Subject& subject);

 private:
  void writeAliases(const Subject& subject);
  Database& m_db;
};

}  // namespace casebook
