#pragma once

#include "Case.h"
#include "DemoDirectory.h"
#include "Referral.h"

#include <QHash>

namespace casebook {
struct DemoSummary;
}

namespace casebook::demo {

// Writes one demo case at a time with its whole history, already consistent with the
// rules the services enforce: the case's current score is its latest assessment, closed
// cases have an outcome, escalated cases sit in the JAG with an accepted escalation.
class DemoCaseWriter final {
 public:
  DemoCaseWriter(Database& db, DemoRandom& random, const QDate& today, std::vector<DemoGroup> groups,
                 std::vector<AgencyId> agencies);

  void write(int index, int total, DemoSummary& summary);

 private:
  struct History;
  const DemoGroup& chooseGroup();
  const DemoGroup& groupById(GroupId id) const;
  Subject makeSubject(const DemoGroup& group, const QDate& opened);
  void writeRisk(Case& c, History& h, QDate from, QDate until, DemoSummary& summary);
  void writeActions(const Case& c, const DemoGroup& group, const History& h, DemoSummary& summary);
  void writeNotes(const Case& c, QDate from, QDate until, DemoSummary& summary);
  ReferralId writeReferral(const Case& c, ReferralKind kind, GroupId to, std::optional<GroupId> from, const QDate& on,
                           ReferralDecision decision, const QString& reason, DemoSummary& summary);
  Outcome chooseOutcome();

  Database& m_db;
  DemoRandom& m_random;
  QDate m_today;
  std::vector<DemoGroup> m_groups;
  std::vector<AgencyId> m_agencies;
  const DemoGroup* m_jag = nullptr;
  QHash<QString, int> m_sequences;  // "YJAG-2024" -> last number used
  std::vector<std::pair<SubjectId, GroupId>> m_people;
  std::optional<CaseId> m_previousCase;
  QHash<qint64, QDate> m_lastReferral;  // subject -> last new referral, for repeats
};

}  // namespace casebook::demo
