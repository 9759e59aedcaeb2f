// The command line's JSON (docs/cli.md) is read by scripts: hostile text typed into a case
// must come out as a valid JSON string that parses back to exactly that text.
#include "CliRunner.h"
#include "HostileText.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <catch2/catch.hpp>

using casebook::test::CliRun;
using casebook::test::CliRunner;
using casebook::test::args;
using casebook::test::hostileTexts;

namespace {

QJsonObject parsed(const CliRun& run) {
  QJsonParseError error;
  const QJsonDocument doc = QJsonDocument::fromJson(run.out.toUtf8(), &error);
  INFO(error.errorString().toStdString());
  REQUIRE(error.error == QJsonParseError::NoError);
  REQUIRE(doc.isObject());
  return doc.object();
}

// "--name=value", so that a value starting with '-' is never read as an option.
QString option(const char* name, const QString& value) { return QString::fromLatin1(name) + QLatin1Char('=') + value; }

}  // namespace

TEST_CASE("cli: hostile text round-trips through the JSON output", "[cli][injection]") {
  CliRunner cli;
  REQUIRE(cli.run(args({"init"})).exitCode == 0);
  int number = 0;
  for (const auto& hostile : hostileTexts()) {
    INFO("text: " << hostile.label);
    const QString& text = hostile.text;
    const CliRun added = cli.run({QStringLiteral("case"), QStringLiteral("add"), QStringLiteral("--group=LEDG"),
                                  option("--subject", text), option("--address", text), option("--alias", text),
                                  option("--officer", text), option("--reason", text),
                                  option("--case-lawful-basis", text), QStringLiteral("--referral-date=2024-05-01"),
                                  QStringLiteral("--dob=2001-01-%1").arg(++number, 2, 10, QLatin1Char('0')),
                                  QStringLiteral("--not-duplicate")});  // "\t=1" and "\r=1" are one address
    INFO(added.err);
    REQUIRE(added.exitCode == 0);
    const QString reference = QStringLiteral("LEDG-2024-%1").arg(number, 3, 10, QLatin1Char('0'));
    REQUIRE(cli.run({QStringLiteral("note"), QStringLiteral("add"), reference, option("--text", text),
                     option("--author", text)})
                .exitCode == 0);

    const QJsonObject detail = parsed(cli.run({QStringLiteral("case"), QStringLiteral("show"), reference,
                                               QStringLiteral("--format=json")}))
                                   .value(QStringLiteral("case"))
                                   .toObject();
    const QJsonObject subject = detail.value(QStringLiteral("subject")).toObject();
    CHECK(subject.value(QStringLiteral("name")).toString() == text.trimmed());  // names are trimmed
    CHECK(subject.value(QStringLiteral("address")).toString() == text);
    CHECK(subject.value(QStringLiteral("aliases")).toArray() == QJsonArray{text});
    CHECK(detail.value(QStringLiteral("lawful_basis")).toString() == text);
    CHECK(detail.value(QStringLiteral("added_reason")).toString() == text);
    const QJsonObject referral = detail.value(QStringLiteral("referrals")).toArray().at(0).toObject();
    CHECK(referral.value(QStringLiteral("reason")).toString() == text);
    CHECK(referral.value(QStringLiteral("referring_officer")).toString() == text);
    const QJsonObject note = detail.value(QStringLiteral("notes")).toArray().at(0).toObject();
    CHECK(note.value(QStringLiteral("text")).toString() == text);
    CHECK(note.value(QStringLiteral("author")).toString() == text);
  }
  const QJsonObject list = parsed(cli.run(args({"case", "list", "--group", "LEDG", "--format", "json"})));
  const QJsonArray rows = list.value(QStringLiteral("cases")).toArray();
  REQUIRE(rows.size() == static_cast<qsizetype>(hostileTexts().size()));
  for (qsizetype i = 0; i < rows.size(); ++i) {
    CHECK(rows.at(i).toObject().value(QStringLiteral("subject")).toString() ==
          hostileTexts()[static_cast<std::size_t>(i)].text.trimmed());
  }
}
