#include "IdentifierRepository.h"

#include "SqlStatement.h"

namespace casebook {

void IdentifierRepository::forEach(const std::function<void(const Identifier&)>& visit) {
  // One case per subject (its lowest reference; SQLite takes the group from that same row):
  // enough to find the record in Casebook.
  SqlStatement q(m_db,
                 "WITH firstcase AS (SELECT subject_id, min(reference) AS reference, group_id FROM cases "
                 "  GROUP BY subject_id) "
                 "SELECT 0, s.name, f.reference, f.group_id, s.kind = 'person' FROM subjects s "
                 "  LEFT JOIN firstcase f ON f.subject_id = s.id "
                 "UNION ALL SELECT 1, a.alias, f.reference, f.group_id, 0 FROM subject_aliases a "
                 "  LEFT JOIN firstcase f ON f.subject_id = a.subject_id "
                 "UNION ALL SELECT 2, s.address, f.reference, f.group_id, 0 FROM subjects s "
                 "  LEFT JOIN firstcase f ON f.subject_id = s.id WHERE s.address <> '' "
                 "UNION ALL SELECT 3, s.date_of_birth, f.reference, f.group_id, 0 FROM subjects s "
                 "  LEFT JOIN firstcase f ON f.subject_id = s.id WHERE s.date_of_birth IS NOT NULL "
                 "UNION ALL SELECT 4, c.reference, c.reference, c.group_id, 0 FROM cases c");
  q.exec();
  while (q.next()) {
    visit({static_cast<Kind>(q.integer(0)), q.text(1), q.text(2), q.int64(3), q.boolean(4)});
  }
}

}  // namespace casebook
