#include "Case.h"

#include "Dates.h"

#include <QRegularExpression>

#include <set>

namespace casebook {

bool isActive(CaseStatus status) { return status != CaseStatus::Closed; }

QString formatCaseReference(const QString& groupCode, int year, int sequence) {
  return QStringLiteral("%1-%2-%3").arg(groupCode).arg(year).arg(sequence, 3, 10, QLatin1Char('0'));
}

void takeScore(Case& c, const RiskAssessment& latest, const RiskPolicy& policy) {
  const RiskBand band = latest.effectiveBand(policy);
  c.currentScore = latest.score();
  c.currentBand = band;
  c.nextReviewOn = policy.nextReviewDate(band, latest.assessedOn);
}

bool isWellFormedReference(const QString& reference) {
  static const QRegularExpression pattern(QStringLiteral("^[A-Z][A-Z0-9]{1,11}-\\d{4}-\\d{3,6}$"));
  return pattern.match(reference).hasMatch();
}

Status validateClosure(CaseStatus current, const ClosureRequest& request, const QDate& openedOn,
                       const QDate& today) {
  if (current == CaseStatus::Closed) {
    return Error::conflict(QStringLiteral("status"), QStringLiteral("the case is already closed"),
                           QStringLiteral("Reopen it first if it needs more work"));
  }
  if (!request.outcome) {
    return Error::invalid(QStringLiteral("outcome"), QStringLiteral("a case cannot be closed without an outcome"),
                          QStringLiteral("Choose one of: ") + allKeys<Outcome>().join(QStringLiteral(", ")));
  }
  if (*request.outcome == Outcome::TransferredToOtherForum && !request.transferredTo) {
    return Error::invalid(QStringLiteral("forum"), QStringLiteral("a transfer must name the forum"),
                          QStringLiteral("Choose one of: ") + allKeys<Forum>().join(QStringLiteral(", ")));
  }
  if (!request.closedOn.isValid() || request.closedOn > today) {
    return Error::invalid(QStringLiteral("closed on"), QStringLiteral("the closing date must be today or earlier"),
                          QStringLiteral("Give the date the group agreed to close the case"));
  }
  if (openedOn.isValid() && request.closedOn < openedOn) {
    return Error::invalid(QStringLiteral("closed on"),
                          QStringLiteral("%1 is before the case was opened on %2")
                              .arg(isoDate(request.closedOn), isoDate(openedOn)),
                          QStringLiteral("Give a date on or after the opening date"));
  }
  if (request.groupRequiresApproval) {
    if (!request.approvedBy) {
      return Error::invalid(QStringLiteral("approved by"),
                            QStringLiteral("this group requires the chair's approval to close a case"),
                            QStringLiteral("Name the chair who approved the closure"));
    }
    if (!request.approverChairsGroup) {
      return Error::invalid(QStringLiteral("approved by"),
                            QStringLiteral("the approver is not a chair of this group"),
                            QStringLiteral("Name a member who chairs the group"));
    }
  }
  return {};
}

Status validateStatusChange(CaseStatus from, CaseStatus to) {
  if (from == to) return {};
  if (to == CaseStatus::Closed) {
    return Error::invalid(QStringLiteral("status"), QStringLiteral("closing needs an outcome"),
                          QStringLiteral("Use close, with an outcome, instead"));
  }
  if (to == CaseStatus::Referred) {
    return Error::invalid(QStringLiteral("status"), QStringLiteral("a case cannot go back to referred"),
                          QStringLiteral("Make a new referral instead"));
  }
  if (from == CaseStatus::Referred) {
    return Error::conflict(QStringLiteral("status"), QStringLiteral("the referral has not been decided"),
                           QStringLiteral("Accept the referral first"));
  }
  if (from == CaseStatus::Closed) {
    return Error::conflict(QStringLiteral("status"), QStringLiteral("the case is closed"),
                           QStringLiteral("Reopen it, with a reason, first"));
  }
  return {};
}

bool isOpenInSeveralGroups(const std::vector<GroupPresence>& presences) {
  std::set<qint64> groups;
  for (const auto& presence : presences) {
    if (isActive(presence.status)) groups.insert(presence.groupId.value);
  }
  return groups.size() > 1;
}

}  // namespace casebook
