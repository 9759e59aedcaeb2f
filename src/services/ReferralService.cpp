#include "ReferralService.h"

#include "CaseRepository.h"
#include "Database.h"
#include "DirectoryRepository.h"
#include "Log.h"
#include "Lookup.h"
#include "ReferralRepository.h"

namespace casebook {

Result<Referral> ReferralService::prepare(ServiceContext& ctx, CaseId caseId, SubjectId subjectId, ReferralKind kind,
                                          std::optional<GroupId> fromGroup, const ReferralInput& input) {
  Lookup lookup(ctx);
  auto group = lookup.group(input.groupCode);
  if (!group) return group.error();
  Referral r;
  r.caseId = caseId;
  r.kind = kind;
  r.toGroupId = group->id;
  r.fromGroupId = fromGroup;
  r.receivedOn = input.receivedOn;
  r.referringOfficer = input.referringOfficer;
  r.officerContact = input.officerContact;
  r.reason = input.reason;
  r.criterion = input.criterion;
  r.concern = input.concern;
  r.initialLikelihood = input.initialLikelihood;
  r.initialImpact = input.initialImpact;
  r.urgent = input.urgent;
  r.safeToPhone = input.safeToPhone;
  r.consent = input.consent;
  r.lawfulBasis = input.lawfulBasis;
  // The referral's own fields first, then the agency it names, as a new case has always
  // reported them.
  if (auto valid = validateReferral(r, ctx.clock.today()); !valid) return valid.error();
  auto agency = lookup.optionalAgency(input.referringAgencyCode, QStringLiteral("referring agency"));
  if (!agency) return agency.error();
  r.referringAgencyId = agency.value();
  // A subject not yet written has no earlier referral to repeat.
  if (kind == ReferralKind::New && subjectId.isValid()) {
    r.repeat = isRepeatReferral(ReferralRepository(ctx.db).lastReferralOfSubject(subjectId, r.receivedOn), r.receivedOn);
    if (r.repeat && r.criterion == ReferralCriterion::VisibleHighRisk) r.criterion = ReferralCriterion::Repeat;
  }
  return r;
}

Result<Referral> ReferralService::record(ServiceContext& ctx, CaseId caseId, SubjectId subjectId, ReferralKind kind,
                                         std::optional<GroupId> fromGroup, const ReferralInput& input) {
  auto prepared = prepare(ctx, caseId, subjectId, kind, fromGroup, input);
  if (!prepared) return prepared;
  Referral r = std::move(prepared).value();
  r.id = ReferralRepository(ctx.db).insert(r);
  return r;
}

Status ReferralService::applyDecision(ServiceContext& ctx, ReferralId id, const DecisionRequest& request) {
  ReferralRepository referrals(ctx.db);
  auto r = referrals.get(id);
  if (!r) {
    return Error::notFound(QStringLiteral("referral"), QStringLiteral("there is no referral %1").arg(id.value),
                           QStringLiteral("See the case's referrals with 'case show'"));
  }
  CaseRepository cases(ctx.db);
  const Case before = *cases.get(r->caseId);
  Case c = before;
  auto effect = decideInMemory(ctx, *r, c, request);
  if (!effect) return effect.error();
  referrals.saveDecision(*r);
  if (effect->onward) referrals.insert(*effect->onward);
  for (const CaseEvent& event : effect->events) cases.addEvent(c.id, event);
  cases.update(before, c);
  log::services()->info("referral {} decided: {}", r->id.value, toKey(request.decision).toStdString());
  return {};
}

Result<ReferralService::DecisionEffect> ReferralService::decideInMemory(ServiceContext& ctx, Referral& r, Case& c,
                                                                       const DecisionRequest& request) {
  if (auto allowed = ctx.allow(Operation::DecideReferral, r.toGroupId); !allowed) return allowed.error();
  if (auto valid = validateDecision(r, request, ctx.clock.today()); !valid) return valid.error();
  r.decision = request.decision;
  r.decisionReason = request.reason;
  r.decidedOn = request.decidedOn;
  r.redirectedToGroupId = request.redirectTo;

  DecisionEffect effect;
  const QDate on = request.decidedOn;
  switch (request.decision) {
    case ReferralDecision::Accepted:
      if (c.status == CaseStatus::Closed) {
        c.outcome.reset();
        c.transferredTo.reset();
        c.closedOn.reset();
        c.closureNote.clear();
        c.closureApprovedBy.reset();
        effect.events.push_back({on, QStringLiteral("reopened"), r.toGroupId, r.reason});
      } else if (c.groupId != r.toGroupId) {
        effect.events.push_back({on, QStringLiteral("moved"), r.toGroupId, toKey(r.kind)});
      } else {
        effect.events.push_back({on, QStringLiteral("accepted"), r.toGroupId, QString()});
      }
      if (c.status == CaseStatus::Referred || c.status == CaseStatus::Closed) c.status = CaseStatus::Open;
      c.groupId = r.toGroupId;
      break;
    case ReferralDecision::Declined:
      // A first referral that is declined ends the case; a declined escalation or
      // re-referral leaves it where it was.
      if (c.status == CaseStatus::Referred) {
        c.status = CaseStatus::Closed;
        c.outcome = Outcome::ReferralDeclined;
        c.closedOn = on;
        c.closureNote = request.reason;
      }
      effect.events.push_back({on, QStringLiteral("declined"), r.toGroupId, request.reason});
      break;
    case ReferralDecision::Redirected: {
      Referral onward = r;
      onward.kind = ReferralKind::Redirect;
      onward.fromGroupId = r.toGroupId;
      onward.toGroupId = *request.redirectTo;
      onward.decision = ReferralDecision::Pending;
      onward.decisionReason.clear();
      onward.decidedOn.reset();
      onward.redirectedToGroupId.reset();
      onward.repeat = false;
      effect.onward = onward;
      if (c.status == CaseStatus::Referred) c.groupId = *request.redirectTo;
      effect.events.push_back({on, QStringLiteral("redirected"), *request.redirectTo, request.reason});
      break;
    }
    case ReferralDecision::Pending:
      break;
  }
  return effect;
}

Result<ReferralId> ReferralService::refer(const QString& caseReference, const ReferralInput& input) {
  return m_ctx.db.write([&]() -> Result<ReferralId> {
    Lookup lookup(m_ctx);
    auto id = lookup.caseByReference(caseReference);
    if (!id) return id.error();
    auto group = lookup.group(input.groupCode);
    if (!group) return group.error();
    if (auto allowed = m_ctx.allow(Operation::CreateCase, group->id); !allowed) return allowed.error();
    const Case c = *CaseRepository(m_ctx.db).get(id.value());
    // Referring a case on needs the case itself within reach, not only the group it goes to.
    if (auto allowed = m_ctx.allow(Operation::ChangeCase, c.groupId); !allowed) return allowed.error();
    if (c.status != CaseStatus::Closed && c.groupId == group->id) {
      return Error::conflict(QStringLiteral("group"),
                             QStringLiteral("%1 is already before %2").arg(c.reference, group->code),
                             QStringLiteral("Review it at the next meeting instead"));
    }
    if (ReferralRepository(m_ctx.db).pendingForCase(c.id)) {
      return Error::conflict(QStringLiteral("case"),
                             QStringLiteral("%1 already has a referral awaiting decision").arg(c.reference),
                             QStringLiteral("Decide that referral first"));
    }
    auto r = record(m_ctx, c.id, c.subject.id, ReferralKind::New,
                    c.status == CaseStatus::Closed ? std::nullopt : std::optional<GroupId>(c.groupId), input);
    if (!r) return r.error();
    m_ctx.audit(AuditEvent::ChangeCase, c.id, c.reference, QStringLiteral("referred to %1").arg(group->code));
    return r->id;
  });
}

Status ReferralService::decide(const DecisionInput& input) {
  return m_ctx.db.write([&]() -> Status {
    DecisionRequest request;
    request.decision = input.decision;
    request.reason = input.reason;
    request.decidedOn = input.decidedOn.isValid() ? input.decidedOn : m_ctx.clock.today();
    if (!input.redirectToGroupCode.isEmpty()) {
      auto group = Lookup(m_ctx).group(input.redirectToGroupCode, QStringLiteral("redirect to"));
      if (!group) return group.error();
      request.redirectTo = group->id;
    }
    if (auto applied = applyDecision(m_ctx, ReferralId(input.referralId), request); !applied) return applied;
    const Case c = *CaseRepository(m_ctx.db).get(ReferralRepository(m_ctx.db).get(ReferralId(input.referralId))->caseId);
    m_ctx.audit(AuditEvent::ChangeCase, c.id, c.reference,
                QStringLiteral("referral %1 decided: %2").arg(input.referralId).arg(toKey(request.decision)));
    return {};
  });
}

Result<ReferralId> ReferralService::escalate(const EscalationInput& input) {
  return m_ctx.db.write([&]() -> Result<ReferralId> {
    auto id = Lookup(m_ctx).caseByReference(input.caseReference);
    if (!id) return id.error();
    const Case c = *CaseRepository(m_ctx.db).get(id.value());
    if (auto allowed = m_ctx.allow(Operation::ChangeCase, c.groupId); !allowed) return allowed.error();
    DirectoryRepository directory(m_ctx.db);
    const auto group = directory.groupById(c.groupId);
    if (!group->parentId) {
      return Error::conflict(QStringLiteral("group"),
                             QStringLiteral("%1 is with %2, which has no parent group to escalate to")
                                 .arg(c.reference, group->code),
                             QString());
    }
    if (!isActive(c.status) || c.status == CaseStatus::Referred) {
      return Error::conflict(QStringLiteral("status"),
                             QStringLiteral("%1 is %2; only an open or monitored case can be escalated")
                                 .arg(c.reference, toKey(c.status)),
                             QString());
    }
    if (ReferralRepository(m_ctx.db).pendingForCase(c.id)) {
      return Error::conflict(QStringLiteral("case"),
                             QStringLiteral("%1 already has a referral awaiting decision").arg(c.reference),
                             QStringLiteral("Decide that referral first"));
    }
    ReferralInput referral;
    referral.groupCode = directory.groupById(*group->parentId)->code;
    referral.receivedOn = input.on.isValid() ? input.on : m_ctx.clock.today();
    referral.reason = input.reason;
    referral.criterion = input.criterion;
    referral.concern = input.concern;
    referral.referringOfficer = input.referringOfficer.isEmpty() ? m_ctx.actor.userName : input.referringOfficer;
    auto r = record(m_ctx, c.id, c.subject.id, ReferralKind::Escalation, c.groupId, referral);
    if (!r) return r.error();
    CaseRepository(m_ctx.db).addEvent(c.id, {referral.receivedOn, QStringLiteral("escalation requested"),
                                             r->toGroupId, input.reason});
    m_ctx.audit(AuditEvent::ChangeCase, c.id, c.reference, QStringLiteral("escalated to %1").arg(referral.groupCode));
    return r->id;
  });
}

Status ReferralService::withdrawEscalation(ReferralId id) {
  return m_ctx.db.write([&]() -> Status {
    ReferralRepository referrals(m_ctx.db);
    const auto r = referrals.get(id);
    if (!r || r->kind != ReferralKind::Escalation) {
      return Error::notFound(QStringLiteral("referral"), QStringLiteral("there is no escalation %1").arg(id.value));
    }
    if (r->fromGroupId) {
      if (auto allowed = m_ctx.allow(Operation::ChangeCase, *r->fromGroupId); !allowed) return allowed;
    }
    if (r->decision != ReferralDecision::Pending) {
      return Error::conflict(QStringLiteral("referral"), QStringLiteral("the JAG has already decided this escalation"),
                             QStringLiteral("Step the case down instead"));
    }
    referrals.remove(id);
    CaseRepository(m_ctx.db).addEvent(r->caseId, {m_ctx.clock.today(), QStringLiteral("escalation withdrawn"),
                                                  r->toGroupId, QString()});
    m_ctx.audit(AuditEvent::ChangeCase, r->caseId, CaseRepository(m_ctx.db).get(r->caseId)->reference,
                QStringLiteral("escalation withdrawn"));
    return {};
  });
}

Status ReferralService::stepDown(const StepDownInput& input) {
  return m_ctx.db.write([&]() -> Status {
    Lookup lookup(m_ctx);
    auto id = lookup.caseByReference(input.caseReference);
    if (!id) return id.error();
    const Case c = *CaseRepository(m_ctx.db).get(id.value());
    if (auto allowed = m_ctx.allow(Operation::DecideReferral, c.groupId); !allowed) return allowed;
    if (!isActive(c.status) || c.status == CaseStatus::Referred) {
      return Error::conflict(QStringLiteral("status"),
                             QStringLiteral("%1 is %2; only an open or monitored case can be stepped down")
                                 .arg(c.reference, toKey(c.status)),
                             QString());
    }
    QString target = input.toGroupCode;
    if (target.isEmpty()) {
      for (const auto& r : ReferralRepository(m_ctx.db).forCase(c.id)) {
        if (r.kind == ReferralKind::Escalation && r.decision == ReferralDecision::Accepted && r.fromGroupId) {
          target = DirectoryRepository(m_ctx.db).groupById(*r.fromGroupId)->code;
        }
      }
      if (target.isEmpty()) {
        return Error::invalid(QStringLiteral("to"), QStringLiteral("%1 was never escalated").arg(c.reference),
                              QStringLiteral("Name the sub-group to step it down to"));
      }
    }
    auto group = lookup.group(target, QStringLiteral("to"));
    if (!group) return group.error();
    if (group->parentId != std::optional<GroupId>(c.groupId)) {
      return Error::invalid(QStringLiteral("to"),
                            QStringLiteral("%1 is not a sub-group of the group holding %2").arg(group->code, c.reference),
                            QStringLiteral("Step a case down from a group to one of its sub-groups"));
    }
    if (input.reason.trimmed().isEmpty()) {
      return Error::invalid(QStringLiteral("reason"), QStringLiteral("stepping down needs a reason"),
                            QStringLiteral("Say why the JAG no longer needs to hold the case"));
    }
    ReferralInput referral;
    referral.groupCode = group->code;
    referral.receivedOn = input.on.isValid() ? input.on : m_ctx.clock.today();
    referral.reason = input.reason;
    referral.criterion = ReferralCriterion::ProfessionalJudgement;
    referral.concern = input.reason;
    referral.referringOfficer = m_ctx.actor.userName;
    auto r = record(m_ctx, c.id, c.subject.id, ReferralKind::StepDown, c.groupId, referral);
    if (!r) return r.error();
    // The JAG decides a step-down itself, so it takes effect at once.
    if (auto applied = applyDecision(m_ctx, r->id, {ReferralDecision::Accepted, input.reason, referral.receivedOn,
                                                    std::nullopt});
        !applied) {
      return applied;
    }
    m_ctx.audit(AuditEvent::ChangeCase, c.id, c.reference, QStringLiteral("stepped down to %1").arg(group->code));
    return {};
  });
}

}  // namespace casebook
