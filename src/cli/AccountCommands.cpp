// account add|list|set|passphrase, audit list|verify|reasons, retention list|retain|purge|years,
// subject-access (docs/security.md).
#include "AccountService.h"
#include "AuditService.h"
#include "CliSession.h"
#include "Commands.h"
#include "Dates.h"
#include "RetentionService.h"
#include "SubjectAccessService.h"
#include "TextTable.h"

#include <CLI/CLI.hpp>

#include <memory>

namespace casebook::cli {

namespace {

void addAccountGroup(CLI::App& app, CliSession& s) {
  auto* account = app.add_subcommand("account", "Accounts of the vault: who may sign in, as which role (administrators)");
  account->require_subcommand(1);

  struct AddArgs {
    std::string name, role = "caseworker", member;
  };
  auto add = std::make_shared<AddArgs>();
  auto* addCmd = account->add_subcommand(
      "add", "Add an account with a passphrase of its own (from CASEBOOK_NEW_PASSPHRASE, or typed twice)");
  addCmd->add_option("name", add->name, "The sign-in name, e.g. casey.ward")->required();
  addCmd->add_option("--role", add->role, "administrator | chair | caseworker | viewer (default caseworker)");
  addCmd->add_option("--member", add->member, "The directory member (name or id) whose groups the account reaches");
  addCmd->callback([&s, add] {
    auto role = s.enumValue<Role>(add->role, "--role");
    if (!role) return;
    auto* ctx = s.open();
    if (!ctx) return;
    const QByteArray passphrase = s.newPassphrase("CASEBOOK_NEW_PASSPHRASE");
    if (passphrase.isEmpty()) return;
    auto made = AccountService(*ctx).add({qs(add->name), *role, qs(add->member), passphrase});
    if (s.check(made)) s.print(QStringLiteral("Added the account %1 (%2)").arg(made->name, toKey(made->role)));
  });

  account->add_subcommand("list", "List the accounts")->callback([&s] {
    auto* ctx = s.open();
    if (!ctx) return;
    auto accounts = AccountService(*ctx).list();
    if (!s.check(accounts)) return;
    TextTable table({QStringLiteral("Account"), QStringLiteral("Role"), QStringLiteral("Member id"),
                     QStringLiteral("Signs in with"), QStringLiteral("Active")});
    for (const auto& a : accounts.value()) {
      table.add({a.name, toKey(a.role), a.memberId ? QString::number(a.memberId->value) : QString(),
                 toLabel(a.credential), a.active ? QStringLiteral("yes") : QStringLiteral("no")});
    }
    s.print(table.render());
  });

  struct SetArgs {
    std::string name, role, member, active;
  };
  auto set = std::make_shared<SetArgs>();
  auto* setCmd = account->add_subcommand("set", "Change an account's role, member, or enable/disable it");
  setCmd->add_option("name", set->name, "The account")->required();
  auto* roleOpt = setCmd->add_option("--role", set->role, "administrator | chair | caseworker | viewer");
  auto* memberOpt = setCmd->add_option("--member", set->member, "The directory member (empty: none)");
  auto* activeOpt = setCmd->add_option("--active", set->active, "yes | no (no also removes its key slot)");
  setCmd->callback([&s, set, roleOpt, memberOpt, activeOpt] {
    AccountChanges changes;
    if (roleOpt->count() > 0) {
      auto role = s.enumValue<Role>(set->role, "--role");
      if (!role) return;
      changes.role = role;
    }
    if (memberOpt->count() > 0) changes.member = qs(set->member);
    if (activeOpt->count() > 0) {
      if (set->active != "yes" && set->active != "no") {
        s.invalid(QStringLiteral("--active"), QStringLiteral("'%1' is not yes or no").arg(qs(set->active)));
        return;
      }
      changes.active = set->active == "yes";
    }
    auto* ctx = s.open();
    if (ctx && s.check(AccountService(*ctx).change(qs(set->name), changes))) {
      s.print(QStringLiteral("Changed the account %1").arg(qs(set->name)));
    }
  });

  auto passName = std::make_shared<std::string>();
  auto* passCmd = account->add_subcommand(
      "passphrase", "Set an account's own passphrase (yours, or anyone's as administrator)");
  passCmd->add_option("name", *passName, "The account")->required();
  passCmd->callback([&s, passName] {
    auto* ctx = s.open();
    if (!ctx) return;
    const QByteArray passphrase = s.newPassphrase("CASEBOOK_NEW_PASSPHRASE");
    if (passphrase.isEmpty()) return;
    if (s.check(AccountService(*ctx).setPassphrase(qs(*passName), passphrase))) {
      s.print(QStringLiteral("Set the passphrase of %1").arg(qs(*passName)));
    }
  });
}

void addAuditGroup(CLI::App& app, CliSession& s) {
  auto* audit = app.add_subcommand("audit", "The audit trail: list it, verify its hash chain (administrators)");
  audit->require_subcommand(1);

  struct ListArgs {
    std::string event, account, caseRef, from, to;
    int limit = 100;
  };
  auto list = std::make_shared<ListArgs>();
  auto* listCmd = audit->add_subcommand("list", "List entries, newest first");
  listCmd->add_option("--event", list->event, "Only this event, e.g. view_case, export, purge");
  listCmd->add_option("--account", list->account, "Only this account's");
  listCmd->add_option("--case", list->caseRef, "Only entries about this case reference");
  listCmd->add_option("--from", list->from, "From this date (YYYY-MM-DD)");
  listCmd->add_option("--to", list->to, "Up to and including this date");
  listCmd->add_option("--limit", list->limit, "At most this many (default 100)");
  listCmd->callback([&s, list] {
    if (list->limit < 1) {
      s.invalid(QStringLiteral("--limit"), QStringLiteral("%1 is not a number of entries").arg(list->limit),
                QStringLiteral("Give 1 or more (default 100)"));
      return;
    }
    AuditFilter filter;
    if (!list->event.empty()) {
      auto event = s.enumValue<AuditEvent>(list->event, "--event");
      if (!event) return;
      filter.event = event;
    }
    filter.account = qs(list->account);
    filter.caseReference = qs(list->caseRef);
    auto from = s.date(list->from, "--from");
    auto to = s.date(list->to, "--to");
    if (!from || !to) return;
    filter.from = *from;
    filter.to = *to;
    filter.limit = list->limit;
    auto* ctx = s.open();
    if (!ctx) return;
    auto entries = AuditService(*ctx).list(filter);
    if (!s.check(entries)) return;
    TextTable table({QStringLiteral("#"), QStringLiteral("When (UTC)"), QStringLiteral("Account"), QStringLiteral("Event"),
                     QStringLiteral("Case"), QStringLiteral("Detail"), QStringLiteral("Reason")});
    for (const auto& e : entries.value()) {
      table.add({QString::number(e.seq), e.at.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), e.account,
                 toKey(e.record.event), e.record.caseReference, e.record.detail, e.record.reason});
    }
    s.print(table.render(60));
  });

  audit->add_subcommand("verify", "Check every entry against the hash chain; exit 3 if any was edited, deleted or moved")
      ->callback([&s] {
        auto* ctx = s.open();
        if (!ctx) return;
        auto verdict = AuditService(*ctx).verify();
        if (!s.check(verdict)) return;
        if (!verdict->intact()) {
          s.fail(Error::storage(QStringLiteral("the audit trail is broken: %1").arg(verdict->problem),
                                QStringLiteral("Keep this vault as evidence and report it to your data protection officer")));
          return;
        }
        s.print(QStringLiteral("The audit trail is intact: %1 entries; newest hash %2").arg(verdict->entries).arg(verdict->headHash));
      });

  auto rule = std::make_shared<std::string>();
  auto* reasonsCmd = audit->add_subcommand("reasons", "When a reason must be given: never | exports | views_and_exports");
  reasonsCmd->add_option("rule", *rule, "The rule; leave out to show it");
  reasonsCmd->callback([&s, rule] {
    std::optional<ReasonRule> wanted;
    if (!rule->empty() && !(wanted = s.enumValue<ReasonRule>(*rule, "rule"))) return;
    auto* ctx = s.open();
    if (!ctx) return;
    if (wanted) {
      if (s.check(AuditService(*ctx).setReasonRule(*wanted))) s.print(QStringLiteral("Reasons required: %1").arg(toKey(*wanted)));
      return;
    }
    auto current = AuditService(*ctx).reasonRule();
    if (s.check(current)) s.print(QStringLiteral("Reasons required: %1").arg(toKey(current.value())));
  });
}

void addRetentionGroup(CLI::App& app, CliSession& s) {
  auto* retention = app.add_subcommand("retention", "Closed cases past the retention period: review, keep or purge");
  retention->require_subcommand(1);

  retention->add_subcommand("list", "Closed cases due for review")->callback([&s] {
    auto* ctx = s.open();
    if (!ctx) return;
    auto due = RetentionService(*ctx).due();
    if (!s.check(due)) return;
    TextTable table({QStringLiteral("Case"), QStringLiteral("Group"), QStringLiteral("Closed"), QStringLiteral("Outcome"),
                     QStringLiteral("Last kept for")});
    for (const auto& c : due.value()) table.add({c.reference, c.groupCode, isoDate(c.closedOn), c.outcome, c.lastReason});
    s.print(table.render());
    s.note(QStringLiteral("%1 cases due").arg(due->size()));
  });

  struct RetainArgs {
    std::string reference, reason, until;
  };
  auto retain = std::make_shared<RetainArgs>();
  auto* retainCmd = retention->add_subcommand("retain", "Keep a case past retention, with a reason, until a review date");
  retainCmd->add_option("reference", retain->reference, "The case")->required();
  retainCmd->add_option("--reason", retain->reason, "Why it is still needed")->required();
  retainCmd->add_option("--until", retain->until, "Review again on this date (default: a year from today)");
  retainCmd->callback([&s, retain] {
    QDate until;
    if (!s.readDate(retain->until, "--until", until)) return;
    auto* ctx = s.open();
    if (ctx && s.check(RetentionService(*ctx).retain(qs(retain->reference), qs(retain->reason), until))) {
      s.print(QStringLiteral("Kept %1").arg(qs(retain->reference).toUpper()));
    }
  });

  struct PurgeArgs {
    std::string reference, confirm;
  };
  auto purge = std::make_shared<PurgeArgs>();
  auto* purgeCmd = retention->add_subcommand(
      "purge", "Delete a case due for review, with everything about it, from the vault and its history (not undoable)");
  purgeCmd->add_option("reference", purge->reference, "The case")->required();
  purgeCmd->add_option("--confirm", purge->confirm, "The reference again, to confirm")->required();
  purgeCmd->callback([&s, purge] {
    if (qs(purge->confirm).trimmed().compare(qs(purge->reference).trimmed(), Qt::CaseInsensitive) != 0) {
      s.invalid(QStringLiteral("--confirm"), QStringLiteral("the confirmation does not match %1").arg(qs(purge->reference)),
                QStringLiteral("Give the same reference to --confirm"));
      return;
    }
    auto* ctx = s.open();
    if (!ctx) return;
    auto removed = RetentionService(*ctx).purge(qs(purge->reference));
    if (s.check(removed)) {
      s.print(QStringLiteral("Purged %1: %2 rows removed%3. Backups made before today still hold it; they expire "
                             "with your backup rotation.")
                  .arg(qs(purge->reference).toUpper())
                  .arg(removed->rows)
                  .arg(removed->subjects ? QStringLiteral(", the subject with it") : QString()));
    }
  });

  auto years = std::make_shared<int>(0);
  auto* yearsCmd = retention->add_subcommand("years", "Show or set the retention period in years (default 6)");
  yearsCmd->add_option("years", *years, "The new period");
  yearsCmd->callback([&s, years] {
    auto* ctx = s.open();
    if (!ctx) return;
    if (*years != 0) {
      if (s.check(RetentionService(*ctx).setYears(*years))) s.print(QStringLiteral("Retention: %1 years").arg(*years));
      return;
    }
    auto current = RetentionService(*ctx).years();
    if (s.check(current)) s.print(QStringLiteral("Retention: %1 years").arg(current.value()));
  });
}

void addSubjectAccess(CLI::App& app, CliSession& s) {
  struct SarArgs {
    std::string reference, out, reason;
  };
  auto sar = std::make_shared<SarArgs>();
  auto* cmd = app.add_subcommand("subject-access",
                                 "Everything held about the subject of a case, every group, as one JSON file (recorded)");
  cmd->add_option("reference", sar->reference, "Any case of the subject")->required();
  cmd->add_option("--out", sar->out, "The JSON file to write")->required();
  cmd->add_option("--reason", sar->reason, "The request's reference, e.g. 'SAR 2026-014'")->required();
  cmd->callback([&s, sar] {
    auto* ctx = s.open();
    if (!ctx) return;
    auto report = SubjectAccessService(*ctx).exportSubject(qs(sar->reference), qs(sar->out), qs(sar->reason));
    if (s.check(report)) {
      s.print(QStringLiteral("Wrote %1 cases, %2 rows to %3").arg(report->cases).arg(report->rows).arg(qs(sar->out)));
    }
  });
}

}  // namespace

void addAccountCommands(CLI::App& app, CliSession& s) {
  addAccountGroup(app, s);
  addAuditGroup(app, s);
  addRetentionGroup(app, s);
  addSubjectAccess(app, s);
}

}  // namespace casebook::cli
