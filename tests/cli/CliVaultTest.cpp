#include "CliRunner.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
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
  const CliRun backedUp = cli.runVault(args({"backup", "--to", backup.toUtf8().constData()}), vault, kPassphrase);
  INFO(backedUp.err.toStdString());
  REQUIRE(backedUp.exitCode == 0);
  CHECK(backedUp.out.contains(QStringLiteral("verified")));

  const QString restored = cli.path(QStringLiteral("restored"));
  const CliRun restore = cli.runVault(args({"restore", "--from", backup.toUtf8().constData()}), restored, kPassphrase);
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

TEST_CASE("cli: a plain file needs --unencrypted, vault commands need a vault", "[cli][vault]") {
  CliRunner cli;
  REQUIRE(cli.run(args({"init"})).exitCode == 0);
  const QByteArray before = casebook::fileBytes(cli.dbPath());

  const CliRun unflagged = cli.runAsIs(QStringList{QStringLiteral("--db"), cli.dbPath()} + args({"case", "list"}));
  CHECK(unflagged.exitCode == 2);
  CHECK(unflagged.err.contains(QStringLiteral("unencrypted database file")));
  CHECK(unflagged.err.contains(QStringLiteral("--unencrypted")));
  const CliRun unflaggedNew = cli.runAsIs(QStringList{QStringLiteral("--db"), cli.path(QStringLiteral("new.db"))} + args({"init"}));
  CHECK(unflaggedNew.exitCode == 2);
  CHECK_FALSE(QFile::exists(cli.path(QStringLiteral("new.db"))));  // nothing made
  CHECK(casebook::fileBytes(cli.dbPath()) == before);

  const CliRun compact = cli.run(args({"vault", "compact"}));
  CHECK(compact.exitCode == 2);
  CHECK(compact.err.contains(QStringLiteral("encrypted vault")));
  const CliRun backup = cli.run(args({"backup", "--to", "somewhere"}));
  CHECK(backup.exitCode == 2);
  CHECK_FALSE(QFile::exists(QStringLiteral("somewhere")));
  const CliRun both = cli.runVault(args({"--unencrypted", "case", "list"}), cli.path(QStringLiteral("v")), kPassphrase);
  CHECK(both.exitCode == 2);
}

TEST_CASE("cli: without --vault or --db the default vault in the data folder is used", "[cli][vault]") {
  CliRunner cli;
  const CliRun created = cli.runAsIs(args({"vault", "create"}), kPassphrase);
  INFO(created.err.toStdString());
  REQUIRE(created.exitCode == 0);
  const QString folder = created.out.section(QStringLiteral("Created the vault "), 1).section(QLatin1Char(' '), 0, 0);
  CHECK(folder.startsWith(cli.path(QStringLiteral("data"))));
  CHECK(QFile::exists(QDir(folder).filePath(QStringLiteral("vault.key"))));
  const CliRun listed = cli.runAsIs(args({"group", "list"}), kPassphrase);
  INFO(listed.err.toStdString());
  REQUIRE(listed.exitCode == 0);
  CHECK(listed.out.contains(QStringLiteral("YJAG")));
}

TEST_CASE("cli: dated backups for a schedule keep the newest N, each verified", "[cli][vault]") {
  CliRunner cli;
  const QString vault = cli.path(QStringLiteral("vault"));
  REQUIRE(cli.runVault(args({"vault", "create"}), vault, kPassphrase).exitCode == 0);
  const QString into = cli.path(QStringLiteral("backups"));
  QDir().mkpath(QDir(into).filePath(QStringLiteral("not-a-backup")));  // other folders are left alone
  QStringList made;
  for (int i = 0; i < 3; ++i) {
    const CliRun run = cli.runVault(args({"backup", "--into", into.toUtf8().constData(), "--keep", "2"}), vault, kPassphrase);
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    made << run.out.section(QStringLiteral("Backed up to "), 1).section(QLatin1Char(' '), 0, 0);
  }
  QStringList left = QDir(into).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
  CHECK(left.size() == 3);
  CHECK(left.contains(QStringLiteral("not-a-backup")));
  CHECK_FALSE(QFile::exists(made[0]));
  CHECK(QFile::exists(QDir(made[1]).filePath(QStringLiteral("vault.key"))));
  CHECK(QFile::exists(QDir(made[2]).filePath(QStringLiteral("vault.key"))));
  CHECK(cli.runVault(args({"backup", "--into", into.toUtf8().constData(), "--keep", "-1"}), vault, kPassphrase).exitCode == 2);

  // A restore never lands on an existing vault, and a damaged backup is refused and leaves no folder.
  CHECK(cli.runVault(args({"restore", "--from", made[2].toUtf8().constData()}), vault, kPassphrase).exitCode == 2);
  const QString snapshot = QDir(made[2]).entryList({QStringLiteral("snapshot-*")}).value(0);
  QByteArray bytes = casebook::fileBytes(QDir(made[2]).filePath(snapshot));
  bytes[bytes.size() / 2] = static_cast<char>(bytes[bytes.size() / 2] ^ 0x40);
  REQUIRE(casebook::writeFileBytes(QDir(made[2]).filePath(snapshot), bytes));
  const QString restored = cli.path(QStringLiteral("restored"));
  const CliRun bad = cli.runVault(args({"restore", "--from", made[2].toUtf8().constData()}), restored, kPassphrase);
  CHECK(bad.exitCode != 0);
  CHECK_FALSE(QFile::exists(restored));
}

TEST_CASE("cli: vault passphrase changes it, the old one and a short one are refused", "[cli][vault]") {
  CliRunner cli;
  const QString vault = cli.path(QStringLiteral("vault"));
  const CliRun created = cli.runVault(args({"vault", "create"}), vault, kPassphrase);
  REQUIRE(created.exitCode == 0);
  const QString recovery =
      QRegularExpression(QStringLiteral("([0-9A-F]{8}-){7}[0-9A-F]{8}")).match(created.err).captured(0);
  cli.setEnv(QStringLiteral("CASEBOOK_NEW_PASSPHRASE"), QStringLiteral("short"));
  CHECK(cli.runVault(args({"vault", "passphrase"}), vault, kPassphrase).exitCode == 2);
  cli.setEnv(QStringLiteral("CASEBOOK_NEW_PASSPHRASE"), QStringLiteral("copper meadow violin"));
  CHECK(cli.runVault(args({"vault", "passphrase"}), vault, QStringLiteral("not the passphrase")).exitCode == 2);
  const CliRun changed = cli.runVault(args({"vault", "passphrase"}), vault, kPassphrase);
  INFO(changed.err.toStdString());
  REQUIRE(changed.exitCode == 0);
  CHECK(cli.runVault(args({"group", "list"}), vault, kPassphrase).exitCode == 2);
  CHECK(cli.runVault(args({"group", "list"}), vault, QStringLiteral("copper meadow violin")).exitCode == 0);
  // The passphrase lost: the recovery key sets a new one.
  cli.setEnv(QStringLiteral("CASEBOOK_NEW_PASSPHRASE"), QStringLiteral("lantern harbour pebble"));
  REQUIRE(cli.runVault(args({"--recovery-key", "vault", "passphrase"}), vault, recovery).exitCode == 0);
  CHECK(cli.runVault(args({"group", "list"}), vault, QStringLiteral("lantern harbour pebble")).exitCode == 0);
}

TEST_CASE("cli: a damaged vault exits 3 and names the generation that may still open", "[cli][vault]") {
  CliRunner cli;
  const QString vault = cli.path(QStringLiteral("vault"));
  REQUIRE(cli.runVault(args({"vault", "create"}), vault, kPassphrase).exitCode == 0);
  REQUIRE(cli.runVault(args({"area", "add", "--code", "NL70", "--name", "Riverside"}), vault, kPassphrase).exitCode == 0);
  const QStringList snapshots = QDir(vault).entryList({QStringLiteral("snapshot-*.cbs")}, QDir::Files, QDir::Name);
  REQUIRE(snapshots.size() == 2);
  const QString newest = QDir(vault).filePath(snapshots.last());
  QByteArray bytes = casebook::fileBytes(newest);
  bytes[bytes.size() / 2] = static_cast<char>(bytes[bytes.size() / 2] ^ 0x40);
  REQUIRE(casebook::writeFileBytes(newest, bytes));

  const CliRun damaged = cli.runVault(args({"area", "list"}), vault, kPassphrase);
  CHECK(damaged.exitCode == 3);
  const QString older = snapshots.first().mid(9, 10).remove(QRegularExpression(QStringLiteral("^0+")));
  CHECK(damaged.err.contains(QStringLiteral("--generation %1").arg(older)));
  const CliRun recovered =
      cli.runVault(args({"--generation", older.toUtf8().constData(), "area", "list"}), vault, kPassphrase);
  INFO(recovered.err.toStdString());
  REQUIRE(recovered.exitCode == 0);
  CHECK(recovered.out.contains(QStringLiteral("NL70")));
  CHECK(cli.runVault(args({"area", "list"}), vault, kPassphrase).exitCode == 0);  // the recovered one is the newest now
}
