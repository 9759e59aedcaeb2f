#include "CliRunner.h"
#include "TestSupport.h"

#include <QDir>
#include <QRegularExpression>

#include <catch2/catch.hpp>

using casebook::test::CliRun;
using casebook::test::CliRunner;
using casebook::test::args;

namespace {
const QString kPassphrase = QStringLiteral("harbour lantern tulip");
}

TEST_CASE("cli: a vault is created, used, backed up, restored and opened by its recovery key", "[cli][vault]") {
  CliRunner cli;
  const QString vault = cli.path(QStringLiteral("vault"));
  const CliRun created = cli.runVault(args({"vault", "create"}), vault, kPassphrase);
  INFO(created.err.toStdString());
  REQUIRE(created.exitCode == 0);
  const auto match = QRegularExpression(QStringLiteral("([0-9A-F]{8}-){7}[0-9A-F]{8}")).match(created.err);
  REQUIRE(match.hasMatch());
  const QString recovery = match.captured(0);
  CHECK(cli.runVault(args({"vault", "create"}), vault, kPassphrase).exitCode == 2);  // never over an existing one

  const CliRun added = cli.runVault(args({"case", "add", "--group", "LEDG", "--subject", "Vaulted Person", "--age-band",
                                          "18-25", "--referral-date", "2024-05-01", "--reason", "Noise and threats",
                                          "--accept"}),
                                    vault, kPassphrase);
  INFO(added.err.toStdString());
  REQUIRE(added.exitCode == 0);
  for (const QString& name : QDir(vault).entryList(QDir::Files)) {
    CHECK_FALSE(casebook::fileBytes(QDir(vault).filePath(name)).contains("Vaulted"));  // nothing in plaintext
  }

  const QString backup = cli.path(QStringLiteral("backup"));
  const CliRun backedUp = cli.runVault(args({"vault", "backup", "--to", backup.toUtf8().constData()}), vault, kPassphrase);
  INFO(backedUp.err.toStdString());
  REQUIRE(backedUp.exitCode == 0);
  CHECK(backedUp.out.contains(QStringLiteral("verified")));

  const QString restored = cli.path(QStringLiteral("restored"));
  const CliRun restore = cli.runVault(args({"vault", "restore", "--from", backup.toUtf8().constData()}), restored, kPassphrase);
  INFO(restore.err.toStdString());
  REQUIRE(restore.exitCode == 0);
  const CliRun listed = cli.runVault(args({"case", "list", "--format", "csv"}), restored, kPassphrase);
  REQUIRE(listed.exitCode == 0);
  CHECK(listed.out.contains(QStringLiteral("Vaulted Person")));

  const CliRun wrong = cli.runVault(args({"case", "list"}), vault, QStringLiteral("not the passphrase"));
  CHECK(wrong.exitCode == 2);
  CHECK(wrong.err.contains(QStringLiteral("does not open this vault")));
  CHECK_FALSE(wrong.out.contains(QStringLiteral("Vaulted")));

  const CliRun byRecovery = cli.runVault(args({"--recovery-key", "case", "list", "--format", "csv"}), vault, recovery);
  INFO(byRecovery.err.toStdString());
  REQUIRE(byRecovery.exitCode == 0);
  CHECK(byRecovery.out.contains(QStringLiteral("Vaulted Person")));
}

TEST_CASE("cli: vault commands need a vault, and --db and --vault exclude each other", "[cli][vault]") {
  CliRunner cli;
  const CliRun compact = cli.run(args({"vault", "compact"}));
  CHECK(compact.exitCode == 2);
  CHECK(compact.err.contains(QStringLiteral("--vault")));
  const CliRun both = cli.runVault(args({"--db", "x.db", "case", "list"}), cli.path(QStringLiteral("v")), kPassphrase);
  CHECK(both.exitCode == 2);
}
