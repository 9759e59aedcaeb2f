#include "BenchDatasets.h"

#include <QDir>
#include <QTemporaryDir>

#include <map>
#include <memory>

namespace casebook::bench {

namespace {

struct OpenCopy {
  QTemporaryDir folder;
  std::unique_ptr<Database> db;
  SystemClock clock;
  AllowAllAccess access;
  std::unique_ptr<ServiceContext> ctx;
};

std::map<QString, std::unique_ptr<OpenCopy>>& copies() {
  static std::map<QString, std::unique_ptr<OpenCopy>> open;
  return open;
}

}  // namespace

QString datasetFolder(const QString& size) {
  return QDir(QString::fromLocal8Bit(qgetenv("CASEBOOK_BENCH_DATA"))).filePath(size);
}

QByteArray passphrase() {
  const QByteArray given = qgetenv("CASEBOOK_BENCH_PASSPHRASE");
  return given.isEmpty() ? QByteArrayLiteral("benchmark passphrase") : given;
}

bool copyDataset(benchmark::State& state, const QString& size, const QString& into) {
  const QString source = datasetFolder(size);
  if (!Database::isVaultFolder(source)) {
    state.SkipWithError(qPrintable(QStringLiteral("no dataset %1: run bench/run, which makes it").arg(source)));
    return false;
  }
  if (auto copied = Database::copyVault(source, into); !copied) {
    state.SkipWithError(qPrintable(copied.error().message()));
    return false;
  }
  return true;
}

ServiceContext* openDataset(benchmark::State& state, const QString& size, const QString& use) {
  auto& open = copies();
  const QString key = size + QLatin1Char('/') + use;
  if (auto found = open.find(key); found != open.end()) return found->second->ctx.get();
  auto copy = std::make_unique<OpenCopy>();
  const QString vault = copy->folder.filePath(QStringLiteral("vault"));
  if (!copyDataset(state, size, vault)) return nullptr;
  auto db = Database::openVault(vault, passphrase());
  if (!db) {
    state.SkipWithError(qPrintable(db.error().message()));
    return nullptr;
  }
  copy->db = std::move(db).value();
  copy->ctx = std::make_unique<ServiceContext>(
      ServiceContext{*copy->db, copy->clock, Actor{QStringLiteral("bench"), Role::Administrator}, copy->access});
  ServiceContext* ctx = copy->ctx.get();
  open.emplace(key, std::move(copy));
  return ctx;
}

void closeDatasets() { copies().clear(); }

}  // namespace casebook::bench
