#pragma once

#include "Action.h"
#include "Case.h"
#include "CaseRepository.h"
#include "Note.h"
#include "Referral.h"

#include <optional>
#include <vector>

namespace casebook::demo {

// One case's whole history, made in memory before anything is written, so the case row
// is inserted once in its final state. Ids are left empty for the writer; earlier cases
// are named by their story index.
struct CaseStory {
  Case record;                       // as it stands today: status, group, current score
  std::optional<int> sameSubjectAs;  // the subject of an earlier story, held by another group
  std::vector<Referral> referrals;   // in the order they were made
  std::vector<RiskAssessment> assessments;  // oldest first; the last sets the case's score
  std::vector<CaseEvent> events;     // in date order, as the services record them
  std::vector<Action> actions;
  std::vector<Note> notes;
  std::optional<int> linkedTo;  // an earlier story
  LinkRelation linkRelation = LinkRelation::Other;
  // Which group held the case from which day (the story's own bookkeeping, not stored).
  std::vector<std::pair<QDate, GroupId>> holders;
};

}  // namespace casebook::demo
