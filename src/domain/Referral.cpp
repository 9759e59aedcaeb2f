#include "Referral.h"

#include "Dates.h"
#include "Risk.h"

namespace casebook {

Status validateReferral(const Referral& r, const QDate& today) {
  if (!r.receivedOn.isValid()) {
    return Error::invalid(QStringLiteral("referral date"), QStringLiteral("the referral has no date"),
                          QStringLiteral("Give the date it was received, as YYYY-MM-DD"));
  }
  if (r.receivedOn > today) {
    return Error::invalid(QStringLiteral("referral date"),
                          QStringLiteral("%1 is in the future").arg(isoDate(r.receivedOn)),
                          QStringLiteral("Give the date it was received"));
  }
  if (r.reason.trimmed().isEmpty()) {
    return Error::invalid(QStringLiteral("reason"), QStringLiteral("a referral needs a reason"),
                          QStringLiteral("Say why the case needs a multi-agency response"));
  }
  if (r.criterion == ReferralCriterion::ProfessionalJudgement && r.concern.trimmed().isEmpty()) {
    return Error::invalid(QStringLiteral("concern"),
                          QStringLiteral("a referral on professional judgement must state the concern"),
                          QStringLiteral("Describe the concern"));
  }
  if (r.initialLikelihood.has_value() != r.initialImpact.has_value()) {
    return Error::invalid(QStringLiteral("initial risk"),
                          QStringLiteral("give both likelihood and impact, or neither"), QString());
  }
  if (r.initialLikelihood) {
    if (auto inputs = validateRiskInputs(*r.initialLikelihood, *r.initialImpact); !inputs) return inputs;
  }
  if (r.consent == ConsentBasis::LawfulBasisWithoutConsent && r.lawfulBasis.trimmed().isEmpty()) {
    return Error::invalid(QStringLiteral("lawful basis"),
                          QStringLiteral("sharing without consent needs the lawful basis recorded"),
                          QStringLiteral("For example: Crime and Disorder Act 1998 s.115"));
  }
  return {};
}

bool isRepeatReferral(const std::optional<QDate>& previousReferral, const QDate& thisReferral) {
  return previousReferral && previousReferral->isValid() && *previousReferral <= thisReferral &&
         thisReferral <= previousReferral->addMonths(12);
}

bool makesMeeting(const QDate& receivedOn, const QDate& meetingOn, bool urgent) {
  if (receivedOn > meetingOn) return false;
  return urgent || workingDaysBetween(receivedOn, meetingOn) >= 2;
}

Status validateDecision(const Referral& r, const DecisionRequest& d, const QDate& today) {
  if (r.decision != ReferralDecision::Pending) {
    return Error::conflict(QStringLiteral("decision"),
                           QStringLiteral("referral %1 was already %2").arg(r.id.value).arg(toKey(r.decision)),
                           QStringLiteral("Make a new referral if the case needs to come back"));
  }
  if (d.decision == ReferralDecision::Pending) {
    return Error::invalid(QStringLiteral("decision"), QStringLiteral("no decision given"),
                          QStringLiteral("Accept, decline or redirect the referral"));
  }
  if (!d.decidedOn.isValid() || d.decidedOn > today || d.decidedOn < r.receivedOn) {
    return Error::invalid(QStringLiteral("decision date"),
                          QStringLiteral("the decision date must fall between the referral date and today"),
                          QString());
  }
  if (d.decision == ReferralDecision::Declined && d.reason.trimmed().isEmpty()) {
    return Error::invalid(QStringLiteral("reason"), QStringLiteral("declining a referral needs a reason"),
                          QStringLiteral("Say why the group will not take the case"));
  }
  if (d.decision == ReferralDecision::Redirected) {
    if (!d.redirectTo) {
      return Error::invalid(QStringLiteral("redirect to"), QStringLiteral("a redirect must name the group"),
                            QStringLiteral("Give the code of the group that should take the case"));
    }
    if (*d.redirectTo == r.toGroupId) {
      return Error::invalid(QStringLiteral("redirect to"),
                            QStringLiteral("the referral is already with that group"),
                            QStringLiteral("Accept it, or name another group"));
    }
  }
  return {};
}

}  // namespace casebook
