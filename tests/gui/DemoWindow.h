#pragma once

#include "Clock.h"
#include "Database.h"
#include "DemoService.h"
#include "MainWindow.h"
#include "ServiceContext.h"

#include <memory>

namespace casebook::test {

// Lets everything through, as a plain file does, until a test hands it the vault's rule.
class SwitchableAccess final : public AccessPolicy {
 public:
  void useRule(std::unique_ptr<AccessPolicy> rule) { m_rule = std::move(rule); }
  Status check(const Actor& actor, Operation operation, std::optional<GroupId> group) const override {
    return m_rule ? m_rule->check(actor, operation, group) : Status{};
  }
  std::optional<std::vector<GroupId>> reachableGroups(const Actor& actor) const override {
    return m_rule ? m_rule->reachableGroups(actor) : std::nullopt;
  }

 private:
  std::unique_ptr<AccessPolicy> m_rule;
};

// A real main window over an in-memory demo database, the clock fixed at 2024-06-15, acting
// as a chair. Members are destroyed window first, database last.
struct DemoWindow {
  std::unique_ptr<Database> db;
  std::unique_ptr<FixedClock> clock;
  SwitchableAccess access;
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
