#pragma once

#include "Plan.h"
#include "Result.h"

#include <QString>

#include <optional>
#include <vector>

namespace casebook {

// A report template: Markdown with Mustache tags (docs/reports.md, "Templates"). Its opening
// comment names it and lists the sections a person writes:
//   {{! title: CSP reporting form
//       section summary: Summary (purpose, background and context)
//       section theme_*: Update/s for this theme }}
// "theme_*" stands for one section a theme of the CSP plan: theme_1, theme_2 ...
struct TemplateSection {
  QString key;
  QString label;
};

struct ReportTemplate {
  QString name;    // csp, jag-narrative, or a user template's file name without .md
  QString title;
  QString text;
  QString origin;  // "built in" or the file's path
  std::vector<TemplateSection> sections;
};

// The folder a user's own templates are read from: <data directory>/templates.
QString userTemplateFolder();

// The built-in templates and the user's, a user's template hiding a built-in one of its name.
std::vector<ReportTemplate> availableTemplates();

// By name, or by the path of a .md file. Checks the template's tags are balanced and that it
// declares its title, saying which line is wrong.
Result<ReportTemplate> loadReportTemplate(const QString& nameOrPath);
Result<ReportTemplate> parseReportTemplate(const QString& name, const QString& text, const QString& origin);

// The sections with theme_* written out for each theme of the plan ("Theme 2: Protecting
// vulnerable people: Update/s ...").
std::vector<TemplateSection> sectionsFor(const ReportTemplate& report, const std::optional<Plan>& plan);

}  // namespace casebook
