#include "RiskJourney.h"

#include "TextBank.h"

#include <algorithm>

namespace casebook::demo {

namespace {

// A long history keeps its latest reviews rather than every one: enough to show a trend
// without making the biggest demo databases mostly risk rows.
constexpr std::size_t kLongestHistory = 18;
// The first time a sub-group case's score prompts escalation the sub-group decides, once,
// whether to send it up; tuned so that about 8% of sub-group cases reach the JAG.
constexpr int kEscalatedWhenPrompted = 25;
constexpr int kSteppedDownWhenReduced = 45;
constexpr int kEscalationAccepted = 88;

}  // namespace

struct RiskJourney::State {
  int likelihood = 3;
  int impact = 3;
  QDate peak;
  bool considered = false;  // the sub-group has weighed escalation (once per case)
  bool inParent = false;
  GroupId cameFrom;
  QDate movedOn;
};

const DemoGroup& RiskJourney::groupById(GroupId id) const {
  for (const auto& g : m_groups) {
    if (g.group.id == id) return g;
  }
  return m_groups.front();
}

QString RiskJourney::assessorFor(const CaseStory& story) {
  return m_random.pick(groupById(story.record.groupId).members).name;
}

void RiskJourney::walk(CaseStory& s, const Span& span) {
  const RiskAssessment& first = s.assessments.front();
  State state;
  state.likelihood = first.likelihood;
  state.impact = first.impact;
  // A case that closes has usually peaked early; one still open may be rising now.
  const qint64 length = std::max<qint64>(0, s.record.openedOn.daysTo(span.reviewedUntil));
  state.peak = s.record.openedOn.addDays(m_random.between(0, static_cast<int>(span.closes ? length / 2 : length)));

  const RiskBand firstBand = first.effectiveBand(m_policy);
  QDate day = std::max(span.activeFrom, first.assessedOn.addDays(m_policy.reviewDays(firstBand)));
  while (day <= span.reviewedUntil) {
    if (s.assessments.size() >= kLongestHistory && day < span.reviewedUntil.addDays(-120)) {
      day = span.reviewedUntil.addDays(-m_random.between(60, 120));
    }
    const RiskAssessment a = review(s, state, day);
    const RiskBand band = a.effectiveBand(m_policy);
    const bool inSubGroup = groupById(s.record.groupId).group.isSubGroup();
    if (!state.considered && inSubGroup && m_policy.promptsEscalation(a.score(), band, true)) {
      state.considered = true;
      if (m_random.chance(kEscalatedWhenPrompted)) escalate(s, state, a, span);
    } else if (state.inParent && band <= RiskBand::Medium && day >= state.movedOn.addDays(28) &&
               m_random.chance(kSteppedDownWhenReduced)) {
      stepDown(s, state, day, span);
    }
    day = day.addDays(std::max(7, m_policy.reviewDays(band) + m_random.between(-3, 7)));
  }
}

RiskAssessment RiskJourney::review(CaseStory& s, State& state, const QDate& day) {
  const int previous = s.assessments.back().score();
  const int step = day < state.peak ? m_random.weighted({15, 40, 45}) : m_random.weighted({45, 40, 15});
  if (step != 1) {
    int& which = m_random.chance(50) ? state.likelihood : state.impact;
    which = std::clamp(which + (step == 0 ? -1 : 1), kRiskScaleMin, kRiskScaleMax);
  }
  RiskAssessment a;
  a.assessedOn = day;
  a.likelihood = state.likelihood;
  a.impact = state.impact;
  a.assessor = assessorFor(s);
  a.rationale = TextBank::rationale(m_random, previous, a.score());
  // Professional judgement may raise a case one band above its score, never lower it.
  if (m_random.chance(3)) {
    const RiskBand byScore = m_policy.bandFor(a.score());
    for (const auto& rule : m_policy.rules()) {
      if (rule.band <= byScore) continue;
      a.judgedBand = rule.band;
      a.judgementReason = TextBank::judgementReason(m_random);
      break;
    }
  }
  s.assessments.push_back(a);
  return a;
}

void RiskJourney::escalate(CaseStory& s, State& state, const RiskAssessment& trigger, const Span& span) {
  const DemoGroup& from = groupById(s.record.groupId);
  if (!from.group.parentId) return;
  const DemoGroup& to = groupById(*from.group.parentId);
  const QDate on = trigger.assessedOn.addDays(m_random.between(0, 5));
  if (on > span.end) return;
  const Referral& first = s.referrals.front();
  Referral r;
  r.kind = ReferralKind::Escalation;
  r.toGroupId = to.group.id;
  r.fromGroupId = from.group.id;
  r.receivedOn = on;
  r.referringAgencyId = first.referringAgencyId;
  r.referringOfficer = assessorFor(s);
  r.reason = TextBank::escalationReason(m_random);
  // ReferralService::escalate: a high score, or a judgement that names its concern.
  if (trigger.score() >= m_policy.escalationThreshold()) {
    r.criterion = ReferralCriterion::Escalation;
  } else {
    r.criterion = ReferralCriterion::ProfessionalJudgement;
    r.concern = trigger.judgementReason;
  }
  r.urgent = m_random.chance(15);
  r.safeToPhone = first.safeToPhone;
  r.consent = first.consent;
  r.lawfulBasis = first.lawfulBasis;
  s.events.push_back({on, QStringLiteral("escalation requested"), to.group.id, r.reason});

  const QDate decidedOn = on.addDays(m_random.between(0, 7));
  if (!span.closes && decidedOn > m_today) {
    s.referrals.push_back(r);  // the parent group has not met yet: it stays where it is
    return;
  }
  r.decidedOn = std::min(decidedOn, span.end);
  if (m_random.chance(kEscalationAccepted)) {
    r.decision = ReferralDecision::Accepted;
    s.events.push_back({*r.decidedOn, QStringLiteral("moved"), to.group.id, toKey(ReferralKind::Escalation)});
    s.record.groupId = to.group.id;
    s.holders.emplace_back(*r.decidedOn, to.group.id);
    state.inParent = true;
    state.cameFrom = from.group.id;
    state.movedOn = *r.decidedOn;
  } else {
    r.decision = ReferralDecision::Declined;
    r.decisionReason = TextBank::escalationDeclineReason(m_random);
    s.events.push_back({*r.decidedOn, QStringLiteral("declined"), to.group.id, r.decisionReason});
  }
  s.referrals.push_back(r);
}

void RiskJourney::stepDown(CaseStory& s, State& state, const QDate& day, const Span& span) {
  const QDate on = std::min(span.end, day.addDays(m_random.between(0, 5)));
  const Referral& first = s.referrals.front();
  Referral r;
  r.kind = ReferralKind::StepDown;
  r.toGroupId = state.cameFrom;
  r.fromGroupId = s.record.groupId;
  r.receivedOn = on;
  r.referringAgencyId = first.referringAgencyId;
  r.referringOfficer = assessorFor(s);
  r.reason = TextBank::stepDownReason(m_random);
  // ReferralService::stepDown: the JAG's own judgement, decided at once.
  r.criterion = ReferralCriterion::ProfessionalJudgement;
  r.concern = r.reason;
  r.safeToPhone = first.safeToPhone;
  r.consent = first.consent;
  r.lawfulBasis = first.lawfulBasis;
  r.decision = ReferralDecision::Accepted;
  r.decisionReason = r.reason;
  r.decidedOn = on;
  s.referrals.push_back(r);
  s.events.push_back({on, QStringLiteral("moved"), state.cameFrom, toKey(ReferralKind::StepDown)});
  s.record.groupId = state.cameFrom;
  s.holders.emplace_back(on, state.cameFrom);
  state.inParent = false;
}

}  // namespace casebook::demo
