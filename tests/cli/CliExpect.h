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

// A database with one open YJAG case, YJAG-2024-001.
inline void prepareOneCase(const CliRunner& cli) {
  expectOk(cli, args({"init"}));
  expectOk(cli, args({"case", "add", "--group", "YJAG", "--subject", "Casey Example", "--dob", "2009-01-01",
                      "--referral-date", "2024-05-01", "--reason", "ASB", "--accept"}));
}

}  // namespace casebook::test
