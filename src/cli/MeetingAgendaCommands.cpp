// Meeting mode before the meeting (issue 6): the agenda rebuilt and edited, written updates,
// standing items, the invite list and the attendance insight it draws on.
#include "AgendaService.h"
#include "AttendanceService.h"
#include "CliSession.h"
#include "Commands.h"
#include "Dates.h"
#include "JsonViews.h"
#include "TextTable.h"

#include <CLI/CLI.hpp>

#include <QJsonArray>

#include <memory>

namespace casebook::cli {

namespace {

QStringList toQStringList(const std::vector<std::string>& items) {
  QStringList out;
  for (const auto& item : items) out << qs(item);
  return out;
}

QString percent(const AttendanceRate& rate) {
  return rate.meetings == 0 ? QStringLiteral("-") : QStringLiteral("%1%").arg(qRound(rate.rate() * 100));
}

QJsonArray ratesJson(const std::vector<AttendanceRate>& rates, const char* labelKey) {
  QJsonArray out;
  for (const auto& r : rates) {
    out.append(QJsonObject{{QString::fromLatin1(labelKey), r.label},
                           {QStringLiteral("meetings"), r.meetings},
                           {QStringLiteral("represented"), r.represented},
                           {QStringLiteral("rate"), r.rate()}});
  }
  return out;
}

void addItemCommands(CLI::App& meetings, CliSession& s) {
  auto* items = meetings.add_subcommand("item", "Add, drop or move agenda items");
  items->require_subcommand(1);

  struct AddArgs {
    qint64 meeting = 0;
    std::string reference, title;
    int position = 0;
  };
  auto add = std::make_shared<AddArgs>();
  auto* addCmd = items->add_subcommand("add", "Add a case or a titled item to the agenda");
  addCmd->add_option("--meeting", add->meeting, "Meeting number")->required();
  auto* byCase = addCmd->add_option("--case", add->reference, "Case reference to review");
  addCmd->add_option("--title", add->title, "Title of an item without a case")->excludes(byCase);
  addCmd->add_option("--position", add->position, "Position (default: before any other business)");
  addCmd->callback([&s, add] {
    if (add->reference.empty() == add->title.empty()) {
      s.invalid(QStringLiteral("item"), QStringLiteral("give --case or --title"),
                QStringLiteral("--case YJAG-2024-001, or --title \"Summer events\""));
      return;
    }
    if (add->position < 0) {
      s.invalid(QStringLiteral("--position"), QStringLiteral("position %1 is below 1").arg(add->position),
                QStringLiteral("Number items from 1, as 'meeting show' lists them"));
      return;
    }
    auto* ctx = s.open();
    if (!ctx) return;
    const AgendaItemKind kind = add->reference.empty() ? AgendaItemKind::Other : AgendaItemKind::CaseReview;
    auto id = AgendaService(*ctx).addItem({add->meeting, kind, qs(add->title), qs(add->reference), add->position});
    if (s.check(id)) s.print(QStringLiteral("Added an item to meeting %1").arg(add->meeting));
  });

  struct DropArgs {
    qint64 meeting = 0;
    int item = 0;
  };
  auto drop = std::make_shared<DropArgs>();
  auto* dropCmd = items->add_subcommand("drop", "Drop an item that has no minutes");
  dropCmd->add_option("--meeting", drop->meeting, "Meeting number")->required();
  dropCmd->add_option("--item", drop->item, "Item number")->required();
  dropCmd->callback([&s, drop] {
    auto* ctx = s.open();
    if (!ctx) return;
    if (s.check(AgendaService(*ctx).removeItem(drop->meeting, drop->item))) {
      s.print(QStringLiteral("Dropped item %1 of meeting %2").arg(drop->item).arg(drop->meeting));
    }
  });

  struct MoveArgs {
    qint64 meeting = 0;
    int item = 0, to = 0;
  };
  auto move = std::make_shared<MoveArgs>();
  auto* moveCmd = items->add_subcommand("move", "Move an item to another position");
  moveCmd->add_option("--meeting", move->meeting, "Meeting number")->required();
  moveCmd->add_option("--item", move->item, "Item number")->required();
  moveCmd->add_option("--to", move->to, "New position")->required();
  moveCmd->callback([&s, move] {
    auto* ctx = s.open();
    if (!ctx) return;
    if (s.check(AgendaService(*ctx).moveItem(move->meeting, move->item, move->to))) {
      s.print(QStringLiteral("Moved item %1 to %2").arg(move->item).arg(move->to));
    }
  });
}

void addInviteCommands(CLI::App& meetings, CliSession& s) {
  struct InviteArgs {
    qint64 meeting = 0;
    bool confirm = false;
    std::vector<std::string> members;
  };
  auto invite = std::make_shared<InviteArgs>();
  auto* inviteCmd = meetings.add_subcommand("invites", "Whom to invite, and why; store the list");
  inviteCmd->add_option("id", invite->meeting, "Meeting number")->required();
  auto* confirm = inviteCmd->add_flag("--confirm", invite->confirm, "Store the suggested list as the invitations");
  inviteCmd->add_option("--member", invite->members, "Store exactly these members (name or #id; repeat)")
      ->excludes(confirm);
  inviteCmd->callback([&s, invite] {
    auto* ctx = s.open();
    if (!ctx) return;
    AttendanceService attendance(*ctx);
    if (!invite->members.empty()) {
      const QStringList members = toQStringList(invite->members);
      if (s.check(attendance.setInvitations(invite->meeting, members))) {
        s.print(QStringLiteral("Invited %1 to meeting %2").arg(members.size()).arg(invite->meeting));
      }
      return;
    }
    auto suggestions = attendance.suggestInvites(invite->meeting);
    if (!s.check(suggestions)) return;
    TextTable table({QStringLiteral("Member"), QStringLiteral("Agency"), QStringLiteral("Invite"), QStringLiteral("Why")});
    QStringList suggested;
    for (const auto& sug : suggestions.value()) {
      table.add({sug.member.name, sug.member.agency, sug.suggested ? QStringLiteral("yes") : QStringLiteral("no"), sug.why});
      if (sug.suggested) suggested << QStringLiteral("#%1").arg(sug.member.id.value);
    }
    s.printRaw(table.render().toUtf8());
    if (!invite->confirm) return;
    if (s.check(attendance.setInvitations(invite->meeting, suggested))) {
      s.print(QStringLiteral("Invited %1 to meeting %2").arg(suggested.size()).arg(invite->meeting));
    }
  });
}

void addInsightCommand(CLI::App& meetings, CliSession& s) {
  struct InsightArgs {
    std::string group;
    int last = 6;
  };
  auto insight = std::make_shared<InsightArgs>();
  auto* insightCmd = meetings.add_subcommand("insight", "Attendance over a group's last meetings");
  insightCmd->add_option("--group", insight->group, "Group code")->required();
  insightCmd->add_option("--last", insight->last, "How many recent meetings to count (default 6)");
  insightCmd->add_option("--format", s.format, "table | json");
  insightCmd->callback([&s, insight] {
    auto format = s.outputFormat();
    if (!format) return;
    auto* ctx = s.open();
    if (!ctx) return;
    auto result = AttendanceService(*ctx).insight(qs(insight->group), insight->last);
    if (!s.check(result)) return;
    const AttendanceInsight& r = result.value();
    if (*format == Format::Json) {
      QJsonArray missed;
      for (const auto& m : r.apologiesWithoutDeputy) {
        missed.append(QJsonObject{{QStringLiteral("date"), isoDate(m.heldOn)},
                                  {QStringLiteral("member"), m.member},
                                  {QStringLiteral("agency"), m.agency}});
      }
      s.printRaw(envelope("casebook/attendance-insight",
                          {{QStringLiteral("group"), qs(insight->group).toUpper()},
                           {QStringLiteral("meetings_counted"), r.meetingsCounted},
                           {QStringLiteral("members"), ratesJson(r.byMember, "member")},
                           {QStringLiteral("agencies"), ratesJson(r.byAgency, "agency")},
                           {QStringLiteral("apologies_without_deputy"), missed}}));
      return;
    }
    s.print(QStringLiteral("Meetings counted: %1").arg(r.meetingsCounted));
    TextTable members({QStringLiteral("Member"), QStringLiteral("Represented"), QStringLiteral("Rate")});
    for (const auto& rate : r.byMember) {
      members.add({rate.label, QStringLiteral("%1 of %2").arg(rate.represented).arg(rate.meetings), percent(rate)});
    }
    s.printRaw(members.render().toUtf8());
    TextTable agencies({QStringLiteral("Agency"), QStringLiteral("Represented"), QStringLiteral("Rate")});
    for (const auto& rate : r.byAgency) {
      agencies.add({rate.label, QStringLiteral("%1 of %2").arg(rate.represented).arg(rate.meetings), percent(rate)});
    }
    s.printRaw(agencies.render().toUtf8());
    if (r.apologiesWithoutDeputy.empty()) return;
    s.print(QStringLiteral("Apologies without a deputy"));
    for (const auto& m : r.apologiesWithoutDeputy) {
      s.print(QStringLiteral("  %1 %2 (%3)").arg(isoDate(m.heldOn), m.member, m.agency));
    }
  });
}

}  // namespace

void addMeetingAgendaCommands(CLI::App& meetings, CliSession& s) {
  auto buildId = std::make_shared<qint64>(0);
  auto* buildCmd = meetings.add_subcommand("build", "Add to the agenda what the group's cases now need");
  buildCmd->add_option("id", *buildId, "Meeting number")->required();
  buildCmd->callback([&s, buildId] {
    auto* ctx = s.open();
    if (!ctx) return;
    auto added = AgendaService(*ctx).build(*buildId);
    if (s.check(added)) s.print(QStringLiteral("Added %1 items to meeting %2").arg(added.value()).arg(*buildId));
  });

  addItemCommands(meetings, s);

  struct UpdateArgs {
    qint64 meeting = 0;
    int item = 0;
    std::string text;
  };
  auto update = std::make_shared<UpdateArgs>();
  auto* updateCmd = meetings.add_subcommand("update", "Attach a written update to an agenda item");
  updateCmd->add_option("--meeting", update->meeting, "Meeting number")->required();
  updateCmd->add_option("--item", update->item, "Item number")->required();
  updateCmd->add_option("--text", update->text, "The update")->required();
  updateCmd->callback([&s, update] {
    auto* ctx = s.open();
    if (!ctx) return;
    if (s.check(AgendaService(*ctx).addUpdate(update->meeting, update->item, qs(update->text)))) {
      s.print(QStringLiteral("Added a written update to item %1").arg(update->item));
    }
  });

  struct StandingArgs {
    std::string group;
    std::vector<std::string> titles;
    bool clear = false;
  };
  auto standing = std::make_shared<StandingArgs>();
  auto* standingCmd = meetings.add_subcommand("standing", "A group's standing agenda items: list, set or clear");
  standingCmd->add_option("--group", standing->group, "Group code")->required();
  auto* set = standingCmd->add_option("--set", standing->titles, "Replace the list with these titles (repeat)");
  standingCmd->add_flag("--clear", standing->clear, "Remove every standing item")->excludes(set);
  standingCmd->callback([&s, standing] {
    auto* ctx = s.open();
    if (!ctx) return;
    AgendaService agenda(*ctx);
    if (standing->clear || !standing->titles.empty()) {
      const QStringList titles = toQStringList(standing->titles);
      if (!s.check(agenda.setStandingItems(qs(standing->group), titles))) return;
    }
    auto list = agenda.standingItems(qs(standing->group));
    if (!s.check(list)) return;
    if (list->isEmpty()) s.print(QStringLiteral("No standing items"));
    for (const QString& title : list.value()) s.print(title);
  });

  addInviteCommands(meetings, s);
  addInsightCommand(meetings, s);
}

}  // namespace casebook::cli
