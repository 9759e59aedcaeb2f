#pragma once

#include "ServiceContext.h"

#include <functional>

namespace casebook {

struct DemoOptions {
  int cases = 2000;
  quint64 seed = 1;
};

struct DemoSummary {
  int cases = 0;
  int members = 0;
  int meetings = 0;
  int referrals = 0;
  int assessments = 0;
  int actions = 0;
  int notes = 0;
  int taggedCases = 0;         // tagged to a priority of the demo's CSP plan
  int performanceFigures = 0;  // counts per crime type and quarter
};

// Fictional, realistic demo data over the two years that end today: members, meetings
// with attendance and actions, and cases with referrals, risk histories, escalations,
// step-downs, actions, notes and closures; a CSP plan that most cases are tagged to, and
// performance data per crime type for each quarter. The same seed, size and day give the same data.
class DemoService final {
 public:
  explicit DemoService(ServiceContext& ctx) : m_ctx(ctx) {}

  // One transaction. Adds the default groups if there are none; refuses a database that
  // already has cases. progress(done, total) returning false cancels and saves nothing.
  Result<DemoSummary> generate(const DemoOptions& options, const std::function<bool(int, int)>& progress = {});

  // Whether the database holds generated demo data: windows and exports say so.
  Result<bool> isDemo();

 private:
  ServiceContext& m_ctx;
};

}  // namespace casebook
