#include "CliSession.h"
#include "Commands.h"
#include "DemoService.h"
#include "DirectoryService.h"
#include "TextTable.h"

#include <QElapsedTimer>
#include <QFile>
#include <QDir>
#include <QFileInfo>

#include <CLI/CLI.hpp>

#include <memory>

namespace casebook::cli {

namespace {

void removeDatabaseFiles(const QString& path) {
  for (const char* suffix : {"", "-wal", "-shm"}) QFile::remove(path + QString::fromLatin1(suffix));
}

void addDirectoryEntry(CLI::App& app, CliSession& s, const char* name, const char* what,
                       std::function<Result<qint64>(ServiceContext&, const QString&, const QString&)> add,
                       std::function<Result<std::vector<QStringList>>(ServiceContext&)> list) {
  auto* cmd = app.add_subcommand(name, what);
  cmd->require_subcommand(1);
  auto args = std::make_shared<std::pair<std::string, std::string>>();
  auto* addCmd = cmd->add_subcommand("add", std::string("Add ") + what);
  addCmd->add_option("--code", args->first, "Short code")->required();
  addCmd->add_option("--name", args->second, "Full name")->required();
  addCmd->callback([&s, args, add, name] {
    auto* ctx = s.open();
    if (!ctx) return;
    auto id = add(*ctx, qs(args->first), qs(args->second));
    if (s.check(id)) s.print(QStringLiteral("Added %1 %2").arg(QString::fromLatin1(name), qs(args->first)));
  });
  auto* listCmd = cmd->add_subcommand("list", std::string("List ") + what);
  listCmd->callback([&s, list] {
    auto* ctx = s.open();
    if (!ctx) return;
    auto rows = list(*ctx);
    if (!s.check(rows)) return;
    TextTable table({QStringLiteral("Code"), QStringLiteral("Name")});
    for (const auto& row : rows.value()) table.add(row);
    s.printRaw(table.render().toUtf8());
  });
}

}  // namespace

void addSetupCommands(CLI::App& app, CliSession& s) {
  auto* init = app.add_subcommand("init", "Create a database with the default groups, areas and agencies");
  init->callback([&s] {
    auto* ctx = s.open(true);
    if (!ctx) return;
    auto seeded = DirectoryService(*ctx).seedDefaults();
    if (!s.check(seeded)) return;
    s.print(seeded.value() ? QStringLiteral("Created %1 with groups JAG, AARG, YJAG, LCDG, LEDG").arg(s.databasePath())
                           : QStringLiteral("%1 is already set up").arg(s.databasePath()));
  });

  struct DemoArgs {
    int cases = 2000;
    quint64 seed = 1;
    bool force = false;
  };
  auto demo = std::make_shared<DemoArgs>();
  auto* demoCmd = app.add_subcommand("demo", "Fill a new database with fictional demo data");
  demoCmd->add_option("--cases", demo->cases, "How many cases (default 2000)");
  demoCmd->add_option("--seed", demo->seed, "Random seed: the same seed gives the same data (default 1)");
  demoCmd->add_flag("--force", demo->force, "Replace an existing database at the path");
  demoCmd->callback([&s, demo] {
    if (demo->cases < 1 || demo->cases > 1000000) {
      s.invalid(QStringLiteral("--cases"), QStringLiteral("%1 is outside 1 to 1000000").arg(demo->cases), QString());
      return;
    }
    const QString path = s.databasePath();
    if (s.usesVault() && QFileInfo::exists(path)) {
      s.invalid(QStringLiteral("--vault"), QStringLiteral("%1 already exists").arg(path),
                QStringLiteral("Demo data goes only into a new vault folder; a vault is never replaced"));
      return;
    }
    if (QFileInfo::exists(path)) {
      if (!demo->force) {
        s.invalid(QStringLiteral("--db"), QStringLiteral("%1 already exists").arg(path),
                  QStringLiteral("Choose another path with --db, or replace it with --force"));
        return;
      }
      removeDatabaseFiles(path);
    }
    auto* ctx = s.open(true);
    if (!ctx) return;
    QElapsedTimer timer;
    timer.start();
    auto summary = DemoService(*ctx).generate({demo->cases, demo->seed});
    if (!s.check(summary)) {
      s.closeDatabase();
      if (s.usesVault()) {
        QDir(path).removeRecursively();  // made by this command a moment ago
      } else {
        removeDatabaseFiles(path);
      }
      return;
    }
    s.print(QStringLiteral("Demo database %1: %2 cases, %3 members, %4 meetings, %5 referrals, %6 risk assessments, "
                           "%7 actions, %8 notes in %9 s (fictional data)")
                .arg(path)
                .arg(summary->cases)
                .arg(summary->members)
                .arg(summary->meetings)
                .arg(summary->referrals)
                .arg(summary->assessments)
                .arg(summary->actions)
                .arg(summary->notes)
                .arg(timer.elapsed() / 1000.0, 0, 'f', 1));
  });

  struct GroupArgs {
    std::string code, name, parent;
    bool approval = false;
    int cycle = 42;
  };
  auto group = std::make_shared<GroupArgs>();
  auto* groups = app.add_subcommand("group", "Groups: the JAG and its sub-groups");
  groups->require_subcommand(1);
  auto* groupAdd = groups->add_subcommand("add", "Add a group");
  groupAdd->add_option("--code", group->code, "Short capital code, e.g. PZ")->required();
  groupAdd->add_option("--name", group->name, "Full name")->required();
  groupAdd->add_option("--parent", group->parent, "Parent group (makes it a sub-group), e.g. JAG");
  groupAdd->add_flag("--approval-required", group->approval, "Closing a case needs the chair's approval");
  groupAdd->add_option("--cycle-days", group->cycle, "Days between meetings (default 42)");
  groupAdd->callback([&s, group] {
    auto* ctx = s.open();
    if (!ctx) return;
    auto id = DirectoryService(*ctx).addGroup(
        {qs(group->code), qs(group->name), qs(group->parent), group->approval, group->cycle});
    if (s.check(id)) s.print(QStringLiteral("Added group %1").arg(qs(group->code)));
  });
  auto* groupList = groups->add_subcommand("list", "List groups with their open cases");
  groupList->callback([&s] {
    auto* ctx = s.open();
    if (!ctx) return;
    auto list = DirectoryService(*ctx).groups();
    if (!s.check(list)) return;
    TextTable table({QStringLiteral("Code"), QStringLiteral("Name"), QStringLiteral("Open cases")});
    for (const auto& g : list.value()) {
      table.add({g.group.code, g.group.name, QString::number(g.openCases)});
    }
    s.printRaw(table.render().toUtf8());
  });

  addDirectoryEntry(
      app, s, "area", "areas and police beats",
      [](ServiceContext& ctx, const QString& code, const QString& name) -> Result<qint64> {
        auto id = DirectoryService(ctx).addArea(code, name);
        return id ? Result<qint64>(id->value) : Result<qint64>(id.error());
      },
      [](ServiceContext& ctx) -> Result<std::vector<QStringList>> {
        auto areas = DirectoryService(ctx).areas();
        if (!areas) return areas.error();
        std::vector<QStringList> rows;
        for (const auto& a : areas.value()) rows.push_back({a.code, a.name});
        return rows;
      });
  addDirectoryEntry(
      app, s, "agency", "partner agencies",
      [](ServiceContext& ctx, const QString& code, const QString& name) -> Result<qint64> {
        auto id = DirectoryService(ctx).addAgency(code, name);
        return id ? Result<qint64>(id->value) : Result<qint64>(id.error());
      },
      [](ServiceContext& ctx) -> Result<std::vector<QStringList>> {
        auto agencies = DirectoryService(ctx).agencies();
        if (!agencies) return agencies.error();
        std::vector<QStringList> rows;
        for (const auto& a : agencies.value()) rows.push_back({a.code, a.name});
        return rows;
      });

  struct MemberArgs {
    std::string name, agency, title, email, phone, group, role = "member";
  };
  auto member = std::make_shared<MemberArgs>();
  auto* members = app.add_subcommand("member", "Members of the partnership's groups");
  members->require_subcommand(1);
  auto* memberAdd = members->add_subcommand("add", "Add a member, optionally to a group");
  memberAdd->add_option("--name", member->name, "Full name")->required();
  memberAdd->add_option("--agency", member->agency, "Agency code");
  memberAdd->add_option("--title", member->title, "Job title");
  memberAdd->add_option("--email", member->email, "Email");
  memberAdd->add_option("--phone", member->phone, "Phone");
  memberAdd->add_option("--group", member->group, "Group to join");
  memberAdd->add_option("--role", member->role, "chair, vice_chair, member, minute_taker, observer");
  memberAdd->callback([&s, member] {
    auto role = s.enumValue<MembershipRole>(member->role, "--role");
    if (!role) return;
    auto* ctx = s.open();
    if (!ctx) return;
    auto id = DirectoryService(*ctx).addMember({qs(member->name), qs(member->agency), qs(member->title),
                                                qs(member->email), qs(member->phone), qs(member->group), *role});
    if (s.check(id)) s.print(QStringLiteral("Added member #%1").arg(id->value));
  });
  auto* memberList = members->add_subcommand("list", "List members");
  memberList->callback([&s] {
    auto* ctx = s.open();
    if (!ctx) return;
    auto list = DirectoryService(*ctx).members();
    if (!s.check(list)) return;
    TextTable table({QStringLiteral("Id"), QStringLiteral("Name"), QStringLiteral("Job title")});
    for (const auto& m : list.value()) table.add({QStringLiteral("#%1").arg(m.id.value), m.name, m.jobTitle});
    s.printRaw(table.render().toUtf8());
  });
}

}  // namespace casebook::cli
