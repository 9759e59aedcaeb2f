#include "CliApp.h"
#include "Clock.h"
#include "Log.h"
#include "vault/ProcessHardening.h"

#include <QApplication>
#include <QDir>
#include <QStandardPaths>

#include <iostream>

int main(int argc, char** argv) {
  casebook::vault::hardenProcess();
  casebook::SystemClock::settleTimeZone();
  // Documents lay text out with Qt Gui's fonts and report charts draw with Qt Widgets, so the
  // CLI is a widgets application; with no display it runs offscreen, as on a server or in CI.
  if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY") &&
      qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
  }
  QCoreApplication::setApplicationName(QStringLiteral("casebook"));
  QCoreApplication::setApplicationVersion(QStringLiteral("0.1.0"));
  // Before the application: what the platform plugin says while starting (no
  // XDG_RUNTIME_DIR on a server...) goes to the log file, not into a command's output.
  casebook::log::startFileLogging(
      QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("logs")));
  QApplication app(argc, argv);
  return casebook::cli::runCli(argc, argv, std::cout, std::cerr);
}
