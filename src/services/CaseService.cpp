#include "CaseService.h"

#include "CaseRepository.h"
#include "Database.h"
#include "Dates.h"
#include "DirectoryRepository.h"
#include "Log.h"
#include "Lookup.h"
#include "ReferralRepository.h"
#include "ReferralService.h"
#include "RiskRepository.h"
#include "SettingsRepository.h"

namespace casebook {

namespace {

Status validateSubject(const Subject& s, const QDate& today) {
  if (s.name.trimmed().isEmpty()) {
    return Error::invalid(QStringLiteral("subject"), QStringLiteral("the subject has no name"),
                          QStringLiteral("Give the person's name, the household, the address or the cohort"));
  }
  if (s.dateOfBirth && (*s.dateOfBirth > today || *s.dateOfBirth < QDate(1900, 1, 1))) {
    return Error::invalid(QStringLiteral("date of birth"),
                          QStringLiteral("%1 is not a plausible date of birth").arg(isoDate(*s.dateOfBirth)),
                          QStringLiteral("Give a date between 1900-01-01 and today"));
  }
  if (!s.ageBand.isEmpty() && !ageBands().contains(s.ageBand)) {
    return Error::invalid(QStringLiteral("age band"), QStringLiteral("'%1' is not an age band").arg(s.ageBand),
                          QStringLiteral("Use one of: %1").arg(ageBands().join(QStringLiteral(", "))));
  }
  return {};
}

QString duplicateReason(const Subject& candidate, const Subject& existing) {
  if (!candidate.address.trimmed().isEmpty() &&
      normalisedAddress(candidate.address) == normalisedAddress(existing.address)) {
    return QStringLiteral("same address");
  }
  return candidate.kind == SubjectKind::Person ? QStringLiteral("same name or alias and date of birth")
                                               : QStringLiteral("same name");
}

// The names of the fields a change touches, never their values: the audit trail outlives a
// purge and must not keep what was purged.
QString changedFields(const CaseChanges& ch) {
  QStringList fields;
  auto note = [&](bool changed, const char* name) {
    if (changed) fields << QLatin1String(name);
  };
  note(ch.subjectName.has_value(), "subject name");
  note(ch.aliases.has_value(), "aliases");
  note(ch.dateOfBirth.has_value(), "date of birth");
  note(ch.ageBand.has_value(), "age band");
  note(ch.address.has_value(), "address");
  note(ch.subjectRole.has_value(), "subject role");
  note(ch.areaCode.has_value(), "area");
  note(ch.leadAgencyCode.has_value(), "lead agency");
  note(ch.owner.has_value(), "owner");
  note(ch.themes.has_value(), "themes");
  note(ch.priorityCode.has_value(), "priority");
  note(ch.lawfulBasis.has_value(), "lawful basis");
  note(ch.status.has_value(), "status");
  return fields.isEmpty() ? QStringLiteral("none") : fields.join(QStringLiteral(", "));
}

// The assessments a new case starts with, oldest first as given: the referral's initial
// score, then one the partnership already holds.
std::vector<RiskAssessment> firstScores(const NewCaseInput& input) {
  std::vector<RiskAssessment> scores;
  if (input.referral.initialLikelihood && input.referral.initialImpact) {
    RiskAssessment initial;
    initial.assessedOn = input.referral.receivedOn;
    initial.likelihood = *input.referral.initialLikelihood;
    initial.impact = *input.referral.initialImpact;
    initial.assessor = input.referral.referringOfficer;
    initial.rationale = QStringLiteral("Initial score at referral");
    scores.push_back(initial);
  }
  if (input.heldScore) scores.push_back(*input.heldScore);
  return scores;
}

}  // namespace

Result<NewCaseOutcome> CaseService::create(const NewCaseInput& input) {
  return m_ctx.db.write([&]() -> Result<NewCaseOutcome> {
    Lookup lookup(m_ctx);
    auto group = lookup.group(input.referral.groupCode);
    if (!group) return group.error();
    if (auto allowed = m_ctx.allow(Operation::CreateCase, group->id); !allowed) return allowed.error();
    Case c;
    if (!input.sameSubjectAs.trimmed().isEmpty()) {
      auto other = lookup.caseByReference(input.sameSubjectAs, QStringLiteral("same subject as"));
      if (!other) return other.error();
      c.subject = CaseRepository(m_ctx.db).get(other.value())->subject;
    } else {
      if (auto subject = validateSubject(input.subject, m_ctx.clock.today()); !subject) return subject.error();
      c.subject = input.subject;
      c.subject.name = c.subject.name.trimmed();
    }
    c.subjectRole = input.subjectRole;
    c.groupId = group->id;
    c.lawfulBasis = input.lawfulBasis;
    c.addedReason = input.referral.reason;
    c.status = CaseStatus::Referred;
    c.openedOn = input.referral.receivedOn;
    auto area = lookup.optionalArea(input.areaCode);
    if (!area) return area.error();
    c.areaId = area.value();
    auto lead = lookup.optionalAgency(input.leadAgencyCode, QStringLiteral("lead agency"));
    if (!lead) return lead.error();
    c.leadAgencyId = lead.value();
    auto owner = lookup.optionalMember(input.owner, QStringLiteral("owner"));
    if (!owner) return owner.error();
    c.ownerId = owner.value();
    auto themes = lookup.themes(input.themes);
    if (!themes) return themes.error();
    c.themes = themes.value();
    auto priority = lookup.priority(input.priorityCode, m_ctx.clock.today());
    if (!priority) return priority.error();
    c.priorityId = priority.value();

    CaseRepository cases(m_ctx.db);
    if (input.reference.trimmed().isEmpty()) {
      const int year = input.referral.receivedOn.isValid() ? input.referral.receivedOn.year() : m_ctx.clock.today().year();
      c.reference = formatCaseReference(group->code, year, cases.nextSequence(group->code, year));
    } else {
      c.reference = input.reference.trimmed().toUpper();
      if (!isWellFormedReference(c.reference)) {
        return Error::invalid(QStringLiteral("reference"), QStringLiteral("'%1' is not a case reference").arg(c.reference),
                              QStringLiteral("Use GROUP-YEAR-NUMBER, e.g. YJAG-2024-017, or leave it empty"));
      }
      if (cases.idByReference(c.reference)) {
        return Error::conflict(QStringLiteral("reference"), QStringLiteral("%1 is already used").arg(c.reference),
                               QStringLiteral("Give another reference, or leave it empty for the next free one"));
      }
    }

    SubjectRepository subjects(m_ctx.db);
    if (!input.allowLikelyDuplicate && !c.subject.id.isValid()) {
      QStringList matches;
      for (const auto& candidate : subjects.candidatesFor(c.subject)) {
        if (!isLikelyDuplicate(c.subject, candidate.subject)) continue;
        matches << QStringLiteral("%1 (%2)").arg(candidate.caseReferences.join(QStringLiteral(", ")),
                                                 duplicateReason(c.subject, candidate.subject));
      }
      if (!matches.isEmpty()) {
        return Error::conflict(QStringLiteral("subject"),
                               QStringLiteral("likely duplicate of %1").arg(matches.join(QStringLiteral("; "))),
                               QStringLiteral("Refer the existing case instead, or confirm this is someone else "
                                              "(--not-duplicate)"));
      }
    }

    // Everything is checked before anything is written, so errors name the input's fields,
    // and the case is written once, as it stands at the end: accepted, and scored.
    auto prepared = ReferralService::prepare(m_ctx, CaseId(), c.subject.id, ReferralKind::New, std::nullopt,
                                             input.referral);
    if (!prepared) return prepared.error();
    Referral referral = std::move(prepared).value();
    std::vector<CaseEvent> decided;
    if (input.acceptNow) {
      DecisionRequest accept{ReferralDecision::Accepted, {}, input.referral.receivedOn, std::nullopt};
      auto effect = ReferralService::decideInMemory(m_ctx, referral, c, accept);
      if (!effect) return effect.error();
      decided = effect->events;
    }
    std::vector<RiskAssessment> scores = firstScores(input);
    bool escalationPrompted = false;
    if (!scores.empty()) {
      const RiskPolicy policy = SettingsRepository(m_ctx.db).riskPolicy();
      std::optional<QDate> latest;
      for (const RiskAssessment& a : scores) {
        if (auto valid = validateAssessment(a, policy, m_ctx.clock.today()); !valid) return valid.error();
        if (!becomesCurrent(latest, a.assessedOn)) continue;
        takeScore(c, a, policy);
        latest = a.assessedOn;
      }
      escalationPrompted = policy.promptsEscalation(*c.currentScore, *c.currentBand, group->isSubGroup());
    }

    if (!c.subject.id.isValid()) c.subject.id = subjects.insert(c.subject);
    c.id = cases.insert(c);
    cases.addEvent(c.id, {c.openedOn, QStringLiteral("referred"), c.groupId, input.referral.reason});
    referral.caseId = c.id;
    referral.id = ReferralRepository(m_ctx.db).insert(referral);
    for (const CaseEvent& event : decided) cases.addEvent(c.id, event);
    if (input.acceptNow) log::services()->info("referral {} decided: accepted", referral.id.value);
    RiskRepository risks(m_ctx.db);
    for (RiskAssessment& a : scores) {
      a.caseId = c.id;
      risks.insert(a);
    }

    NewCaseOutcome outcome{c.id, c.reference, referral.id, referral.repeat, escalationPrompted};
    m_ctx.audit(AuditEvent::CreateCase, c.id, c.reference, QStringLiteral("referred to %1").arg(group->code));
    log::services()->info("case id {} created", c.id.value);
    return outcome;
  });
}

Status CaseService::update(const QString& reference, const CaseChanges& ch) {
  return m_ctx.db.write([&]() -> Status {
    Lookup lookup(m_ctx);
    auto id = lookup.caseByReference(reference);
    if (!id) return id.error();
    CaseRepository cases(m_ctx.db);
    const Case before = *cases.get(id.value());
    Case c = before;
    if (auto allowed = m_ctx.allow(Operation::ChangeCase, c.groupId); !allowed) return allowed;

    bool subjectChanged = false;
    if (ch.subjectName) { c.subject.name = ch.subjectName->trimmed(); subjectChanged = true; }
    if (ch.aliases) { c.subject.aliases = *ch.aliases; subjectChanged = true; }
    if (ch.dateOfBirth) { c.subject.dateOfBirth = *ch.dateOfBirth; subjectChanged = true; }
    if (ch.ageBand) { c.subject.ageBand = *ch.ageBand; subjectChanged = true; }
    if (ch.address) { c.subject.address = *ch.address; subjectChanged = true; }
    if (subjectChanged) {
      if (auto valid = validateSubject(c.subject, m_ctx.clock.today()); !valid) return valid;
    }
    if (ch.subjectRole) c.subjectRole = *ch.subjectRole;
    if (ch.areaCode) {
      auto area = lookup.optionalArea(*ch.areaCode);
      if (!area) return area.error();
      c.areaId = area.value();
    }
    if (ch.leadAgencyCode) {
      auto lead = lookup.optionalAgency(*ch.leadAgencyCode, QStringLiteral("lead agency"));
      if (!lead) return lead.error();
      c.leadAgencyId = lead.value();
    }
    if (ch.owner) {
      auto owner = lookup.optionalMember(*ch.owner, QStringLiteral("owner"));
      if (!owner) return owner.error();
      c.ownerId = owner.value();
    }
    if (ch.themes) {
      auto themes = lookup.themes(*ch.themes);
      if (!themes) return themes.error();
      c.themes = themes.value();
    }
    if (ch.priorityCode) {
      auto priority = lookup.priority(*ch.priorityCode, m_ctx.clock.today());
      if (!priority) return priority.error();
      c.priorityId = priority.value();
    }
    if (ch.lawfulBasis) c.lawfulBasis = *ch.lawfulBasis;
    if (ch.status && *ch.status != c.status) {
      if (auto valid = validateStatusChange(c.status, *ch.status); !valid) return valid;
      cases.addEvent(c.id, {m_ctx.clock.today(), QStringLiteral("status"), c.groupId,
                            QStringLiteral("%1 to %2").arg(toKey(c.status), toKey(*ch.status))});
      c.status = *ch.status;
    }
    if (subjectChanged) SubjectRepository(m_ctx.db).update(c.subject);
    cases.update(before, c);
    m_ctx.audit(AuditEvent::ChangeCase, c.id, c.reference, QStringLiteral("details: %1").arg(changedFields(ch)));
    log::services()->info("case id {} updated", c.id.value);
    return {};
  });
}

Status CaseService::close(const QString& reference, const CloseInput& input) {
  return m_ctx.db.write([&]() -> Status {
    Lookup lookup(m_ctx);
    auto id = lookup.caseByReference(reference);
    if (!id) return id.error();
    CaseRepository cases(m_ctx.db);
    const Case before = *cases.get(id.value());
    Case c = before;
    if (auto allowed = m_ctx.allow(Operation::ChangeCase, c.groupId); !allowed) return allowed;
    const auto group = DirectoryRepository(m_ctx.db).groupById(c.groupId);

    ClosureRequest request;
    request.outcome = input.outcome;
    request.transferredTo = input.transferredTo;
    request.note = input.note;
    request.closedOn = input.closedOn.isValid() ? input.closedOn : m_ctx.clock.today();
    request.groupRequiresApproval = group && group->closureNeedsChairApproval;
    auto approver = lookup.optionalMember(input.approvedBy, QStringLiteral("approved by"));
    if (!approver) return approver.error();
    request.approvedBy = approver.value();
    request.approverChairsGroup =
        request.approvedBy && DirectoryRepository(m_ctx.db).chairs(*request.approvedBy, c.groupId);
    if (auto valid = validateClosure(c.status, request, c.openedOn, m_ctx.clock.today()); !valid) return valid;

    c.status = CaseStatus::Closed;
    c.outcome = request.outcome;
    c.transferredTo = request.outcome == Outcome::TransferredToOtherForum ? request.transferredTo : std::nullopt;
    c.closedOn = request.closedOn;
    c.closureNote = request.note;
    c.closureApprovedBy = request.approvedBy;
    cases.update(before, c);
    cases.addEvent(c.id, {request.closedOn, QStringLiteral("closed"), c.groupId,
                          toKey(*request.outcome) + (request.note.isEmpty() ? QString() : QStringLiteral(": ") + request.note)});
    m_ctx.audit(AuditEvent::ChangeCase, c.id, c.reference, QStringLiteral("closed: %1").arg(toKey(*request.outcome)));
    log::services()->info("case id {} closed", c.id.value);
    return {};
  });
}

Status CaseService::reopen(const QString& reference, const QString& reason) {
  return m_ctx.db.write([&]() -> Status {
    auto id = Lookup(m_ctx).caseByReference(reference);
    if (!id) return id.error();
    CaseRepository cases(m_ctx.db);
    const Case before = *cases.get(id.value());
    Case c = before;
    if (auto allowed = m_ctx.allow(Operation::ChangeCase, c.groupId); !allowed) return allowed;
    if (c.status != CaseStatus::Closed) {
      return Error::conflict(QStringLiteral("status"), QStringLiteral("%1 is not closed").arg(c.reference), QString());
    }
    if (reason.trimmed().isEmpty()) {
      return Error::invalid(QStringLiteral("reason"), QStringLiteral("reopening a case needs a reason"),
                            QStringLiteral("Say what has changed"));
    }
    c.status = CaseStatus::Open;
    c.outcome.reset();
    c.transferredTo.reset();
    c.closedOn.reset();
    c.closureNote.clear();
    c.closureApprovedBy.reset();
    cases.update(before, c);
    cases.addEvent(c.id, {m_ctx.clock.today(), QStringLiteral("reopened"), c.groupId, reason});
    m_ctx.audit(AuditEvent::ChangeCase, c.id, c.reference, QStringLiteral("reopened"));
    return {};
  });
}

Status CaseService::link(const QString& from, const QString& to, LinkRelation relation, const QString& note) {
  return m_ctx.db.write([&]() -> Status {
    Lookup lookup(m_ctx);
    auto a = lookup.caseByReference(from, QStringLiteral("case"));
    if (!a) return a.error();
    auto b = lookup.caseByReference(to, QStringLiteral("linked case"));
    if (!b) return b.error();
    CaseRepository cases(m_ctx.db);
    if (auto allowed = m_ctx.allow(Operation::ChangeCase, cases.get(a.value())->groupId); !allowed) return allowed;
    const CaseLink link{a.value(), b.value(), relation, note};
    if (auto valid = validateLink(link); !valid) return valid;
    if (cases.linkExists(a.value(), b.value())) {
      return Error::conflict(QStringLiteral("link"), QStringLiteral("%1 and %2 are already linked").arg(from, to),
                             QString());
    }
    cases.insertLink(link);
    m_ctx.audit(AuditEvent::ChangeCase, a.value(), cases.get(a.value())->reference,
                QStringLiteral("linked to %1").arg(cases.get(b.value())->reference));
    return {};
  });
}

Result<NoteId> CaseService::addNote(const QString& reference, const QString& text, const QString& author) {
  return m_ctx.db.write([&]() -> Result<NoteId> {
    auto id = Lookup(m_ctx).caseByReference(reference);
    if (!id) return id.error();
    CaseRepository cases(m_ctx.db);
    if (auto allowed = m_ctx.allow(Operation::ChangeCase, cases.get(id.value())->groupId); !allowed) {
      return allowed.error();
    }
    const Note note{NoteId(), id.value(), m_ctx.clock.now(), author.isEmpty() ? m_ctx.actor.userName : author, text};
    if (auto valid = validateNote(note); !valid) return valid.error();
    const NoteId added = cases.insertNote(note);
    m_ctx.audit(AuditEvent::ChangeCase, id.value(), cases.get(id.value())->reference, QStringLiteral("note added"));
    return added;
  });
}

}  // namespace casebook
