#include "CliSession.h"
#include "Commands.h"
#include "JsonViews.h"
#include "Narrative.h"
#include "QuarterlyExport.h"
#include "TextTable.h"

#include <CLI/CLI.hpp>

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

#include <memory>

namespace casebook::cli {

namespace {

// The options every quarterly-report command names its report by.
struct ReportArgs {
  std::string quarter;
  std::vector<std::string> groups;
  std::string templateName = "csp";
  std::optional<int> suppressBelow;
};

void addReportOptions(CLI::App* command, ReportArgs& args) {
  command->add_option("--quarter", args.quarter, kQuarterHelp)->required();
  command->add_option("--group", args.groups, "Group code (repeat); default: every group you may see");
  command->add_option("--template", args.templateName, "csp (default), jag-narrative, or a template of your own");
}

std::optional<ReportRequest> requestFrom(CliSession& s, const ReportArgs& args) {
  const auto quarter = s.quarter(args.quarter);
  if (!quarter) return std::nullopt;
  ReportRequest request{QString::fromStdString(args.templateName), *quarter, {}, args.suppressBelow};
  for (const auto& g : args.groups) request.groups << QString::fromStdString(g);
  return request;
}

void addQuarterly(CLI::App* report, CliSession& s) {
  struct Args : ReportArgs {
    std::string format;
    std::string out;
    int version = 0;
  };
  auto args = std::make_shared<Args>();
  auto* quarterly = report->add_subcommand("quarterly", "Export a quarterly CSP report draft (counts only, checked for identifiers)");
  addReportOptions(quarterly, *args);
  quarterly->add_option("--format", args->format, "odt | pdf | html | md (default: from --out's extension)");
  quarterly->add_option("--out", args->out, "The file to write")->required();
  quarterly->add_option("--version", args->version, "A saved version of the draft (default: the newest)");
  quarterly->add_option("--suppress-below", args->suppressBelow, "Show counts from 1 to N-1 as 'fewer than N' (default 5; 0: none)");
  quarterly->callback([&s, args] {
    const QString out = QString::fromStdString(args->out);
    const QString formatName = args->format.empty() ? QFileInfo(out).suffix() : QString::fromStdString(args->format);
    const auto format = reportFormatNamed(formatName);
    if (!format) {
      s.invalid(QStringLiteral("--format"), QStringLiteral("'%1' is not a report format").arg(formatName),
                QStringLiteral("Use odt, pdf, html or md"));
      return;
    }
    auto request = requestFrom(s, *args);
    if (!request) return;
    auto* ctx = s.open();
    if (!ctx) return;
    auto exported = exportQuarterlyReport(*ctx, *request, *format, out, args->version);
    if (!s.check(exported)) return;
    s.print(QStringLiteral("Wrote %1 (%2, %3)")
                .arg(out, exported->templateTitle,
                     exported->draftVersion == 0 ? QStringLiteral("first draft from the figures")
                                                 : QStringLiteral("draft version %1").arg(exported->draftVersion)));
  });
}

void addDraft(CLI::App* report, CliSession& s) {
  struct Args : ReportArgs {
    std::string section;
    std::string file;
    int version = 0;
  };
  auto args = std::make_shared<Args>();
  auto* draft = report->add_subcommand("draft", "Show a report draft's sections, or save one section as a new version");
  addReportOptions(draft, *args);
  draft->add_option("--version", args->version, "Show this saved version (default: the newest)");
  draft->add_option("--section", args->section, "The section to replace (see 'report templates')");
  draft->add_option("--file", args->file, "Markdown file with the section's new text (- for standard input)");
  draft->callback([&s, args] {
    if (args->section.empty() != args->file.empty()) {
      s.invalid(args->section.empty() ? QStringLiteral("--section") : QStringLiteral("--file"),
                QStringLiteral("--section and --file go together"),
                QStringLiteral("Give both to save a section, or neither to show the draft"));
      return;
    }
    auto request = requestFrom(s, *args);
    if (!request) return;
    auto reportTemplate = loadReportTemplate(request->templateName);
    if (!s.check(reportTemplate)) return;
    auto* ctx = s.open();
    if (!ctx) return;
    QuarterlyReportService service(*ctx);
    auto data = service.prepare(*request, args->section.empty() ? args->version : 0);
    if (!s.check(data)) return;
    auto texts = draftTexts(data.value(), reportTemplate.value());
    const auto sections = sectionsFor(reportTemplate.value(), data->plan);
    if (args->section.empty()) {
      s.print(data->draftVersion == 0 ? QStringLiteral("Not saved yet: the first draft, written from the figures.")
                                      : QStringLiteral("Version %1.").arg(data->draftVersion));
      for (const auto& section : sections) {
        s.print(QString());
        s.print(QStringLiteral("## %1 [%2]").arg(section.label, section.key));
        s.print(texts[section.key].isEmpty() ? QStringLiteral("(empty)") : texts[section.key]);
      }
      return;
    }
    const QString key = QString::fromStdString(args->section);
    const bool known = std::any_of(sections.begin(), sections.end(), [&](const auto& t) { return t.key == key; });
    if (!known) {
      QStringList keys;
      for (const auto& section : sections) keys << section.key;
      s.invalid(QStringLiteral("--section"), QStringLiteral("'%1' is not a section of %2").arg(key, reportTemplate->title),
                QStringLiteral("Use one of: %1").arg(keys.join(QStringLiteral(", "))));
      return;
    }
    QFile file;
    const bool opened = args->file == "-" ? file.open(stdin, QIODevice::ReadOnly)
                                          : (file.setFileName(QString::fromStdString(args->file)), file.open(QIODevice::ReadOnly));
    if (!opened) {
      s.invalid(QStringLiteral("--file"), QStringLiteral("cannot read %1").arg(QString::fromStdString(args->file)),
                QStringLiteral("Check the path"));
      return;
    }
    texts[key] = QString::fromUtf8(file.readAll()).trimmed();
    auto saved = service.saveDraft(*request, writtenSections(data.value(), reportTemplate.value(), texts), data->draftVersion);
    if (s.check(saved)) s.print(QStringLiteral("Saved version %1 of the draft").arg(saved.value()));
  });
}

void addVersions(CLI::App* report, CliSession& s) {
  auto args = std::make_shared<ReportArgs>();
  auto* versions = report->add_subcommand("versions", "The saved versions of a report draft");
  addReportOptions(versions, *args);
  versions->callback([&s, args] {
    auto request = requestFrom(s, *args);
    if (!request) return;
    auto* ctx = s.open();
    if (!ctx) return;
    auto list = QuarterlyReportService(*ctx).versions(*request);
    if (!s.check(list)) return;
    if (list->empty()) {
      s.print(QStringLiteral("No version saved yet: exports use the first draft written from the figures."));
      return;
    }
    TextTable table({QStringLiteral("Version"), QStringLiteral("Saved by"), QStringLiteral("Saved at")});
    for (const auto& v : list.value()) {
      table.add({QString::number(v.version), v.savedBy, v.savedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm"))});
    }
    s.printRaw(table.render().toUtf8());
  });
}

void addTemplates(CLI::App* report, CliSession& s) {
  auto* templates = report->add_subcommand("templates", "The report templates and the sections each asks for");
  templates->callback([&s] {
    s.print(QStringLiteral("Your own templates go in %1").arg(userTemplateFolder()));
    for (const auto& t : availableTemplates()) {
      s.print(QString());
      s.print(QStringLiteral("%1: %2 (%3)").arg(t.name, t.title, t.origin));
      for (const auto& section : t.sections) s.print(QStringLiteral("  %1  %2").arg(section.key, -20).arg(section.label));
    }
  });
}

void addSettings(CLI::App* report, CliSession& s) {
  struct Args {
    std::optional<int> suppressBelow;
    std::string organisation;
    bool organisationGiven = false;
  };
  auto args = std::make_shared<Args>();
  auto* settings = report->add_subcommand("settings", "The vault's report settings (administrators)");
  settings->add_option("--suppress-below", args->suppressBelow, "Counts from 1 to N-1 shown as 'fewer than N' (0: none)");
  settings->add_option_function<std::string>(
      "--organisation", [args](const std::string& value) {
        args->organisation = value;
        args->organisationGiven = true;
      },
      "The partnership's name as reports show it");
  settings->callback([&s, args] {
    auto* ctx = s.open();
    if (!ctx) return;
    QuarterlyReportService service(*ctx);
    const auto organisation = args->organisationGiven ? std::optional<QString>(QString::fromStdString(args->organisation))
                                                      : std::nullopt;
    if ((args->suppressBelow || organisation) && !s.check(service.setReportSettings(args->suppressBelow, organisation))) return;
    auto current = service.reportSettings();
    if (!s.check(current)) return;
    s.print(QStringLiteral("Organisation: %1").arg(current->organisation));
    s.print(QStringLiteral("Suppress counts below: %1").arg(current->suppressBelow));
  });
}

}  // namespace

void addQuarterlyReportCommands(CLI::App& report, CliSession& s) {
  addQuarterly(&report, s);
  addDraft(&report, s);
  addVersions(&report, s);
  addTemplates(&report, s);
  addSettings(&report, s);
}

}  // namespace casebook::cli
