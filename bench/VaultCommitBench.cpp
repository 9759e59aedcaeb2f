// What one small commit costs in an encrypted vault, by database size: the journal makes it
// proportional to the change, not to the database. Run:
//   build/release/bench/vault_commit_bench --benchmark_min_time=2
#include "CaseReader.h"
#include "CaseService.h"
#include "Clock.h"
#include "Database.h"
#include "DemoService.h"

#include <benchmark/benchmark.h>

#include <QCoreApplication>
#include <QTemporaryDir>

using namespace casebook;

namespace {

void commitOneNote(benchmark::State& state) {
  QTemporaryDir root;
  auto created = Database::createVault(root.filePath(QStringLiteral("vault")), "benchmark passphrase",
                                       vault::KdfParams{});
  if (!created) {
    state.SkipWithError("cannot create the vault");
    return;
  }
  Database::NewVault made = std::move(created).value();
  FixedClock clock(QDate(2026, 11, 23));
  AllowAllAccess access;
  ServiceContext ctx{*made.db, clock, Actor{QStringLiteral("bench"), Role::Administrator}, access};
  if (!DemoService(ctx).generate({static_cast<int>(state.range(0)), 1})) {
    state.SkipWithError("cannot make the demo");
    return;
  }
  if (!made.db->compactVault()) {
    state.SkipWithError("cannot compact");
    return;
  }
  CaseListRequest one;
  one.limit = 1;
  const QString reference = CaseReader(ctx).list(one)->rows.front().reference;
  for (auto _ : state) {
    auto note = CaseService(ctx).addNote(reference, QStringLiteral("Benchmark note"), QStringLiteral("bench"));
    benchmark::DoNotOptimize(note);
  }
  state.counters["cases"] = static_cast<double>(state.range(0));
}

}  // namespace

BENCHMARK(commitOneNote)->Arg(2000)->Arg(100000)->Unit(benchmark::kMillisecond);

int main(int argc, char** argv) {
  QCoreApplication app(argc, argv);
  benchmark::Initialize(&argc, argv);
  benchmark::RunSpecifiedBenchmarks();
  return 0;
}
