#pragma once

#include "CaseReader.h"
#include "CaseService.h"
#include "DirectoryService.h"
#include "TestSupport.h"

namespace casebook::test {

inline NewCaseInput newCase(const char* group, const char* subject, int likelihood = 3, int impact = 3) {
  NewCaseInput input;
  input.subject.name = QString::fromUtf8(subject);
  input.subject.dateOfBirth = QDate(2000, 1, 1);
  input.referral.groupCode = QString::fromLatin1(group);
  input.referral.receivedOn = QDate(2024, 5, 1);
  input.referral.reason = QStringLiteral("Test referral");
  input.referral.initialLikelihood = likelihood;
  input.referral.initialImpact = impact;
  return input;
}

// Everything a case shows, as text: two equal snapshots mean nothing changed.
inline QString snapshot(TestBed& bed) {
  CaseListRequest all;
  auto page = CaseReader(bed.ctx).list(all);
  QString text;
  if (!page) return QStringLiteral("error");
  for (const auto& row : page->rows) {
    auto d = CaseReader(bed.ctx).get(row.reference);
    text += row.reference + QLatin1Char('|') + row.groupCode + QLatin1Char('|') + toKey(row.status) +
            QLatin1Char('|') + QString::number(row.score.value_or(0)) + QLatin1Char('|') +
            QString::number(d->referrals.size()) + QLatin1Char('|') + QString::number(d->assessments.size()) +
            QLatin1Char('|') + QString::number(d->actions.size()) + QLatin1Char('|') +
            QString::number(d->notes.size()) + QLatin1Char('|') + QString::number(d->events.size()) + QLatin1Char('\n');
  }
  return text;
}

}  // namespace casebook::test
