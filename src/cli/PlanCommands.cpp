#include "CliSession.h"
#include "Commands.h"
#include "Dates.h"
#include "JsonViews.h"
#include "PlanService.h"
#include "TextTable.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <CLI/CLI.hpp>

#include <memory>

namespace casebook::cli {

namespace {

// docs/cli.md, "CSP plan": {"title", "starts_on", "ends_on", "themes": [{"title",
// "priorities": [{"id" (optional), "code", "title", "objectives": ["..."]}]}]}
std::optional<Plan> readPlan(CliSession& s, const QString& path) {
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly)) {
    s.invalid(QStringLiteral("--file"), QStringLiteral("cannot read %1").arg(path), QString());
    return std::nullopt;
  }
  QJsonParseError parseError;
  const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
  if (!doc.isObject()) {
    s.invalid(QStringLiteral("--file"),
              QStringLiteral("not a JSON object (%1 at byte %2)").arg(parseError.errorString()).arg(parseError.offset),
              QStringLiteral("See the plan format in docs/cli.md"));
    return std::nullopt;
  }
  const QJsonObject json = doc.object();
  Plan plan;
  plan.title = json.value(QStringLiteral("title")).toString();
  for (auto [key, into] : {std::pair{"starts_on", &plan.startsOn}, std::pair{"ends_on", &plan.endsOn}}) {
    auto date = parseIsoDate(json.value(QString::fromLatin1(key)).toString(), QString::fromLatin1(key));
    if (!date) {
      s.fail(date.error());
      return std::nullopt;
    }
    *into = date.value();
  }
  for (const auto& themeValue : json.value(QStringLiteral("themes")).toArray()) {
    const QJsonObject themeJson = themeValue.toObject();
    PlanTheme theme{themeJson.value(QStringLiteral("title")).toString(), {}};
    for (const auto& priorityValue : themeJson.value(QStringLiteral("priorities")).toArray()) {
      const QJsonObject p = priorityValue.toObject();
      // An id keeps an existing priority (and the cases tagged to it) on 'plan update'. One
      // that is not a whole number above 0 is refused: read as 0 it would make the priority
      // new and drop the old one with its id.
      const QJsonValue idValue = p.value(QStringLiteral("id"));
      const double number = idValue.toDouble(-1);
      if (!idValue.isUndefined() && !idValue.isNull() &&
          (!idValue.isDouble() || number < 1 || number != static_cast<double>(static_cast<qint64>(number)))) {
        s.fail(Error::invalid(QStringLiteral("themes[%1].priorities[%2].id").arg(plan.themes.size() + 1).arg(theme.priorities.size() + 1),
                              QStringLiteral("is not a priority id (a whole number above 0)"),
                              QStringLiteral("Use the id from 'plan show --format json', or leave it out for a new priority")));
        return std::nullopt;
      }
      const PriorityId id(idValue.toInteger());
      Priority priority{id, p.value(QStringLiteral("code")).toString(), p.value(QStringLiteral("title")).toString(), {}};
      for (const auto& objective : p.value(QStringLiteral("objectives")).toArray()) priority.objectives.push_back({objective.toString()});
      theme.priorities.push_back(std::move(priority));
    }
    plan.themes.push_back(std::move(theme));
  }
  return plan;
}

// The plan file's own format with the ids (and the envelope's format and version, which
// 'plan add' and 'plan update' ignore), so 'plan show --format json' can be edited and
// given back to 'plan update'.
QJsonObject planJson(const Plan& p) {
  QJsonArray themes;
  for (const auto& theme : p.themes) {
    QJsonArray priorities;
    for (const auto& priority : theme.priorities) {
      QJsonArray objectives;
      for (const auto& objective : priority.objectives) objectives.append(objective.text);
      priorities.append(QJsonObject{{QStringLiteral("id"), priority.id.value},
                                    {QStringLiteral("code"), priority.code},
                                    {QStringLiteral("title"), priority.title},
                                    {QStringLiteral("objectives"), objectives}});
    }
    themes.append(QJsonObject{{QStringLiteral("title"), theme.title}, {QStringLiteral("priorities"), priorities}});
  }
  return {{QStringLiteral("id"), p.id.value},
          {QStringLiteral("title"), p.title},
          {QStringLiteral("starts_on"), isoDate(p.startsOn)},
          {QStringLiteral("ends_on"), isoDate(p.endsOn)},
          {QStringLiteral("themes"), themes}};
}

void printPlan(CliSession& s, const Plan& p) {
  s.print(QStringLiteral("%1 (%2 to %3)").arg(p.title, isoDate(p.startsOn), isoDate(p.endsOn)));
  for (const auto& theme : p.themes) {
    s.print(QStringLiteral("  %1").arg(theme.title));
    for (const auto& priority : theme.priorities) {
      s.print(QStringLiteral("    %1  %2").arg(priority.code, priority.title));
      for (const auto& objective : priority.objectives) s.print(QStringLiteral("        - %1").arg(objective.text));
    }
  }
}

struct PlanArgs {
  std::string file;
  qint64 plan = 0;
};

}  // namespace

void addPlanCommands(CLI::App& app, CliSession& s) {
  auto* plan = app.add_subcommand("plan", "The CSP plan: themes, priorities and objectives");
  plan->require_subcommand(1);
  auto a = std::make_shared<PlanArgs>();
  auto* add = plan->add_subcommand("add", "Add a plan period from a JSON file");
  add->add_option("--file", a->file, "The plan as JSON (docs/cli.md)")->required();
  add->callback([&s, a] {
    auto parsed = readPlan(s, qs(a->file));
    if (!parsed) return;
    auto* ctx = s.open();
    if (!ctx) return;
    auto id = PlanService(*ctx).add(*parsed);
    if (s.check(id)) s.print(QStringLiteral("Added plan %1 (%2 to %3)").arg(parsed->title, isoDate(parsed->startsOn), isoDate(parsed->endsOn)));
  });

  auto* update = plan->add_subcommand("update", "Change a plan from a JSON file; priorities with an id keep it");
  update->add_option("--plan", a->plan, "The plan's id (plan list)")->required();
  update->add_option("--file", a->file, "The plan as JSON, e.g. edited from 'plan show --format json'")->required();
  update->callback([&s, a] {
    auto parsed = readPlan(s, qs(a->file));
    if (!parsed) return;
    parsed->id = PlanId(a->plan);
    auto* ctx = s.open();
    if (!ctx) return;
    if (s.check(PlanService(*ctx).update(*parsed))) s.print(QStringLiteral("Changed plan %1: %2").arg(a->plan).arg(parsed->title));
  });

  auto* list = plan->add_subcommand("list", "Every plan held, by start date");
  list->callback([&s] {
    auto* ctx = s.open();
    if (!ctx) return;
    const auto plans = PlanService(*ctx).list();
    if (!s.check(plans)) return;
    TextTable table({QStringLiteral("Id"), QStringLiteral("Title"), QStringLiteral("Starts"), QStringLiteral("Ends"),
                     QStringLiteral("Themes"), QStringLiteral("Priorities")});
    for (const auto& p : plans.value()) {
      std::size_t priorities = 0;
      for (const auto& theme : p.themes) priorities += theme.priorities.size();
      table.add({QString::number(p.id.value), p.title, isoDate(p.startsOn), isoDate(p.endsOn), QString::number(p.themes.size()),
                 QString::number(priorities)});
    }
    s.printRaw(table.render().toUtf8());
  });

  auto* show = plan->add_subcommand("show", "Show the plan in force (or the one named)");
  show->add_option("--plan", a->plan, "A plan's id (plan list); default: the plan in force");
  show->add_option("--format", s.format, "table | json (the plan file's format, with ids)");
  show->callback([&s, a] {
    auto format = s.outputFormat();
    if (!format) return;
    auto* ctx = s.open();
    if (!ctx) return;
    std::optional<Plan> p;
    if (a->plan > 0) {
      auto got = PlanService(*ctx).get(PlanId(a->plan));
      if (!s.check(got)) return;
      p = got.value();
    } else {
      auto current = PlanService(*ctx).current();
      if (!s.check(current)) return;
      p = current.value();
    }
    if (!p) {
      s.print(QStringLiteral("No CSP plan yet: add one with 'casebook-cli plan add --file plan.json'"));
      return;
    }
    if (*format == Format::Json) {
      s.printRaw(envelope("casebook/plan", planJson(*p)));
      return;
    }
    printPlan(s, *p);
  });
}

}  // namespace casebook::cli
