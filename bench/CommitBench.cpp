// One edit committed: a risk assessment of an active case, written to the vault's journal
// (fdatasync included) before it is reported done. At S and at L, whose ratio is a target.
#include "BenchDatasets.h"

#include "CaseReader.h"
#include "RiskService.h"

namespace casebook::bench {
namespace {

void commitAssessment(benchmark::State& state, const QString& size) {
  ServiceContext* ctx = openDataset(state, size, QStringLiteral("commits"));
  if (!ctx) return;
  CaseListRequest active;
  active.statuses = {CaseStatus::Open, CaseStatus::Monitoring};
  active.limit = 500;
  const auto page = CaseReader(*ctx).list(active);
  if (!page || page->rows.empty()) {
    state.SkipWithError("no active case to assess");
    return;
  }
  std::size_t turn = 0;
  for (auto _ : state) {
    RiskInput input;
    input.caseReference = page->rows[turn % page->rows.size()].reference;
    input.likelihood = 1 + static_cast<int>(turn % 5);
    input.impact = 1 + static_cast<int>((turn / 5) % 5);
    input.assessor = QStringLiteral("Bench Assessor");
    input.rationale = QStringLiteral("Reviewed at the benchmark meeting");
    ++turn;
    auto outcome = RiskService(*ctx).assess(input);
    if (!outcome) {
      state.SkipWithError(qPrintable(outcome.error().message()));
      break;
    }
  }
}

}  // namespace

BENCHMARK_CAPTURE(commitAssessment, S, QStringLiteral("S"))->Name("commit a risk assessment/S")->MinTime(2)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK_CAPTURE(commitAssessment, L, QStringLiteral("L"))->Name("commit a risk assessment/L")->MinTime(2)->Unit(benchmark::kMillisecond)->UseRealTime();

}  // namespace casebook::bench
