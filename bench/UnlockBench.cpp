// Vault unlock at M against its floor, the Argon2id key derivation alone (Vault::unlock reads
// the key file, derives the key and unwraps the data key; nothing else).
#include "BenchDatasets.h"

#include "vault/Vault.h"

#include <QTemporaryDir>

namespace casebook::bench {
namespace {

// A copy, because each opening starts a journal segment in the folder it opens.
bool copyOf(benchmark::State& state, const QString& size, const QTemporaryDir& into, QString& vault) {
  vault = into.filePath(QStringLiteral("vault"));
  if (!Database::isVaultFolder(datasetFolder(size))) {
    state.SkipWithError("no dataset: run bench/run, which makes it");
    return false;
  }
  if (auto copied = Database::copyVault(datasetFolder(size), vault); !copied) {
    state.SkipWithError(qPrintable(copied.error().message()));
    return false;
  }
  return true;
}

void keyDerivation(benchmark::State& state) {
  QTemporaryDir folder;
  QString vault;
  if (!copyOf(state, QStringLiteral("M"), folder, vault)) return;
  for (auto _ : state) {
    auto unlocked = vault::Vault::unlock(vault, passphrase());
    if (!unlocked) state.SkipWithError(qPrintable(unlocked.error().message()));
    benchmark::DoNotOptimize(unlocked);
  }
}

void unlockVault(benchmark::State& state) {
  QTemporaryDir folder;
  QString vault;
  if (!copyOf(state, QStringLiteral("M"), folder, vault)) return;
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
