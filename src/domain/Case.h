#pragma once

#include "EnumKeys.h"
#include "Ids.h"
#include "Result.h"
#include "Risk.h"
#include "Subject.h"

#include <QDate>
#include <QStringList>

#include <optional>
#include <vector>

namespace casebook {

enum class CaseStatus { Referred, Open, Monitoring, Closed };

template <>
struct EnumTable<CaseStatus> {
  static constexpr std::array<EnumEntry<CaseStatus>, 4> entries{{
      {CaseStatus::Referred, "referred", "Referred"},
      {CaseStatus::Open, "open", "Open"},
      {CaseStatus::Monitoring, "monitoring", "Monitoring"},
      {CaseStatus::Closed, "closed", "Closed"},
  }};
};

enum class Outcome {
  RiskReduced,
  EngagedWithSupport,
  Enforcement,
  Rehoused,
  MovedOutOfArea,
  TransferredToOtherForum,
  Disengaged,
  Deceased,
  Duplicate,
  ReferralDeclined,
};

template <>
struct EnumTable<Outcome> {
  static constexpr std::array<EnumEntry<Outcome>, 10> entries{{
      {Outcome::RiskReduced, "risk_reduced", "Risk reduced"},
      {Outcome::EngagedWithSupport, "engaged_with_support", "Engaged with support"},
      {Outcome::Enforcement, "enforcement", "Enforcement (injunction, closure order, CBO)"},
      {Outcome::Rehoused, "rehoused", "Rehoused"},
      {Outcome::MovedOutOfArea, "moved_out_of_area", "Moved out of area"},
      {Outcome::TransferredToOtherForum, "transferred", "Transferred to another forum"},
      {Outcome::Disengaged, "disengaged", "Disengaged / no further partnership role"},
      {Outcome::Deceased, "deceased", "Deceased"},
      {Outcome::Duplicate, "duplicate", "Duplicate"},
      {Outcome::ReferralDeclined, "referral_declined", "Referral declined"},
  }};
};

// Where a case transferred to another forum went.
enum class Forum { Marac, Mappa, Channel, Mash, AdultSafeguarding, ChildSafeguarding, Other };

template <>
struct EnumTable<Forum> {
  static constexpr std::array<EnumEntry<Forum>, 7> entries{{
      {Forum::Marac, "marac", "MARAC"},
      {Forum::Mappa, "mappa", "MAPPA"},
      {Forum::Channel, "channel", "Channel"},
      {Forum::Mash, "mash", "MASH"},
      {Forum::AdultSafeguarding, "adult_safeguarding", "Adult safeguarding"},
      {Forum::ChildSafeguarding, "child_safeguarding", "Child safeguarding"},
      {Forum::Other, "other", "Other forum"},
  }};
};

struct Case {
  CaseId id;
  QString reference;  // e.g. YJAG-2024-017; unique, readable, never reused
  Subject subject;
  SubjectRole subjectRole = SubjectRole::NotApplicable;
  GroupId groupId;
  std::optional<AreaId> areaId;
  std::optional<AgencyId> leadAgencyId;
  std::optional<MemberId> ownerId;
  std::optional<PriorityId> priorityId;
  QStringList themes;  // theme codes
  QString lawfulBasis;  // consent note or the lawful basis for sharing without consent
  CaseStatus status = CaseStatus::Referred;
  QString addedReason;
  QDate openedOn;
  std::optional<QDate> closedOn;
  std::optional<Outcome> outcome;
  std::optional<Forum> transferredTo;
  QString closureNote;    // the reason it was removed from the group
  std::optional<MemberId> closureApprovedBy;
  // The latest assessment, kept on the case so lists can filter and sort in SQL.
  std::optional<int> currentScore;
  std::optional<RiskBand> currentBand;
  std::optional<QDate> nextReviewOn;
};

bool isActive(CaseStatus status);

// Makes an assessment the case's current one: its score, its band (a judgement included)
// and the review date the policy gives that band.
void takeScore(Case& c, const RiskAssessment& latest, const RiskPolicy& policy);

// References read GROUP-YEAR-NNN; the number restarts each year within a group.
QString formatCaseReference(const QString& groupCode, int year, int sequence);
bool isWellFormedReference(const QString& reference);

struct ClosureRequest {
  std::optional<Outcome> outcome;
  std::optional<Forum> transferredTo;
  QString note;
  QDate closedOn;
  bool groupRequiresApproval = false;
  std::optional<MemberId> approvedBy;
  bool approverChairsGroup = false;
};

// A closed case must have an outcome; a transfer names the forum; groups that require it
// need the chair's approval.
Status validateClosure(CaseStatus current, const ClosureRequest& request, const QDate& openedOn,
                       const QDate& today);

Status validateStatusChange(CaseStatus from, CaseStatus to);

// One entry per case the subject has, in any group: the JAG wants to see a subject that is
// open in more than one group so the same person is not discussed twice.
struct GroupPresence {
  GroupId groupId;
  CaseStatus status;
};
bool isOpenInSeveralGroups(const std::vector<GroupPresence>& presences);

}  // namespace casebook
