#include "ReportTemplate.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>

namespace casebook {

namespace {

const QStringList kBuiltIn{QStringLiteral("csp"), QStringLiteral("jag-narrative")};

Result<QString> readText(const QString& path) {
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly)) {
    return Error::notFound(QStringLiteral("template"), QStringLiteral("cannot read %1 (%2)").arg(path, file.errorString()),
                           QStringLiteral("Check the file exists and can be read"));
  }
  return QString::fromUtf8(file.readAll());
}

// mstch renders an unbalanced template without complaint, dropping text: refuse it here.
Status checkTags(const QString& text, const QString& origin) {
  static const QRegularExpression tag(QStringLiteral(R"(\{\{\s*([#^/])\s*([^}\s]+)\s*\}\})"));
  std::vector<std::pair<QString, int>> open;
  auto lineOf = [&](qsizetype offset) { return static_cast<int>(text.left(offset).count(QLatin1Char('\n'))) + 1; };
  for (auto it = tag.globalMatch(text); it.hasNext();) {
    const auto m = it.next();
    const int line = lineOf(m.capturedStart());
    if (m.captured(1) != QStringLiteral("/")) {
      open.push_back({m.captured(2), line});
      continue;
    }
    if (open.empty() || open.back().first != m.captured(2)) {
      return Error::invalid(QStringLiteral("template"),
                            QStringLiteral("%1, line %2: {{/%3}} closes a section that is not open%4")
                                .arg(origin)
                                .arg(line)
                                .arg(m.captured(2),
                                     open.empty() ? QString() : QStringLiteral(" ({{#%1}} from line %2 is)").arg(open.back().first).arg(open.back().second)),
                            QStringLiteral("Close sections in the order they were opened"));
    }
    open.pop_back();
  }
  if (!open.empty()) {
    return Error::invalid(QStringLiteral("template"),
                          QStringLiteral("%1, line %2: {{#%3}} is never closed").arg(origin).arg(open.back().second).arg(open.back().first),
                          QStringLiteral("Add {{/%1}} where the section ends").arg(open.back().first));
  }
  return {};
}

}  // namespace

QString userTemplateFolder() {
  return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("templates"));
}

Result<ReportTemplate> parseReportTemplate(const QString& name, const QString& text, const QString& origin) {
  if (auto balanced = checkTags(text, origin); !balanced) return balanced.error();
  ReportTemplate t{name, QString(), text, origin, {}};
  static const QRegularExpression header(QStringLiteral(R"(^\s*\{\{!(.*?)\}\})"),
                                         QRegularExpression::DotMatchesEverythingOption);
  const auto m = header.match(text);
  if (m.hasMatch()) {
    static const QRegularExpression title(QStringLiteral(R"(^\s*title:\s*(.+?)\s*$)"));
    static const QRegularExpression section(QStringLiteral(R"(^\s*section\s+([a-z0-9_]+\*?):\s*(.+?)\s*$)"));
    for (const QString& line : m.captured(1).split(QLatin1Char('\n'))) {
      if (const auto t1 = title.match(line); t1.hasMatch()) t.title = t1.captured(1);
      if (const auto s = section.match(line); s.hasMatch()) t.sections.push_back({s.captured(1), s.captured(2)});
    }
  }
  if (t.title.isEmpty()) {
    return Error::invalid(QStringLiteral("template"), QStringLiteral("%1 has no title").arg(origin),
                          QStringLiteral("Begin it with a comment such as {{! title: My report }} (docs/reports.md)"));
  }
  return t;
}

std::vector<ReportTemplate> availableTemplates() {
  std::vector<ReportTemplate> result;
  QStringList names = kBuiltIn;
  const QDir user(userTemplateFolder());
  for (const QString& file : user.entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name)) {
    const QString name = QFileInfo(file).completeBaseName();
    if (!names.contains(name)) names << name;
  }
  for (const QString& name : names) {
    if (auto loaded = loadReportTemplate(name)) result.push_back(loaded.value());
  }
  return result;
}

Result<ReportTemplate> loadReportTemplate(const QString& nameOrPath) {
  const QString trimmed = nameOrPath.trimmed();
  if (trimmed.endsWith(QStringLiteral(".md")) && QFileInfo::exists(trimmed)) {
    auto text = readText(trimmed);
    if (!text) return text.error();
    return parseReportTemplate(QFileInfo(trimmed).completeBaseName(), text.value(), trimmed);
  }
  static const QRegularExpression plainName(QStringLiteral("^[A-Za-z0-9_-]+$"));
  if (!plainName.match(trimmed).hasMatch()) {
    return Error::invalid(QStringLiteral("template"), QStringLiteral("\"%1\" is not a template name or a .md file").arg(trimmed),
                          QStringLiteral("Use csp, jag-narrative, or the name of a .md file in %1").arg(userTemplateFolder()));
  }
  const QString userFile = QDir(userTemplateFolder()).filePath(trimmed + QStringLiteral(".md"));
  if (QFileInfo::exists(userFile)) {
    auto text = readText(userFile);
    if (!text) return text.error();
    return parseReportTemplate(trimmed, text.value(), userFile);
  }
  if (kBuiltIn.contains(trimmed)) {
    auto text = readText(QStringLiteral(":/templates/%1.md").arg(trimmed));
    if (!text) return text.error();
    return parseReportTemplate(trimmed, text.value(), QStringLiteral("built in"));
  }
  return Error::notFound(QStringLiteral("template"), QStringLiteral("no template is called \"%1\"").arg(trimmed),
                         QStringLiteral("Use csp or jag-narrative, or put %1.md in %2").arg(trimmed, userTemplateFolder()));
}

std::vector<TemplateSection> sectionsFor(const ReportTemplate& report, const std::optional<Plan>& plan) {
  std::vector<TemplateSection> result;
  for (const auto& section : report.sections) {
    if (!section.key.endsWith(QLatin1Char('*'))) {
      result.push_back(section);
      continue;
    }
    if (!plan) continue;
    const QString stem = section.key.chopped(1);
    int n = 0;
    for (const auto& theme : plan->themes) {
      ++n;
      result.push_back({stem + QString::number(n), QStringLiteral("%1: %2").arg(theme.title, section.label)});
    }
  }
  return result;
}

}  // namespace casebook
