#pragma once

#include "ActionQuery.h"
#include "Case.h"
#include "CaseQuery.h"
#include "CaseRepository.h"
#include "Note.h"
#include "Referral.h"
#include "SubjectRepository.h"

#include <QHash>

#include <optional>
#include <vector>

namespace casebook {

// What a person supplies about a referral; codes and names are resolved by the service.
struct ReferralInput {
  QString groupCode;
  QDate receivedOn;
  QString referringAgencyCode;
  QString referringOfficer;
  QString officerContact;
  QString reason;
  ReferralCriterion criterion = ReferralCriterion::VisibleHighRisk;
  QString concern;
  std::optional<int> initialLikelihood;
  std::optional<int> initialImpact;
  bool urgent = false;
  bool safeToPhone = false;
  ConsentBasis consent = ConsentBasis::NotYetKnown;
  QString lawfulBasis;
};

struct NewCaseInput {
  QString reference;  // empty: the next GROUP-YEAR-NNN
  // A case reference: the new case is about that case's subject (a person known to another
  // group), and `subject` is ignored. Such a subject shows as open in several groups.
  QString sameSubjectAs;
  Subject subject;
  SubjectRole subjectRole = SubjectRole::NotApplicable;
  QString areaCode;
  QString leadAgencyCode;
  QString owner;  // member name or #id
  QStringList themes;
  QString priorityCode;  // a priority of the CSP plan in force, e.g. P1
  QString lawfulBasis;
  ReferralInput referral;  // its group is the case's group
  bool allowLikelyDuplicate = false;
  bool acceptNow = false;  // the group accepts the referral on the day it is received
  // A score the partnership already holds (a tracker's latest, on import): recorded after
  // the referral's initial score, and current unless it is dated before it. Its case is
  // the new one.
  std::optional<RiskAssessment> heldScore;
};

struct NewCaseOutcome {
  CaseId id;
  QString reference;
  ReferralId referralId;
  bool repeatReferral = false;
  bool escalationPrompted = false;
};

// Fields to change; unset ones are left alone.
struct CaseChanges {
  std::optional<QString> subjectName;
  std::optional<QStringList> aliases;
  std::optional<std::optional<QDate>> dateOfBirth;
  std::optional<QString> ageBand;
  std::optional<QString> address;
  std::optional<SubjectRole> subjectRole;
  std::optional<QString> areaCode;
  std::optional<QString> leadAgencyCode;
  std::optional<QString> owner;
  std::optional<QStringList> themes;
  std::optional<QString> priorityCode;  // empty text removes it
  std::optional<QString> lawfulBasis;
  std::optional<CaseStatus> status;  // open <-> monitoring only
};

struct CloseInput {
  std::optional<Outcome> outcome;
  std::optional<Forum> transferredTo;
  QString note;
  QDate closedOn;  // invalid: today
  QString approvedBy;
};

struct CaseListRequest {
  QString groupCode;
  std::vector<CaseStatus> statuses;
  std::optional<RiskBand> band;
  QString themeCode;
  QString areaCode;
  QString owner;
  bool overdueReviewOnly = false;
  bool openInSeveralGroupsOnly = false;
  QString text;
  CaseQuery::Sort sort = CaseQuery::Sort::Reference;
  bool descending = false;
  int limit = 200;
  int offset = 0;
};

struct CasePage {
  std::vector<CaseSummary> rows;
  int total = 0;
};

// Everything the case workspace and 'case show' need, read in one transaction.
struct CaseDetail {
  Case record;
  QString groupCode;
  QString groupName;
  bool groupIsSubGroup = false;  // its cases may be escalated to the parent group
  QString areaCode;
  QString leadAgencyCode;
  QString ownerName;
  QString priorityCode;
  QString closureApprovedByName;
  std::vector<Referral> referrals;
  std::vector<RiskAssessment> assessments;
  std::vector<ActionRow> actions;
  std::vector<Note> notes;
  std::vector<LinkedCase> links;
  std::vector<CaseEvent> events;
  std::vector<CasePresence> otherCasesOfSubject;  // the same subject's other cases
  bool reviewOverdue = false;
  bool openInSeveralGroups = false;
  QHash<qint64, QString> groupCodes;   // for referral from/to
  QHash<qint64, QString> agencyCodes;  // for referring agencies
};

}  // namespace casebook
