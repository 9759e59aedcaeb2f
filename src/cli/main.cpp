#include "CliApp.h"
#include "Log.h"
#include "vault/ProcessHardening.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

#include <iostream>

int main(int argc, char** argv) {
  casebook::vault::hardenProcess();
  QCoreApplication app(argc, argv);
  QCoreApplication::setApplicationName(QStringLiteral("casebook"));
  QCoreApplication::setApplicationVersion(QStringLiteral("0.1.0"));
  casebook::log::startFileLogging(
      QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("logs")));
  return casebook::cli::runCli(argc, argv, std::cout, std::cerr);
}
