#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "vault/WipingAllocator.h"

#include <QApplication>
#include <QStandardPaths>

int main(int argc, char* argv[]) {
  if (!casebook::vault::installWipingAllocator()) return 99;
  // Report charts are drawn by Qt Charts, which needs Qt Widgets' application object.
  if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
  // User templates are read from the data folder: a test one, never the tester's own.
  QStandardPaths::setTestModeEnabled(true);
  QApplication app(argc, argv);
  QCoreApplication::setApplicationName(QStringLiteral("casebook-test-quarterly"));
  return Catch::Session().run(argc, argv);
}
