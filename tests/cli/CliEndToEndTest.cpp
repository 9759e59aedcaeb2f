#include "CliRunner.h"
#include "TestSupport.h"

#include <QDate>
#include <QFile>
#include <QJsonArray>

#include <catch2/catch.hpp>

using casebook::test::CliRun;
using casebook::test::CliRunner;
using casebook::test::args;

namespace {

// A database with one YJAG case, accepted, with an initial score of 4 x 4.
CliRun addYjagCase(const CliRunner& cli, const char* subject = "Riley Testcase") {
  return cli.run(args({"case", "add", "--group", "YJAG", "--subject", subject, "--dob", "2008-04-02", "--area",
                       "NL65", "--theme", "cce,knife_crime", "--referral-date", "2024-05-01", "--referring-agency",
                       "POL", "--officer", "PC Example", "--reason", "Seen with older peers; knife found",
                       "--likelihood", "4", "--impact", "4", "--accept"}));
}

}  // namespace

TEST_CASE("cli: help and version succeed", "[cli]") {
  CliRunner cli;
  CHECK(cli.run(args({"--help"})).exitCode == 0);
  CHECK(cli.run(args({"case", "add", "--help"})).exitCode == 0);
}

TEST_CASE("cli: init, add, list, show and search a case", "[cli]") {
  CliRunner cli;
  REQUIRE(cli.run(args({"init"})).exitCode == 0);
  const CliRun added = addYjagCase(cli);
  INFO(added.err);
  REQUIRE(added.exitCode == 0);
  const QString reference = QStringLiteral("YJAG-2024-001");
  CHECK(added.out.contains(reference));
  CHECK(added.err.contains(QStringLiteral("escalation threshold")));

  const CliRun list = cli.run(args({"case", "list", "--group", "YJAG", "--format", "json"}));
  REQUIRE(list.exitCode == 0);
  const QJsonObject page = list.json();
  CHECK(page.value(QStringLiteral("format")).toString() == QStringLiteral("casebook/case-list"));
  CHECK(page.value(QStringLiteral("version")).toInt() == 1);
  CHECK(page.value(QStringLiteral("total")).toInt() == 1);
  const QJsonObject row = page.value(QStringLiteral("cases")).toArray().at(0).toObject();
  CHECK(row.value(QStringLiteral("reference")).toString() == reference);
  CHECK(row.value(QStringLiteral("status")).toString() == QStringLiteral("open"));
  CHECK(row.value(QStringLiteral("score")).toInt() == 16);
  CHECK(row.value(QStringLiteral("band")).toString() == QStringLiteral("high"));

  const CliRun show = cli.run(args({"case", "show", "YJAG-2024-001", "--format", "json"}));
  REQUIRE(show.exitCode == 0);
  const QJsonObject detail = show.json().value(QStringLiteral("case")).toObject();
  CHECK(detail.value(QStringLiteral("subject")).toObject().value(QStringLiteral("date_of_birth")).toString() ==
        QStringLiteral("2008-04-02"));
  CHECK(detail.value(QStringLiteral("themes")).toArray().size() == 2);
  const QJsonObject referral = detail.value(QStringLiteral("referrals")).toArray().at(0).toObject();
  CHECK(referral.value(QStringLiteral("decision")).toString() == QStringLiteral("accepted"));
  CHECK(referral.value(QStringLiteral("referring_agency")).toString() == QStringLiteral("POL"));
  CHECK(detail.value(QStringLiteral("risk_assessments")).toArray().size() == 1);

  const CliRun search = cli.run(args({"search", "rile", "--format", "json"}));
  REQUIRE(search.exitCode == 0);
  CHECK(search.json().value(QStringLiteral("total")).toInt() == 1);
  CHECK(cli.run(args({"search", "nobodyhere", "--format", "json"})).json().value(QStringLiteral("total")).toInt() == 0);
}

TEST_CASE("cli: escalate, decide, step down, risk, actions, notes and close", "[cli]") {
  CliRunner cli;
  REQUIRE(cli.run(args({"init"})).exitCode == 0);
  REQUIRE(addYjagCase(cli).exitCode == 0);
  REQUIRE(cli.run(args({"member", "add", "--name", "Sam Chairperson", "--agency", "POL", "--group", "JAG", "--role",
                        "chair"})).exitCode == 0);

  const CliRun risk = cli.run(args({"risk", "add", "YJAG-2024-001", "--likelihood", "5", "--impact", "4",
                                    "--rationale", "Missing twice this week"}));
  INFO(risk.err);
  REQUIRE(risk.exitCode == 0);
  CHECK(risk.out.contains(QStringLiteral("score 20")));

  const CliRun esc = cli.run(args({"escalate", "YJAG-2024-001", "--reason", "Very high risk of exploitation"}));
  REQUIRE(esc.exitCode == 0);
  auto detail = cli.run(args({"case", "show", "YJAG-2024-001", "--format", "json"})).json()
                    .value(QStringLiteral("case")).toObject();
  const QJsonArray referrals = detail.value(QStringLiteral("referrals")).toArray();
  REQUIRE(referrals.size() == 2);
  const QString escalationId = QString::number(referrals.at(1).toObject().value(QStringLiteral("id")).toInt());
  CHECK(detail.value(QStringLiteral("group")).toString() == QStringLiteral("YJAG"));

  REQUIRE(cli.run({QStringLiteral("decide"), escalationId, QStringLiteral("--accept")}).exitCode == 0);
  detail = cli.run(args({"case", "show", "YJAG-2024-001", "--format", "json"})).json()
               .value(QStringLiteral("case")).toObject();
  CHECK(detail.value(QStringLiteral("group")).toString() == QStringLiteral("JAG"));

  const CliRun action = cli.run(args({"action", "add", "--case", "YJAG-2024-001", "--text", "Safety plan with school",
                                      "--owner", "Sam Chairperson", "--due", "2024-07-01", "--raised", "2024-05-02"}));
  INFO(action.err);
  REQUIRE(action.exitCode == 0);
  REQUIRE(cli.run(args({"action", "update", "1", "--status", "complete", "--update", "Plan agreed", "--date",
                        "2024-05-20"})).exitCode == 0);
  const QJsonObject actions = cli.run(args({"action", "list", "--case", "YJAG-2024-001", "--format", "json"})).json();
  const QJsonObject first = actions.value(QStringLiteral("actions")).toArray().at(0).toObject();
  CHECK(first.value(QStringLiteral("status")).toString() == QStringLiteral("complete"));
  CHECK(first.value(QStringLiteral("completed_on")).toString() == QStringLiteral("2024-05-20"));
  CHECK(first.value(QStringLiteral("updates")).toArray().size() == 1);

  REQUIRE(cli.run(args({"note", "add", "YJAG-2024-001", "--text", "Mother reports improvement"})).exitCode == 0);
  CHECK(cli.run(args({"search", "improvement", "--format", "json"})).json().value(QStringLiteral("total")).toInt() == 1);

  REQUIRE(cli.run(args({"stepdown", "YJAG-2024-001", "--reason", "Risk reduced, YJAG to monitor"})).exitCode == 0);
  detail = cli.run(args({"case", "show", "YJAG-2024-001", "--format", "json"})).json()
               .value(QStringLiteral("case")).toObject();
  CHECK(detail.value(QStringLiteral("group")).toString() == QStringLiteral("YJAG"));

  const CliRun closed = cli.run(args({"case", "close", "YJAG-2024-001", "--outcome", "risk_reduced", "--note",
                                      "Engaged with mentoring"}));
  INFO(closed.err);
  REQUIRE(closed.exitCode == 0);
  detail = cli.run(args({"case", "show", "YJAG-2024-001", "--format", "json"})).json()
               .value(QStringLiteral("case")).toObject();
  CHECK(detail.value(QStringLiteral("status")).toString() == QStringLiteral("closed"));
  CHECK(detail.value(QStringLiteral("outcome")).toString() == QStringLiteral("risk_reduced"));
}

TEST_CASE("cli: meetings and attendance", "[cli]") {
  CliRunner cli;
  REQUIRE(cli.run(args({"init"})).exitCode == 0);
  REQUIRE(cli.run(args({"member", "add", "--name", "Alex Member", "--agency", "LA", "--group", "LEDG"})).exitCode == 0);
  REQUIRE(cli.run(args({"member", "add", "--name", "Jo Deputy", "--agency", "LA"})).exitCode == 0);
  REQUIRE(cli.run(args({"meeting", "add", "--group", "LEDG", "--date", "2024-06-10", "--time", "10:00", "--venue",
                        "Town hall"})).exitCode == 0);
  const CliRun att = cli.run(args({"attend", "--meeting", "1", "--member", "Alex Member", "--status", "deputy",
                                   "--deputy", "Jo Deputy"}));
  INFO(att.err);
  REQUIRE(att.exitCode == 0);
  const QJsonObject meeting = cli.run(args({"meeting", "show", "1", "--format", "json"})).json()
                                  .value(QStringLiteral("meeting")).toObject();
  CHECK(meeting.value(QStringLiteral("group")).toString() == QStringLiteral("LEDG"));
  CHECK(meeting.value(QStringLiteral("starts_at")).toString() == QStringLiteral("10:00"));
  const QJsonObject record = meeting.value(QStringLiteral("attendance")).toArray().at(0).toObject();
  CHECK(record.value(QStringLiteral("status")).toString() == QStringLiteral("deputy"));
  CHECK(record.value(QStringLiteral("deputy")).toString() == QStringLiteral("Jo Deputy"));
  CHECK(meeting.value(QStringLiteral("agenda")).toArray().size() == 3);  // attendance, last minutes, any other business
}

TEST_CASE("cli: csv output neutralises spreadsheet formulas", "[cli]") {
  CliRunner cli;
  REQUIRE(cli.run(args({"init"})).exitCode == 0);
  REQUIRE(addYjagCase(cli, "=HYPERLINK(\"http://x\")").exitCode == 0);
  const CliRun csv = cli.run(args({"case", "list", "--format", "csv"}));
  REQUIRE(csv.exitCode == 0);
  CHECK(csv.out.contains(QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\")\"")));
  CHECK_FALSE(csv.out.contains(QStringLiteral(",\"=HYPERLINK")));
}

TEST_CASE("cli: a CSP plan from JSON, and a case tagged with a priority", "[cli]") {
  CliRunner cli;
  REQUIRE(cli.run(args({"init"})).exitCode == 0);
  QFile plan(cli.path(QStringLiteral("plan.json")));
  REQUIRE(plan.open(QIODevice::WriteOnly));
  plan.write(R"({"title": "Plan 2024-27", "starts_on": "2024-04-01", "ends_on": "2027-03-31",
    "themes": [{"title": "Safer streets", "priorities": [{"code": "P1", "title": "Reduce ASB",
    "objectives": ["Fewer repeat calls"]}]}]})");
  plan.close();
  const CliRun added = cli.run({QStringLiteral("plan"), QStringLiteral("add"), QStringLiteral("--file"), plan.fileName()});
  INFO(added.err);
  REQUIRE(added.exitCode == 0);
  CHECK(cli.run(args({"plan", "show"})).out.contains(QStringLiteral("P1  Reduce ASB")));
  REQUIRE(addYjagCase(cli).exitCode == 0);
  REQUIRE(cli.run(args({"case", "update", "YJAG-2024-001", "--priority", "p1"})).exitCode == 0);
  const QJsonObject detail = cli.run(args({"case", "show", "YJAG-2024-001", "--format", "json"})).json()
                                 .value(QStringLiteral("case")).toObject();
  CHECK(detail.value(QStringLiteral("priority")).toString() == QStringLiteral("P1"));
  CHECK(cli.run(args({"case", "update", "YJAG-2024-001", "--priority", "P7"})).exitCode == 2);
}
