// casebook-cli report quarterly, draft, versions, templates and settings (issue 7), run as
// the real binary.
#include "CliExpect.h"
#include "CliRunner.h"
#include "TestSupport.h"

#include <QFile>

#include <QRegularExpression>

#include <catch2/catch.hpp>

using casebook::fileBytes;
using casebook::test::CliRun;
using casebook::test::CliRunner;
using casebook::test::args;
using casebook::test::expectOk;
using casebook::test::expectRejected;
using casebook::test::prepareOneCase;

namespace {

void writeText(const QString& path, const QByteArray& text) {
  QFile file(path);
  REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
  file.write(text);
}

}  // namespace

TEST_CASE("cli: a quarterly report's draft is saved, versioned and exported", "[cli][quarterly]") {
  CliRunner cli;
  prepareOneCase(cli);
  const QString summary = cli.path(QStringLiteral("summary.md"));
  writeText(summary, "Our summary for the partnership.\n");
  CliRun saved = cli.run(args({"report", "draft", "--quarter", "2024Q2", "--group", "YJAG", "--section", "summary",
                               "--file"}) << summary);
  INFO(saved.err.toStdString());
  REQUIRE(saved.exitCode == 0);
  CHECK(saved.out.contains(QStringLiteral("Saved version 1")));
  const CliRun versions = cli.run(args({"report", "versions", "--quarter", "2024Q2", "--group", "YJAG"}));
  REQUIRE(versions.exitCode == 0);
  // One row under the header: version 1, by whoever saved it.
  CHECK(versions.out.count(QRegularExpression(QStringLiteral("(?m)^1\\s+\\S"))) == 1);
  CHECK_FALSE(versions.out.contains(QRegularExpression(QStringLiteral("(?m)^2\\s"))));
  const CliRun shown = cli.run(args({"report", "draft", "--quarter", "2024Q2", "--group", "YJAG"}));
  CHECK(shown.out.contains(QStringLiteral("Version 1.")));
  CHECK(shown.out.contains(QStringLiteral("## Summary (purpose, background and context) [summary]")));

  const QString out = cli.path(QStringLiteral("yjag.md"));
  const CliRun exported = cli.run(args({"report", "quarterly", "--quarter", "2024Q2", "--group", "YJAG", "--template",
                                        "csp", "--format", "md", "--out"}) << out);
  INFO(exported.err.toStdString());
  REQUIRE(exported.exitCode == 0);
  CHECK(exported.out.contains(QStringLiteral("draft version 1")));
  const QString text = QString::fromUtf8(fileBytes(out));
  CHECK(text.contains(QStringLiteral("Our summary for the partnership.")));
  CHECK(text.contains(QStringLiteral("| Referrals received | fewer than 5 |")));  // the one case, suppressed
  CHECK_FALSE(text.contains(QStringLiteral("Casey")));
  CHECK_FALSE(text.contains(QStringLiteral("YJAG-2024-001")));
  CHECK(QFile::exists(cli.path(QStringLiteral("yjag-referrals.png"))));

  // The format from the file's name; the jag-narrative template; a PDF.
  const QString pdf = cli.path(QStringLiteral("all.pdf"));
  REQUIRE(cli.run(args({"report", "quarterly", "--quarter", "2024/25 Q1", "--template", "jag-narrative", "--out"}) << pdf)
              .exitCode == 0);
  CHECK(fileBytes(pdf).startsWith("%PDF"));

  // A name in the draft: refused, saying where, no file.
  writeText(summary, "We met Casey Example.\n");
  REQUIRE(cli.run(args({"report", "draft", "--quarter", "2024Q2", "--group", "YJAG", "--section", "summary", "--file"})
                  << summary).exitCode == 0);
  const QString refusedPath = cli.path(QStringLiteral("refused.odt"));
  const CliRun refused = cli.run(args({"report", "quarterly", "--quarter", "2024Q2", "--group", "YJAG", "--out"}) << refusedPath);
  CHECK(refused.exitCode == 2);
  CHECK(refused.err.contains(QStringLiteral("a subject's name (case YJAG-2024-001) in \"Summary\", paragraph 1")));
  CHECK_FALSE(refused.err.contains(QStringLiteral("Casey")));
  CHECK_FALSE(QFile::exists(refusedPath));
  // Version 1 is still clean and can be exported.
  REQUIRE(cli.run(args({"report", "quarterly", "--quarter", "2024Q2", "--group", "YJAG", "--version", "1", "--out"})
                  << refusedPath).exitCode == 0);

  const CliRun templates = cli.run(args({"report", "templates"}));
  CHECK(templates.out.contains(QStringLiteral("csp: CSP reporting form (built in)")));
  CHECK(templates.out.contains(QStringLiteral("jag-narrative: Case management and outcomes")));

  REQUIRE(cli.run(args({"report", "settings", "--suppress-below", "3", "--organisation", "Northshire CSP"})).exitCode == 0);
  const CliRun settings = cli.run(args({"report", "settings"}));
  CHECK(settings.out.contains(QStringLiteral("Organisation: Northshire CSP")));
  CHECK(settings.out.contains(QStringLiteral("Suppress counts below: 3")));
}

TEST_CASE("cli: bad input to the quarterly report commands exits 2 and changes nothing", "[cli][quarterly][bad-input]") {
  CliRunner cli;
  prepareOneCase(cli);
  const QString out = cli.path(QStringLiteral("r.docx"));
  expectRejected(cli, args({"report", "quarterly", "--quarter", "2024Q2", "--out"}) << out, "not a report format");
  expectRejected(cli, args({"report", "quarterly", "--quarter", "2024Q2", "--template", "nosuch", "--out", "r.pdf"}),
                 "no template is called \"nosuch\"");
  expectRejected(cli, args({"report", "quarterly", "--quarter", "2024Q2", "--suppress-below", "500", "--out", "r.pdf"}),
                 "out of range");
  expectRejected(cli, args({"report", "quarterly", "--quarter", "2024Q5", "--out", "r.pdf"}), "is not a quarter");
  expectRejected(cli, args({"report", "quarterly", "--quarter", "2024Q2", "--version", "4", "--out", "r.pdf"}),
                 "no draft of this report");
  expectRejected(cli, args({"report", "draft", "--quarter", "2024Q2", "--section", "summary"}), "go together");
  expectRejected(cli, args({"report", "draft", "--quarter", "2024Q2", "--section", "nosection", "--file", "x.md"}),
                 "is not a section of CSP reporting form");
  expectRejected(cli, args({"report", "draft", "--quarter", "2024Q2", "--section", "summary", "--file", "missing.md"}),
                 "cannot read");
  // Both settings checked before either is saved.
  expectRejected(cli, args({"report", "settings", "--suppress-below", "7", "--organisation", " "}), "is empty");
  CHECK_FALSE(QFile::exists(out));
}
