#pragma once

#include "CaseStory.h"
#include "DemoDirectory.h"
#include "RiskJourney.h"

#include <QMap>

namespace casebook::demo {

// Makes up one case at a time, already consistent with the rules the services enforce:
// references run GROUP-YEAR-NNN in date order, referral decisions match the case's
// status, escalated cases sit in the parent group with an accepted escalation, closed
// cases have an outcome, and the case's score is its latest assessment. It touches no
// database, so the same seed always tells the same stories.
class CaseStoryteller final {
 public:
  CaseStoryteller(DemoRandom& random, const QDate& today, const RiskPolicy& policy,
                  const std::vector<DemoGroup>& groups, std::vector<AgencyId> agencies, int total);

  // Story `index` of `total`: cases arrive evenly over the two years, oldest first.
  CaseStory tell(int index);

 private:
  struct KnownPerson {
    int story;
    GroupId heldBy;
    QDate dateOfBirth;
  };

  const DemoGroup& chooseGroup();
  void chooseSubject(CaseStory& s, const DemoGroup& group, const QDate& opened, int index);
  Subject makeSubject(const DemoGroup& group, const QDate& opened);
  Referral firstReferral(CaseStory& s, const DemoGroup& group, int subjectKey);
  RiskAssessment initialAssessment(const Referral& referral) const;
  const DemoGroup* redirectTarget(const DemoGroup& from);
  void close(CaseStory& s, const QDate& on);
  Outcome chooseOutcome(RiskBand lastBand);
  void addActions(CaseStory& s, const QDate& from, const QDate& until, bool closed);
  void addNotes(CaseStory& s, const QDate& from, const QDate& until);
  void maybeLink(CaseStory& s, int index);
  void settleScore(CaseStory& s) const;
  const DemoGroup& holderOn(const CaseStory& s, const QDate& day) const;

  DemoRandom& m_random;
  QDate m_today;
  const RiskPolicy& m_policy;
  const std::vector<DemoGroup>& m_groups;
  std::vector<AgencyId> m_agencies;
  int m_total;
  RiskJourney m_risk;
  QMap<QString, int> m_sequences;         // "YJAG-2024" -> last number used
  std::vector<KnownPerson> m_people;      // subjects another group may meet again
  std::vector<QDate> m_lastReferral;      // by the story that made the subject
  std::vector<int> m_subjectOf;           // story -> the story that made its subject
  std::vector<SubjectKind> m_kinds;       // story -> subject kind, for links
};

}  // namespace casebook::demo
