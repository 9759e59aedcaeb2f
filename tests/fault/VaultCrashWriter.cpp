// Commits numbered transactions into a vault until it is killed, printing each number once
// its commit has returned (acknowledged). Used by VaultCrashTest; not a user tool.
//   VaultCrashWriter FOLDER START COMPACT_EVERY     (passphrase in CASEBOOK_PASSPHRASE)
#include "Clock.h"
#include "Database.h"
#include "DirectoryService.h"
#include "ServiceContext.h"

#include <QCoreApplication>

#include <cstdio>

using namespace casebook;

int main(int argc, char* argv[]) {
  QCoreApplication app(argc, argv);
  if (argc != 4) return 2;
  const QString folder = QString::fromLocal8Bit(argv[1]);
  const int start = std::atoi(argv[2]);
  const int compactEvery = std::atoi(argv[3]);
  auto db = Database::openVault(folder, qgetenv("CASEBOOK_PASSPHRASE"));
  if (!db) {
    std::fprintf(stderr, "%s\n", db.error().message().toLocal8Bit().constData());
    return 3;
  }
  SystemClock clock;
  AllowAllAccess access;
  ServiceContext ctx{*db.value(), clock, Actor{QStringLiteral("crash"), Role::Administrator}, access};
  std::printf("ready\n");
  std::fflush(stdout);
  for (int i = start;; ++i) {
    // Two rows in one transaction: after a crash there must be both or neither.
    const Status done = db.value()->write([&]() -> Status {
      if (auto a = DirectoryService(ctx).addArea(QStringLiteral("F%1").arg(i), QStringLiteral("fault area")); !a) return a.error();
      if (auto b = DirectoryService(ctx).addAgency(QStringLiteral("G%1").arg(i), QStringLiteral("fault agency")); !b) {
        return b.error();
      }
      return {};
    });
    if (!done) {
      std::fprintf(stderr, "%s\n", done.error().message().toLocal8Bit().constData());
      return 4;
    }
    std::printf("%d\n", i);
    std::fflush(stdout);
    if (compactEvery > 0 && i % compactEvery == 0) {
      if (auto compacted = db.value()->compactVault(); !compacted) return 5;
    }
  }
}
