#include "DemoCaseWriter.h"

#include "ActionRepository.h"
#include "CaseRepository.h"
#include "DemoService.h"
#include "NameBank.h"
#include "ReferralRepository.h"
#include "RiskRepository.h"
#include "SettingsRepository.h"
#include "SubjectRepository.h"

namespace casebook::demo {

struct DemoCaseWriter::History {
  RiskPolicy policy = RiskPolicy::defaults();
  std::vector<RiskAssessment> assessments;
  int likelihood = 3;
  int impact = 3;
};

DemoCaseWriter::DemoCaseWriter(Database& db, DemoRandom& random, const QDate& today, std::vector<DemoGroup> groups,
                               std::vector<AgencyId> agencies)
    : m_db(db), m_random(random), m_today(today), m_groups(std::move(groups)), m_agencies(std::move(agencies)) {
  for (const auto& g : m_groups) {
    if (!g.group.isSubGroup() && !m_jag) m_jag = &g;
  }
}

const DemoGroup& DemoCaseWriter::chooseGroup() {
  int total = 0;
  for (const auto& g : m_groups) total += g.share;
  int roll = m_random.between(1, total);
  for (const auto& g : m_groups) {
    if (roll <= g.share) return g;
    roll -= g.share;
  }
  return m_groups.back();
}

const DemoGroup& DemoCaseWriter::groupById(GroupId id) const {
  for (const auto& g : m_groups) {
    if (g.group.id == id) return g;
  }
  return m_groups.front();
}

Subject DemoCaseWriter::makeSubject(const DemoGroup& group, const QDate& opened) {
  Subject s;
  s.kind = static_cast<SubjectKind>(m_random.weighted({85, 6, 6, 3}));
  switch (s.kind) {
    case SubjectKind::Person: {
      s.name = NameBank::personName(m_random);
      const bool young = group.group.code == QStringLiteral("YJAG");
      const int age = young ? m_random.between(11, 17) : m_random.between(18, 78);
      if (m_random.chance(85)) {
        s.dateOfBirth = opened.addYears(-age).addDays(-m_random.between(0, 364));
      } else {
        s.ageBand = young ? QStringLiteral("14-15") : QStringLiteral("26-40");
      }
      if (m_random.chance(10)) s.aliases << NameBank::alias(m_random);
      if (m_random.chance(60)) s.address = NameBank::address(m_random);
      break;
    }
    case SubjectKind::Household:
      s.name = NameBank::householdName(m_random);
      s.address = NameBank::address(m_random);
      break;
    case SubjectKind::Location: s.name = NameBank::hotspot(m_random); break;
    case SubjectKind::Cohort: s.name = NameBank::cohort(m_random); break;
  }
  return s;
}

ReferralId DemoCaseWriter::writeReferral(const Case& c, ReferralKind kind, GroupId to, std::optional<GroupId> from,
                                         const QDate& on, ReferralDecision decision, const QString& reason,
                                         DemoSummary& summary) {
  Referral r;
  r.caseId = c.id;
  r.kind = kind;
  r.toGroupId = to;
  r.fromGroupId = from;
  r.receivedOn = on;
  if (!m_agencies.empty()) r.referringAgencyId = m_random.pick(m_agencies);
  r.referringOfficer = NameBank::personName(m_random);
  r.reason = reason;
  r.criterion = kind == ReferralKind::Escalation ? ReferralCriterion::Escalation
                : m_random.chance(25)            ? ReferralCriterion::ProfessionalJudgement
                                                 : ReferralCriterion::VisibleHighRisk;
  if (r.criterion == ReferralCriterion::ProfessionalJudgement) r.concern = reason;
  r.urgent = m_random.chance(8);
  r.safeToPhone = m_random.chance(60);
  r.consent = static_cast<ConsentBasis>(m_random.weighted({50, 40, 10}));
  if (r.consent == ConsentBasis::LawfulBasisWithoutConsent) r.lawfulBasis = QStringLiteral("Crime and Disorder Act 1998 s.115");
  if (kind == ReferralKind::New) {
    r.repeat = isRepeatReferral(m_lastReferral.contains(c.subject.id.value)
                                    ? std::optional<QDate>(m_lastReferral.value(c.subject.id.value))
                                    : std::nullopt,
                                on);
    if (r.repeat) r.criterion = ReferralCriterion::Repeat;
    m_lastReferral.insert(c.subject.id.value, on);
  }
  r.decision = decision;
  if (decision != ReferralDecision::Pending) r.decidedOn = std::min(m_today, on.addDays(m_random.between(0, 6)));
  if (decision == ReferralDecision::Declined) r.decisionReason = QStringLiteral("Single-agency response is sufficient");
  ++summary.referrals;
  return ReferralRepository(m_db).insert(r);
}

void DemoCaseWriter::writeRisk(Case& c, History& h, QDate from, QDate until, DemoSummary& summary) {
  RiskRepository risks(m_db);
  // Risk rises while a case is new and mostly falls once partners act: a drift downwards
  // with noise, so trends show both ways.
  for (QDate day = from; day <= until && h.assessments.size() < 40;) {
    RiskAssessment a;
    a.caseId = c.id;
    a.assessedOn = day;
    a.likelihood = h.likelihood;
    a.impact = h.impact;
    a.assessor = NameBank::personName(m_random);
    const bool rising = h.assessments.empty() || h.assessments.back().score() < a.score();
    a.rationale = h.assessments.empty() ? QStringLiteral("Initial score at referral") : NameBank::rationale(m_random, rising);
    if (m_random.chance(3) && h.policy.bandFor(a.score()) < h.policy.highestBand()) {
      a.judgedBand = static_cast<RiskBand>(static_cast<int>(h.policy.bandFor(a.score())) + 1);
      a.judgementReason = QStringLiteral("Professional judgement: vulnerability not captured by the score");
    }
    risks.insert(a);
    ++summary.assessments;
    h.assessments.push_back(a);
    const RiskBand band = a.effectiveBand(h.policy);
    c.currentScore = a.score();
    c.currentBand = band;
    c.nextReviewOn = h.policy.nextReviewDate(band, day);
    day = day.addDays(h.policy.reviewDays(band) + m_random.between(-3, 7));
    // A long history keeps its last reviews, not its first: skip ahead when it grows long.
    if (h.assessments.size() == 30 && day < until.addDays(-90)) day = until.addDays(-m_random.between(60, 90));
    const int step = m_random.weighted({45, 30, 25});  // down, same, up
    int& which = m_random.chance(50) ? h.likelihood : h.impact;
    which = std::clamp(which + (step == 0 ? -1 : step == 2 ? 1 : 0), 1, 5);
  }
}

void DemoCaseWriter::writeActions(const Case& c, const DemoGroup& group, const History& h, DemoSummary& summary) {
  if (h.assessments.empty()) return;
  ActionRepository actions(m_db);
  for (int n = m_random.between(0, 3); n > 0; --n) {
    Action a;
    a.caseId = c.id;
    a.text = NameBank::actionText(m_random);
    a.ownerId = m_random.pick(group.members);
    a.raisedOn = m_random.pick(h.assessments).assessedOn;
    a.dueOn = a.raisedOn.addDays(m_random.between(14, 42));
    a.statusReportedOn = a.raisedOn;
    const QDate end = c.closedOn.value_or(m_today);
    if (a.dueOn < end || c.status == CaseStatus::Closed) {
      a.status = static_cast<ActionStatus>(m_random.weighted({15, 8, 62, 5, 5, 5}));
      if (c.status == CaseStatus::Closed && (a.status == ActionStatus::Open || a.status == ActionStatus::InProgress)) {
        a.status = ActionStatus::Complete;
      }
    } else {
      a.status = m_random.chance(60) ? ActionStatus::Open : ActionStatus::InProgress;
    }
    if (!isOutstanding(a.status)) {
      const QDate reported = std::min(end, a.dueOn.addDays(m_random.between(-10, 14)));
      a.statusReportedOn = std::max(a.raisedOn, reported);
      if (a.status == ActionStatus::Complete) a.completedOn = a.statusReportedOn;
      a.updates.push_back({*a.statusReportedOn, NameBank::noteText(m_random), a.status});
    } else if (m_random.chance(10) && a.dueOn < m_today) {
      a.carriedForward = m_random.between(1, 2);
    }
    actions.insert(a);
    ++summary.actions;
  }
}

void DemoCaseWriter::writeNotes(const Case& c, QDate from, QDate until, DemoSummary& summary) {
  CaseRepository cases(m_db);
  const int span = std::max<qint64>(0, from.daysTo(until));
  for (int n = m_random.between(0, 3); n > 0; --n) {
    const QDate day = from.addDays(m_random.between(0, span));
    cases.insertNote({NoteId(), c.id, QDateTime(day, QTime(m_random.between(8, 17), m_random.between(0, 59))),
                      NameBank::personName(m_random), NameBank::noteText(m_random)});
    ++summary.notes;
  }
}

Outcome DemoCaseWriter::chooseOutcome() {
  static constexpr Outcome outcomes[] = {Outcome::RiskReduced,  Outcome::EngagedWithSupport, Outcome::Enforcement,
                                         Outcome::Rehoused,     Outcome::MovedOutOfArea,     Outcome::TransferredToOtherForum,
                                         Outcome::Disengaged,   Outcome::Deceased,           Outcome::Duplicate};
  return outcomes[m_random.weighted({35, 20, 10, 6, 6, 8, 12, 1, 2})];
}

void DemoCaseWriter::write(int index, int total, DemoSummary& summary) {
  CaseRepository cases(m_db);
  // Cases arrive evenly over the two years, so references run in date order.
  const QDate opened = m_today.addDays(-729 + static_cast<int>(static_cast<qint64>(index) * 729 / std::max(1, total)));
  const DemoGroup* group = &chooseGroup();

  Case c;
  c.groupId = group->group.id;
  // About one case in twenty is a person another group already knows: the JAG wants to
  // see those subjects open in more than one group.
  std::optional<SubjectId> known;
  if (!m_people.empty() && m_random.chance(5)) {
    for (int attempt = 0; attempt < 3 && !known; ++attempt) {
      const auto& [subject, heldBy] = m_random.pick(m_people);
      if (heldBy != group->group.id) known = subject;
    }
  }
  if (known) {
    c.subject = *SubjectRepository(m_db).get(*known);
  } else {
    c.subject = makeSubject(*group, opened);
    c.subject.id = SubjectRepository(m_db).insert(c.subject);
    if (c.subject.kind == SubjectKind::Person) m_people.push_back({c.subject.id, group->group.id});
  }
  c.subjectRole = c.subject.kind == SubjectKind::Person ? static_cast<SubjectRole>(m_random.weighted({35, 35, 30, 0}))
                                                        : SubjectRole::NotApplicable;
  const QString key = QStringLiteral("%1-%2").arg(group->group.code).arg(opened.year());
  const int sequence = m_sequences.value(key) + 1;
  m_sequences.insert(key, sequence);
  c.reference = formatCaseReference(group->group.code, opened.year(), sequence);
  if (!group->areas.empty()) c.areaId = m_random.pick(group->areas);
  if (!m_agencies.empty()) c.leadAgencyId = m_random.pick(m_agencies);
  c.ownerId = m_random.pick(group->members);
  for (int n = m_random.between(1, 3); n > 0; --n) {
    const QString theme = group->themes.at(m_random.between(0, static_cast<int>(group->themes.size()) - 1));
    if (!c.themes.contains(theme)) c.themes << theme;
  }
  c.addedReason = NameBank::referralReason(m_random, group->group.code);
  c.lawfulBasis = QStringLiteral("Crime and Disorder Act 1998 s.115; partnership information-sharing agreement");
  c.openedOn = opened;

  // How the referral is decided decides the rest of the story.
  const bool recent = opened.daysTo(m_today) < 10;
  const int decision = recent && m_random.chance(50) ? 0 : m_random.weighted({0, 88, 8, 4});
  c.status = decision == 1 || decision == 3 ? CaseStatus::Open : CaseStatus::Referred;
  c.id = cases.insert(c);  // scores and closure are written once the history is known
  cases.addEvent(c.id, {opened, QStringLiteral("referred"), c.groupId, c.addedReason});
  History h;
  h.policy = SettingsRepository(m_db).riskPolicy();
  h.likelihood = m_random.between(2, 5);
  h.impact = m_random.between(2, 5);

  if (decision == 2) {  // declined: the case ends on the decision
    writeReferral(c, ReferralKind::New, c.groupId, std::nullopt, opened, ReferralDecision::Declined, c.addedReason, summary);
    writeRisk(c, h, opened, opened, summary);
    c.status = CaseStatus::Closed;
    c.outcome = Outcome::ReferralDeclined;
    c.closedOn = std::min(m_today, opened.addDays(3));
    c.closureNote = QStringLiteral("Single-agency response is sufficient");
    cases.addEvent(c.id, {*c.closedOn, QStringLiteral("declined"), c.groupId, c.closureNote});
    cases.update(c);
    ++summary.cases;
    return;
  }
  if (decision == 0) {  // awaiting the group's decision
    writeReferral(c, ReferralKind::New, c.groupId, std::nullopt, opened, ReferralDecision::Pending, c.addedReason, summary);
    writeRisk(c, h, opened, opened, summary);
    cases.update(c);
    ++summary.cases;
    return;
  }
  if (decision == 3 && group->group.isSubGroup()) {  // redirected to another sub-group, accepted there
    const DemoGroup* other = group;
    for (const auto& g : m_groups) {
      if (g.group.isSubGroup() && g.group.id != group->group.id) other = &g;
    }
    writeReferral(c, ReferralKind::New, c.groupId, std::nullopt, opened, ReferralDecision::Redirected, c.addedReason, summary);
    writeReferral(c, ReferralKind::Redirect, other->group.id, c.groupId, opened, ReferralDecision::Accepted, c.addedReason,
                  summary);
    cases.addEvent(c.id, {opened, QStringLiteral("redirected"), other->group.id, QString()});
    c.groupId = other->group.id;
    group = other;
  } else {
    writeReferral(c, ReferralKind::New, c.groupId, std::nullopt, opened, ReferralDecision::Accepted, c.addedReason, summary);
    cases.addEvent(c.id, {opened, QStringLiteral("accepted"), c.groupId, QString()});
  }

  const bool closes = opened.daysTo(m_today) > 90 && m_random.chance(55);
  const QDate end = closes ? opened.addDays(m_random.between(60, std::max<int>(61, opened.daysTo(m_today)))) : m_today;
  // Some reviews slip, as community-trigger reviews found: the history stops short of today.
  const QDate reviewedUntil = !closes && m_random.chance(10) ? end.addDays(-m_random.between(30, 120)) : end;
  writeRisk(c, h, opened, std::max(opened, reviewedUntil), summary);

  // A sub-group case that reached the threshold may have gone up to the JAG, and some came back.
  if (group->group.isSubGroup() && m_jag && m_random.chance(40)) {
    for (const auto& a : h.assessments) {
      if (a.score() < h.policy.escalationThreshold()) continue;
      const QDate escalated = a.assessedOn.addDays(1);
      if (escalated > end) break;
      writeReferral(c, ReferralKind::Escalation, m_jag->group.id, group->group.id, escalated, ReferralDecision::Accepted,
                    QStringLiteral("Score at or above the escalation threshold"), summary);
      cases.addEvent(c.id, {escalated, QStringLiteral("moved"), m_jag->group.id, QStringLiteral("escalation")});
      c.groupId = m_jag->group.id;
      if (m_random.chance(30) && escalated.addDays(42) < end) {
        writeReferral(c, ReferralKind::StepDown, group->group.id, m_jag->group.id, escalated.addDays(42),
                      ReferralDecision::Accepted, QStringLiteral("Risk reduced; the sub-group can hold the case"), summary);
        cases.addEvent(c.id, {escalated.addDays(42), QStringLiteral("moved"), group->group.id, QStringLiteral("step_down")});
        c.groupId = group->group.id;
      }
      break;
    }
  }

  if (closes) {
    c.status = CaseStatus::Closed;
    c.outcome = chooseOutcome();
    if (c.outcome == Outcome::TransferredToOtherForum) c.transferredTo = static_cast<Forum>(m_random.between(0, 6));
    c.closedOn = std::max(end, h.assessments.back().assessedOn);
    c.closureNote = QStringLiteral("Agreed at the meeting");
    const DemoGroup& holder = groupById(c.groupId);
    if (holder.group.closureNeedsChairApproval) c.closureApprovedBy = holder.chair;
    cases.addEvent(c.id, {*c.closedOn, QStringLiteral("closed"), c.groupId, toKey(*c.outcome)});
  } else if (m_random.chance(15)) {
    c.status = CaseStatus::Monitoring;
  }
  writeActions(c, groupById(c.groupId), h, summary);
  writeNotes(c, opened, end, summary);
  if (m_previousCase && m_random.chance(2)) {
    cases.insertLink({*m_previousCase, c.id, m_random.chance(50) ? LinkRelation::Household : LinkRelation::Cuckooing,
                      QString()});
  }
  m_previousCase = c.id;
  cases.update(c);
  ++summary.cases;
}

}  // namespace casebook::demo
