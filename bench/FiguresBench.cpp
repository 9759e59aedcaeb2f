// The quarterly report's figures at L: the last whole quarter beside the one before and the
// same quarter a year before, for every group. With CASEBOOK_BENCH_FIGURES_SQL set, the
// statements one computation runs are also written there, values filled in, for bench/run to
// time in the sqlite3 shell: the floor this figure is held against.
#include "BenchDatasets.h"

#include "FiguresService.h"

#include <QDate>
#include <QFile>

namespace casebook::bench {
namespace {

Quarter lastWholeQuarter() { return Quarter::containing(QDate::currentDate()).previous(); }

void writeStatements(ServiceContext& ctx, const QString& path) {
  QStringList statements;
  ctx.db.traceStatements([&statements](const QString& sql) { statements << sql + QLatin1Char(';'); });
  const auto figures = FiguresService(ctx).quarter(lastWholeQuarter(), {});
  ctx.db.traceStatements({});
  QFile file(path);
  if (figures && file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
    file.write(statements.join(QLatin1Char('\n')).toUtf8() + '\n');
  }
}

void quarterFigures(benchmark::State& state) {
  ServiceContext* ctx = openDataset(state, QStringLiteral("L"));
  if (!ctx) return;
  for (auto _ : state) {
    auto figures = FiguresService(*ctx).quarter(lastWholeQuarter(), {});
    if (!figures) {
      state.SkipWithError(qPrintable(figures.error().message()));
      break;
    }
    state.counters["referrals"] = figures->now.referralsReceived;
  }
  if (const QString path = QString::fromLocal8Bit(qgetenv("CASEBOOK_BENCH_FIGURES_SQL")); !path.isEmpty()) {
    writeStatements(*ctx, path);
  }
}

}  // namespace

BENCHMARK(quarterFigures)->Name("quarterly figures/L")->Unit(benchmark::kMillisecond)->UseRealTime();

}  // namespace casebook::bench
