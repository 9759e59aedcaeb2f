#include "CaseStoryteller.h"

#include "DemoActions.h"
#include "NameBank.h"
#include "TextBank.h"

#include <algorithm>

namespace casebook::demo {

namespace {

// Older cases are more often closed: with declined referrals this leaves about 40% of
// all cases closed.
constexpr int kClosedPercentAtTwoYears = 72;

bool is(const DemoGroup& g, const char* code) { return g.group.code == QLatin1String(code); }

int ageOn(const QDate& dateOfBirth, const QDate& day) {
  int age = day.year() - dateOfBirth.year();
  if (day.month() < dateOfBirth.month() || (day.month() == dateOfBirth.month() && day.day() < dateOfBirth.day())) {
    --age;
  }
  return age;
}

QString ageBandFor(int age) {
  const auto& bands = ageBands();  // under 11, 11-13, 14-15, 16-17, 18-25, 26-40, 41-64, 65+
  const int edges[] = {11, 14, 16, 18, 26, 41, 65};
  int band = 0;
  for (const int edge : edges) band += age >= edge ? 1 : 0;
  return bands.at(band);
}

}  // namespace

CaseStoryteller::CaseStoryteller(DemoRandom& random, const QDate& today, const RiskPolicy& policy,
                                 const std::vector<DemoGroup>& groups, std::vector<AgencyId> agencies, int total)
    : m_random(random),
      m_today(today),
      m_policy(policy),
      m_groups(groups),
      m_agencies(std::move(agencies)),
      m_total(std::max(1, total)),
      m_risk(random, policy, today, groups),
      m_lastReferral(static_cast<std::size_t>(m_total)),
      m_subjectOf(static_cast<std::size_t>(m_total)),
      m_kinds(static_cast<std::size_t>(m_total)) {}

CaseStory CaseStoryteller::tell(int index) {
  CaseStory s;
  Case& c = s.record;
  const QDate opened = m_today.addDays(-729 + static_cast<int>(static_cast<qint64>(index) * 730 / m_total));
  const DemoGroup* group = &chooseGroup();
  chooseSubject(s, *group, opened, index);
  c.groupId = group->group.id;
  const QString key = QStringLiteral("%1-%2").arg(group->group.code).arg(opened.year());
  const int sequence = ++m_sequences[key];
  c.reference = formatCaseReference(group->group.code, opened.year(), sequence);
  if (!group->areas.empty()) c.areaId = m_random.pick(group->areas);
  if (!m_agencies.empty()) c.leadAgencyId = m_random.pick(m_agencies);
  c.ownerId = m_random.pick(group->members).id;
  for (int n = m_random.between(1, 3); n > 0; --n) {
    const QString theme = group->themes.at(m_random.between(0, static_cast<int>(group->themes.size()) - 1));
    if (!c.themes.contains(theme)) c.themes << theme;
  }
  c.addedReason = TextBank::referralReason(m_random, group->group.code);
  c.openedOn = opened;
  c.status = CaseStatus::Referred;
  s.holders.emplace_back(opened, c.groupId);

  Referral first = firstReferral(s, *group, m_subjectOf[static_cast<std::size_t>(index)]);
  c.lawfulBasis = first.consent == ConsentBasis::Consent
                      ? QStringLiteral("Consent given to share with the partnership")
                      : QStringLiteral("Crime and Disorder Act 1998 s.115; partnership information-sharing agreement");
  s.events.push_back({opened, QStringLiteral("referred"), c.groupId, c.addedReason});
  s.assessments.push_back(initialAssessment(first));

  // Referrals of the last fortnight may still wait for the group's next meeting.
  if (opened.daysTo(m_today) < 14 && m_random.chance(45)) {
    s.referrals.push_back(first);
    addNotes(s, opened, m_today);
    settleScore(s);
    return s;
  }
  const QDate decidedOn = std::min(m_today, opened.addDays(m_random.between(0, 10)));
  first.decidedOn = decidedOn;
  const int decision = m_random.weighted({86, 8, 6});  // accepted, declined, redirected
  if (decision == 1) {  // ReferralService: a declined first referral ends the case
    first.decision = ReferralDecision::Declined;
    first.decisionReason = TextBank::declineReason(m_random);
    s.referrals.push_back(first);
    c.status = CaseStatus::Closed;
    c.outcome = Outcome::ReferralDeclined;
    c.closedOn = decidedOn;
    c.closureNote = first.decisionReason;
    s.events.push_back({decidedOn, QStringLiteral("declined"), c.groupId, first.decisionReason});
    addNotes(s, opened, decidedOn);
    maybeLink(s, index);
    settleScore(s);
    return s;
  }
  QDate activeFrom = decidedOn;
  const DemoGroup* target = decision == 2 ? redirectTarget(*group) : nullptr;
  if (target) {  // redirected: the other group takes the case over and accepts it
    first.decision = ReferralDecision::Redirected;
    first.decisionReason = TextBank::redirectReason(m_random, target->group.code);
    first.redirectedToGroupId = target->group.id;
    Referral onward = first;
    onward.kind = ReferralKind::Redirect;
    onward.fromGroupId = group->group.id;
    onward.toGroupId = target->group.id;
    onward.repeat = false;
    onward.redirectedToGroupId.reset();
    onward.decision = ReferralDecision::Accepted;
    onward.decisionReason.clear();
    activeFrom = std::min(m_today, decidedOn.addDays(m_random.between(0, 7)));
    onward.decidedOn = activeFrom;
    s.referrals.push_back(first);
    s.referrals.push_back(onward);
    s.events.push_back({decidedOn, QStringLiteral("redirected"), target->group.id, first.decisionReason});
    s.events.push_back({activeFrom, QStringLiteral("accepted"), target->group.id, QString()});
    group = target;
    c.groupId = target->group.id;
    c.ownerId = m_random.pick(target->members).id;
    s.holders.emplace_back(decidedOn, c.groupId);
  } else {
    first.decision = ReferralDecision::Accepted;
    s.referrals.push_back(first);
    s.events.push_back({decidedOn, QStringLiteral("accepted"), c.groupId, QString()});
  }
  c.status = CaseStatus::Open;

  const int age = static_cast<int>(activeFrom.daysTo(m_today));
  RiskJourney::Span span;
  span.activeFrom = activeFrom;
  span.closes = age > 42 && m_random.chance(age * kClosedPercentAtTwoYears / 730);
  span.end = span.closes ? activeFrom.addDays(m_random.between(42, age)) : m_today;
  span.reviewedUntil = span.end;
  // Some reviews slip, as community-trigger reviews found: those cases show as overdue.
  if (!span.closes && m_random.chance(8)) {
    span.reviewedUntil = std::max(activeFrom, m_today.addDays(-m_random.between(20, 90)));
  }
  m_risk.walk(s, span);
  if (span.closes) {
    close(s, span.end);
  } else if (s.assessments.back().effectiveBand(m_policy) <= RiskBand::Medium && m_random.chance(20)) {
    const QDate on = std::max(s.events.back().on, s.assessments.back().assessedOn);
    c.status = CaseStatus::Monitoring;
    s.events.push_back({on, QStringLiteral("status"), c.groupId,
                        QStringLiteral("%1 to %2").arg(toKey(CaseStatus::Open), toKey(CaseStatus::Monitoring))});
  }
  addActions(s, activeFrom, span.end, span.closes);
  addNotes(s, opened, span.end);
  maybeLink(s, index);
  settleScore(s);
  return s;
}

const DemoGroup& CaseStoryteller::chooseGroup() {
  std::vector<int> shares;
  shares.reserve(m_groups.size());
  for (const auto& g : m_groups) shares.push_back(g.share);
  return m_groups[static_cast<std::size_t>(m_random.weighted(shares))];
}

void CaseStoryteller::chooseSubject(CaseStory& s, const DemoGroup& group, const QDate& opened, int index) {
  const auto slot = static_cast<std::size_t>(index);
  m_subjectOf[slot] = index;
  // Now and then a person another group already holds is referred here too: the JAG
  // wants to see such subjects as open in several groups. Their age must suit the group.
  if (!m_people.empty() && m_random.chance(6)) {
    for (int attempt = 0; attempt < 4; ++attempt) {
      const KnownPerson& known = m_random.pick(m_people);
      const int age = ageOn(known.dateOfBirth, opened);
      if (known.heldBy == group.group.id || age < group.youngestAge || age > group.oldestAge) continue;
      s.sameSubjectAs = known.story;
      m_subjectOf[slot] = m_subjectOf[static_cast<std::size_t>(known.story)];
      s.record.subject.kind = SubjectKind::Person;
      break;
    }
  }
  if (!s.sameSubjectAs) {
    s.record.subject = makeSubject(group, opened);
    if (s.record.subject.dateOfBirth) m_people.push_back({index, group.group.id, *s.record.subject.dateOfBirth});
  }
  m_kinds[slot] = s.record.subject.kind;
  if (s.record.subject.kind == SubjectKind::Person) {
    const int role = is(group, "YJAG")   ? m_random.weighted({30, 25, 45})
                     : is(group, "AARG") ? m_random.weighted({60, 10, 30})
                                         : m_random.weighted({35, 40, 25});
    s.record.subjectRole = static_cast<SubjectRole>(role);
  }
}

Subject CaseStoryteller::makeSubject(const DemoGroup& group, const QDate& opened) {
  Subject s;
  const int kind = is(group, "YJAG")   ? m_random.weighted({90, 5, 2, 3})
                   : is(group, "AARG") ? m_random.weighted({88, 10, 1, 1})
                   : is(group, "LCDG") ? m_random.weighted({70, 2, 18, 10})
                   : is(group, "LEDG") ? m_random.weighted({78, 10, 8, 4})
                                       : m_random.weighted({80, 8, 8, 4});
  s.kind = static_cast<SubjectKind>(kind);
  switch (s.kind) {
    case SubjectKind::Person: {
      s.name = NameBank::personName(m_random);
      const int age = m_random.between(group.youngestAge, group.oldestAge);
      if (m_random.chance(85)) {
        s.dateOfBirth = opened.addYears(-age).addDays(-m_random.between(0, 364));
      } else {
        s.ageBand = ageBandFor(age);
      }
      if (m_random.chance(10)) s.aliases << NameBank::alias(m_random);
      if (m_random.chance(60)) s.address = NameBank::address(m_random);
      break;
    }
    case SubjectKind::Household:
      s.name = NameBank::householdName(m_random);
      s.address = NameBank::address(m_random);
      break;
    case SubjectKind::Location: s.name = NameBank::hotspot(m_random, group.group.code); break;
    case SubjectKind::Cohort: s.name = NameBank::cohort(m_random, group.group.code); break;
  }
  return s;
}

Referral CaseStoryteller::firstReferral(CaseStory& s, const DemoGroup& group, int subjectKey) {
  const QDate opened = s.record.openedOn;
  Referral r;
  r.kind = ReferralKind::New;
  r.toGroupId = group.group.id;
  r.receivedOn = opened;
  if (!m_agencies.empty()) r.referringAgencyId = m_random.pick(m_agencies);
  r.referringOfficer = NameBank::personName(m_random);
  r.reason = s.record.addedReason;
  if (m_random.chance(25)) {
    r.criterion = ReferralCriterion::ProfessionalJudgement;
    r.concern = TextBank::concern(m_random);
  }
  r.initialLikelihood = 1 + m_random.weighted({5, 25, 35, 25, 10});
  r.initialImpact = 1 + m_random.weighted({5, 20, 35, 28, 12});
  r.urgent = m_random.chance(8);
  r.safeToPhone = m_random.chance(60);
  r.consent = static_cast<ConsentBasis>(m_random.weighted({50, 40, 10}));
  if (r.consent == ConsentBasis::LawfulBasisWithoutConsent) {
    r.lawfulBasis = QStringLiteral("Crime and Disorder Act 1998 s.115");
  }
  // ReferralService::prepare: the same subject within 12 months is a repeat (MARAC practice).
  QDate& last = m_lastReferral[static_cast<std::size_t>(subjectKey)];
  r.repeat = isRepeatReferral(last.isValid() ? std::optional<QDate>(last) : std::nullopt, opened);
  if (r.repeat && r.criterion == ReferralCriterion::VisibleHighRisk) r.criterion = ReferralCriterion::Repeat;
  last = opened;
  return r;
}

RiskAssessment CaseStoryteller::initialAssessment(const Referral& referral) const {
  RiskAssessment a;
  a.assessedOn = referral.receivedOn;
  a.likelihood = referral.initialLikelihood.value_or(3);
  a.impact = referral.initialImpact.value_or(3);
  a.assessor = referral.referringOfficer;
  a.rationale = QStringLiteral("Initial score at referral");
  return a;
}

const DemoGroup* CaseStoryteller::redirectTarget(const DemoGroup& from) {
  std::vector<const DemoGroup*> candidates;
  for (const auto& g : m_groups) {
    if (g.group.isSubGroup() && g.group.id != from.group.id) candidates.push_back(&g);
  }
  return candidates.empty() ? nullptr : m_random.pick(candidates);
}

Outcome CaseStoryteller::chooseOutcome(RiskBand lastBand) {
  // Outcome order as in Case.h: risk reduced, engaged, enforcement, rehoused, moved out,
  // transferred, disengaged, deceased, duplicate.
  const int outcome = lastBand <= RiskBand::Medium ? m_random.weighted({40, 25, 5, 6, 6, 5, 10, 1, 2})
                                                   : m_random.weighted({5, 10, 25, 8, 10, 25, 14, 2, 1});
  return static_cast<Outcome>(outcome);
}

void CaseStoryteller::close(CaseStory& s, const QDate& on) {
  Case& c = s.record;
  const DemoGroup& holder = m_risk.groupById(c.groupId);
  c.status = CaseStatus::Closed;
  c.outcome = chooseOutcome(s.assessments.back().effectiveBand(m_policy));
  c.closedOn = on;
  c.closureNote = TextBank::closureNote(m_random, *c.outcome);
  if (c.outcome == Outcome::TransferredToOtherForum) {
    // Forum order as in Case.h: MARAC, MAPPA, Channel, MASH, adult and child safeguarding, other.
    const int forum = is(holder, "YJAG")   ? m_random.weighted({10, 0, 10, 30, 0, 40, 10})
                      : is(holder, "AARG") ? m_random.weighted({30, 0, 0, 5, 50, 0, 15})
                                           : m_random.weighted({35, 25, 10, 10, 10, 0, 10});
    c.transferredTo = static_cast<Forum>(forum);
    c.closureNote = QStringLiteral("Now held by %1").arg(toLabel(*c.transferredTo));
  }
  if (holder.group.closureNeedsChairApproval) c.closureApprovedBy = holder.chair().id;
  s.events.push_back({on, QStringLiteral("closed"), c.groupId, toKey(*c.outcome) + QStringLiteral(": ") + c.closureNote});
}

void CaseStoryteller::addActions(CaseStory& s, const QDate& from, const QDate& until, bool closed) {
  const int span = static_cast<int>(std::max<qint64>(0, from.daysTo(until)));
  for (int n = m_random.weighted({20, 35, 30, 15}); n > 0; --n) {
    Action a;
    a.raisedOn = from.addDays(m_random.between(0, span));
    const DemoGroup& holder = holderOn(s, a.raisedOn);
    a.text = TextBank::caseAction(m_random, holder.group.code);
    a.ownerId = m_random.pick(holder.members).id;
    a.dueOn = a.raisedOn.addDays(m_random.between(14, 42));
    DemoActions::settle(m_random, a, until, closed);
    s.actions.push_back(std::move(a));
  }
}

void CaseStoryteller::addNotes(CaseStory& s, const QDate& from, const QDate& until) {
  const int span = static_cast<int>(std::max<qint64>(0, from.daysTo(until)));
  for (int n = m_random.weighted({15, 30, 30, 15, 10}); n > 0; --n) {
    const QDate day = from.addDays(m_random.between(0, span));
    const int hour = m_random.between(8, 18);
    const int minute = m_random.between(0, 59);
    Note note;
    note.writtenAt = QDateTime(day, QTime(hour, minute));
    note.author = m_random.pick(holderOn(s, day).members).name;
    note.body = TextBank::note(m_random);
    s.notes.push_back(std::move(note));
  }
}

void CaseStoryteller::maybeLink(CaseStory& s, int index) {
  if (index == 0 || !m_random.chance(3)) return;
  const int target = index - m_random.between(1, std::min(index, 40));
  const SubjectKind mine = s.record.subject.kind;
  const SubjectKind theirs = m_kinds[static_cast<std::size_t>(target)];
  s.linkedTo = target;
  if (s.record.themes.contains(QStringLiteral("cuckooing")) || mine == SubjectKind::Location ||
      theirs == SubjectKind::Location) {
    s.linkRelation = LinkRelation::Cuckooing;
  } else {
    const LinkRelation relations[] = {LinkRelation::Household, LinkRelation::Associate, LinkRelation::VictimOf};
    s.linkRelation = relations[m_random.weighted({60, 25, 15})];
  }
}

void CaseStoryteller::settleScore(CaseStory& s) const {
  // RiskService::record: the latest assessment sets the case's score, band and review date.
  const RiskAssessment& latest = s.assessments.back();
  const RiskBand band = latest.effectiveBand(m_policy);
  s.record.currentScore = latest.score();
  s.record.currentBand = band;
  s.record.nextReviewOn = m_policy.nextReviewDate(band, latest.assessedOn);
}

const DemoGroup& CaseStoryteller::holderOn(const CaseStory& s, const QDate& day) const {
  GroupId holder = s.holders.front().second;
  for (const auto& [from, group] : s.holders) {
    if (from <= day) holder = group;
  }
  return m_risk.groupById(holder);
}

}  // namespace casebook::demo
