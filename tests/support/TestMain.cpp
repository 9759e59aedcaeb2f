#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "vault/WipingAllocator.h"

#include <QCoreApplication>

int main(int argc, char* argv[]) {
  // As in the programs: every suite runs SQLite on the wiping allocator.
  if (!casebook::vault::installWipingAllocator()) return 99;
  // Qt SQL drivers are plugins: they need an application object to be found.
  QCoreApplication app(argc, argv);
  return Catch::Session().run(argc, argv);
}
