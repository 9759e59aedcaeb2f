#include "CaseReader.h"

#include "AuditService.h"

#include "ActionRepository.h"
#include "Database.h"
#include "DirectoryRepository.h"
#include "Lookup.h"
#include "PlanRepository.h"
#include "ReferralRepository.h"
#include "RiskRepository.h"

#include <QRegularExpression>

namespace casebook {

namespace {

// Each word of a search is one more full-text condition in the query, and SQLite refuses a
// statement nested deeper than 1000 expressions; pasted paragraphs would otherwise fail
// as a database error. No one searches for more words than this.
constexpr qsizetype kMaxSearchWords = 32;

}  // namespace

Result<CaseQuery> CaseReader::toQuery(ServiceContext& ctx, const CaseListRequest& request) {
  Lookup lookup(ctx);
  CaseQuery query;
  if (!request.groupCode.isEmpty()) {
    auto group = lookup.group(request.groupCode);
    if (!group) return group.error();
    query.groupId = group->id;
  }
  if (auto allowed = ctx.allow(Operation::ViewCase, query.groupId); !allowed) return allowed.error();
  if (!query.groupId) query.withinGroups = ctx.reachableGroups();
  query.statuses = request.statuses;
  query.band = request.band;
  if (!request.themeCode.isEmpty()) {
    auto codes = lookup.themes({request.themeCode}, QStringLiteral("theme"));
    if (!codes) return codes.error();
    query.themeId = DirectoryRepository(ctx.db).themeByCode(codes->front())->id;
  }
  if (!request.areaCode.isEmpty()) {
    auto area = lookup.area(request.areaCode);
    if (!area) return area.error();
    query.areaId = area.value();
  }
  if (!request.owner.isEmpty()) {
    auto owner = lookup.member(request.owner, QStringLiteral("owner"));
    if (!owner) return owner.error();
    query.ownerId = owner.value();
  }
  if (request.limit < 1 || request.limit > 100000) {
    return Error::invalid(QStringLiteral("limit"), QStringLiteral("%1 is outside 1 to 100000").arg(request.limit),
                          QString());
  }
  query.overdueReviewOnly = request.overdueReviewOnly;
  query.openInSeveralGroupsOnly = request.openInSeveralGroupsOnly;
  static const QRegularExpression spaces(QStringLiteral("\\s+"));
  if (const auto words = request.text.split(spaces, Qt::SkipEmptyParts).size(); words > kMaxSearchWords) {
    return Error::invalid(QStringLiteral("text"), QStringLiteral("the search has %1 words, more than %2").arg(words).arg(kMaxSearchWords),
                          QStringLiteral("Search for a few words that the case holds"));
  }
  query.text = request.text;
  query.today = ctx.clock.today();
  query.sort = request.sort;
  query.descending = request.descending;
  query.limit = request.limit;
  query.offset = std::max(0, request.offset);
  return query;
}

Result<CasePage> CaseReader::list(const CaseListRequest& request) {
  return m_ctx.db.read([&]() -> Result<CasePage> {
    auto query = toQuery(m_ctx, request);
    if (!query) return query.error();
    CaseRepository cases(m_ctx.db);
    CasePage page;
    page.rows = cases.list(query.value());
    page.total = cases.count(query.value());
    return page;
  });
}

Result<CaseDetail> CaseReader::get(const QString& reference, const QString& reason) { return read(reference, true, reason); }

Result<CaseDetail> CaseReader::refresh(const QString& reference) { return read(reference, false, QString()); }

Result<CaseDetail> CaseReader::read(const QString& reference, bool isNewView, const QString& reason) {
  return m_ctx.db.write([&]() -> Result<CaseDetail> {
    auto id = Lookup(m_ctx).caseByReference(reference);
    if (!id) return id.error();
    CaseRepository cases(m_ctx.db);
    DirectoryRepository directory(m_ctx.db);
    CaseDetail d;
    d.record = *cases.get(id.value());
    if (auto allowed = m_ctx.allow(Operation::ViewCase, d.record.groupId); !allowed) return allowed.error();
    if (isNewView) {
      if (auto given = requireReason(m_ctx, AuditEvent::ViewCase, reason); !given) return given.error();
      m_ctx.audit(AuditEvent::ViewCase, d.record.id, d.record.reference, QString(), reason.trimmed());
    }
    for (const auto& g : directory.groups()) d.groupCodes.insert(g.group.id.value, g.group.code);
    for (const auto& a : directory.agencies()) d.agencyCodes.insert(a.id.value, a.code);
    const auto group = directory.groupById(d.record.groupId);
    d.groupCode = group->code;
    d.groupName = group->name;
    d.groupIsSubGroup = group->isSubGroup();
    if (d.record.areaId) d.areaCode = directory.areaById(*d.record.areaId)->code;
    if (d.record.leadAgencyId) d.leadAgencyCode = d.agencyCodes.value(d.record.leadAgencyId->value);
    if (d.record.ownerId) d.ownerName = directory.memberById(*d.record.ownerId)->name;
    if (d.record.closureApprovedBy) d.closureApprovedByName = directory.memberById(*d.record.closureApprovedBy)->name;
    if (d.record.priorityId) {
      if (const auto plan = PlanRepository(m_ctx.db).current(m_ctx.clock.today())) {
        for (const auto& theme : plan->themes) {
          for (const auto& p : theme.priorities) {
            if (p.id == *d.record.priorityId) d.priorityCode = p.code;
          }
        }
      }
    }
    d.referrals = ReferralRepository(m_ctx.db).forCase(d.record.id);
    d.assessments = RiskRepository(m_ctx.db).forCase(d.record.id);
    ActionQuery actions;
    actions.caseId = d.record.id;
    actions.today = m_ctx.clock.today();
    d.actions = ActionRepository(m_ctx.db).list(actions);
    d.notes = cases.notes(d.record.id);
    d.links = cases.links(d.record.id);
    d.events = cases.events(d.record.id);
    std::vector<GroupPresence> presences;
    for (const auto& p : cases.presencesOfSubject(d.record.subject.id)) {
      presences.push_back({p.groupId, p.status});
      if (p.caseId != d.record.id) d.otherCasesOfSubject.push_back(p);
    }
    d.openInSeveralGroups = isActive(d.record.status) && isOpenInSeveralGroups(presences);
    d.reviewOverdue = isActive(d.record.status) && isReviewOverdue(d.record.nextReviewOn, m_ctx.clock.today());
    return d;
  });
}

Result<std::vector<DuplicateCandidate>> CaseReader::likelyDuplicates(const Subject& subject) {
  return m_ctx.db.read([&]() -> Result<std::vector<DuplicateCandidate>> {
    // Candidates come from every group and name their cases: a read like any other.
    if (auto allowed = m_ctx.allow(Operation::ViewCase); !allowed) return allowed.error();
    std::vector<DuplicateCandidate> result;
    const auto reach = m_ctx.reachableGroups();
    CaseRepository cases(m_ctx.db);
    for (auto& candidate : SubjectRepository(m_ctx.db).candidatesFor(subject)) {
      if (!isLikelyDuplicate(subject, candidate.subject)) continue;
      // Someone known only to groups out of the user's reach: the references say a case
      // exists (so the referral goes to it), the person's details stay with those groups.
      bool reachable = !reach.has_value();
      for (const QString& reference : candidate.caseReferences) {
        const auto id = cases.idByReference(reference);
        if (id && reach && std::find(reach->begin(), reach->end(), cases.get(*id)->groupId) != reach->end()) reachable = true;
      }
      if (!reachable) {
        candidate.subject = Subject{};
        candidate.subject.name = QStringLiteral("(known to another group)");
      }
      result.push_back(std::move(candidate));
    }
    return result;
  });
}

}  // namespace casebook
