#pragma once

#include "ActionService.h"
#include "CaseReader.h"
#include "Database.h"
#include "DirectoryRepository.h"
#include "DirectoryService.h"
#include "MeetingService.h"
#include "RiskService.h"

namespace casebook::test {

namespace detail_ {
inline QString opt(const std::optional<QDate>& d) { return d ? d->toString(Qt::ISODate) : QStringLiteral("-"); }
template <typename T>
QString opt(const std::optional<T>& v) {
  if constexpr (std::is_same_v<T, int>) {
    return v ? QString::number(*v) : QStringLiteral("-");
  } else if constexpr (std::is_enum_v<T>) {
    return v ? toKey(*v) : QStringLiteral("-");
  } else {
    return v ? QString::number(v->value) : QStringLiteral("-");
  }
}
}  // namespace detail_

// Everything the services show, as text: two equal snapshots mean nothing changed. It
// reads only through the services (and the directory repository for memberships), so it
// sees what a user would.
inline QString snapshot(ServiceContext& ctx) {
  using detail_::opt;
  QStringList lines;
  CaseListRequest all;
  all.limit = 100000;
  auto page = CaseReader(ctx).list(all);
  if (!page) return QStringLiteral("error: ") + page.error().message();
  for (const auto& row : page->rows) {
    auto found = CaseReader(ctx).refresh(row.reference);
    if (!found) return QStringLiteral("error: ") + found.error().message();
    const CaseDetail& d = found.value();
    const Case& c = d.record;
    lines << QStringList{c.reference,
                         d.groupCode,
                         toKey(c.status),
                         c.subject.name,
                         c.subject.aliases.join(QLatin1Char(';')),
                         opt(c.subject.dateOfBirth),
                         c.subject.ageBand,
                         c.subject.address,
                         toKey(c.subjectRole),
                         d.areaCode,
                         d.leadAgencyCode,
                         d.ownerName,
                         c.themes.join(QLatin1Char(',')),
                         d.priorityCode,
                         c.lawfulBasis,
                         opt(c.currentScore),
                         opt(c.currentBand),
                         opt(c.nextReviewOn),
                         opt(c.outcome),
                         opt(c.transferredTo),
                         opt(c.closedOn),
                         c.closureNote,
                         d.closureApprovedByName,
                         c.addedReason,
                         c.openedOn.toString(Qt::ISODate)}
                 .join(QLatin1Char('|'));
    for (const auto& r : d.referrals) {
      lines << QStringLiteral("  referral %1 %2 %3>%4 %5 %6 %7 %8 %9")
                   .arg(QString::number(r.id.value), toKey(r.kind), opt(r.fromGroupId),
                        QString::number(r.toGroupId.value), r.receivedOn.toString(Qt::ISODate), toKey(r.decision),
                        r.decisionReason, opt(r.decidedOn), QString::number(r.repeat) + toKey(r.criterion));
    }
    for (const auto& a : d.assessments) {
      lines << QStringLiteral("  risk %1 %2x%3 %4 %5")
                   .arg(a.assessedOn.toString(Qt::ISODate))
                   .arg(a.likelihood)
                   .arg(a.impact)
                   .arg(opt(a.judgedBand), a.rationale);
    }
    for (const auto& n : d.notes) lines << QStringLiteral("  note ") + n.body;
    for (const auto& e : d.events) {
      lines << QStringLiteral("  event %1 %2 %3 %4").arg(e.on.toString(Qt::ISODate), e.kind, opt(e.groupId), e.detail);
    }
    for (const auto& l : d.links) lines << QStringLiteral("  link %1 %2").arg(l.reference, toKey(l.relation));
  }
  ActionListRequest actions;
  actions.limit = 100000;
  auto actionRows = ActionService(ctx).list(actions);
  if (!actionRows) return QStringLiteral("error: ") + actionRows.error().message();
  for (const auto& row : actionRows.value()) {
    const Action& a = row.action;
    lines << QStringLiteral("action %1 %2 %3 %4 %5 %6 %7 %8 %9 updates=%10")
                 .arg(QString::number(a.id.value), row.caseReference, a.reference, a.text, toKey(a.status),
                      a.dueOn.toString(Qt::ISODate), opt(a.completedOn), QString::number(a.carriedForward),
                      row.ownerName + row.ownerAgencyCode, QString::number(a.updates.size()));
  }
  auto groups = DirectoryService(ctx).groups();
  if (!groups) return QStringLiteral("error: ") + groups.error().message();
  for (const auto& g : groups.value()) {
    lines << QStringLiteral("group %1 %2 %3 %4 %5 %6")
                 .arg(g.group.code, g.group.name, opt(g.group.parentId),
                      QString::number(g.group.closureNeedsChairApproval), QString::number(g.group.meetingCycleDays),
                      QString::number(g.openCases));
    auto meetings = MeetingService(ctx).listForGroup(g.group.code);
    if (!meetings) return QStringLiteral("error: ") + meetings.error().message();
    for (const auto& m : meetings.value()) {
      auto full = MeetingService(ctx).get(m.id.value);
      if (!full) return QStringLiteral("error: ") + full.error().message();
      lines << QStringLiteral("  meeting %1 %2 %3 agenda=%4")
                   .arg(m.heldOn.toString(Qt::ISODate), toKey(m.status), m.venue,
                        QString::number(full->meeting.agenda.size()));
      for (const auto& r : full->meeting.attendance) {
        lines << QStringLiteral("    %1 %2 %3 %4 %5%6")
                     .arg(full->memberNames.value(r.memberId.value), toKey(r.status), opt(r.deputyId), r.deputyName,
                          QString::number(r.joinedLate), QString::number(r.leftEarly));
      }
    }
    auto memberships = ctx.db.read([&]() -> Result<std::vector<Membership>> {
      return DirectoryRepository(ctx.db).membershipsOfGroup(g.group.id);
    });
    if (!memberships) return QStringLiteral("error: ") + memberships.error().message();
    for (const auto& m : memberships.value()) {
      lines << QStringLiteral("  member %1 %2").arg(QString::number(m.memberId.value), toKey(m.role));
    }
  }
  for (const auto& m : DirectoryService(ctx).members().value()) {
    lines << QStringLiteral("member %1 %2 %3 %4").arg(m.name, opt(m.agencyId), m.email, m.jobTitle);
  }
  for (const auto& a : DirectoryService(ctx).areas().value()) lines << QStringLiteral("area ") + a.code + a.name;
  for (const auto& a : DirectoryService(ctx).agencies().value())
    lines << QStringLiteral("agency ") + a.code + a.name;
  for (const auto& t : DirectoryService(ctx).themes().value()) lines << QStringLiteral("theme ") + t.code;
  const auto policy = RiskService(ctx).policy();
  if (policy) {
    QString bands = QStringLiteral("policy %1").arg(policy->escalationThreshold());
    for (const auto& rule : policy->rules())
      bands += QStringLiteral(" %1:%2:%3").arg(toKey(rule.band)).arg(rule.minScore).arg(rule.reviewDays);
    lines << bands;
  }
  return lines.join(QLatin1Char('\n'));
}

}  // namespace casebook::test
