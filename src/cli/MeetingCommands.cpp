#include "CliSession.h"
#include "Commands.h"
#include "Dates.h"
#include "JsonViews.h"
#include "MeetingService.h"
#include "TextTable.h"

#include <CLI/CLI.hpp>

#include <memory>

namespace casebook::cli {

void addMeetingCommands(CLI::App& app, CliSession& s) {
  auto* meetings = app.add_subcommand("meeting", "Meetings of a group");
  meetings->require_subcommand(1);

  struct AddArgs {
    std::string group, date, time, venue, online, chair, minuteTaker, status = "planned";
  };
  auto add = std::make_shared<AddArgs>();
  auto* addCmd = meetings->add_subcommand("add", "Plan (or record) a meeting");
  addCmd->add_option("--group", add->group, "Group code")->required();
  addCmd->add_option("--date", add->date, "Date, YYYY-MM-DD")->required();
  addCmd->add_option("--time", add->time, "Start time, HH:MM");
  addCmd->add_option("--venue", add->venue, "Venue");
  addCmd->add_option("--online", add->online, "Online meeting link");
  addCmd->add_option("--chair", add->chair, "Chair (member name or #id)");
  addCmd->add_option("--minute-taker", add->minuteTaker, "Minute taker (member name or #id)");
  addCmd->add_option("--status", add->status, "planned | held | cancelled");
  addCmd->callback([&s, add] {
    NewMeetingInput input;
    input.groupCode = qs(add->group);
    if (!s.readDate(add->date, "--date", input.heldOn)) return;
    if (!add->time.empty()) {
      const QTime time = QTime::fromString(qs(add->time), QStringLiteral("HH:mm"));
      if (!time.isValid()) {
        s.invalid(QStringLiteral("--time"), QStringLiteral("'%1' is not a time").arg(qs(add->time)),
                  QStringLiteral("Write it as HH:MM, e.g. 10:00"));
        return;
      }
      input.startsAt = time;
    }
    input.venue = qs(add->venue);
    input.onlineLink = qs(add->online);
    input.chair = qs(add->chair);
    input.minuteTaker = qs(add->minuteTaker);
    auto status = s.enumValue<MeetingStatus>(add->status, "--status");
    if (!status) return;
    input.status = *status;
    auto* ctx = s.open();
    if (!ctx) return;
    auto id = MeetingService(*ctx).add(input);
    if (s.check(id)) s.print(QStringLiteral("Added meeting %1").arg(id->value));
  });

  auto listGroup = std::make_shared<std::string>();
  auto* listCmd = meetings->add_subcommand("list", "A group's meetings, newest first");
  listCmd->add_option("--group", *listGroup, "Group code")->required();
  listCmd->callback([&s, listGroup] {
    auto* ctx = s.open();
    if (!ctx) return;
    auto list = MeetingService(*ctx).listForGroup(qs(*listGroup));
    if (!s.check(list)) return;
    TextTable table({QStringLiteral("Id"), QStringLiteral("Date"), QStringLiteral("Time"), QStringLiteral("Venue"),
                     QStringLiteral("Status")});
    for (const auto& m : list.value()) {
      table.add({QString::number(m.id.value), isoDate(m.heldOn),
                 m.startsAt ? m.startsAt->toString(QStringLiteral("HH:mm")) : QString(),
                 m.venue.isEmpty() ? m.onlineLink : m.venue, toKey(m.status)});
    }
    s.printRaw(table.render().toUtf8());
  });

  auto showId = std::make_shared<qint64>(0);
  auto* showCmd = meetings->add_subcommand("show", "Show a meeting with its agenda and attendance");
  showCmd->add_option("id", *showId, "Meeting number")->required();
  showCmd->add_option("--format", s.format, "table | json");
  showCmd->callback([&s, showId] {
    auto format = s.outputFormat();
    if (!format) return;
    auto* ctx = s.open();
    if (!ctx) return;
    auto detail = MeetingService(*ctx).get(*showId);
    if (!s.check(detail)) return;
    if (*format == Format::Json) {
      s.printRaw(envelope("casebook/meeting", {{QStringLiteral("meeting"), meetingJson(detail.value())}}));
      return;
    }
    const Meeting& m = detail->meeting;
    s.print(QStringLiteral("%1 meeting %2, %3 %4 (%5)")
                .arg(detail->groupCode)
                .arg(m.id.value)
                .arg(isoDate(m.heldOn), m.venue.isEmpty() ? m.onlineLink : m.venue, toKey(m.status)));
    s.print(QStringLiteral("\nAgenda"));
    for (const auto& item : m.agenda) s.print(QStringLiteral("  %1. %2").arg(item.position).arg(item.title));
    s.print(QStringLiteral("\nAttendance"));
    for (const auto& r : m.attendance) {
      QString line = QStringLiteral("  %1 (%2): %3")
                         .arg(detail->memberNames.value(r.memberId.value), detail->memberAgencies.value(r.memberId.value),
                              toLabel(r.status));
      if (r.deputyId) line += QStringLiteral(", deputy %1").arg(detail->memberNames.value(r.deputyId->value));
      if (!r.deputyName.isEmpty()) line += QStringLiteral(", deputy %1").arg(r.deputyName);
      if (r.joinedLate) line += QStringLiteral(", joined late");
      if (r.leftEarly) line += QStringLiteral(", left early");
      s.print(line);
    }
  });

  struct AttendArgs {
    qint64 meeting = 0;
    std::string member, status = "present", deputy;
    bool late = false, leftEarly = false;
  };
  auto att = std::make_shared<AttendArgs>();
  auto* attendCmd = app.add_subcommand("attend", "Record a member's attendance at a meeting");
  attendCmd->add_option("--meeting", att->meeting, "Meeting number")->required();
  attendCmd->add_option("--member", att->member, "Member (name or #id)")->required();
  attendCmd->add_option("--status", att->status, "present, apologies, deputy, observer, absent, update_sent");
  attendCmd->add_option("--deputy", att->deputy, "With status deputy: who attended instead");
  attendCmd->add_flag("--late", att->late, "Joined late");
  attendCmd->add_flag("--left-early", att->leftEarly, "Left early");
  attendCmd->callback([&s, att] {
    AttendanceInput input;
    input.meetingId = att->meeting;
    input.member = qs(att->member);
    auto status = s.enumValue<AttendanceStatus>(att->status, "--status");
    if (!status) return;
    input.status = *status;
    input.deputy = qs(att->deputy);
    input.joinedLate = att->late;
    input.leftEarly = att->leftEarly;
    auto* ctx = s.open();
    if (!ctx) return;
    if (s.check(MeetingService(*ctx).recordAttendance(input))) {
      s.print(QStringLiteral("Recorded %1 at meeting %2").arg(toKey(input.status)).arg(att->meeting));
    }
  });
}

}  // namespace casebook::cli
