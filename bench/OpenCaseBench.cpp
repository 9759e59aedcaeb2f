// Opening a case at L: the case workspace filled for a case picked from the list (the read,
// its audit entry committed to the vault, every tab), and the read alone.
#include "BenchDatasets.h"

#include "CaseReader.h"
#include "CaseWorkspace.h"
#include "edits/Edits.h"

#include <QStringList>
#include <QUndoStack>

namespace casebook::bench {
namespace {

// Cases spread over the whole list, so no one case's pages stay hot in the caches.
QStringList spreadReferences(ServiceContext& ctx, int count) {
  CaseListRequest all;
  all.limit = 1;
  const int total = CaseReader(ctx).list(all).value().total;
  QStringList references;
  for (int i = 0; i < count; ++i) {
    CaseListRequest one;
    one.limit = 1;
    one.offset = static_cast<int>(static_cast<qint64>(total) * i / count);
    const auto page = CaseReader(ctx).list(one);
    if (page && !page->rows.empty()) references << page->rows.front().reference;
  }
  return references;
}

// Opening a case writes its audit entry: on a copy of its own, like the commits.
void openWorkspace(benchmark::State& state) {
  ServiceContext* ctx = openDataset(state, QStringLiteral("L"), QStringLiteral("opens"));
  if (!ctx) return;
  const QStringList references = spreadReferences(*ctx, 64);
  QUndoStack stack;
  gui::Edits edits(*ctx, stack);
  gui::CaseWorkspace workspace(edits);
  workspace.resize(1100, 470);
  workspace.show();
  int turn = 0;
  for (auto _ : state) {
    if (!workspace.showCase(references.at(turn++ % references.size()))) {
      state.SkipWithError("the case did not open");
      break;
    }
  }
}

void readCase(benchmark::State& state) {
  ServiceContext* ctx = openDataset(state, QStringLiteral("L"), QStringLiteral("opens"));
  if (!ctx) return;
  const QStringList references = spreadReferences(*ctx, 64);
  int turn = 0;
  for (auto _ : state) {
    auto detail = CaseReader(*ctx).get(references.at(turn++ % references.size()));
    if (!detail) {
      state.SkipWithError(qPrintable(detail.error().message()));
      break;
    }
  }
}

}  // namespace

BENCHMARK(openWorkspace)->Name("open a case/L/desktop: the workspace")->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(readCase)->Name("open a case/L/the read alone")->Unit(benchmark::kMillisecond)->UseRealTime();

}  // namespace casebook::bench
