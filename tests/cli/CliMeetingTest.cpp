// Meeting mode from the command line (issue 6): plan, take the register, record an item,
// sign off, then write the minutes and the action log as the partnership sends them.
#include "CliExpect.h"
#include "CliRunner.h"
#include "TestSupport.h"

#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QProcess>

#include <catch2/catch.hpp>

using casebook::fileBytes;
using casebook::test::CliRun;
using casebook::test::CliRunner;
using casebook::test::args;
using casebook::test::expectOk;
using casebook::test::expectRejected;

namespace {

// One member of an OpenDocument or OOXML zip, as text.
QString zipEntry(const QString& zip, const char* entry) {
  QProcess unzip;
  unzip.start(QStringLiteral("unzip"), {QStringLiteral("-p"), zip, QString::fromLatin1(entry)});
  REQUIRE(unzip.waitForFinished(30000));
  REQUIRE(unzip.exitCode() == 0);
  return QString::fromUtf8(unzip.readAllStandardOutput());
}

// A YJAG case overdue for review (so on the agenda), a chair, and a planned meeting today.
QString prepareMeeting(const CliRunner& cli) {
  expectOk(cli, args({"init"}));
  expectOk(cli, args({"member", "add", "--name", "Jo Chair", "--agency", "POL", "--group", "YJAG", "--role", "chair"}));
  expectOk(cli, args({"member", "add", "--name", "Olive Owner", "--agency", "YJS", "--group", "YJAG"}));
  expectOk(cli, args({"member", "add", "--name", "Nina Nothing", "--agency", "FIRE", "--group", "YJAG"}));
  expectOk(cli, args({"case", "add", "--group", "YJAG", "--subject", "Riley Testcase", "--dob", "2008-04-02",
                "--referral-date", "2024-05-01", "--reason", "Knife found", "--likelihood", "4", "--impact", "4",
                "--accept"}));
  const QString today = QDate::currentDate().toString(Qt::ISODate);
  const CliRun added = expectOk(cli, {QStringLiteral("meeting"), QStringLiteral("add"), QStringLiteral("--group"),
                                QStringLiteral("YJAG"), QStringLiteral("--date"), today, QStringLiteral("--venue"),
                                QStringLiteral("Town hall"), QStringLiteral("--chair"), QStringLiteral("Jo Chair")});
  REQUIRE(added.out.contains(QStringLiteral("Added meeting 1")));
  return today;
}

}  // namespace

TEST_CASE("cli: a meeting is run, signed off and written as minutes and an action log", "[cli][meeting-mode]") {
  CliRunner cli;
  prepareMeeting(cli);
  const QString due = QDate::currentDate().addDays(30).toString(Qt::ISODate);

  const CliRun show = expectOk(cli, args({"meeting", "show", "1"}));
  INFO(show.out.toStdString());
  REQUIRE(show.out.contains(QStringLiteral("3. Review overdue: YJAG-2024-001 (R.T.)")));
  CHECK(expectOk(cli, args({"meeting", "build", "1"})).out.contains(QStringLiteral("Added 0 items")));

  // The agenda edited: an item added first, moved to the end, dropped again.
  expectOk(cli, args({"meeting", "item", "add", "--meeting", "1", "--title", "Summer events", "--position", "1"}));
  expectOk(cli, args({"meeting", "item", "move", "--meeting", "1", "--item", "1", "--to", "5"}));
  CHECK(expectOk(cli, args({"meeting", "show", "1"})).out.contains(QStringLiteral("5. Summer events")));
  expectOk(cli, args({"meeting", "item", "drop", "--meeting", "1", "--item", "5"}));
  CHECK_FALSE(expectOk(cli, args({"meeting", "show", "1"})).out.contains(QStringLiteral("Summer events")));
  expectOk(cli, args({"meeting", "update", "--meeting", "1", "--item", "3", "--text", "Attending school daily"}));

  const CliRun standing = expectOk(cli, args({"meeting", "standing", "--group", "YJAG", "--set", "Hot spots", "--set",
                                        "Partnership data"}));
  CHECK(standing.out.contains(QStringLiteral("Hot spots")));
  CHECK(expectOk(cli, args({"meeting", "standing", "--group", "YJAG", "--clear"})).out.contains(QStringLiteral("No standing")));

  const CliRun invites = expectOk(cli, args({"meeting", "invites", "1", "--confirm"}));
  CHECK(invites.out.contains(QStringLiteral("runs the meeting")));
  CHECK(invites.out.contains(QStringLiteral("nothing on the agenda")));
  CHECK(invites.out.contains(QStringLiteral("Invited 1 to meeting 1")));
  expectOk(cli, args({"meeting", "invites", "1", "--member", "Jo Chair", "--member", "Olive Owner"}));

  expectOk(cli, args({"attend", "--meeting", "1", "--member", "Jo Chair", "--status", "present"}));
  expectOk(cli, args({"attend", "--meeting", "1", "--member", "Olive Owner", "--status", "apologies"}));
  const CliRun recorded =
      expectOk(cli, {QStringLiteral("meeting"), QStringLiteral("record"), QStringLiteral("--meeting"), QStringLiteral("1"),
               QStringLiteral("--item"), QStringLiteral("3"), QStringLiteral("--minutes"),
               QStringLiteral("Engaging with the youth worker"), QStringLiteral("--score"), QStringLiteral("3,3"),
               QStringLiteral("--action"), QStringLiteral("Arrange a mentor|Jo Chair|") + due, QStringLiteral("--decision"),
               QStringLiteral("continue")});
  CHECK(recorded.out.contains(QStringLiteral("re-scored, 1 actions added")));
  // Recording again without --minutes keeps the minute text.
  expectOk(cli, args({"meeting", "record", "--meeting", "1", "--item", "3", "--decision", "continue"}));
  const CliRun detail = expectOk(cli, args({"meeting", "show", "1", "--format", "json"}));
  CHECK(detail.out.contains(QStringLiteral("Engaging with the youth worker")));

  const CliRun insight = expectOk(cli, args({"meeting", "insight", "--group", "YJAG", "--last", "3", "--format", "json"}));
  const QJsonObject rates = insight.json();
  CHECK(rates.value(QStringLiteral("format")).toString() == QStringLiteral("casebook/attendance-insight"));
  CHECK(rates.value(QStringLiteral("meetings_counted")).toInt() == 1);
  CHECK(rates.value(QStringLiteral("apologies_without_deputy")).toArray().size() == 1);
  CHECK(expectOk(cli, args({"meeting", "insight", "--group", "YJAG"})).out.contains(QStringLiteral("Olive Owner")));

  CHECK(expectOk(cli, args({"meeting", "sign-off", "1"})).out.contains(QStringLiteral("Signed off meeting 1")));
  const QByteArray beforeRefused = fileBytes(cli.dbPath());
  const CliRun locked = cli.run(args({"meeting", "record", "--meeting", "1", "--item", "3", "--minutes", "Changed"}));
  CHECK(locked.exitCode == 2);
  CHECK(locked.err.contains(QStringLiteral("amendment")));
  CHECK(fileBytes(cli.dbPath()) == beforeRefused);
  expectOk(cli, args({"meeting", "amend", "--meeting", "1", "--item", "3", "--text", "Mentor agreed by phone"}));

  const QString minutesOdt = cli.path(QStringLiteral("minutes.odt"));
  const QString minutesPdf = cli.path(QStringLiteral("minutes.pdf"));
  const QString actionsXlsx = cli.path(QStringLiteral("actions.xlsx"));
  const QString actionsOdt = cli.path(QStringLiteral("actions.odt"));
  expectOk(cli, {QStringLiteral("meeting"), QStringLiteral("minutes"), QStringLiteral("--meeting"), QStringLiteral("1"),
           QStringLiteral("--format"), QStringLiteral("odt"), QStringLiteral("--out"), minutesOdt});
  expectOk(cli, {QStringLiteral("meeting"), QStringLiteral("minutes"), QStringLiteral("--meeting"), QStringLiteral("1"),
           QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--out"), minutesPdf});
  expectOk(cli, {QStringLiteral("meeting"), QStringLiteral("actions"), QStringLiteral("--meeting"), QStringLiteral("1"),
           QStringLiteral("--format"), QStringLiteral("xlsx"), QStringLiteral("--out"), actionsXlsx});
  expectOk(cli, {QStringLiteral("meeting"), QStringLiteral("actions"), QStringLiteral("--meeting"), QStringLiteral("1"),
           QStringLiteral("--format"), QStringLiteral("odt"), QStringLiteral("--out"), actionsOdt});
  expectOk(cli, {QStringLiteral("meeting"), QStringLiteral("agenda"), QStringLiteral("--meeting"), QStringLiteral("1"),
           QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--out"), cli.path(QStringLiteral("pack.pdf"))});

  const QString minutes = zipEntry(minutesOdt, "content.xml");
  CHECK(minutes.contains(QStringLiteral("YJAG-2024-001")));
  CHECK(minutes.contains(QStringLiteral("Arrange a mentor")));
  CHECK(minutes.contains(QStringLiteral("Engaging with the youth worker")));
  CHECK(minutes.contains(QStringLiteral("Mentor agreed by phone")));
  CHECK_FALSE(minutes.contains(QStringLiteral("Riley")));
  CHECK(fileBytes(minutesPdf).startsWith("%PDF-"));
  CHECK(fileBytes(cli.path(QStringLiteral("pack.pdf"))).startsWith("%PDF-"));
  CHECK(zipEntry(actionsXlsx, "xl/sharedStrings.xml").contains(QStringLiteral("Arrange a mentor")));
  CHECK(zipEntry(actionsOdt, "content.xml").contains(QStringLiteral("Arrange a mentor")));

  // Each document is one export in the audit trail.
  const CliRun audit = expectOk(cli, args({"audit", "list", "--limit", "20"}));
  CHECK(audit.out.count(QStringLiteral("export")) >= 5);
}

TEST_CASE("cli: an export the reason rule needs a reason for writes nothing without one", "[cli][meeting-mode]") {
  CliRunner cli;
  prepareMeeting(cli);
  expectOk(cli, args({"audit", "reasons", "exports"}));
  const QString out = cli.path(QStringLiteral("pack.odt"));
  const CliRun refused = cli.run({QStringLiteral("meeting"), QStringLiteral("agenda"), QStringLiteral("--meeting"),
                                  QStringLiteral("1"), QStringLiteral("--format"), QStringLiteral("odt"),
                                  QStringLiteral("--out"), out});
  CHECK(refused.exitCode == 2);
  CHECK(refused.err.contains(QStringLiteral("reason")));
  CHECK_FALSE(QFile::exists(out));
  expectOk(cli, {QStringLiteral("meeting"), QStringLiteral("agenda"), QStringLiteral("--meeting"), QStringLiteral("1"),
           QStringLiteral("--format"), QStringLiteral("odt"), QStringLiteral("--out"), out, QStringLiteral("--reason"),
           QStringLiteral("Pack for Thursday")});
  CHECK(zipEntry(out, "content.xml").contains(QStringLiteral("YJAG-2024-001")));
}
