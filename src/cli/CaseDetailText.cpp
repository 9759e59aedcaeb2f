#include "CaseDetailText.h"

#include "CliSession.h"
#include "Dates.h"

namespace casebook::cli {

void printDetail(CliSession& s, const CaseDetail& d) {
  const Case& c = d.record;
  s.print(QStringLiteral("%1  %2  %3").arg(c.reference, d.groupCode, toLabel(c.status)));
  if (d.openInSeveralGroups) {
    QStringList where;
    for (const auto& p : d.otherCasesOfSubject) {
      if (isActive(p.status)) where << QStringLiteral("%1 (%2)").arg(p.reference, p.groupCode);
    }
    s.print(QStringLiteral("!! Subject also open in: %1").arg(where.join(QStringLiteral(", "))));
  }
  s.print(QStringLiteral("Subject:      %1 (%2, %3)").arg(c.subject.name, toLabel(c.subject.kind), toLabel(c.subjectRole)));
  if (c.subject.dateOfBirth) s.print(QStringLiteral("Born:         %1").arg(isoDate(*c.subject.dateOfBirth)));
  if (!c.subject.ageBand.isEmpty()) s.print(QStringLiteral("Age band:     %1").arg(c.subject.ageBand));
  if (!c.subject.address.isEmpty()) s.print(QStringLiteral("Address:      %1").arg(c.subject.address));
  if (!c.subject.aliases.isEmpty()) s.print(QStringLiteral("Aliases:      %1").arg(c.subject.aliases.join(QStringLiteral(", "))));
  s.print(QStringLiteral("Area:         %1   Lead agency: %2   Owner: %3")
              .arg(d.areaCode.isEmpty() ? QStringLiteral("-") : d.areaCode,
                   d.leadAgencyCode.isEmpty() ? QStringLiteral("-") : d.leadAgencyCode,
                   d.ownerName.isEmpty() ? QStringLiteral("-") : d.ownerName));
  s.print(QStringLiteral("Themes:       %1").arg(c.themes.join(QStringLiteral(", "))));
  if (!d.priorityCode.isEmpty()) s.print(QStringLiteral("CSP priority: %1").arg(d.priorityCode));
  s.print(QStringLiteral("Opened:       %1").arg(isoDate(c.openedOn)));
  if (c.currentScore) {
    s.print(QStringLiteral("Risk:         %1 (score %2)   next review %3%4")
                .arg(toLabel(*c.currentBand))
                .arg(*c.currentScore)
                .arg(c.nextReviewOn ? isoDate(*c.nextReviewOn) : QStringLiteral("-"),
                     d.reviewOverdue ? QStringLiteral("  OVERDUE") : QString()));
  }
  if (c.status == CaseStatus::Closed) {
    s.print(QStringLiteral("Closed:       %1, %2%3").arg(isoDate(c.closedOn.value_or(QDate())), toLabel(*c.outcome),
                                                          c.closureNote.isEmpty() ? QString() : QStringLiteral(": ") + c.closureNote));
  }
  s.print(QStringLiteral("\nReferrals"));
  for (const auto& r : d.referrals) {
    s.print(QStringLiteral("  #%1 %2 %3 to %4: %5 (%6)%7")
                .arg(r.id.value)
                .arg(isoDate(r.receivedOn), toKey(r.kind), d.groupCodes.value(r.toGroupId.value), r.reason,
                     toKey(r.decision), r.repeat ? QStringLiteral(" repeat") : QString()));
  }
  s.print(QStringLiteral("\nRisk history"));
  for (const auto& a : d.assessments) {
    s.print(QStringLiteral("  %1  L%2 x I%3 = %4  %5").arg(isoDate(a.assessedOn)).arg(a.likelihood).arg(a.impact).arg(a.score()).arg(a.rationale));
  }
  s.print(QStringLiteral("\nActions"));
  for (const auto& row : d.actions) {
    s.print(QStringLiteral("  #%1 %2 due %3 (%4)%5 %6")
                .arg(row.action.id.value)
                .arg(row.ownerName.isEmpty() ? row.ownerAgencyCode : row.ownerName, isoDate(row.action.dueOn),
                     toKey(row.action.status), row.overdue ? QStringLiteral(" OVERDUE") : QString(), row.action.text));
  }
  s.print(QStringLiteral("\nNotes"));
  for (const auto& n : d.notes) s.print(QStringLiteral("  %1 %2: %3").arg(n.writtenAt.toString(Qt::ISODate), n.author, n.body));
  if (!d.links.empty()) {
    s.print(QStringLiteral("\nLinked cases"));
    for (const auto& l : d.links) s.print(QStringLiteral("  %1 (%2)").arg(l.reference, toLabel(l.relation)));
  }
}

}  // namespace casebook::cli
