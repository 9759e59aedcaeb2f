#include "DemoCaseWriter.h"

#include "ActionRepository.h"
#include "CaseRepository.h"
#include "DemoService.h"
#include "ReferralRepository.h"
#include "RiskRepository.h"
#include "SubjectRepository.h"

namespace casebook::demo {

DemoCaseWriter::DemoCaseWriter(Database& db, int total) : m_db(db) {
  m_cases.reserve(static_cast<std::size_t>(total));
  m_subjects.reserve(static_cast<std::size_t>(total));
}

void DemoCaseWriter::write(CaseStory& story, DemoSummary& summary) {
  Case& c = story.record;
  c.subject.id = story.sameSubjectAs ? m_subjects[static_cast<std::size_t>(*story.sameSubjectAs)]
                                     : SubjectRepository(m_db).insert(c.subject);
  CaseRepository cases(m_db);
  c.id = cases.insert(c);
  m_cases.push_back(c.id);
  m_subjects.push_back(c.subject.id);

  ReferralRepository referrals(m_db);
  for (auto& r : story.referrals) {
    r.caseId = c.id;
    referrals.insert(r);
  }
  RiskRepository risks(m_db);
  for (auto& a : story.assessments) {
    a.caseId = c.id;
    risks.insert(a);
  }
  for (const auto& event : story.events) cases.addEvent(c.id, event);
  ActionRepository actions(m_db);
  for (auto& a : story.actions) {
    a.caseId = c.id;
    actions.insert(a);
  }
  for (auto& note : story.notes) {
    note.caseId = c.id;
    cases.insertNote(note);
  }
  if (story.linkedTo) cases.insertLink({m_cases[static_cast<std::size_t>(*story.linkedTo)], c.id, story.linkRelation, QString()});

  ++summary.cases;
  summary.referrals += static_cast<int>(story.referrals.size());
  summary.assessments += static_cast<int>(story.assessments.size());
  summary.actions += static_cast<int>(story.actions.size());
  summary.notes += static_cast<int>(story.notes.size());
}

}  // namespace casebook::demo
