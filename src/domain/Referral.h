#pragma once

#include "EnumKeys.h"
#include "Ids.h"
#include "Result.h"

#include <QDate>
#include <QStringList>

#include <optional>

namespace casebook {

enum class ReferralKind { New, Escalation, StepDown, Redirect };

template <>
struct EnumTable<ReferralKind> {
  static constexpr std::array<EnumEntry<ReferralKind>, 4> entries{{
      {ReferralKind::New, "new", "New referral"},
      {ReferralKind::Escalation, "escalation", "Escalation to the JAG"},
      {ReferralKind::StepDown, "step_down", "Step down"},
      {ReferralKind::Redirect, "redirect", "Redirected from another group"},
  }};
};

enum class ReferralCriterion { VisibleHighRisk, ProfessionalJudgement, Escalation, Repeat };

template <>
struct EnumTable<ReferralCriterion> {
  static constexpr std::array<EnumEntry<ReferralCriterion>, 4> entries{{
      {ReferralCriterion::VisibleHighRisk, "visible_high_risk", "Visible high risk"},
      {ReferralCriterion::ProfessionalJudgement, "professional_judgement", "Professional judgement"},
      {ReferralCriterion::Escalation, "escalation", "Escalation"},
      {ReferralCriterion::Repeat, "repeat", "Repeat"},
  }};
};

enum class ReferralDecision { Pending, Accepted, Declined, Redirected };

template <>
struct EnumTable<ReferralDecision> {
  static constexpr std::array<EnumEntry<ReferralDecision>, 4> entries{{
      {ReferralDecision::Pending, "pending", "Awaiting decision"},
      {ReferralDecision::Accepted, "accepted", "Accepted"},
      {ReferralDecision::Declined, "declined", "Declined"},
      {ReferralDecision::Redirected, "redirected", "Redirected"},
  }};
};

// Consent, or the lawful basis for sharing without it (Crime and Disorder Act 1998 s.115).
enum class ConsentBasis { Consent, LawfulBasisWithoutConsent, NotYetKnown };

template <>
struct EnumTable<ConsentBasis> {
  static constexpr std::array<EnumEntry<ConsentBasis>, 3> entries{{
      {ConsentBasis::Consent, "consent", "Consent given"},
      {ConsentBasis::LawfulBasisWithoutConsent, "lawful_basis", "Shared without consent on a lawful basis"},
      {ConsentBasis::NotYetKnown, "not_known", "Not yet known"},
  }};
};

struct Referral {
  ReferralId id;
  CaseId caseId;
  ReferralKind kind = ReferralKind::New;
  GroupId toGroupId;
  std::optional<GroupId> fromGroupId;  // escalations, step-downs and redirects
  QDate receivedOn;
  std::optional<AgencyId> referringAgencyId;
  QString referringOfficer;
  QString officerContact;
  QString reason;
  ReferralCriterion criterion = ReferralCriterion::VisibleHighRisk;
  QString concern;  // required with professional judgement
  std::optional<int> initialLikelihood;
  std::optional<int> initialImpact;
  bool urgent = false;
  bool safeToPhone = false;
  ConsentBasis consent = ConsentBasis::NotYetKnown;
  QString lawfulBasis;
  bool repeat = false;  // derived when saved: same subject referred within 12 months
  ReferralDecision decision = ReferralDecision::Pending;
  QString decisionReason;
  std::optional<QDate> decidedOn;
  std::optional<GroupId> redirectedToGroupId;
};

Status validateReferral(const Referral& referral, const QDate& today);

// MARAC practice: a referral of the same subject within 12 months of the last one is a repeat.
bool isRepeatReferral(const std::optional<QDate>& previousReferral, const QDate& thisReferral);

// Referrals received less than two working days before a meeting wait for the next one
// unless urgent.
bool makesMeeting(const QDate& receivedOn, const QDate& meetingOn, bool urgent);

struct DecisionRequest {
  ReferralDecision decision = ReferralDecision::Pending;
  QString reason;
  QDate decidedOn;
  std::optional<GroupId> redirectTo;
};

Status validateDecision(const Referral& referral, const DecisionRequest& request, const QDate& today);

}  // namespace casebook
