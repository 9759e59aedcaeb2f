#include "AgendaService.h"

#include "Action.h"
#include "AgendaRepository.h"
#include "CaseRepository.h"
#include "Database.h"
#include "DirectoryRepository.h"
#include "ReferralRepository.h"
#include "Lookup.h"
#include "MeetingAccess.h"

namespace casebook {

namespace {

bool sameItem(const AgendaItem& a, const AgendaItem& b) {
  if (a.caseId || b.caseId) return a.caseId == b.caseId;
  return a.kind == b.kind && a.title.compare(b.title, Qt::CaseInsensitive) == 0;
}

// Positions run 1, 2, 3... in this order; the actions agreed under a renumbered item take
// its new number, so the minutes and the action log agree.
void renumber(AgendaRepository& repo, const Meeting& meeting, const std::vector<AgendaItem>& ordered) {
  for (size_t i = 0; i < ordered.size(); ++i) {
    const int position = static_cast<int>(i) + 1;
    if (ordered[i].position == position) continue;
    repo.setPosition(ordered[i].id, position);
    repo.relabelActions(ordered[i].id, actionReference(meeting.heldOn, position));
  }
}

Status requireText(const QString& text, const QString& field, const QString& fix) {
  if (text.trimmed().isEmpty()) return Error::invalid(field, QStringLiteral("the %1 is empty").arg(field), fix);
  return {};
}

}  // namespace

Result<int> AgendaService::build(qint64 meetingId) {
  return m_ctx.db.write([&]() -> Result<int> {
    auto meeting = loadMeeting(m_ctx, meetingId, Operation::ManageMeeting);
    if (!meeting) return meeting.error();
    AgendaRepository repo(m_ctx.db);
    const GroupId group = meeting->groupId;
    const AgendaSources sources{meeting->heldOn, repo.awaitingDecision(group, false), repo.awaitingDecision(group, true),
                                repo.activeCases(group), repo.standingItems(group)};
    const std::vector<AgendaItem> built = buildAgenda(sources);

    // Items already on the agenda stay where the chair put them; a missing one goes right
    // after the item that precedes it in the built agenda.
    std::vector<AgendaItem> ordered = meeting->agenda;
    int added = 0;
    for (size_t i = 0; i < built.size(); ++i) {
      auto found = std::find_if(ordered.begin(), ordered.end(), [&](const AgendaItem& e) { return sameItem(e, built[i]); });
      if (found != ordered.end()) continue;
      auto insertAt = ordered.begin();
      for (size_t j = i; j-- > 0;) {
        auto anchor = std::find_if(ordered.begin(), ordered.end(), [&](const AgendaItem& e) { return sameItem(e, built[j]); });
        if (anchor != ordered.end()) {
          insertAt = anchor + 1;
          break;
        }
      }
      AgendaItem item = built[i];
      item.position = 0;
      item.id = repo.insert(meeting->id, item);
      ordered.insert(insertAt, item);
      ++added;
    }
    renumber(repo, *meeting, ordered);
    m_ctx.audit(AuditEvent::ChangeMeeting, std::nullopt, QString(),
                QStringLiteral("meeting %1: agenda built, %2 items added").arg(meetingId).arg(added));
    return added;
  });
}

Result<AgendaItemId> AgendaService::addItem(const NewAgendaItemInput& input) {
  return m_ctx.db.write([&]() -> Result<AgendaItemId> {
    auto meeting = loadMeeting(m_ctx, input.meetingId, Operation::ManageMeeting);
    if (!meeting) return meeting.error();
    AgendaRepository repo(m_ctx.db);
    AgendaItem item;
    item.kind = input.kind;
    QString reference;
    if (!input.caseReference.trimmed().isEmpty()) {
      auto caseId = Lookup(m_ctx).caseByReference(input.caseReference.trimmed());
      if (!caseId) return caseId.error();
      // The agenda, pack and minutes go to the whole group: a case comes to it only when the
      // chair could run its own group's meeting (its group or a sub-group of one it chairs),
      // or when it waits for this group's decision (a referral or an escalation in).
      const GroupId caseGroup = CaseRepository(m_ctx.db).get(caseId.value())->groupId;
      const auto pending = ReferralRepository(m_ctx.db).pendingForCase(caseId.value());
      const bool waitsHere = pending && pending->toGroupId == meeting->groupId;
      if (!waitsHere) {
        if (auto allowed = m_ctx.allow(Operation::ManageMeeting, caseGroup); !allowed) return allowed.error();
        const auto parent = DirectoryRepository(m_ctx.db).groupById(caseGroup)->parentId;
        if (caseGroup != meeting->groupId && parent != std::optional<GroupId>(meeting->groupId)) {
          return Error::invalid(QStringLiteral("case"),
                                QStringLiteral("%1 is not a case of this meeting's group or of one of its sub-groups")
                                    .arg(input.caseReference.trimmed()),
                                QStringLiteral("Refer or escalate the case to this group first"));
        }
      }
      for (const auto& existing : meeting->agenda) {
        if (existing.caseId == std::optional<CaseId>(caseId.value())) {
          return Error::conflict(QStringLiteral("case"),
                                 QStringLiteral("%1 is already item %2 of this agenda")
                                     .arg(input.caseReference.trimmed())
                                     .arg(existing.position),
                                 QStringLiteral("Move that item instead"));
        }
      }
      const auto c = *repo.agendaCase(caseId.value());
      item.caseId = c.id;
      reference = c.reference;
      if (item.kind == AgendaItemKind::Other || item.kind == AgendaItemKind::StandingItem) item.kind = AgendaItemKind::CaseReview;
      item.title = QStringLiteral("%1: %2 (%3)").arg(toLabel(item.kind), c.reference, c.initials);
    } else {
      if (auto valid = requireText(input.title, QStringLiteral("title"), QStringLiteral("Give the item a title"));
          !valid) {
        return valid.error();
      }
      item.title = input.title.trimmed();
    }
    std::vector<AgendaItem> ordered = meeting->agenda;
    const int count = static_cast<int>(ordered.size());
    int at = input.position;
    if (at == 0) {
      // Before any other business, which closes every agenda.
      at = count + 1;
      if (!ordered.empty() && ordered.back().kind == AgendaItemKind::Other) at = count;
    }
    if (at < 1 || at > count + 1) {
      return Error::invalid(QStringLiteral("position"),
                            QStringLiteral("position %1 is outside the agenda (1 to %2)").arg(at).arg(count + 1));
    }
    item.id = repo.insert(meeting->id, item);
    ordered.insert(ordered.begin() + (at - 1), item);
    renumber(repo, *meeting, ordered);
    m_ctx.audit(AuditEvent::ChangeMeeting, item.caseId, reference,
                QStringLiteral("meeting %1: item %2 added").arg(input.meetingId).arg(at));
    return item.id;
  });
}

Status AgendaService::removeItem(qint64 meetingId, int position) {
  return m_ctx.db.write([&]() -> Status {
    auto meeting = loadMeeting(m_ctx, meetingId, Operation::ManageMeeting);
    if (!meeting) return meeting.error();
    auto item = itemAt(*meeting, position);
    if (!item) return item.error();
    AgendaRepository repo(m_ctx.db);
    if (!item->minutes.isEmpty() || item->decision != ItemDecision::None || !item->updates.empty() ||
        repo.actionCount(item->id) > 0) {
      return Error::conflict(QStringLiteral("item"),
                             QStringLiteral("item %1 already has minutes, a decision, written updates or actions").arg(position),
                             QStringLiteral("Keep it on the agenda and minute it as not discussed"));
    }
    repo.remove(item->id);
    std::vector<AgendaItem> ordered;
    for (const auto& other : meeting->agenda) {
      if (other.id != item->id) ordered.push_back(other);
    }
    renumber(repo, *meeting, ordered);
    m_ctx.audit(AuditEvent::ChangeMeeting, std::nullopt, QString(),
                QStringLiteral("meeting %1: item %2 dropped").arg(meetingId).arg(position));
    return {};
  });
}

Status AgendaService::moveItem(qint64 meetingId, int from, int to) {
  return m_ctx.db.write([&]() -> Status {
    auto meeting = loadMeeting(m_ctx, meetingId, Operation::ManageMeeting);
    if (!meeting) return meeting.error();
    auto item = itemAt(*meeting, from);
    if (!item) return item.error();
    const int count = static_cast<int>(meeting->agenda.size());
    if (to < 1 || to > count) {
      return Error::invalid(QStringLiteral("to"), QStringLiteral("position %1 is outside the agenda (1 to %2)").arg(to).arg(count));
    }
    std::vector<AgendaItem> ordered = meeting->agenda;
    ordered.erase(ordered.begin() + (from - 1));
    ordered.insert(ordered.begin() + (to - 1), *item);
    AgendaRepository repo(m_ctx.db);
    renumber(repo, *meeting, ordered);
    m_ctx.audit(AuditEvent::ChangeMeeting, std::nullopt, QString(),
                QStringLiteral("meeting %1: item %2 moved to %3").arg(meetingId).arg(from).arg(to));
    return {};
  });
}

Status AgendaService::addUpdate(qint64 meetingId, int position, const QString& text) {
  return m_ctx.db.write([&]() -> Status {
    // A caseworker may write an update on their group's case without running the meeting.
    auto meeting = loadMeeting(m_ctx, meetingId, Operation::ViewCase);
    if (!meeting) return meeting.error();
    auto item = itemAt(*meeting, position);
    if (!item) return item.error();
    if (item->caseId) {
      if (auto allowed = m_ctx.allow(Operation::ChangeCase, CaseRepository(m_ctx.db).get(*item->caseId)->groupId);
          !allowed) {
        return allowed;
      }
    } else if (auto allowed = m_ctx.allow(Operation::ManageMeeting, meeting->groupId); !allowed) {
      return allowed;
    }
    if (auto valid = requireText(text, QStringLiteral("update"), QStringLiteral("Write what has happened since the last meeting"));
        !valid) {
      return valid;
    }
    AgendaRepository(m_ctx.db).addUpdate(item->id, item->caseId, {m_ctx.actor.userName, m_ctx.clock.now(), text.trimmed()});
    QString reference;
    if (item->caseId) reference = CaseRepository(m_ctx.db).get(*item->caseId)->reference;
    m_ctx.audit(AuditEvent::ChangeCase, item->caseId, reference,
                QStringLiteral("meeting %1: written update on item %2").arg(meetingId).arg(position));
    return {};
  });
}

Result<QStringList> AgendaService::standingItems(const QString& groupCode) {
  return m_ctx.db.read([&]() -> Result<QStringList> {
    auto group = Lookup(m_ctx).group(groupCode);
    if (!group) return group.error();
    if (auto allowed = m_ctx.allow(Operation::ViewCase, group->id); !allowed) return allowed.error();
    return AgendaRepository(m_ctx.db).standingItems(group->id);
  });
}

Status AgendaService::setStandingItems(const QString& groupCode, const QStringList& titles) {
  return m_ctx.db.write([&]() -> Status {
    auto group = Lookup(m_ctx).group(groupCode);
    if (!group) return group.error();
    if (auto allowed = m_ctx.allow(Operation::ManageMeeting, group->id); !allowed) return allowed;
    QStringList cleaned;
    for (const QString& title : titles) {
      const QString t = title.trimmed();
      if (t.isEmpty()) continue;
      if (cleaned.contains(t, Qt::CaseInsensitive)) {
        return Error::invalid(QStringLiteral("standing item"), QStringLiteral("'%1' is listed twice").arg(t),
                              QStringLiteral("Give each standing item once"));
      }
      cleaned << t;
    }
    AgendaRepository(m_ctx.db).setStandingItems(group->id, cleaned);
    m_ctx.audit(AuditEvent::ChangeMeeting, std::nullopt, QString(),
                QStringLiteral("%1: %2 standing items").arg(group->code).arg(cleaned.size()));
    return {};
  });
}

}  // namespace casebook
