#pragma once

#include "PerformanceDataService.h"
#include "PlanService.h"
#include "ServiceFixture.h"

namespace casebook::test {

// What test::snapshot shows, and the CSP plans (with priority ids) and performance data, which
// it does not: two equal states mean a refused call changed nothing of either.
inline QString reportDataState(TestBed& bed) {
  QStringList lines{snapshot(bed)};
  const auto plans = PlanService(bed.ctx).list();
  if (!plans) return QStringLiteral("error: ") + plans.error().message();
  for (const auto& p : plans.value()) {
    lines << QStringLiteral("plan %1 %2 %3 %4").arg(p.id.value).arg(p.title, p.startsOn.toString(Qt::ISODate), p.endsOn.toString(Qt::ISODate));
    for (const auto& theme : p.themes) {
      lines << QStringLiteral(" theme %1").arg(theme.title);
      for (const auto& priority : theme.priorities) {
        lines << QStringLiteral("  priority %1 %2 %3").arg(priority.id.value).arg(priority.code, priority.title);
        for (const auto& o : priority.objectives) lines << QStringLiteral("   objective %1").arg(o.text);
      }
    }
  }
  const auto figures = PerformanceDataService(bed.ctx).all();
  if (!figures) return QStringLiteral("error: ") + figures.error().message();
  for (const auto& f : figures.value()) {
    lines << QStringLiteral("figure %1 %2 %3 %4 %5 %6")
                 .arg(f.crimeType, f.quarterStart.toString(Qt::ISODate))
                 .arg(f.count)
                 .arg(f.source, f.enteredBy, f.enteredAt.toString(Qt::ISODate));
  }
  return lines.join(QLatin1Char('\n'));
}

// CHECK_REFUSED_UNCHANGED (ServiceFixture.h) over reportDataState.
#define CHECK_REFUSED_KEEPS_REPORT_DATA(bed, before, call, expectedKind, expectedField) \
  CHECK_REFUSED_LEAVES(casebook::test::reportDataState(bed), before, call, expectedKind, expectedField)

}  // namespace casebook::test
