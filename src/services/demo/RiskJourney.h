#pragma once

#include "CaseStory.h"
#include "DemoDirectory.h"
#include "Risk.h"

namespace casebook::demo {

// A case's risk over time: reviews on the policy's cycle, a score that climbs to a peak
// and falls away (so trends show both ways), and what the scores set off: escalation of a
// sub-group case to its parent group, and a step-down once the risk has reduced.
class RiskJourney final {
 public:
  struct Span {
    QDate activeFrom;     // the referral was accepted: escalation is possible from here
    QDate reviewedUntil;  // the last review; earlier than `end` when reviews have slipped
    QDate end;            // the case closes here, or today
    bool closes = false;
  };

  RiskJourney(DemoRandom& random, const RiskPolicy& policy, const QDate& today, const std::vector<DemoGroup>& groups)
      : m_random(random), m_policy(policy), m_today(today), m_groups(groups) {}

  // The story already holds the initial assessment made at referral.
  void walk(CaseStory& story, const Span& span);

  const DemoGroup& groupById(GroupId id) const;
  QString assessorFor(const CaseStory& story);

 private:
  struct State;
  RiskAssessment review(CaseStory& story, State& state, const QDate& day);
  void escalate(CaseStory& story, State& state, const RiskAssessment& trigger, const Span& span);
  void stepDown(CaseStory& story, State& state, const QDate& day, const Span& span);

  DemoRandom& m_random;
  const RiskPolicy& m_policy;
  QDate m_today;
  const std::vector<DemoGroup>& m_groups;
};

}  // namespace casebook::demo
