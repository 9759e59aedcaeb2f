#pragma once

// The two outcomes the command-line tests check most: a command that works, and one that is
// refused with exit code 2, naming the problem, leaving the database file as it was.
#include "CliRunner.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>

namespace casebook::test {

inline CliRun expectOk(const CliRunner& cli, const QStringList& command) {
  const CliRun run = cli.run(command);
  INFO(command.join(QLatin1Char(' ')).toStdString() << " -> " << run.err.toStdString());
  REQUIRE(run.exitCode == 0);
  return run;
}

inline void expectRejected(const CliRunner& cli, const QStringList& command, const char* mentions) {
  const QByteArray before = fileBytes(cli.dbPath());
  REQUIRE_FALSE(before.isEmpty());
  const CliRun run = cli.run(command);
  INFO(command.join(QLatin1Char(' ')).toStdString() << " -> " << run.err.toStdString());
  CHECK(run.exitCode == 2);
  CHECK(run.err.contains(QString::fromUtf8(mentions), Qt::CaseInsensitive));
  CHECK(fileBytes(cli.dbPath()) == before);
}

}  // namespace casebook::test
