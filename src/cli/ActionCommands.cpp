#include "ActionService.h"
#include "CliSession.h"
#include "Commands.h"
#include "CsvWriter.h"
#include "Dates.h"
#include "JsonViews.h"
#include "TextTable.h"

#include <QJsonArray>

#include <CLI/CLI.hpp>

#include <memory>

namespace casebook::cli {

namespace {

void printActions(CliSession& s, const std::vector<ActionRow>& rows, Format format) {
  if (format == Format::Json) {
    QJsonArray actions;
    for (const auto& row : rows) actions.append(actionJson(row));
    s.printRaw(envelope("casebook/action-list", {{QStringLiteral("count"), static_cast<int>(rows.size())},
                                                 {QStringLiteral("actions"), actions}}));
    return;
  }
  TextTable table({QStringLiteral("Id"), QStringLiteral("Case"), QStringLiteral("Reference"), QStringLiteral("Action"),
                   QStringLiteral("Owner"), QStringLiteral("Due"), QStringLiteral("Status"), QStringLiteral("Updated"),
                   QStringLiteral("Carried")});
  for (const auto& row : rows) {
    const Action& a = row.action;
    QString owner = row.ownerName;
    if (!row.ownerAgencyCode.isEmpty()) owner += owner.isEmpty() ? row.ownerAgencyCode : QStringLiteral(" (%1)").arg(row.ownerAgencyCode);
    table.add({QString::number(a.id.value), row.caseReference, a.reference, a.text, owner, isoDate(a.dueOn),
               toKey(a.status) + (row.overdue ? QStringLiteral(" OVERDUE") : QString()),
               a.statusReportedOn ? isoDate(*a.statusReportedOn) : QString(), QString::number(a.carriedForward)});
  }
  if (format == Format::Csv) {
    s.printRaw(CsvWriter::line(table.header()));
    for (const auto& row : table.rows()) s.printRaw(CsvWriter::line(row));
    return;
  }
  s.printRaw(table.render().toUtf8());
  s.print(QStringLiteral("%1 actions").arg(rows.size()));
}

}  // namespace

void addActionCommands(CLI::App& app, CliSession& s) {
  auto* actions = app.add_subcommand("action", "Actions: owner, complete-by date, status, updates");
  actions->require_subcommand(1);

  struct AddArgs {
    std::string reference, text, owner, agency, due, raised;
    qint64 meeting = 0;
    int item = 0;
  };
  auto add = std::make_shared<AddArgs>();
  auto* addCmd = actions->add_subcommand("add", "Add an action to a case or a meeting item");
  auto* caseOpt = addCmd->add_option("--case", add->reference, "Case reference");
  auto* meetingOpt = addCmd->add_option("--meeting", add->meeting, "Meeting number");
  caseOpt->excludes(meetingOpt);
  addCmd->add_option("--item", add->item, "Agenda item number, for the action log reference");
  addCmd->add_option("--text", add->text, "What is to be done")->required();
  addCmd->add_option("--owner", add->owner, "Owner (member name or #id)");
  addCmd->add_option("--owner-agency", add->agency, "Owning agency code");
  addCmd->add_option("--due", add->due, "Complete by, YYYY-MM-DD")->required();
  addCmd->add_option("--raised", add->raised, "Date raised, YYYY-MM-DD (default: today or the meeting date)");
  addCmd->callback([&s, add] {
    NewActionInput input;
    input.caseReference = qs(add->reference);
    input.meetingId = add->meeting;
    input.agendaItem = add->item;
    input.text = qs(add->text);
    input.owner = qs(add->owner);
    input.ownerAgency = qs(add->agency);
    if (!s.readDate(add->due, "--due", input.dueOn)) return;
    if (!s.readDate(add->raised, "--raised", input.raisedOn)) return;
    auto* ctx = s.open();
    if (!ctx) return;
    auto id = ActionService(*ctx).add(input);
    if (s.check(id)) s.print(QStringLiteral("Added action %1").arg(id->value));
  });

  struct UpdateArgs {
    qint64 id = 0;
    std::string status, text, date, carryTo;
  };
  auto upd = std::make_shared<UpdateArgs>();
  auto* updCmd = actions->add_subcommand("update", "Record progress, a new status, or carry forward");
  updCmd->add_option("id", upd->id, "Action number")->required();
  updCmd->add_option("--status", upd->status,
                     "open, in_progress, complete, not_completed_circumstances, not_completed_agency, cancelled");
  updCmd->add_option("--update", upd->text, "What was reported");
  updCmd->add_option("--date", upd->date, "Date reported, YYYY-MM-DD (default: today)");
  updCmd->add_option("--carry-to", upd->carryTo, "Carry forward to this new complete-by date");
  updCmd->callback([&s, upd] {
    ActionUpdateInput input;
    input.actionId = upd->id;
    if (!upd->status.empty()) {
      auto status = s.enumValue<ActionStatus>(upd->status, "--status");
      if (!status) return;
      input.status = status;
    }
    input.text = qs(upd->text);
    if (!s.readDate(upd->date, "--date", input.on)) return;
    auto carry = s.date(upd->carryTo, "--carry-to");
    if (!carry) return;
    input.newDueOn = *carry;
    auto* ctx = s.open();
    if (!ctx) return;
    if (s.check(ActionService(*ctx).update(input))) s.print(QStringLiteral("Updated action %1").arg(upd->id));
  });

  struct ListArgs {
    std::string reference, owner, group;
    qint64 meeting = 0;
    bool outstanding = false, overdue = false;
    int limit = 500;
  };
  auto list = std::make_shared<ListArgs>();
  auto* listCmd = actions->add_subcommand("list", "List actions");
  listCmd->add_option("--case", list->reference, "Only this case's actions");
  listCmd->add_option("--meeting", list->meeting, "Only this meeting's actions");
  listCmd->add_option("--owner", list->owner, "Only this owner's (member name or #id)");
  listCmd->add_option("--group", list->group, "Only this group's");
  listCmd->add_flag("--outstanding", list->outstanding, "Only open or in progress");
  listCmd->add_flag("--overdue", list->overdue, "Only outstanding past their complete-by date");
  listCmd->add_option("--limit", list->limit, "At most this many (default 500)");
  listCmd->add_option("--format", s.format, "table | csv | json");
  listCmd->callback([&s, list] {
    auto format = s.outputFormat();
    if (!format) return;
    ActionListRequest request;
    request.caseReference = qs(list->reference);
    request.meetingId = list->meeting;
    request.owner = qs(list->owner);
    request.groupCode = qs(list->group);
    request.outstandingOnly = list->outstanding;
    request.overdueOnly = list->overdue;
    request.limit = list->limit;
    auto* ctx = s.open();
    if (!ctx) return;
    auto rows = ActionService(*ctx).list(request);
    if (s.check(rows)) printActions(s, rows.value(), *format);
  });
}

}  // namespace casebook::cli
