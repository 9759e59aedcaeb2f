#pragma once

// The datasets bench/run makes with 'casebook-cli demo' (S = 2,000 cases, M = 20,000,
// L = 100,000, each with two years of history), as encrypted vaults in
// $CASEBOOK_BENCH_DATA/{S,M,L}. Benchmarks work on a copy, so a run's own edits never
// change the next run's data.

#include "Clock.h"
#include "Database.h"
#include "ServiceContext.h"

#include <benchmark/benchmark.h>

#include <QByteArray>
#include <QString>

namespace casebook::bench {

QString datasetFolder(const QString& size);
QByteArray passphrase();

// Copies the dataset's vault into `into` (a new folder); false, with the benchmark skipped
// and the reason given, when the dataset is missing or cannot be copied.
bool copyDataset(benchmark::State& state, const QString& size, const QString& into);

// One open copy per size and use for the whole run: opening L takes seconds, so it is done
// once. Benchmarks that write name a use of their own, so the readers never see their rows.
// Skips the benchmark with the reason when the dataset is missing; then null.
ServiceContext* openDataset(benchmark::State& state, const QString& size, const QString& use = QStringLiteral("read"));

// Closes every open copy before the program ends (each closes its own vault, then its folder).
void closeDatasets();

}  // namespace casebook::bench
