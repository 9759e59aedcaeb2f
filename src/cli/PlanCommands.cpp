#include "CliSession.h"
#include "Commands.h"
#include "Dates.h"
#include "PlanService.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <CLI/CLI.hpp>

#include <memory>

namespace casebook::cli {

namespace {

// docs/cli.md, "CSP plan": {"title", "starts_on", "ends_on", "themes": [{"title",
// "priorities": [{"code", "title", "objectives": ["..."]}]}]}
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
      Priority priority{PriorityId(), p.value(QStringLiteral("code")).toString(), p.value(QStringLiteral("title")).toString(), {}};
      for (const auto& objective : p.value(QStringLiteral("objectives")).toArray()) priority.objectives.push_back({objective.toString()});
      theme.priorities.push_back(std::move(priority));
    }
    plan.themes.push_back(std::move(theme));
  }
  return plan;
}

}  // namespace

void addPlanCommands(CLI::App& app, CliSession& s) {
  auto* plan = app.add_subcommand("plan", "The CSP plan: themes, priorities and objectives");
  plan->require_subcommand(1);
  auto file = std::make_shared<std::string>();
  auto* add = plan->add_subcommand("add", "Add a plan period from a JSON file");
  add->add_option("--file", *file, "The plan as JSON (docs/cli.md)")->required();
  add->callback([&s, file] {
    auto parsed = readPlan(s, qs(*file));
    if (!parsed) return;
    auto* ctx = s.open();
    if (!ctx) return;
    auto id = PlanService(*ctx).add(*parsed);
    if (s.check(id)) s.print(QStringLiteral("Added plan %1 (%2 to %3)").arg(parsed->title, isoDate(parsed->startsOn), isoDate(parsed->endsOn)));
  });
  auto* show = plan->add_subcommand("show", "Show the plan in force");
  show->callback([&s] {
    auto* ctx = s.open();
    if (!ctx) return;
    auto current = PlanService(*ctx).current();
    if (!s.check(current)) return;
    if (!current.value()) {
      s.print(QStringLiteral("No CSP plan yet: add one with 'casebook-cli plan add --file plan.json'"));
      return;
    }
    const Plan& p = *current.value();
    s.print(QStringLiteral("%1 (%2 to %3)").arg(p.title, isoDate(p.startsOn), isoDate(p.endsOn)));
    for (const auto& theme : p.themes) {
      s.print(QStringLiteral("  %1").arg(theme.title));
      for (const auto& priority : theme.priorities) {
        s.print(QStringLiteral("    %1  %2").arg(priority.code, priority.title));
        for (const auto& objective : priority.objectives) s.print(QStringLiteral("        - %1").arg(objective.text));
      }
    }
  });
}

}  // namespace casebook::cli
