#include "QuarterlyReport.h"

#include "DocumentFiles.h"
#include "DocumentWriters.h"
#include "Narrative.h"
#include "ReportCharts.h"
#include "ReportTables.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFragment>
#include <QTextImageFormat>

#include <mstch/mstch.hpp>

namespace casebook {

namespace {

// Values go into Markdown: a character that means something there is escaped, so a label
// can never open a table cell, a link or emphasis.
std::string markdownEscaped(const std::string& utf8) {
  std::string out;
  out.reserve(utf8.size());
  for (const char c : utf8) {
    if (std::string_view("\\`*_[]<>|#~").find(c) != std::string_view::npos) out += '\\';
    out += c;
  }
  return out;
}

// mstch keeps its escape function in a global: set it for one render, then put it back.
class MarkdownEscaping final {
 public:
  MarkdownEscaping() : m_saved(mstch::config::escape) { mstch::config::escape = markdownEscaped; }
  ~MarkdownEscaping() { mstch::config::escape = m_saved; }
  MarkdownEscaping(const MarkdownEscaping&) = delete;
  MarkdownEscaping& operator=(const MarkdownEscaping&) = delete;

 private:
  std::function<std::string(const std::string&)> m_saved;
};

std::string u8(const QString& s) { return s.toStdString(); }

mstch::array rowsOf(const std::vector<ReportRow>& rows) {
  mstch::array out;
  for (const auto& r : rows) {
    out.push_back(mstch::map{{"key", u8(r.key)},
                             {"label", u8(r.label)},
                             {"now", u8(r.now)},
                             {"previous", u8(r.previous)},
                             {"last_year", u8(r.lastYear)},
                             {"change", u8(r.change)},
                             {"year_change", u8(r.yearChange)}});
  }
  return out;
}

mstch::array attendanceRows(const std::vector<AttendanceRow>& rows) {
  mstch::array out;
  for (const auto& r : rows) {
    out.push_back(mstch::map{{"label", u8(r.label)},
                             {"expected", r.expected},
                             {"present", r.present},
                             {"deputy", r.deputy},
                             {"update_sent", r.updateSent},
                             {"apologies", r.apologies},
                             {"absent", r.absent},
                             {"rate", u8(QStringLiteral("%1%").arg(r.ratePercent))}});
  }
  return out;
}

QString written(const std::map<QString, QString>& texts, const QString& key) {
  const auto it = texts.find(key);
  const QString text = it == texts.end() ? QString() : it->second.trimmed();
  return text.isEmpty() ? QStringLiteral("*Not yet written.*") : text;
}

mstch::map context(const QuarterlyReportData& d, const ReportTables& t, const std::map<QString, QString>& texts) {
  const Quarter& q = d.request.quarter;
  mstch::map text;
  for (const auto& [key, value] : texts) text[u8(key)] = u8(written(texts, key));
  const QString disclosure =
      d.disclosure.suppressBelow > 1
          ? QStringLiteral("Counts of people and cases from 1 to %1 are shown as \"fewer than %2\".")
                .arg(d.disclosure.suppressBelow - 1)
                .arg(d.disclosure.suppressBelow)
          : QStringLiteral("Small counts are not suppressed in this report.");
  mstch::map c{
      {"organisation", u8(d.organisation)},
      {"author", u8(d.author)},
      {"date", u8(d.date.toString(QStringLiteral("d MMMM yyyy")))},
      {"quarter", u8(q.name())},
      {"previous_quarter", u8(q.previous().name())},
      {"last_year_quarter", u8(q.sameQuarterLastYear().name())},
      {"quarter_dates", u8(QStringLiteral("%1 to %2").arg(q.firstDay().toString(QStringLiteral("d MMMM yyyy")),
                                                          q.lastDay().toString(QStringLiteral("d MMMM yyyy"))))},
      {"groups_label", u8(d.figures.groups.join(QStringLiteral(", ")))},
      {"disclosure_note", u8(disclosure)},
      {"text", text},
      {"headline", rowsOf(t.headline)},
      {"bands", rowsOf(t.bands)},
      {"by_agency", rowsOf(t.byAgency)},
      {"by_theme", rowsOf(t.byTheme)},
      {"outcomes", rowsOf(t.outcomes)},
      {"performance", rowsOf(t.performance)},
      {"has_performance", !t.performance.empty()},
      {"priorities", rowsOf(t.priorities)},
      {"has_priorities", !t.priorities.empty()},
      {"attendance", attendanceRows(t.attendance)},
      {"risk_median_change", u8(t.riskMedianChange)},
  };
  if (d.plan) {
    mstch::array themes;
    int n = 0;
    for (const auto& theme : d.plan->themes) {
      ++n;
      mstch::array priorities;
      for (const auto& p : theme.priorities) {
        const auto row = std::find_if(t.priorities.begin(), t.priorities.end(), [&](const ReportRow& r) { return r.key == p.code; });
        priorities.push_back(mstch::map{{"code", u8(p.code)},
                                        {"title", u8(p.title)},
                                        {"open_cases", u8(row == t.priorities.end() ? QStringLiteral("0") : row->now)}});
      }
      themes.push_back(mstch::map{{"title", u8(theme.title)},
                                  {"number", n},
                                  {"update", u8(written(texts, QStringLiteral("theme_%1").arg(n)))},
                                  {"priorities", priorities}});
    }
    c["plan"] = mstch::map{{"title", u8(d.plan->title)}, {"themes", themes}};
  }
  return c;
}

// Markdown's own raw HTML is off: text typed into a draft cannot bring markup of its own.
constexpr auto kMarkdownFeatures = QTextDocument::MarkdownFeatures(QTextDocument::MarkdownDialectGitHub |
                                                                   QTextDocument::MarkdownNoHTML);

}  // namespace

std::map<QString, QImage> quarterlyCharts(const QuarterlyReportData& data) {
  return reportCharts(reportTables(data), data.disclosure);
}

Result<RenderedReport> renderQuarterlyReport(const QuarterlyReportData& data, const ReportTemplate& report,
                                             const std::map<QString, QString>& texts) {
  return renderQuarterlyReport(data, report, texts, quarterlyCharts(data));
}

Result<RenderedReport> renderQuarterlyReport(const QuarterlyReportData& data, const ReportTemplate& report,
                                             const std::map<QString, QString>& texts,
                                             const std::map<QString, QImage>& charts) {
  const ReportTables tables = reportTables(data);
  RenderedReport rendered;
  rendered.title = QStringLiteral("%1, %2, %3").arg(report.title, data.figures.groups.join(QStringLiteral(", ")),
                                                   data.request.quarter.name());
  try {
    const MarkdownEscaping escaping;
    rendered.markdown = QString::fromStdString(mstch::render(u8(report.text), context(data, tables, texts)));
  } catch (const std::exception& e) {
    return Error::invalid(QStringLiteral("template"),
                          QStringLiteral("%1 could not be filled in (%2)").arg(report.origin, QString::fromUtf8(e.what())),
                          QStringLiteral("Check its tags against docs/reports.md"));
  }
  rendered.charts = charts;
  return rendered;
}

std::unique_ptr<QTextDocument> reportDocument(const RenderedReport& report) {
  auto document = std::make_unique<QTextDocument>();
  document->setMetaInformation(QTextDocument::DocumentTitle, report.title);
  // After the Markdown: setting it clears the document, resources and all.
  document->setMarkdown(report.markdown, kMarkdownFeatures);
  for (const auto& [name, image] : report.charts) {
    document->addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("chart:") + name), image);
  }
  // A chart takes the page's width whatever its pixels: the images are drawn at twice size.
  for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
    for (auto it = block.begin(); !it.atEnd(); ++it) {
      const QTextFragment fragment = it.fragment();
      if (!fragment.charFormat().isImageFormat()) continue;
      QTextImageFormat format = fragment.charFormat().toImageFormat();
      const auto chart = report.charts.find(format.name().mid(QStringLiteral("chart:").size()));
      if (!format.name().startsWith(QStringLiteral("chart:")) || chart == report.charts.end()) continue;
      const QSizeF logical = QSizeF(chart->second.size()) / kChartScale;
      format.setWidth(logical.width());
      format.setHeight(logical.height());
      QTextCursor cursor(document.get());
      cursor.setPosition(fragment.position());
      cursor.setPosition(fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
      cursor.setCharFormat(format);
    }
  }
  return document;
}

std::vector<ReportParagraph> reportParagraphs(const RenderedReport& report) {
  std::vector<ReportParagraph> paragraphs;
  const auto document = reportDocument(report);
  QString section = QStringLiteral("the report's opening");
  int number = 0;
  for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
    const QString text = block.text().trimmed();
    if (text.isEmpty()) continue;
    if (block.blockFormat().headingLevel() > 0) {
      section = text;
      number = 0;
      continue;
    }
    paragraphs.push_back({section, ++number, text});
  }
  const QStringList lines = report.markdown.split(QLatin1Char('\n'));
  for (int i = 0; i < lines.size(); ++i) {
    if (!lines[i].trimmed().isEmpty()) paragraphs.push_back({QStringLiteral("the Markdown source"), i + 1, lines[i]});
  }
  return paragraphs;
}

std::optional<ReportFormat> reportFormatNamed(const QString& name) {
  const QString n = name.trimmed().toLower();
  if (n == QStringLiteral("odt")) return ReportFormat::Odt;
  if (n == QStringLiteral("pdf")) return ReportFormat::Pdf;
  if (n == QStringLiteral("html") || n == QStringLiteral("htm")) return ReportFormat::Html;
  if (n == QStringLiteral("md") || n == QStringLiteral("markdown")) return ReportFormat::Markdown;
  return std::nullopt;
}

QString reportFormatName(ReportFormat format) {
  switch (format) {
    case ReportFormat::Odt:
      return QStringLiteral("odt");
    case ReportFormat::Pdf:
      return QStringLiteral("pdf");
    case ReportFormat::Html:
      return QStringLiteral("html");
    case ReportFormat::Markdown:
      return QStringLiteral("md");
  }
  return QStringLiteral("pdf");
}

namespace {

QByteArray pngOf(const QImage& image) {
  QByteArray bytes;
  QBuffer buffer(&bytes);
  buffer.open(QIODevice::WriteOnly);
  image.save(&buffer, "PNG");
  return bytes;
}

// One file: the charts travel inside it as data: addresses.
QByteArray htmlOf(const RenderedReport& report) {
  QString html = reportDocument(report)->toHtml();
  for (const auto& [name, image] : report.charts) {
    html.replace(QStringLiteral("src=\"chart:%1\"").arg(name),
                 QStringLiteral("src=\"data:image/png;base64,%1\"").arg(QString::fromLatin1(pngOf(image).toBase64())));
  }
  return html.toUtf8();
}

QString chartFileName(const QString& reportPath, const QString& chart) {
  return QFileInfo(reportPath).completeBaseName() + QLatin1Char('-') + chart + QStringLiteral(".png");
}

Status writeBytes(QIODevice& device, const QByteArray& bytes) {
  if (device.write(bytes) != bytes.size()) {
    return Error::storage(QStringLiteral("could not write the file (%1)").arg(device.errorString()),
                          QStringLiteral("Check the disk is not full and try again"));
  }
  return {};
}

}  // namespace

void removeQuarterlyReport(const RenderedReport& report, ReportFormat format, const QString& path) {
  QFile::remove(path);
  if (format != ReportFormat::Markdown) return;
  const QDir folder = QFileInfo(path).absoluteDir();
  for (const auto& chart : report.charts) QFile::remove(folder.filePath(chartFileName(path, chart.first)));
}

Status writeQuarterlyReport(const RenderedReport& report, ReportFormat format, const QString& path) {
  switch (format) {
    case ReportFormat::Odt:
    case ReportFormat::Pdf: {
      const auto document = reportDocument(report);
      return AtomicFileWriter(path).writeDevice([&](QIODevice& device) {
        return format == ReportFormat::Odt ? writeOdtDocument(*document, device)
                                           : writePdfDocument(*document, QPageLayout::Portrait, device);
      });
    }
    case ReportFormat::Html:
      return AtomicFileWriter(path).writeDevice([&](QIODevice& device) { return writeBytes(device, htmlOf(report)); });
    case ReportFormat::Markdown: {
      QString markdown = report.markdown;
      const QDir folder = QFileInfo(path).absoluteDir();
      // On a failure only the charts this call wrote go: a report already at `path` is left as
      // it was, since the atomic writer never touched it.
      QStringList written;
      auto undo = [&written] {
        for (const QString& file : written) QFile::remove(file);
      };
      for (const auto& [name, image] : report.charts) {
        const QString file = chartFileName(path, name);
        if (!markdown.contains(QStringLiteral("(chart:%1)").arg(name))) continue;
        // In angle brackets: a file name with spaces is still one link.
        markdown.replace(QStringLiteral("(chart:%1)").arg(name), QStringLiteral("(<%1>)").arg(file));
        const QByteArray png = pngOf(image);
        if (auto ok = AtomicFileWriter(folder.filePath(file)).writeDevice([&](QIODevice& d) { return writeBytes(d, png); });
            !ok) {
          undo();
          return ok;
        }
        written << folder.filePath(file);
      }
      auto ok = AtomicFileWriter(path).writeDevice([&](QIODevice& device) { return writeBytes(device, markdown.toUtf8()); });
      if (!ok) undo();
      return ok;
    }
  }
  return {};
}

}  // namespace casebook
