#pragma once

#include "Clock.h"
#include "Database.h"
#include "DemoService.h"
#include "MainWindow.h"
#include "ServiceContext.h"

#include <memory>

namespace casebook::test {

// A real main window over an in-memory demo database, the clock fixed at 2024-06-15, acting
// as a chair. Members are destroyed window first, database last.
struct DemoWindow {
  std::unique_ptr<Database> db;
  std::unique_ptr<FixedClock> clock;
  AllowAllAccess access;
  std::unique_ptr<ServiceContext> ctx;
  std::unique_ptr<gui::MainWindow> window;

  // False if the demo could not be made; the caller QVERIFYs it.
  bool open(int cases, quint64 seed) {
    db = std::move(Database::openInMemory()).value();
    clock = std::make_unique<FixedClock>(QDate(2024, 6, 15));
    ctx = std::make_unique<ServiceContext>(ServiceContext{*db, *clock, Actor{QStringLiteral("chair"), Role::Chair}, access});
    if (!DemoService(*ctx).generate({cases, seed}).ok()) return false;
    window = std::make_unique<gui::MainWindow>(*ctx, QStringLiteral(":memory:"), true);
    window->show();
    return true;
  }

  void close() {
    window.reset();
    ctx.reset();
    db.reset();
  }
};

}  // namespace casebook::test
