#include "CliApp.h"

#include "CliSession.h"
#include "Commands.h"

#include <CLI/CLI.hpp>

#include <ostream>

namespace casebook::cli {

int runCli(int argc, char** argv, std::ostream& out, std::ostream& err) {
  CliSession session(out, err);
  CLI::App app{"casebook-cli: case management for Community Safety Partnership JAG meetings"};
  app.set_version_flag("--version", "casebook-cli 0.1.0");
  auto* vault = app.add_option("--vault", session.vaultPath,
                               "Encrypted vault folder (default: 'vault' in your data folder; passphrase from "
                               "CASEBOOK_PASSPHRASE or asked without echo)");
  auto* plain = app.add_flag("--unencrypted", session.unencrypted,
                             "Work on a plain SQLite file instead of a vault: demo and test data only (default file: "
                             "casebook.db in your data folder, the desktop's demo)");
  app.add_option("--db", session.dbPath, "With --unencrypted: the database file")->excludes(vault);
  plain->excludes(vault);
  app.add_flag("--recovery-key", session.byRecoveryKey, "With --vault: open it with its recovery key");
  app.add_option("--generation", session.generation, "With --vault: open this (older) generation");
  app.add_option("--user", session.user,
                 "The account to sign in to the vault as (default: CASEBOOK_USER, else your login name); a vault "
                 "with no accounts yet makes this name its first administrator");
  app.require_subcommand(1);
  app.fallthrough();
  addSetupCommands(app, session);
  addCaseCommands(app, session);
  addReferralCommands(app, session);
  addActionCommands(app, session);
  addMeetingCommands(app, session);
  addMeetingAgendaCommands(*app.get_subcommand("meeting"), session);
  addMeetingRunCommands(*app.get_subcommand("meeting"), session);
  addDataCommands(app, session);
  addPlanCommands(app, session);
  addPerformanceCommands(app, session);
  addReportCommands(app, session);
  addQuarterlyReportCommands(*app.get_subcommand("report"), session);
  addVaultCommands(app, session);
  addAccountCommands(app, session);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    // Help and version are successes; any other parse error is invalid input (exit 2).
    const int code = app.exit(e, out, err);
    return code == 0 ? kOk : kInvalid;
  }
  return session.exitCode;
}

}  // namespace casebook::cli
