#include "DemoService.h"

#include "CaseRepository.h"
#include "Database.h"
#include "DirectoryRepository.h"
#include "DirectoryService.h"
#include "Log.h"
#include "SearchIndexPause.h"
#include "PlanRepository.h"
#include "PerformanceRepository.h"
#include "SettingsRepository.h"
#include "demo/CaseStoryteller.h"
#include "demo/DemoCaseWriter.h"
#include "demo/DemoDirectory.h"
#include "demo/DemoPerformance.h"
#include "demo/DemoPlan.h"

namespace casebook {

namespace {

constexpr int kMostCases = 1000000;
constexpr int kProgressEvery = 500;

}  // namespace

Result<DemoSummary> DemoService::generate(const DemoOptions& options, const std::function<bool(int, int)>& progress) {
  if (options.cases < 1 || options.cases > kMostCases) {
    return Error::invalid(QStringLiteral("cases"), QStringLiteral("%1 is outside 1 to 1,000,000").arg(options.cases),
                          QString());
  }
  return m_ctx.db.write([&]() -> Result<DemoSummary> {
    if (auto allowed = m_ctx.allow(Operation::ManageDirectory); !allowed) return allowed.error();
    if (DirectoryRepository(m_ctx.db).groups().empty()) {
      AuditPause quiet(m_ctx);  // the demo is one audit entry
      if (auto seeded = DirectoryService(m_ctx).seedDefaults(); !seeded) return seeded.error();
    }
    // The demo writes a CSP plan and performance figures too: it goes only where none of the
    // three is held, so nothing entered by people is overlapped or replaced.
    if (CaseRepository(m_ctx.db).count(CaseQuery{}) > 0 || !PlanRepository(m_ctx.db).all().empty() ||
        !PerformanceRepository(m_ctx.db).crimeTypes().empty()) {
      return Error::conflict(QStringLiteral("database"),
                             QStringLiteral("the database already has cases, a CSP plan or performance figures"),
                             QStringLiteral("Make demo data in a new database (--db PATH)"));
    }
    // Hundreds of thousands of rows in one transaction: index them for search once, at the end.
    SearchIndexPause searchIndex(m_ctx.db);
    const QDate today = m_ctx.clock.today();
    const RiskPolicy policy = SettingsRepository(m_ctx.db).riskPolicy();
    DemoSummary summary;
    demo::DemoRandom random(options.seed);
    demo::DemoDirectory directory(m_ctx.db, random, today);
    const std::vector<demo::DemoGroup> groups = directory.buildGroups(summary);
    directory.buildMeetings(groups, summary);
    // The plan and the performance data draw from streams of their own, so the cases and
    // meetings are the same as they were before the demo had them.
    demo::DemoPlan plan(m_ctx.db, options.seed, today);
    plan.write();
    summary.performanceFigures = demo::writeDemoPerformance(m_ctx.db, options.seed, today, m_ctx.actor.userName, m_ctx.clock.now());
    demo::CaseStoryteller teller(random, today, policy, groups, directory.agencies(), options.cases);
    demo::DemoCaseWriter writer(m_ctx.db, options.cases);
    for (int i = 0; i < options.cases; ++i) {
      demo::CaseStory story = teller.tell(i);
      summary.taggedCases += plan.tag(story.record) ? 1 : 0;
      writer.write(story, summary);
      const bool report = (i + 1) % kProgressEvery == 0 || i + 1 == options.cases;
      if (progress && report && !progress(i + 1, options.cases)) {
        return Error::invalid(QStringLiteral("demo"), QStringLiteral("cancelled"),
                              QStringLiteral("Nothing was saved; the database is as it was"));
      }
    }
    searchIndex.resume();
    SettingsRepository(m_ctx.db).set(QStringLiteral("demo"), QStringLiteral("fictional demo data"));
    m_ctx.audit(AuditEvent::Import, std::nullopt, QString(), QStringLiteral("%1 fictional demo cases").arg(summary.cases));
    log::services()->info("demo data generated: {} cases", summary.cases);
    return summary;
  });
}

Result<bool> DemoService::isDemo() {
  return m_ctx.db.read([&]() -> Result<bool> { return SettingsRepository(m_ctx.db).get(QStringLiteral("demo")).has_value(); });
}

}  // namespace casebook
