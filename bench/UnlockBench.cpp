// Vault unlock at M against its floor, the Argon2id key derivation alone (Vault::unlock reads
// the key file, derives the key and unwraps the data key; nothing else).
#include "BenchDatasets.h"

#include "vault/Vault.h"

#include <QTemporaryDir>

namespace casebook::bench {
namespace {

void keyDerivation(benchmark::State& state) {
  // A copy, because each opening starts a journal segment in the folder it opens.
  QTemporaryDir folder;
  const QString vault = folder.filePath(QStringLiteral("vault"));
  if (!copyDataset(state, QStringLiteral("M"), vault)) return;
  for (auto _ : state) {
    auto unlocked = vault::Vault::unlock(vault, passphrase());
    if (!unlocked) {
      state.SkipWithError(qPrintable(unlocked.error().message()));
      break;
    }
    state.PauseTiming();  // as in unlockVault: letting go is not part of it
    unlocked.value().reset();
    state.ResumeTiming();
  }
}

void unlockVault(benchmark::State& state) {
  // A copy, because each opening starts a journal segment in the folder it opens.
  QTemporaryDir folder;
  const QString vault = folder.filePath(QStringLiteral("vault"));
  if (!copyDataset(state, QStringLiteral("M"), vault)) return;
  for (auto _ : state) {
    auto db = Database::openVault(vault, passphrase());
    if (!db) {
      state.SkipWithError(qPrintable(db.error().message()));
      break;
    }
    state.PauseTiming();  // closing is not part of the unlock
    db.value().reset();
    state.ResumeTiming();
  }
}

}  // namespace

BENCHMARK(keyDerivation)->Name("unlock/M/floor: key derivation")->Iterations(3)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(unlockVault)->Name("unlock/M")->Iterations(3)->Unit(benchmark::kMillisecond)->UseRealTime();

}  // namespace casebook::bench
