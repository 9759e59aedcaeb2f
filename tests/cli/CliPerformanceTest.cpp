#include "CliExpect.h"
#include "CliRunner.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <catch2/catch.hpp>

using casebook::fileBytes;
using casebook::writeFileBytes;
using casebook::test::CliRun;
using casebook::test::CliRunner;
using casebook::test::args;
using casebook::test::expectOk;
using casebook::test::expectRejected;

namespace {

QString file(const CliRunner& cli, const char* name, const QByteArray& bytes) {
  const QString path = cli.path(QString::fromLatin1(name));
  REQUIRE(writeFileBytes(path, bytes));
  return path;
}

}  // namespace

TEST_CASE("cli: performance data set, import, show with percent change, and remove", "[cli][performance]") {
  CliRunner cli;
  expectOk(cli, args({"init"}));
  CHECK(expectOk(cli, args({"performance", "set", "--crime-type", "Burglary - residential", "--quarter", "2024Q4", "--count", "123",
                      "--source", "Police recorded crime"}))
            .out.contains(QStringLiteral("Added: Burglary - residential, 2024Q4: 123")));
  CHECK(expectOk(cli, args({"performance", "set", "--crime-type", "burglary -  residential", "--quarter", "2024Q4", "--count", "120"}))
            .out.contains(QStringLiteral("Replaced: Burglary - residential, 2024Q4: 120")));
  const QString csv = file(cli, "figures.csv",
                           "crime_type,quarter,count\n"
                           "Burglary - residential,2024Q3,100\n"
                           "Burglary - residential,2023Q4,150\n"
                           "All crime,2024/25 Q3,2800\n"
                           "Burglary - residential,2024Q4,96\n");
  CHECK(expectOk(cli, {QStringLiteral("performance"), QStringLiteral("import"), QStringLiteral("--file"), csv})
            .out.contains(QStringLiteral("Imported 4 rows from %1: 3 added, 1 replaced").arg(csv)));

  const QString table = expectOk(cli, args({"performance", "show", "--quarter", "2024Q4"})).out;
  CHECK(table.contains(QStringLiteral("2024Q4")));
  CHECK(table.contains(QStringLiteral("2024Q3")));
  CHECK(table.contains(QStringLiteral("2023Q4")));
  QStringList burglary;
  for (const QString& line : table.split(QLatin1Char('\n'))) {
    if (line.startsWith(QStringLiteral("Burglary"))) burglary = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
  }
  CHECK(burglary.mid(3) == QStringList({QStringLiteral("96"), QStringLiteral("100"), QStringLiteral("-4%"),
                                        QStringLiteral("150"), QStringLiteral("-36%")}));

  const QJsonObject json = expectOk(cli, args({"performance", "show", "--quarter", "2024/25 Q3", "--format", "json"})).json();
  CHECK(json.value(QStringLiteral("format")).toString() == QStringLiteral("casebook/performance"));
  CHECK(json.value(QStringLiteral("quarter")).toString() == QStringLiteral("2024/25 Q3"));
  CHECK(json.value(QStringLiteral("previous_quarter")).toString() == QStringLiteral("2024/25 Q2"));
  const QJsonArray rows = json.value(QStringLiteral("rows")).toArray();
  REQUIRE(rows.size() == 2);
  const QJsonObject first = rows.at(0).toObject();
  CHECK(first.value(QStringLiteral("crime_type")).toString() == QStringLiteral("Burglary - residential"));
  CHECK(first.value(QStringLiteral("count")).toInt() == 96);
  CHECK(first.value(QStringLiteral("change_from_previous_quarter")).toDouble() == Approx(-4.0));
  CHECK(first.value(QStringLiteral("change_from_last_year")).toDouble() == Approx(-36.0));
  CHECK(first.value(QStringLiteral("source")).toString() == QStringLiteral("Police recorded crime"));
  const QJsonObject allCrime = rows.at(1).toObject();
  CHECK(allCrime.value(QStringLiteral("previous_quarter")).isNull());
  CHECK(allCrime.value(QStringLiteral("change_from_previous_quarter")).isNull());

  expectOk(cli, args({"performance", "remove", "--crime-type", "All crime", "--quarter", "2024Q4"}));
  CHECK_FALSE(expectOk(cli, args({"performance", "show", "--quarter", "2024Q4"})).out.contains(QStringLiteral("All crime")));
  CHECK(expectOk(cli, args({"performance", "show", "--quarter", "2020Q1"})).out.contains(QStringLiteral("No performance data")));
}

TEST_CASE("cli: performance and plan bad input exits 2 with a clear message and changes nothing", "[cli][bad-input][performance][plan]") {
  CliRunner cli;
  expectOk(cli, args({"init"}));
  expectOk(cli, args({"performance", "set", "--crime-type", "All crime", "--quarter", "2024Q4", "--count", "2800"}));
  const QString plan = file(cli, "plan.json",
                            R"({"title": "Plan 2024-27", "starts_on": "2024-04-01", "ends_on": "2027-03-31",
                                "themes": [{"title": "Safer streets", "priorities": [{"code": "P1", "title": "Reduce ASB"}]}]})");
  expectOk(cli, {QStringLiteral("plan"), QStringLiteral("add"), QStringLiteral("--file"), plan});

  SECTION("a count that is not a whole number") {
    expectRejected(cli, args({"performance", "set", "--crime-type", "All crime", "--quarter", "2024Q4", "--count", "12a"}),
            "error: --count: '12a' is not a whole number");
  }
  SECTION("a negative count") {
    expectRejected(cli, args({"performance", "set", "--crime-type", "All crime", "--quarter", "2024Q4", "--count=-1"}),
            "cannot be negative");
  }
  SECTION("a quarter that is not one") {
    expectRejected(cli, args({"performance", "set", "--crime-type", "All crime", "--quarter", "2024Q5", "--count", "1"}),
            "error: --quarter: '2024Q5' is not a quarter");
  }
  SECTION("a financial year that does not follow on") {
    expectRejected(cli, args({"performance", "show", "--quarter", "2024/26 Q1"}), "not a financial year");
  }
  SECTION("an empty crime type") {
    expectRejected(cli, args({"performance", "set", "--crime-type", " ", "--quarter", "2024Q4", "--count", "1"}), "crime type: is empty");
  }
  SECTION("removing a count not held") {
    expectRejected(cli, args({"performance", "remove", "--crime-type", "Robbery", "--quarter", "2024Q4"}), "no count for 'Robbery'");
  }
  SECTION("a CSV with a bad row") {
    const QString bad = file(cli, "bad.csv", "crime_type,quarter,count\nAll crime,2024Q4,2900\nVehicle crime,2024Q4,lots\n");
    expectRejected(cli, {QStringLiteral("performance"), QStringLiteral("import"), QStringLiteral("--file"), bad},
            "error: line 3, column count: 'lots' is not a whole number");
  }
  SECTION("a CSV that is not there") {
    expectRejected(cli, args({"performance", "import", "--file", "/nonexistent/figures.csv"}), "cannot read");
  }
  SECTION("csv output") {
    expectRejected(cli, args({"performance", "show", "--quarter", "2024Q4", "--format", "csv"}), "Use table or json");
  }
  SECTION("a plan update for a plan not held") {
    expectRejected(cli, {QStringLiteral("plan"), QStringLiteral("update"), QStringLiteral("--plan"), QStringLiteral("9"),
                  QStringLiteral("--file"), plan},
            "there is no plan #9");
  }
  SECTION("a plan update with an empty priority title") {
    const QString noTitle = file(cli, "untitled.json",
                                 R"({"title": "Plan 2024-27", "starts_on": "2024-04-01", "ends_on": "2027-03-31",
                                     "themes": [{"title": "Safer streets", "priorities": [{"id": 1, "code": "P1", "title": ""}]}]})");
    expectRejected(cli, {QStringLiteral("plan"), QStringLiteral("update"), QStringLiteral("--plan"), QStringLiteral("1"),
                  QStringLiteral("--file"), noTitle},
            "theme 1, priority P1: the priority has no title");
  }
  SECTION("a plan update with a priority id that is not a whole number") {
    for (const char* id : {"\"1\"", "1.5", "0", "-2"}) {
      const QString badId = file(cli, "bad-id.json",
                                 QStringLiteral(R"({"title": "Plan 2024-27", "starts_on": "2024-04-01", "ends_on": "2027-03-31",
                                     "themes": [{"title": "Safer streets", "priorities": [{"id": %1, "code": "P1", "title": "Streets"}]}]})")
                                     .arg(QString::fromLatin1(id))
                                     .toUtf8());
      INFO(id);
      expectRejected(cli, {QStringLiteral("plan"), QStringLiteral("update"), QStringLiteral("--plan"), QStringLiteral("1"),
                    QStringLiteral("--file"), badId},
              "themes[1].priorities[1].id: is not a priority id");
    }
  }
}

TEST_CASE("cli: plan list, show as JSON and update keep a tagged priority's id", "[cli][plan]") {
  CliRunner cli;
  expectOk(cli, args({"init"}));
  const QString plan = file(cli, "plan.json",
                            R"({"title": "Plan 2024-27", "starts_on": "2024-04-01", "ends_on": "2027-03-31",
                                "themes": [{"title": "Safer streets", "priorities": [{"code": "P1", "title": "Reduce ASB"},
                                                                                     {"code": "P2", "title": "Town centre"}]}]})");
  expectOk(cli, {QStringLiteral("plan"), QStringLiteral("add"), QStringLiteral("--file"), plan});
  expectOk(cli, args({"case", "add", "--group", "YJAG", "--subject", "Casey Example", "--dob", "2009-01-01", "--referral-date",
                "2024-05-01", "--reason", "ASB", "--accept", "--priority", "P2"}));
  CHECK(expectOk(cli, args({"plan", "list"})).out.contains(QStringLiteral("Plan 2024-27")));

  // Edit the shown JSON: P2 renamed and moved first, P1 dropped, a new P3.
  QJsonObject shown = expectOk(cli, args({"plan", "show", "--format", "json"})).json();
  CHECK(shown.value(QStringLiteral("format")).toString() == QStringLiteral("casebook/plan"));
  QJsonObject theme = shown.value(QStringLiteral("themes")).toArray().at(0).toObject();
  QJsonObject p2 = theme.value(QStringLiteral("priorities")).toArray().at(1).toObject();
  CHECK(p2.value(QStringLiteral("id")).toInt() > 0);
  p2.insert(QStringLiteral("title"), QStringLiteral("Safe town centres"));
  theme.insert(QStringLiteral("priorities"),
               QJsonArray{p2, QJsonObject{{QStringLiteral("code"), QStringLiteral("P3")}, {QStringLiteral("title"), QStringLiteral("Exploitation")}}});
  shown.insert(QStringLiteral("themes"), QJsonArray{theme});
  const QString edited = file(cli, "edited.json", QJsonDocument(shown).toJson());
  expectOk(cli, {QStringLiteral("plan"), QStringLiteral("update"), QStringLiteral("--plan"),
           QString::number(shown.value(QStringLiteral("id")).toInt()), QStringLiteral("--file"), edited});

  const QString after = expectOk(cli, args({"plan", "show"})).out;
  CHECK(after.contains(QStringLiteral("P2  Safe town centres")));
  CHECK(after.contains(QStringLiteral("P3  Exploitation")));
  CHECK_FALSE(after.contains(QStringLiteral("P1  Reduce ASB")));
  CHECK(after.indexOf(QStringLiteral("P2")) < after.indexOf(QStringLiteral("P3")));
  const QJsonObject detail = expectOk(cli, args({"case", "show", "YJAG-2024-001", "--format", "json"})).json().value(QStringLiteral("case")).toObject();
  CHECK(detail.value(QStringLiteral("priority")).toString() == QStringLiteral("P2"));

  // Dropping P2 now is refused: its case must be re-tagged first.
  theme.insert(QStringLiteral("priorities"), QJsonArray{QJsonObject{{QStringLiteral("code"), QStringLiteral("P3")},
                                                                    {QStringLiteral("title"), QStringLiteral("Exploitation")}}});
  shown.insert(QStringLiteral("themes"), QJsonArray{theme});
  const QString dropping = file(cli, "dropping.json", QJsonDocument(shown).toJson());
  const CliRun run = cli.run({QStringLiteral("plan"), QStringLiteral("update"), QStringLiteral("--plan"),
                              QString::number(shown.value(QStringLiteral("id")).toInt()), QStringLiteral("--file"), dropping});
  CHECK(run.exitCode == 2);
  CHECK(run.err.contains(QStringLiteral("1 case is tagged to it")));
}
