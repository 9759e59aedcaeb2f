#include "CliExpect.h"
#include "CliRunner.h"
#include "TestSupport.h"

#include <QFile>

#include <catch2/catch.hpp>

using casebook::fileBytes;
using casebook::test::CliRun;
using casebook::test::CliRunner;
using casebook::test::args;
using casebook::test::expectOk;
using casebook::test::expectRejected;
using casebook::test::prepareOneCase;

TEST_CASE("cli: bad input exits 2 with a clear message and changes nothing", "[cli][bad-input]") {
  CliRunner cli;
  prepareOneCase(cli);

  SECTION("unknown group") {
    expectRejected(cli, args({"case", "add", "--group", "NOPE", "--subject", "A Person", "--reason", "x"}),
                   "there is no group 'NOPE'");
  }
  SECTION("an audit list of no entries") {
    expectRejected(cli, args({"audit", "list", "--limit", "0"}), "--limit");
  }
  SECTION("an account change with nothing to change") {
    expectRejected(cli, args({"account", "set", "admin"}), "nothing to change");
  }
  SECTION("a retention period of no years") {
    expectRejected(cli, args({"retention", "years", "-1"}), "retention period");
  }
  SECTION("likelihood 0") {
    expectRejected(cli, args({"risk", "add", "YJAG-2024-001", "--likelihood", "0", "--impact", "3", "--rationale", "r"}),
                   "likelihood");
  }
  SECTION("likelihood 6") {
    expectRejected(cli, args({"risk", "add", "YJAG-2024-001", "--likelihood", "6", "--impact", "3", "--rationale", "r"}),
                   "likelihood");
  }
  SECTION("initial likelihood 0 on a referral") {
    expectRejected(cli, args({"case", "add", "--group", "YJAG", "--subject", "B Person", "--reason", "x",
                              "--likelihood", "0", "--impact", "2"}),
                   "likelihood");
  }
  SECTION("impossible date") {
    expectRejected(cli, args({"case", "add", "--group", "YJAG", "--subject", "C Person", "--reason", "x",
                              "--referral-date", "2024-02-30"}),
                   "not a real calendar date");
  }
  SECTION("duplicate reference") {
    expectRejected(cli, args({"case", "add", "--group", "YJAG", "--subject", "D Person", "--reason", "x",
                              "--reference", "YJAG-2024-001"}),
                   "already used");
  }
  SECTION("closing without an outcome") {
    expectRejected(cli, args({"case", "close", "YJAG-2024-001"}), "without an outcome");
  }
  SECTION("an outcome that does not exist") {
    expectRejected(cli, args({"case", "close", "YJAG-2024-001", "--outcome", "sorted"}), "--outcome");
  }
  SECTION("likely duplicate subject") {
    expectRejected(cli, args({"case", "add", "--group", "AARG", "--subject", "casey  example", "--dob", "2009-01-01",
                              "--reason", "x"}),
                   "likely duplicate of YJAG-2024-001");
  }
  SECTION("unknown case") {
    expectRejected(cli, args({"case", "show", "YJAG-2024-999"}), "there is no case");
  }
  SECTION("meeting mode: bad input to the new meeting commands") {
    REQUIRE(cli.run(args({"meeting", "add", "--group", "YJAG", "--date", "2024-06-15", "--venue", "Hall"})).exitCode == 0);
    // The case joins the agenda as item 3, before any other business.
    REQUIRE(cli.run(args({"meeting", "item", "add", "--meeting", "1", "--case", "YJAG-2024-001"})).exitCode == 0);
    expectRejected(cli, args({"meeting", "build", "99"}), "there is no meeting 99");
    expectRejected(cli, args({"report", "figures", "--quarter", "2024Q9"}), "is not a quarter");
    expectRejected(cli, args({"report", "figures", "--quarter", "2023/25 Q1"}), "not a financial year");
    expectRejected(cli, args({"report", "figures", "--quarter", "2024Q1", "--group", "NOPE"}), "NOPE");
    expectRejected(cli, args({"meeting", "item", "add", "--meeting", "1"}), "give --case or --title");
    expectRejected(cli, args({"meeting", "item", "add", "--meeting", "1", "--case", "YJAG-2024-001"}), "already item");
    expectRejected(cli, args({"meeting", "item", "add", "--meeting", "1", "--title", "Late", "--position", "9"}),
                   "outside the agenda");
    expectRejected(cli, args({"meeting", "item", "drop", "--meeting", "1", "--item", "9"}), "no agenda item 9");
    expectRejected(cli, args({"meeting", "item", "move", "--meeting", "1", "--item", "1", "--to", "0"}),
                   "outside the agenda");
    expectRejected(cli, args({"meeting", "update", "--meeting", "1", "--item", "3", "--text", " "}), "update is empty");
    expectRejected(cli, args({"meeting", "record", "--meeting", "1", "--item", "3", "--score", "4"}),
                   "not likelihood,impact");
    expectRejected(cli, args({"meeting", "record", "--meeting", "1", "--item", "3", "--score", "6,2"}), "likelihood");
    expectRejected(cli, args({"meeting", "record", "--meeting", "1", "--item", "3", "--action", "Visit|Nobody"}),
                   "TEXT|OWNER|YYYY-MM-DD");
    expectRejected(cli, args({"meeting", "record", "--meeting", "1", "--item", "3", "--action", "Visit|#1|2024-02-30"}),
                   "not a real calendar date");
    expectRejected(cli, args({"meeting", "record", "--meeting", "1", "--item", "3", "--decision", "shelve"}),
                   "--decision");
    expectRejected(cli, args({"meeting", "record", "--meeting", "1", "--item", "3", "--decision", "close"}), "outcome");
    expectRejected(cli, args({"meeting", "record", "--meeting", "1", "--item", "3", "--decision", "refer_on"}), "forum");
    expectRejected(cli, args({"meeting", "record", "--meeting", "1", "--item", "3", "--decision", "close", "--outcome",
                              "sorted"}),
                   "--outcome");
    expectRejected(cli, args({"meeting", "sign-off", "1"}), "no attendance recorded");
    expectRejected(cli, args({"meeting", "amend", "--meeting", "1", "--text", "Fix"}), "not signed off");
    expectRejected(cli, args({"meeting", "insight", "--group", "YJAG", "--last", "0"}), "at least 1 meeting");
    expectRejected(cli, args({"meeting", "insight", "--group", "NOPE"}), "there is no group 'NOPE'");
    expectRejected(cli, args({"meeting", "invites", "1", "--member", "Nobody Known"}), "Nobody Known");
    expectRejected(cli, args({"meeting", "standing", "--group", "YJAG", "--set", "A", "--set", "a"}), "listed twice");
    expectRejected(cli, args({"meeting", "minutes", "--meeting", "1", "--format", "docx", "--out", "x.docx"}),
                   "--format");
    expectRejected(cli, args({"meeting", "minutes", "--meeting", "1", "--format", "xlsx", "--out", "x.xlsx"}),
                   "not a spreadsheet");
    expectRejected(cli, args({"meeting", "agenda", "--meeting", "99", "--format", "pdf", "--out", "x.pdf"}),
                   "there is no meeting 99");
  }
  SECTION("unknown option") {
    expectRejected(cli, args({"case", "list", "--colour", "red"}), "colour");
  }
  SECTION("empty import file") {
    QFile empty(cli.path(QStringLiteral("empty.csv")));
    REQUIRE(empty.open(QIODevice::WriteOnly));
    empty.close();
    expectRejected(cli, {QStringLiteral("import"), empty.fileName()}, "empty");
  }
  SECTION("import with a missing required column") {
    QFile file(cli.path(QStringLiteral("nogroup.csv")));
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("Subject,Referral date,Reason\r\nE Person,2024-05-01,ASB\r\n");
    file.close();
    expectRejected(cli, {QStringLiteral("import"), file.fileName()}, "group");
  }
  SECTION("import of text that is not UTF-8 when UTF-8 is demanded") {
    QFile file(cli.path(QStringLiteral("latin1.csv")));
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("Group,Subject,Referral date,Reason\r\nYJAG,Zo\xEB Example,2024-05-01,ASB\r\n");
    file.close();
    expectRejected(cli, {QStringLiteral("import"), file.fileName(), QStringLiteral("--encoding"), QStringLiteral("utf-8")},
                   "line 2 is not valid UTF-8");
  }
  SECTION("import with a bad row among good ones") {
    QFile file(cli.path(QStringLiteral("rows.csv")));
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("Group,Subject,Referral date,Reason,Likelihood,Impact\r\n"
               "YJAG,Good Row,2024-05-01,ASB,2,2\r\n"
               "YJAG,Bad Row,2024-05-01,ASB,6,2\r\n");
    file.close();
    expectRejected(cli, {QStringLiteral("import"), file.fileName()}, "line 3, column Likelihood");
  }
  SECTION("import of a file that is not text") {
    QFile file(cli.path(QStringLiteral("binary.csv")));
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray("Group,Subject\r\n\x00\x01\x02\xff\xfe", 20));
    file.close();
    expectRejected(cli, {QStringLiteral("import"), file.fileName()}, "file");
  }
}

TEST_CASE("cli: storage problems exit 3", "[cli][bad-input]") {
  CliRunner cli;
  SECTION("a file that is not a database") {
    QFile file(cli.path(QStringLiteral("notes.db")));
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("These are not the cases you are looking for.\n");
    file.close();
    const QByteArray before = fileBytes(file.fileName());
    const CliRun run = cli.run(args({"case", "list"}), file.fileName());
    CHECK(run.exitCode == 3);
    CHECK(run.err.contains(QStringLiteral("not a Casebook database")));
    CHECK(fileBytes(file.fileName()) == before);
  }
  SECTION("a missing database is not created by a read") {
    const CliRun run = cli.run(args({"case", "list"}));
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QStringLiteral("casebook-cli init")));
    CHECK_FALSE(QFile::exists(cli.dbPath()));
  }
}
