#pragma once

#include "CaseStory.h"

#include <vector>

namespace casebook {
class Database;
struct DemoSummary;
}  // namespace casebook

namespace casebook::demo {

// Writes a told story through the repositories: the case once in its final state, then
// its referrals, assessments, events, actions, notes and link. No reads: the ids of
// earlier stories' cases and subjects are remembered here.
class DemoCaseWriter final {
 public:
  DemoCaseWriter(Database& db, int total);

  void write(CaseStory& story, DemoSummary& summary);

 private:
  Database& m_db;
  std::vector<CaseId> m_cases;       // by story index
  std::vector<SubjectId> m_subjects;  // by story index
};

}  // namespace casebook::demo
