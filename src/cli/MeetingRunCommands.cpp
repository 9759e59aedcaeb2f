// Meeting mode during and after the meeting (issue 6): an item recorded, sign-off and
// amendments, and the agenda pack, minutes and action log written as documents.
#include "CliSession.h"
#include "Commands.h"
#include "MeetingDocuments.h"
#include "MeetingRecordService.h"
#include "MeetingRunService.h"

#include <CLI/CLI.hpp>

#include <memory>

namespace casebook::cli {

namespace {

// "4,3": likelihood and impact; the service checks each is 1 to 5.
bool readScore(CliSession& s, const std::string& text, ItemRecordInput& into) {
  const QStringList parts = qs(text).split(QLatin1Char(','));
  bool likelihoodOk = false, impactOk = false;
  const int likelihood = parts.size() == 2 ? parts[0].trimmed().toInt(&likelihoodOk) : 0;
  const int impact = parts.size() == 2 ? parts[1].trimmed().toInt(&impactOk) : 0;
  if (!likelihoodOk || !impactOk) {
    s.invalid(QStringLiteral("--score"), QStringLiteral("'%1' is not likelihood,impact").arg(qs(text)),
              QStringLiteral("Write both, from 1 to 5, e.g. --score 4,3"));
    return false;
  }
  into.likelihood = likelihood;
  into.impact = impact;
  return true;
}

// "Visit the family|Olive Owner|2024-07-01": the text, the owner and the due date.
bool readAction(CliSession& s, const std::string& text, ItemRecordInput& into) {
  const QStringList parts = qs(text).split(QLatin1Char('|'));
  if (parts.size() != 3) {
    s.invalid(QStringLiteral("--action"), QStringLiteral("'%1' is not TEXT|OWNER|YYYY-MM-DD").arg(qs(text)),
              QStringLiteral("Separate the text, the owner and the due date with '|'"));
    return false;
  }
  ItemActionInput action{parts[0].trimmed(), parts[1].trimmed(), {}};
  if (!s.readDate(parts[2].trimmed().toStdString(), "--action", action.dueOn)) return false;
  into.actions.push_back(action);
  return true;
}

void addRecordCommand(CLI::App& meetings, CliSession& s) {
  struct RecordArgs {
    qint64 meeting = 0;
    int item = 0;
    std::string minutes, score, rationale, decision, note, outcome, forum;
    std::vector<std::string> actions;
    bool minutesGiven = false;
  };
  auto rec = std::make_shared<RecordArgs>();
  auto* cmd = meetings.add_subcommand("record", "Record an item: minutes, re-score, actions and decision at once");
  cmd->add_option("--meeting", rec->meeting, "Meeting number")->required();
  cmd->add_option("--item", rec->item, "Item number")->required();
  auto* minutes = cmd->add_option("--minutes", rec->minutes, "The minute text");
  cmd->add_option("--score", rec->score, "Re-score as LIKELIHOOD,IMPACT, e.g. 4,3");
  cmd->add_option("--rationale", rec->rationale, "Why the score changed (default: the minute text)");
  cmd->add_option("--action", rec->actions, "A new action as \"TEXT|OWNER|YYYY-MM-DD\" (repeat)");
  cmd->add_option("--decision", rec->decision,
                  "none, accept, decline, continue, escalate, step_down, close, refer_on");
  auto* note = cmd->add_option("--note", rec->note, "The decision's reason, or the closing note");
  cmd->add_option("--outcome", rec->outcome, "With close: the outcome");
  cmd->add_option("--forum", rec->forum, "With refer_on: the forum (marac, mappa, channel...)");
  cmd->callback([&s, rec, minutes, note] {
    ItemRecordInput input;
    input.meetingId = rec->meeting;
    input.position = rec->item;
    std::optional<ItemDecision> decision;
    if (!rec->decision.empty()) {
      decision = s.enumValue<ItemDecision>(rec->decision, "--decision");
      if (!decision) return;
    }
    input.rationale = qs(rec->rationale);
    if (!rec->score.empty() && !readScore(s, rec->score, input)) return;
    for (const auto& action : rec->actions) {
      if (!readAction(s, action, input)) return;
    }
    if (!rec->outcome.empty()) {
      auto outcome = s.enumValue<Outcome>(rec->outcome, "--outcome");
      if (!outcome) return;
      input.outcome = *outcome;
    }
    if (!rec->forum.empty()) {
      auto forum = s.enumValue<Forum>(rec->forum, "--forum");
      if (!forum) return;
      input.forum = *forum;
    }
    auto* ctx = s.open();
    if (!ctx) return;
    // What is not given is kept as recorded: the minute text, the decision and its note.
    auto record = MeetingRecordService(*ctx).record(rec->meeting);
    if (!s.check(record)) return;
    for (const auto& item : record->items) {
      if (item.position != rec->item) continue;
      input.minutes = item.minutes;
      input.decision = item.decision;
      input.decisionNote = item.decisionNote;
    }
    if (minutes->count() > 0) input.minutes = qs(rec->minutes);
    if (decision) input.decision = *decision;
    if (note->count() > 0) input.decisionNote = qs(rec->note);
    auto outcome = MeetingRunService(*ctx).recordItem(input);
    if (!s.check(outcome)) return;
    QString line = QStringLiteral("Recorded item %1 of meeting %2").arg(rec->item).arg(rec->meeting);
    if (outcome->rescored) line += QStringLiteral(", re-scored");
    if (outcome->actionsAdded > 0) line += QStringLiteral(", %1 actions added").arg(outcome->actionsAdded);
    s.print(line);
    if (outcome->escalationPrompted) {
      s.note(QStringLiteral("note: the new score is at the escalation threshold; consider --decision escalate"));
    }
  });
}

// meeting agenda|minutes|actions: one document of the meeting, audited as an export.
void addDocumentCommand(CLI::App& meetings, CliSession& s, MeetingDocument which, const char* description) {
  struct DocumentArgs {
    qint64 meeting = 0;
    std::string format, out, reason;
  };
  auto doc = std::make_shared<DocumentArgs>();
  const QString key = toKey(which);
  auto* cmd = meetings.add_subcommand(key.toStdString(), description);
  cmd->add_option("--meeting", doc->meeting, "Meeting number")->required();
  cmd->add_option("--format", doc->format, "odt | pdf | xlsx (xlsx: the action log only)")->required();
  cmd->add_option("--out", doc->out, "The file to write")->required();
  cmd->add_option("--reason", doc->reason, "Why it is exported (the audit trail keeps it)");
  cmd->callback([&s, doc, which, key] {
    auto format = documentFormatFromKey(qs(doc->format));
    if (!format) {
      Error e = format.error();
      e.field = QStringLiteral("--format");
      s.fail(e);
      return;
    }
    if (*format == DocumentFormat::Xlsx && which != MeetingDocument::ActionLog) {
      s.invalid(QStringLiteral("--format"), QStringLiteral("the %1 is not a spreadsheet").arg(toLabel(which).toLower()),
                QStringLiteral("Use odt or pdf; xlsx is for the action log ('meeting actions')"));
      return;
    }
    auto* ctx = s.open();
    if (!ctx) return;
    const DocumentFormat chosen = *format;
    const MeetingRecordService::Writer writer = [which, chosen](const MeetingRecord& record, const QString& path) {
      return writeMeetingDocument(record, which, chosen, path);
    };
    const QString path = qs(doc->out);
    if (s.check(MeetingRecordService(*ctx).exportDocument(doc->meeting, key, path, qs(doc->reason), writer))) {
      s.print(QStringLiteral("Wrote the %1 of meeting %2 to %3").arg(toLabel(which).toLower()).arg(doc->meeting).arg(path));
    }
  });
}

}  // namespace

void addMeetingRunCommands(CLI::App& meetings, CliSession& s) {
  addRecordCommand(meetings, s);

  auto signId = std::make_shared<qint64>(0);
  auto* signCmd = meetings.add_subcommand("sign-off", "Sign the minutes off: they are then changed by amendment only");
  signCmd->add_option("id", *signId, "Meeting number")->required();
  signCmd->callback([&s, signId] {
    auto* ctx = s.open();
    if (!ctx) return;
    if (s.check(MeetingRunService(*ctx).signOff(*signId))) s.print(QStringLiteral("Signed off meeting %1").arg(*signId));
  });

  struct AmendArgs {
    qint64 meeting = 0;
    int item = 0;
    std::string text;
  };
  auto amend = std::make_shared<AmendArgs>();
  auto* amendCmd = meetings.add_subcommand("amend", "Correct signed-off minutes with an amendment");
  amendCmd->add_option("--meeting", amend->meeting, "Meeting number")->required();
  amendCmd->add_option("--item", amend->item, "Item number (default: the meeting as a whole)");
  amendCmd->add_option("--text", amend->text, "The correction")->required();
  amendCmd->callback([&s, amend] {
    if (amend->item < 0) {
      s.invalid(QStringLiteral("--item"), QStringLiteral("item %1 is below 1").arg(amend->item),
                QStringLiteral("Give an item number, or leave --item out for the whole meeting"));
      return;
    }
    auto* ctx = s.open();
    if (!ctx) return;
    if (s.check(MeetingRunService(*ctx).amend(amend->meeting, amend->item, qs(amend->text)))) {
      s.print(QStringLiteral("Amended meeting %1").arg(amend->meeting));
    }
  });

  addDocumentCommand(meetings, s, MeetingDocument::AgendaPack, "Write the agenda pack (odt or pdf)");
  addDocumentCommand(meetings, s, MeetingDocument::Minutes, "Write the minutes (odt or pdf)");
  addDocumentCommand(meetings, s, MeetingDocument::ActionLog, "Write the action log (odt, pdf or xlsx)");
}

}  // namespace casebook::cli
