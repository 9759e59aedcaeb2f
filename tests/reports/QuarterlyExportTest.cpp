// Quarterly reports exported from a demo database through the real services: no subject
// identifier in any export, the check that refuses one, the PDF rendered to pages, drafts
// and their versions (issue 7).
#include "DemoService.h"
#include "GroupAccessPolicy.h"
#include "QuarterlyExport.h"
#include "SettingsRepository.h"
#include "SqlStatement.h"
#include "TestSupport.h"

#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace casebook;

namespace {

const Quarter kQuarter = Quarter::calendar(2024, 1);

struct DemoBed {
  DemoBed() { REQUIRE(DemoService(bed.ctx).generate({300, 7}).ok()); }
  TestBed bed{QDate(2024, 6, 15)};
  QTemporaryDir dir;
};

QStringList column(TestBed& bed, const char* sql) {
  auto read = bed.db->read([&]() -> Result<QStringList> {
    SqlStatement q(*bed.db, QString::fromLatin1(sql));
    q.exec();
    QStringList values;
    while (q.next()) values << q.text(0);
    return values;
  });
  REQUIRE(read.ok());
  return read.value();
}

// Every group's id: an actor who reaches them all without being an administrator.
std::set<qint64> everyGroup(DemoBed& demo) {
  std::set<qint64> ids;
  for (const QString& id : column(demo.bed, "SELECT id FROM groups")) ids.insert(id.toLongLong());
  return ids;
}

// What a reader of the file sees, by a tool of its own: pdftotext, the ODT's XML, the HTML
// without its embedded images, the Markdown as written.
QString visibleText(const QString& path) {
  auto run = [](const QString& program, const QStringList& args) {
    QProcess process;
    process.start(program, args);
    if (!process.waitForFinished(60000) || process.exitCode() != 0) FAIL(program.toStdString() << " failed");
    return QString::fromUtf8(process.readAllStandardOutput());
  };
  if (path.endsWith(QStringLiteral(".pdf"))) return run(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
  if (path.endsWith(QStringLiteral(".odt"))) {
    return run(QStringLiteral("unzip"), {QStringLiteral("-p"), path, QStringLiteral("content.xml")})
        .replace(QRegularExpression(QStringLiteral("<[^>]*>")), QStringLiteral(" "));
  }
  QString text = QString::fromUtf8(fileBytes(path));
  text.replace(QRegularExpression(QStringLiteral("data:image/png;base64,[A-Za-z0-9+/=]+")), QString());
  return text;
}

bool mentions(const QString& text, const QString& identifier) {
  if (identifier.trimmed().size() < 2) return false;
  const QRegularExpression word(QStringLiteral("\\b%1\\b").arg(QRegularExpression::escape(identifier.trimmed())),
                                QRegularExpression::CaseInsensitiveOption);
  return word.match(text).hasMatch();
}

int countWhere(TestBed& bed, const char* sql) { return column(bed, sql).value(0).toInt(); }

}  // namespace

TEST_CASE("no subject identifier appears in any export of the demo database", "[quarterly][disclosure]") {
  DemoBed demo;
  QStringList identifiers = column(demo.bed, "SELECT name FROM subjects UNION SELECT alias FROM subject_aliases "
                                             "UNION SELECT address FROM subjects WHERE address <> '' "
                                             "UNION SELECT reference FROM cases");
  for (const QString& born : column(demo.bed, "SELECT date_of_birth FROM subjects WHERE date_of_birth IS NOT NULL")) {
    const QDate day = QDate::fromString(born, Qt::ISODate);
    identifiers << born << day.toString(QStringLiteral("dd/MM/yyyy"));
  }
  REQUIRE(identifiers.size() > 600);  // the demo's people, aliases, addresses and cases
  int exports = 0;
  for (const char* templateName : {"csp", "jag-narrative"}) {
    for (const QStringList& groups : {QStringList{}, QStringList{QStringLiteral("YJAG")}}) {
      for (const char* format : {"odt", "pdf", "html", "md"}) {
        const QString path = demo.dir.filePath(QStringLiteral("%1-%2.%3")
                                                   .arg(QString::fromLatin1(templateName))
                                                   .arg(groups.size())
                                                   .arg(QString::fromLatin1(format)));
        INFO(path.toStdString());
        ReportRequest request{QString::fromLatin1(templateName), kQuarter, groups, std::nullopt};
        auto exported = exportQuarterlyReport(demo.bed.ctx, request, *reportFormatNamed(QString::fromLatin1(format)), path);
        INFO(errorText(exported).toStdString());
        REQUIRE(exported.ok());
        // One space for any run of white space: a table cell wraps "Referrals received".
        const QString text = visibleText(path).simplified();
        // Not vacuous: the figures are there.
        CHECK(text.contains(QStringLiteral("referrals in 2024Q1")));
        CHECK(text.contains(QStringLiteral("Cases opened")));
        CHECK(text.contains(QStringLiteral("2024Q1")));
        for (const QString& identifier : identifiers) {
          if (mentions(text, identifier)) FAIL_CHECK("the export shows " << identifier.toStdString());
        }
        if (path.endsWith(QStringLiteral(".odt"))) {
          // The charts travel inside the OpenDocument file, listed in its manifest.
          QProcess unzip;
          unzip.start(QStringLiteral("unzip"), {QStringLiteral("-p"), path, QStringLiteral("META-INF/manifest.xml")});
          REQUIRE(unzip.waitForFinished(60000));
          CHECK(QString::fromUtf8(unzip.readAllStandardOutput()).count(QStringLiteral("Pictures/")) == 3);
        }
        ++exports;
      }
    }
  }
  CHECK(exports == 16);
  CHECK(countWhere(demo.bed, "SELECT count(*) FROM audit_log WHERE event = 'export_report'") == 16);
}

TEST_CASE("a draft that names a subject is refused at export, saying where, and nothing is written",
          "[quarterly][disclosure]") {
  DemoBed demo;
  const QString name = column(demo.bed, "SELECT name FROM subjects WHERE kind = 'person' ORDER BY id LIMIT 1").value(0);
  const QString born = column(demo.bed, "SELECT date_of_birth FROM subjects WHERE date_of_birth IS NOT NULL LIMIT 1").value(0);
  const QString reference = column(demo.bed, "SELECT reference FROM cases ORDER BY id LIMIT 1").value(0);
  REQUIRE_FALSE(name.isEmpty());
  const QString forename = name.section(QLatin1Char(' '), 0, 0);
  const QString surname = name.section(QLatin1Char(' '), -1);
  const ReportRequest request{QStringLiteral("csp"), kQuarter, {}, std::nullopt};
  QuarterlyReportService service(demo.bed.ctx);
  const int before = countWhere(demo.bed, "SELECT count(*) FROM audit_log WHERE event = 'export_report'");

  struct Case {
    QString section;
    QString text;
    QString where;
  };
  const std::vector<Case> cases{
      {QStringLiteral("summary"), QStringLiteral("First paragraph.\n\nWork with %1 went well.").arg(name.toUpper()),
       QStringLiteral("a subject's name (case ")},
      {QStringLiteral("risks"), QStringLiteral("Born %1.").arg(QDate::fromString(born, Qt::ISODate).toString(QStringLiteral("dd/MM/yyyy"))),
       QStringLiteral("a subject's date of birth")},
      {QStringLiteral("gaps"), QStringLiteral("See [the file](%1).").arg(reference), QStringLiteral("the Markdown source")},
      // As people write names, and as a link hides one.
      {QStringLiteral("other"), QStringLiteral("Ms %1 engaged.").arg(surname), QStringLiteral("a subject's name")},
      {QStringLiteral("other"), QStringLiteral("Contact: %1, %2.").arg(surname, forename), QStringLiteral("a subject's name")},
      {QStringLiteral("other"), QStringLiteral("%1. %2 moved.").arg(forename.left(1), surname), QStringLiteral("a subject's name")},
      {QStringLiteral("other"), QStringLiteral("[notes](https://intranet.example/%1%20%2)").arg(forename, surname),
       QStringLiteral("the Markdown source")},
  };
  int version = 0;
  for (const auto& c : cases) {
    INFO(c.section.toStdString());
    auto saved = service.saveDraft(request, {{c.section, c.text}}, version);
    REQUIRE(saved.ok());
    version = saved.value();
    const QString path = demo.dir.filePath(QStringLiteral("refused-%1.md").arg(c.section));
    auto exported = exportQuarterlyReport(demo.bed.ctx, request, ReportFormat::Markdown, path);
    REQUIRE_FALSE(exported.ok());
    const QString message = exported.error().message();
    INFO(message.toStdString());
    CHECK(message.contains(c.where));
    CHECK_FALSE(message.contains(name, Qt::CaseInsensitive));  // where, never what
    CHECK_FALSE(QFile::exists(path));
  }
  // A clean draft written to a file whose name names someone.
  REQUIRE(service.saveDraft(request, {{QStringLiteral("other"), QStringLiteral("Nothing to add.")}}, version).ok());
  ++version;
  const QString named = demo.dir.filePath(name + QStringLiteral(".pdf"));
  auto byName = exportQuarterlyReport(demo.bed.ctx, request, ReportFormat::Pdf, named);
  REQUIRE_FALSE(byName.ok());
  CHECK(byName.error().message().contains(QStringLiteral("in \"the file's name\"")));
  CHECK_FALSE(QFile::exists(named));
  // Where: the heading and the paragraph under it.
  REQUIRE(service.saveDraft(request, {{QStringLiteral("summary"), QStringLiteral("One.\n\nTwo with %1.").arg(name)}}, version).ok());
  auto refused = exportQuarterlyReport(demo.bed.ctx, request, ReportFormat::Pdf, demo.dir.filePath(QStringLiteral("x.pdf")));
  REQUIRE_FALSE(refused.ok());
  CHECK(refused.error().message().contains(QStringLiteral("in \"Summary\", paragraph 2")));
  CHECK(countWhere(demo.bed, "SELECT count(*) FROM audit_log WHERE event = 'export_report'") == before);
}

TEST_CASE("the PDF renders to pages that show the tables and the charts", "[quarterly]") {
  DemoBed demo;
  const QString pdf = demo.dir.filePath(QStringLiteral("report.pdf"));
  auto exported = exportQuarterlyReport(demo.bed.ctx, {QStringLiteral("csp"), kQuarter, {}, std::nullopt}, ReportFormat::Pdf, pdf);
  INFO(errorText(exported).toStdString());
  REQUIRE(exported.ok());
  CHECK((QFile(pdf).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther)) == 0);
  QProcess render;
  render.start(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QStringLiteral("40"), QStringLiteral("-png"), pdf,
                                            demo.dir.filePath(QStringLiteral("page"))});
  REQUIRE(render.waitForFinished(60000));
  REQUIRE(render.exitCode() == 0);
  const QStringList pages = QDir(demo.dir.path()).entryList({QStringLiteral("page*.png")}, QDir::Files, QDir::Name);
  REQUIRE(pages.size() >= 3);
  int inked = 0;
  int chartBlue = 0;
  for (const QString& page : pages) {
    const QImage image(demo.dir.filePath(page));
    REQUIRE_FALSE(image.isNull());
    for (int y = 0; y < image.height(); ++y) {
      for (int x = 0; x < image.width(); ++x) {
        const QColor c = image.pixelColor(x, y);
        if (c.lightness() < 100) ++inked;
        // The bars' colour (#2f5d8a), give or take the rendering's smoothing.
        if (std::abs(c.red() - 0x2f) < 24 && std::abs(c.green() - 0x5d) < 24 && std::abs(c.blue() - 0x8a) < 24) ++chartBlue;
      }
    }
  }
  CHECK(inked > 2000);     // text and tables on the pages
  CHECK(chartBlue > 500);  // bars of the charts
}

TEST_CASE("drafts are saved as numbered versions, any of which can be exported", "[quarterly]") {
  DemoBed demo;
  const ReportRequest request{QStringLiteral("jag-narrative"), kQuarter, {QStringLiteral("YJAG")}, std::nullopt};
  QuarterlyReportService service(demo.bed.ctx);
  auto first = service.prepare(request);
  REQUIRE(first.ok());
  CHECK(first->draftVersion == 0);
  CHECK(first->texts.empty());

  auto v1 = service.saveDraft(request, {{QStringLiteral("overview"), QStringLiteral("Version one.")}}, 0);
  REQUIRE(v1.ok());
  CHECK(v1.value() == 1);
  auto v2 = service.saveDraft(request, {{QStringLiteral("overview"), QStringLiteral("Version two.")}}, 1);
  REQUIRE(v2.ok());
  CHECK(v2.value() == 2);
  // Someone else's later save is not overwritten.
  auto stale = service.saveDraft(request, {{QStringLiteral("overview"), QStringLiteral("Stale.")}}, 1);
  REQUIRE_FALSE(stale.ok());
  CHECK(stale.error().message().contains(QStringLiteral("saved version 2")));

  auto versions = service.versions(request);
  REQUIRE(versions.ok());
  REQUIRE(versions->size() == 2);
  CHECK(versions->front().version == 2);
  CHECK(versions->front().savedBy == QStringLiteral("tester"));
  CHECK(service.prepare(request, 1)->texts.at(QStringLiteral("overview")) == QStringLiteral("Version one."));
  CHECK(service.prepare(request)->texts.at(QStringLiteral("overview")) == QStringLiteral("Version two."));
  CHECK_FALSE(service.prepare(request, 9).ok());
  // The same three months named as a financial quarter are the same draft.
  ReportRequest financial = request;
  financial.quarter = Quarter::financial(2023, 4);
  CHECK(service.prepare(financial)->draftVersion == 2);
  // Another group's or template's draft is another draft.
  CHECK(service.prepare({QStringLiteral("jag-narrative"), kQuarter, {QStringLiteral("AARG")}, std::nullopt})->draftVersion == 0);

  const QString path = demo.dir.filePath(QStringLiteral("v1.md"));
  auto exported = exportQuarterlyReport(demo.bed.ctx, request, ReportFormat::Markdown, path, 1);
  REQUIRE(exported.ok());
  CHECK(exported->draftVersion == 1);
  CHECK(QString::fromUtf8(fileBytes(path)).contains(QStringLiteral("Version one.")));
  // Charts beside a Markdown file whose name has spaces are still linked as images.
  const QString spaced = demo.dir.filePath(QStringLiteral("YJAG 2024Q1.md"));
  REQUIRE(exportQuarterlyReport(demo.bed.ctx, request, ReportFormat::Markdown, spaced, 1).ok());
  CHECK(QString::fromUtf8(fileBytes(spaced)).contains(QStringLiteral("](<YJAG 2024Q1-referrals.png>)")));
  CHECK(QFile::exists(demo.dir.filePath(QStringLiteral("YJAG 2024Q1-referrals.png"))));
  CHECK(countWhere(demo.bed, "SELECT count(*) FROM audit_log WHERE event = 'change_report'") == 2);
  CHECK(column(demo.bed, "SELECT detail FROM audit_log WHERE event = 'export_report'").value(0).contains(QStringLiteral("version 1")));

  const GroupAccessPolicy policy = GroupAccessPolicy::load(*demo.bed.db).value();
  ServiceContext reader{*demo.bed.db, demo.bed.clock, Actor(QStringLiteral("reader"), Role::Viewer, everyGroup(demo)),
                        policy};
  const auto refused = QuarterlyReportService(reader).saveDraft(request, {}, 2);
  REQUIRE_FALSE(refused.ok());
  CHECK(refused.error().kind == Error::Kind::Denied);
  // No group decides a draft: the refusal says who may, and that an administrator grants it.
  CHECK(refused.error().problem.contains(QStringLiteral("viewers read and export")));
  CHECK(refused.error().fix == QStringLiteral("Ask an administrator"));
  CHECK(QuarterlyReportService(reader).prepare(request).ok());
}

TEST_CASE("the vault's suppression setting is an administrator's and applies to every export", "[quarterly][disclosure]") {
  DemoBed demo;
  QuarterlyReportService service(demo.bed.ctx);
  const ReportRequest request{QStringLiteral("csp"), kQuarter, {QStringLiteral("LEDG")}, std::nullopt};
  REQUIRE(service.setSuppressBelow(10).ok());
  CHECK(service.prepare(request)->disclosure.suppressBelow == 10);
  const QString path = demo.dir.filePath(QStringLiteral("ten.md"));
  REQUIRE(exportQuarterlyReport(demo.bed.ctx, request, ReportFormat::Markdown, path).ok());
  CHECK(QString::fromUtf8(fileBytes(path)).contains(QStringLiteral("fewer than 10")));
  CHECK_FALSE(service.setSuppressBelow(-1).ok());
  CHECK(column(demo.bed, "SELECT detail FROM audit_log WHERE event = 'export_report'").value(0).contains(
      QStringLiteral("counts below 10 suppressed")));
  // Showing smaller counts than the vault's setting is an administrator's decision.
  ReportRequest lower = request;
  lower.suppressBelow = 0;
  CHECK(service.prepare(lower).ok());
  const GroupAccessPolicy policy = GroupAccessPolicy::load(*demo.bed.db).value();
  ServiceContext officer{*demo.bed.db, demo.bed.clock,
                         Actor(QStringLiteral("officer"), Role::Caseworker, everyGroup(demo)), policy};
  auto refused = QuarterlyReportService(officer).prepare(lower);
  REQUIRE_FALSE(refused.ok());
  CHECK(refused.error().message().contains(QStringLiteral("only an administrator may show counts below 10")));
  lower.suppressBelow = 12;  // more suppression is anyone's choice
  CHECK(QuarterlyReportService(officer).prepare(lower).ok());
  ServiceContext chair{*demo.bed.db, demo.bed.clock, Actor(QStringLiteral("chair"), Role::Chair, everyGroup(demo)),
                       policy};
  auto denied = QuarterlyReportService(chair).setSuppressBelow(3);
  REQUIRE_FALSE(denied.ok());
  CHECK(denied.error().message().contains(QStringLiteral("administrator")));
  CHECK(service.prepare(request)->disclosure.suppressBelow == 10);
  CHECK(service.reportSettings()->suppressBelow == 10);

  // A setting that does not read as a threshold suppresses as the default does, never less.
  REQUIRE(demo.bed.db->write([&]() -> Status {
    SettingsRepository(*demo.bed.db).set(QStringLiteral("report.suppress_below"), QStringLiteral("ten"));
    return {};
  }).ok());
  CHECK(service.prepare(request)->disclosure.suppressBelow == 5);
  CHECK(service.reportSettings()->suppressBelow == 5);
}

TEST_CASE("a refused export names the case only to someone who may open it", "[quarterly][disclosure][access]") {
  DemoBed demo;
  auto loaded = GroupAccessPolicy::load(*demo.bed.db);
  REQUIRE(loaded.ok());
  const GroupAccessPolicy policy = loaded.value();
  const qint64 yjag = column(demo.bed, "SELECT id FROM groups WHERE code = 'YJAG'").value(0).toLongLong();
  ServiceContext worker{*demo.bed.db, demo.bed.clock, Actor{QStringLiteral("casey"), Role::Caseworker, {yjag}, {}}, policy};
  // A subject whose every case is another group's.
  const QString name = column(demo.bed, "SELECT s.name FROM subjects s WHERE s.kind = 'person' AND NOT EXISTS "
                                        "(SELECT 1 FROM cases c JOIN groups g ON g.id = c.group_id "
                                        " WHERE c.subject_id = s.id AND g.code = 'YJAG') ORDER BY s.id LIMIT 1")
                           .value(0);
  REQUIRE_FALSE(name.isEmpty());
  const ReportRequest request{QStringLiteral("jag-narrative"), kQuarter, {QStringLiteral("YJAG")}, std::nullopt};
  REQUIRE(QuarterlyReportService(worker).saveDraft(request, {{QStringLiteral("overview"), QStringLiteral("About ") + name}}, 0).ok());
  auto refused = exportQuarterlyReport(worker, request, ReportFormat::Html, demo.dir.filePath(QStringLiteral("r.html")));
  REQUIRE_FALSE(refused.ok());
  const QString message = refused.error().message();
  INFO(message.toStdString());
  CHECK(message.contains(QStringLiteral("a subject's name (a case you cannot open) in \"Overview\", paragraph 1")));
  CHECK_FALSE(message.contains(QRegularExpression(QStringLiteral("[A-Z]+-\\d{4}-\\d+"))));
}
