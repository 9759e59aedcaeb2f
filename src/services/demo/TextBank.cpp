#include "TextBank.h"

#include <vector>

namespace casebook::demo {

namespace {

using Texts = std::vector<QString>;

Texts list(std::initializer_list<const char*> items) {
  Texts result;
  result.reserve(items.size());
  for (const char* item : items) result.push_back(QString::fromLatin1(item));
  return result;
}

}  // namespace

QString TextBank::referralReason(DemoRandom& r, const QString& group) {
  static const Texts youth = list({"Seen with older peers linked to drug supply", "Repeated missing episodes",
                                   "Found carrying a bladed article", "Suspected county lines involvement",
                                   "Persistent ASB near the school", "Unexplained money and new phones"});
  static const Texts adults = list({"Address believed to be cuckooed", "Self-neglect and hoarding concerns",
                                    "Financial abuse by associates", "Repeated calls in mental health crisis",
                                    "Visitors at all hours; resident appears frightened"});
  static const Texts town = list({"Aggressive begging in the town centre", "Repeated night-time economy disorder",
                                  "Student party noise and ASB", "Rough sleeping with associated ASB",
                                  "Street drinking near the bus station"});
  static const Texts east = list({"Drug dealing from the address", "Neighbour dispute escalating to threats",
                                  "Prolific shoplifting linked to substance use", "Domestic abuse with repeat callouts",
                                  "Intimidation of neighbours by visitors to the flat"});
  static const Texts any = list({"Multi-agency concern with rising risk", "Complex needs across several agencies",
                                 "Exploitation concerns shared by two agencies", "Serious incident at the address"});
  if (group == QStringLiteral("YJAG")) return r.pick(youth);
  if (group == QStringLiteral("AARG")) return r.pick(adults);
  if (group == QStringLiteral("LCDG")) return r.pick(town);
  if (group == QStringLiteral("LEDG")) return r.pick(east);
  return r.pick(any);
}

QString TextBank::concern(DemoRandom& r) {
  static const Texts texts = list({"Pattern of incidents below the threshold but clearly worsening",
                                   "Vulnerability not reflected in the score", "Worrying associates seen at the address",
                                   "Disclosure made to a support worker"});
  return r.pick(texts);
}

QString TextBank::declineReason(DemoRandom& r) {
  static const Texts texts = list({"Single-agency response is sufficient", "Does not meet the threshold for the group",
                                   "Already managed through another multi-agency forum",
                                   "Insufficient information; referrer to resubmit if concerns continue"});
  return r.pick(texts);
}

QString TextBank::redirectReason(DemoRandom& r, const QString& to) {
  static const Texts texts = list({"Better held by %1", "Needs fit the remit of %1", "%1 already knows the address"});
  return r.pick(texts).arg(to);
}

QString TextBank::escalationReason(DemoRandom& r) {
  static const Texts texts = list({"Score at or above the escalation threshold",
                                   "Risk not reducing despite the sub-group's plan",
                                   "Needs enforcement options held by the JAG", "Serious further incident reported"});
  return r.pick(texts);
}

QString TextBank::escalationDeclineReason(DemoRandom& r) {
  static const Texts texts = list({"Sub-group plan is proportionate; review in four weeks",
                                   "Escalation criteria not met; sub-group to continue"});
  return r.pick(texts);
}

QString TextBank::stepDownReason(DemoRandom& r) {
  static const Texts texts = list({"Risk reduced; the sub-group can hold the case",
                                   "Enforcement in place; monitoring can return to the sub-group",
                                   "Engaging with support; JAG oversight no longer needed"});
  return r.pick(texts);
}

QString TextBank::rationale(DemoRandom& r, int previous, int score) {
  static const Texts up = list({"Further incidents reported since the last review", "New intelligence of exploitation",
                                "Disengaged from support", "Escalating behaviour reported by neighbours",
                                "Missing again since the last review", "Threats made to a neighbour"});
  static const Texts down = list({"Engaging with support worker", "No incidents since the last review",
                                  "Tenancy support in place", "Family reports improvement",
                                  "Injunction in place and complied with", "Attending appointments regularly"});
  static const Texts same = list({"No change since the last review", "Some progress but concerns remain",
                                  "Plan continuing; partners to report back"});
  if (score > previous) return r.pick(up);
  if (score < previous) return r.pick(down);
  return r.pick(same);
}

QString TextBank::judgementReason(DemoRandom& r) {
  static const Texts texts = list({"Professional judgement: vulnerability not captured by the score",
                                   "Professional judgement: escalating pattern across agencies",
                                   "Professional judgement: history of serious harm"});
  return r.pick(texts);
}

QString TextBank::caseAction(DemoRandom& r, const QString& group) {
  static const Texts common = list({"Joint home visit with housing", "Refer to substance misuse service",
                                    "Feed back outcome to referrer", "Contact family to agree support plan",
                                    "Share chronology with partners", "Check for new incidents before next meeting"});
  static const Texts youth = list({"Share safety plan with school", "Return home interview after missing episode",
                                   "Refer to exploitation support service", "Arrange youth worker contact"});
  static const Texts adults = list({"Check address for signs of cuckooing", "Arrange mental health assessment",
                                    "Safeguarding referral to adult social care", "Review finances with support"});
  static const Texts places = list({"Issue community protection warning", "Review CCTV for the hotspot",
                                    "Offer tenancy sustainment support", "Apply for a closure order",
                                    "Increase patrols at the location"});
  if (r.chance(50)) return r.pick(common);
  if (group == QStringLiteral("YJAG")) return r.pick(youth);
  if (group == QStringLiteral("AARG")) return r.pick(adults);
  return r.pick(places);
}

QString TextBank::meetingAction(DemoRandom& r) {
  static const Texts texts = list({"Circulate the updated terms of reference", "Agree the hotspot list for next month",
                                   "Invite the drug service to the next meeting", "Update the referral form",
                                   "Prepare the quarterly update for the CSP", "Confirm deputies for the summer"});
  return r.pick(texts);
}

QString TextBank::actionUpdate(DemoRandom& r, ActionStatus status) {
  switch (status) {
    case ActionStatus::Open:
    case ActionStatus::InProgress: {
      static const Texts texts = list({"Started; first contact made.", "Visit booked.", "Awaiting reply from partner."});
      return r.pick(texts);
    }
    case ActionStatus::Complete: {
      static const Texts texts = list({"Done; reported at the meeting.", "Completed and recorded.",
                                       "Visit carried out; notes shared."});
      return r.pick(texts);
    }
    case ActionStatus::NotCompletedCircumstances: {
      static const Texts texts = list({"Subject moved; no longer needed.", "Overtaken by the new plan."});
      return r.pick(texts);
    }
    case ActionStatus::NotCompletedAgency: {
      static const Texts texts = list({"Agency unable to resource it this month.", "No response from the agency."});
      return r.pick(texts);
    }
    case ActionStatus::Cancelled: {
      static const Texts texts = list({"Superseded by a joint visit.", "Cancelled at the meeting."});
      return r.pick(texts);
    }
  }
  return QStringLiteral("Update recorded.");
}

QString TextBank::note(DemoRandom& r) {
  static const Texts openings = list({"Spoke with the subject;", "No answer at the address;",
                                      "Partner agency update received;", "Discussed at the meeting;",
                                      "Police attended a report overnight;", "Support worker visit completed;",
                                      "Neighbour called in;", "School contacted;"});
  static const Texts endings = list({"engaged well.", "card left.", "plan agreed.", "no arrests.",
                                     "to review at the next meeting.", "no new concerns.", "referrer informed.",
                                     "follow-up booked for next week."});
  const QString opening = r.pick(openings);
  return opening + QLatin1Char(' ') + r.pick(endings);
}

QString TextBank::closureNote(DemoRandom& r, Outcome outcome) {
  switch (outcome) {
    case Outcome::RiskReduced: return QStringLiteral("No incidents for three months; agreed at the meeting");
    case Outcome::EngagedWithSupport: return QStringLiteral("Engaging with a support service");
    case Outcome::Enforcement: {
      static const Texts texts = list({"Closure order granted", "Civil injunction granted", "Criminal behaviour order"});
      return r.pick(texts);
    }
    case Outcome::Rehoused: return QStringLiteral("Moved to a new tenancy with support");
    case Outcome::MovedOutOfArea: return QStringLiteral("Moved out of the area; receiving area informed");
    case Outcome::TransferredToOtherForum: return QStringLiteral("Held by another forum");
    case Outcome::Disengaged: return QStringLiteral("No further partnership role");
    case Outcome::Deceased: return QStringLiteral("Recorded for completeness");
    case Outcome::Duplicate: return QStringLiteral("Duplicate of an existing case");
    case Outcome::ReferralDeclined: return declineReason(r);
  }
  return QString();
}

}  // namespace casebook::demo
