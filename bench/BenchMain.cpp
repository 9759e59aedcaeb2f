// The in-process benchmarks (docs/performance.md). bench/run makes the datasets, runs this,
// and prints each figure beside its target; run alone it needs CASEBOOK_BENCH_DATA.
#include "BenchDatasets.h"

#include "vault/WipingAllocator.h"

#include <benchmark/benchmark.h>

#include <QApplication>

namespace casebook::bench {
void registerCaseListBenchmarks();
}

int main(int argc, char** argv) {
  // As in the programs: SQLite's memory comes from the wiping allocator, so its cost is measured.
  casebook::vault::installWipingAllocator();
  if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
  QApplication app(argc, argv);
  casebook::bench::registerCaseListBenchmarks();
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  casebook::bench::closeDatasets();
  return 0;
}
