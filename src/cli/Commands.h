#pragma once

namespace CLI {
class App;
}

namespace casebook::cli {

class CliSession;

// Each adds its subcommands to the app; callbacks run after parsing, through the session.
void addSetupCommands(CLI::App& app, CliSession& session);      // init, demo, group, area, agency, member
void addCaseCommands(CLI::App& app, CliSession& session);       // case ..., note add, search
void addReferralCommands(CLI::App& app, CliSession& session);   // refer, decide, escalate, stepdown, risk add
void addActionCommands(CLI::App& app, CliSession& session);     // action add|update|list
void addMeetingCommands(CLI::App& app, CliSession& session);    // meeting add|list|show, attend
// Meeting mode (issue 6), under the 'meeting' command: build, item, update, standing, invites, insight ...
void addMeetingAgendaCommands(CLI::App& meeting, CliSession& session);
// ... and record, sign-off, amend, agenda|minutes|actions (the documents).
void addMeetingRunCommands(CLI::App& meeting, CliSession& session);
void addDataCommands(CLI::App& app, CliSession& session);       // import, export, check
void addVaultCommands(CLI::App& app, CliSession& session);      // vault create|compact|backup|restore
void addPlanCommands(CLI::App& app, CliSession& session);       // plan add|update|list|show
void addPerformanceCommands(CLI::App& app, CliSession& session);  // performance set|import|show|remove
void addReportCommands(CLI::App& app, CliSession& session);     // report figures
// Quarterly CSP reports (issue 7), under the 'report' command: quarterly, draft, versions, templates, settings.
void addQuarterlyReportCommands(CLI::App& report, CliSession& session);
void addAccountCommands(CLI::App& app, CliSession& session);    // account, audit, retention, subject-access

}  // namespace casebook::cli
