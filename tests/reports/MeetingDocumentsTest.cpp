#include "HostileText.h"
#include "MeetingDocuments.h"
#include "XlsxLibrary.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QXmlStreamReader>

using namespace casebook;

namespace {

// A fictional YJAG meeting covering every attendance state and the awkward text the
// documents must print literally.
MeetingRecord sampleRecord() {
  MeetingRecord r;
  r.meetingId = 7;
  r.groupCode = QStringLiteral("YJAG");
  r.groupName = QStringLiteral("Youth Joint Action Group");
  r.heldOn = QDate(2026, 11, 24);
  r.startsAt = QTime(10, 0);
  r.venue = QStringLiteral("Room 2, Civic Offices");
  r.onlineLink = QStringLiteral("https://meet.example.org/yjag");
  r.chair = QStringLiteral("Sam Officer");
  r.minuteTaker = QStringLiteral("Pat Clerk");
  r.status = MeetingStatus::Held;
  r.attendees = {
      {QStringLiteral("Sam Officer"), QStringLiteral("Police"), AttendanceStatus::Present, {}},
      {QStringLiteral("Robin Worker"), QStringLiteral("Council"), AttendanceStatus::Present, {}},
      {QStringLiteral("Alex Member"), QStringLiteral("Council"), AttendanceStatus::Deputy, QStringLiteral("Jo Deputy")},
      {QStringLiteral("Chris Absentee"), QStringLiteral("Health"), AttendanceStatus::Apologies, {}},
      {QStringLiteral("Dana Writer"), QStringLiteral("Housing"), AttendanceStatus::UpdateSent, {}},
      {QStringLiteral("Eli Missing"), QStringLiteral("Fire"), AttendanceStatus::Absent, {}},
  };
  r.invited = {QStringLiteral("Sam Officer"), QStringLiteral("Robin Worker"), QStringLiteral("Alex Member"),
               QStringLiteral("Chris Absentee"), QStringLiteral("Dana Writer"), QStringLiteral("Eli Missing")};

  RecordItem attendance;
  attendance.position = 1;
  attendance.kind = AgendaItemKind::Attendance;
  attendance.title = QStringLiteral("Attendance and apologies");
  RecordItem previous;
  previous.position = 2;
  previous.kind = AgendaItemKind::PreviousMinutes;
  previous.title = QStringLiteral("Minutes and actions of the last meeting");
  previous.minutes = QStringLiteral("Agreed as a correct record.");

  RecordItem review;
  review.position = 3;
  review.kind = AgendaItemKind::CaseReview;
  review.title = QStringLiteral("Review due: YJAG-2026-004 (J.S.)");
  review.caseReference = QStringLiteral("YJAG-2026-004");
  review.initials = QStringLiteral("J.S.");
  review.riskBefore = QStringLiteral("16 Very high");
  review.riskAfter = QStringLiteral("9 Medium");
  review.updates = {{QStringLiteral("Robin Worker"), QDateTime(QDate(2026, 11, 20), QTime(9, 0)),
                     QStringLiteral("Home visit done; engagement is improving.")}};
  review.minutes = QStringLiteral("The school reports better attendance since the last review.\n"
                                  "Concerns remain about <b>not bold</b> older associates.\n"
                                  "=SUM(A1) was typed by the minute-taker.");
  review.decision = ItemDecision::Escalate;
  review.decisionNote = QStringLiteral("Exploitation risk is beyond the sub-group's reach.");
  RecordAction visit{QStringLiteral("241126 Item 3"), 3, QStringLiteral("YJAG-2026-004"),
                     QStringLiteral("Arrange a joint home visit"), QStringLiteral("Robin Worker"),
                     QDate(2026, 12, 8), ActionStatus::Open, {}, false};
  RecordAction data{QStringLiteral("241126 Item 3"), 3, QStringLiteral("YJAG-2026-004"),
                    QStringLiteral("=SUM(A1) check the school attendance data"), QStringLiteral("Council"),
                    QDate(2026, 11, 20), ActionStatus::InProgress,
                    QStringLiteral("20/11/2026: awaiting the data"), true};
  review.actions = {visit, data};

  RecordItem other;
  other.position = 4;
  other.kind = AgendaItemKind::Other;
  other.title = QStringLiteral("Any other business");

  r.items = {attendance, previous, review, other};
  r.actionLog = {visit, data};
  r.signedOffAt = QDateTime(QDate(2026, 11, 26), QTime(16, 5));
  r.signedOffBy = QStringLiteral("Sam Officer");
  r.amendments = {{QDateTime(QDate(2026, 11, 27), QTime(9, 30)), QStringLiteral("Pat Clerk"), 3,
                   QStringLiteral("Risk re-score corrected from 8 to 9.")}};
  return r;
}

// The text between a heading line and the next of the given headings.
QString section(const QString& text, const QString& heading, const QStringList& nextHeadings) {
  const qsizetype start = text.indexOf(QLatin1Char('\n') + heading + QLatin1Char('\n'));
  if (start < 0) return {};
  qsizetype end = text.size();
  for (const QString& next : nextHeadings) {
    const qsizetype at = text.indexOf(QLatin1Char('\n') + next + QLatin1Char('\n'), start + 1);
    if (at >= 0 && at < end) end = at;
  }
  return text.mid(start, end - start);
}

QByteArray unzipEntry(const QString& archive, const QString& entry) {
  if (QStandardPaths::findExecutable(QStringLiteral("unzip")).isEmpty()) {
    FAIL("unzip is not installed: apt-get install unzip (scripts/common.sh lists it)");
  }
  QProcess unzip;
  unzip.start(QStringLiteral("unzip"), {QStringLiteral("-p"), archive, entry});
  REQUIRE(unzip.waitForFinished(30000));
  INFO("unzip -p " << archive.toStdString() << " " << entry.toStdString());
  REQUIRE(unzip.exitCode() == 0);
  return unzip.readAllStandardOutput();
}

QByteArray readFile(const QString& path) {
  QFile file(path);
  REQUIRE(file.open(QIODevice::ReadOnly));
  return file.readAll();
}

QString write(const MeetingRecord& r, MeetingDocument which, DocumentFormat format, const QTemporaryDir& dir) {
  const QString path = dir.filePath(defaultDocumentFileName(r, which, format));
  const Status written = writeMeetingDocument(r, which, format, path);
  INFO((written ? std::string() : written.error().message().toStdString()));
  REQUIRE(written.ok());
  return path;
}

QStringList leftoverFiles(const QTemporaryDir& dir) {
  return QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
}

QString xmlProblem(const QByteArray& xml) {
  QXmlStreamReader reader(xml);
  while (!reader.atEnd()) reader.readNext();
  return reader.hasError() ? reader.errorString() : QString();
}

}  // namespace

TEST_CASE("minutes show attendance by section, numbered items, decisions, actions and sign-off", "[reports]") {
  const QString text = minutesDocument(sampleRecord())->toPlainText();
  const QStringList headings{QStringLiteral("Present"), QStringLiteral("Apologies"), QStringLiteral("Absent"),
                             QStringLiteral("1. Attendance and apologies")};

  const QString present = section(text, QStringLiteral("Present"), headings);
  CHECK(present.contains(QStringLiteral("Sam Officer, Police")));
  CHECK(present.contains(QStringLiteral("Robin Worker, Council")));
  CHECK(present.contains(QStringLiteral("Jo Deputy (deputising for Alex Member), Council")));
  CHECK_FALSE(present.contains(QStringLiteral("Chris Absentee")));
  CHECK_FALSE(present.contains(QStringLiteral("Eli Missing")));

  const QString apologies = section(text, QStringLiteral("Apologies"), headings);
  CHECK(apologies.contains(QStringLiteral("Chris Absentee, Health")));
  CHECK(apologies.contains(QStringLiteral("Dana Writer, Housing: Apologies, written update sent")));
  CHECK(apologies.contains(QStringLiteral("Alex Member, Council")));
  CHECK_FALSE(apologies.contains(QStringLiteral("Robin Worker")));
  CHECK(section(text, QStringLiteral("Absent"), headings).contains(QStringLiteral("Eli Missing, Fire")));

  const qsizetype first = text.indexOf(QStringLiteral("1. Attendance and apologies"));
  const qsizetype second = text.indexOf(QStringLiteral("2. Minutes and actions of the last meeting"));
  const qsizetype third = text.indexOf(QStringLiteral("3. Review due: YJAG-2026-004 (J.S.)"));
  const qsizetype fourth = text.indexOf(QStringLiteral("4. Any other business"));
  CHECK(first > 0);
  CHECK(first < second);
  CHECK(second < third);
  CHECK(third < fourth);

  CHECK(text.contains(QStringLiteral("Minutes of the meeting held on Tuesday 24 November 2026")));
  CHECK(text.contains(QStringLiteral("Risk: 16 Very high, re-scored to 9 Medium")));
  CHECK(text.contains(QStringLiteral("Home visit done; engagement is improving.")));
  CHECK(text.contains(QStringLiteral("since the last review.\nConcerns remain")));  // paragraphs kept
  CHECK(text.contains(QStringLiteral("Concerns remain about <b>not bold</b> older associates.")));
  CHECK(text.contains(QStringLiteral("\n=SUM(A1) was typed by the minute-taker.")));
  CHECK(text.contains(QStringLiteral("Decision: Escalate to the JAG")));
  CHECK(text.contains(QStringLiteral("beyond the sub-group's reach")));
  CHECK(text.contains(QStringLiteral("AGREED actions")));
  CHECK(text.contains(QStringLiteral("Arrange a joint home visit")));
  CHECK(text.contains(QStringLiteral("08/12/2026")));
  CHECK(text.contains(QStringLiteral("Signed off by Sam Officer on Thursday 26 November 2026 at 16:05")));
  CHECK(text.indexOf(QStringLiteral("Amendments")) > text.indexOf(QStringLiteral("Signed off by")));
  CHECK(text.contains(QStringLiteral("Risk re-score corrected from 8 to 9.")));
  CHECK(text.contains(QStringLiteral("Item 3")));
  CHECK_FALSE(text.contains(QStringLiteral("DRAFT")));
}

TEST_CASE("unsigned minutes say DRAFT above the heading and a cancelled meeting says so", "[reports]") {
  MeetingRecord r = sampleRecord();
  r.signedOffAt.reset();
  r.signedOffBy.clear();
  r.amendments.clear();
  const QString text = minutesDocument(r)->toPlainText();
  const qsizetype draft = text.indexOf(QStringLiteral("DRAFT: not yet signed off"));
  CHECK(draft >= 0);
  CHECK(draft < text.indexOf(QStringLiteral("Minutes of the meeting held on")));
  CHECK_FALSE(text.contains(QStringLiteral("Signed off by")));
  CHECK_FALSE(text.contains(QStringLiteral("cancelled")));

  r.status = MeetingStatus::Cancelled;
  CHECK(minutesDocument(r)->toPlainText().contains(QStringLiteral("This meeting was cancelled.")));
  CHECK(agendaPackDocument(r)->toPlainText().contains(QStringLiteral("This meeting has been cancelled.")));
}

TEST_CASE("agenda pack lists the invited, the numbered items and updates but no minutes or decisions",
          "[reports]") {
  const QString text = agendaPackDocument(sampleRecord())->toPlainText();
  CHECK(text.contains(QStringLiteral("Youth Joint Action Group (YJAG)")));
  CHECK(text.contains(QStringLiteral("Meeting on Tuesday 24 November 2026 at 10:00")));
  CHECK(text.contains(QStringLiteral("Room 2, Civic Offices")));
  CHECK(text.contains(QStringLiteral("https://meet.example.org/yjag")));
  CHECK(text.contains(QStringLiteral("Chair: Sam Officer")));
  CHECK(text.contains(QStringLiteral("Minute-taker: Pat Clerk")));
  const QString invited = section(text, QStringLiteral("Invited"), {QStringLiteral("Agenda")});
  for (const QString& name : sampleRecord().invited) CHECK(invited.contains(name));
  CHECK(text.indexOf(QStringLiteral("1. Attendance and apologies")) <
        text.indexOf(QStringLiteral("3. Review due: YJAG-2026-004 (J.S.)")));
  CHECK(text.contains(QStringLiteral("4. Any other business")));
  CHECK(text.contains(QStringLiteral("Robin Worker, 20/11/2026")));
  CHECK(text.contains(QStringLiteral("Home visit done; engagement is improving.")));
  CHECK(text.contains(QStringLiteral("OFFICIAL-SENSITIVE: cases are shown by reference and initials only.")));

  CHECK_FALSE(text.contains(QStringLiteral("not bold")));
  CHECK_FALSE(text.contains(QStringLiteral("Agreed as a correct record")));
  CHECK_FALSE(text.contains(QStringLiteral("Decision")));
  CHECK_FALSE(text.contains(QStringLiteral("Escalate to the JAG")));
  CHECK_FALSE(text.contains(QStringLiteral("re-scored")));
  CHECK_FALSE(text.contains(QStringLiteral("AGREED actions")));
}

TEST_CASE("action log table has the partnership columns and marks overdue rows", "[reports]") {
  const QString text = actionLogDocument(sampleRecord())->toPlainText();
  for (const char* header : {"Meeting date and item", "Case", "Action", "Owner", "Complete by", "Status", "Update"}) {
    CHECK(text.contains(QString::fromLatin1(header)));
  }
  CHECK(text.contains(QStringLiteral("241126 Item 3")));
  CHECK(text.contains(QStringLiteral("20/11/2026")));
  CHECK(text.contains(QStringLiteral("In progress, overdue")));
  CHECK(text.contains(QStringLiteral("=SUM(A1) check the school attendance data")));
}

TEST_CASE("documents written as ODT hold their text in content.xml", "[reports]") {
  QTemporaryDir dir;
  REQUIRE(dir.isValid());
  const MeetingRecord r = sampleRecord();

  const QByteArray minutes =
      unzipEntry(write(r, MeetingDocument::Minutes, DocumentFormat::Odt, dir), QStringLiteral("content.xml"));
  CHECK(minutes.contains("Review due: YJAG-2026-004 (J.S.)"));
  CHECK(minutes.contains("Escalate to the JAG"));
  CHECK(minutes.contains("AGREED actions"));
  CHECK(minutes.contains("&lt;b&gt;not bold&lt;/b&gt;"));
  CHECK_FALSE(minutes.contains("<b>"));

  const QByteArray agenda =
      unzipEntry(write(r, MeetingDocument::AgendaPack, DocumentFormat::Odt, dir), QStringLiteral("content.xml"));
  CHECK(agenda.contains("Home visit done; engagement is improving."));
  CHECK(agenda.contains("Chris Absentee"));
  CHECK_FALSE(agenda.contains("not bold"));

  const QByteArray log =
      unzipEntry(write(r, MeetingDocument::ActionLog, DocumentFormat::Odt, dir), QStringLiteral("content.xml"));
  CHECK(log.contains("Meeting date and item"));
  CHECK(log.contains("Arrange a joint home visit"));
  CHECK(log.contains("08/12/2026"));
  CHECK(leftoverFiles(dir).size() == 3);
}

TEST_CASE("documents written as PDF are PDFs with at least one page", "[reports]") {
  QTemporaryDir dir;
  REQUIRE(dir.isValid());
  const MeetingRecord r = sampleRecord();
  const QRegularExpression page(QStringLiteral(R"(/Type\s*/Page(?!s))"));
  for (MeetingDocument which : {MeetingDocument::AgendaPack, MeetingDocument::Minutes, MeetingDocument::ActionLog}) {
    const QByteArray pdf = readFile(write(r, which, DocumentFormat::Pdf, dir));
    INFO(toKey(which).toStdString());
    CHECK(pdf.startsWith("%PDF-"));
    CHECK(QString::fromLatin1(pdf).count(page) >= 1);
  }
}

TEST_CASE("action log as XLSX has the seven headers, formula-like text as strings and no formulas",
          "[reports]") {
  QTemporaryDir dir;
  REQUIRE(dir.isValid());
  const QString path = write(sampleRecord(), MeetingDocument::ActionLog, DocumentFormat::Xlsx, dir);
  CHECK(readFile(path).startsWith("PK"));

  const QByteArray strings = unzipEntry(path, QStringLiteral("xl/sharedStrings.xml"));
  for (const char* header : {"Meeting date and item", "Case", "Action", "Owner", "Complete by", "Status", "Update"}) {
    INFO(header);
    CHECK(strings.contains(QByteArray(QByteArray("<t>") + header + "</t>")));
  }
  CHECK(strings.contains("<t>=SUM(A1) check the school attendance data</t>"));

  const QByteArray sheet = unzipEntry(path, QStringLiteral("xl/worksheets/sheet1.xml"));
  CHECK_FALSE(sheet.contains("<f>"));
  CHECK_FALSE(sheet.contains("<f "));
  CHECK(sheet.contains("<autoFilter"));
  CHECK(sheet.contains("state=\"frozen\""));
  CHECK(unzipEntry(path, QStringLiteral("xl/workbook.xml")).contains("name=\"Action log\""));
  CHECK(unzipEntry(path, QStringLiteral("xl/styles.xml")).contains("dd/mm/yyyy"));
}

// ctest runs each test case in a process of its own, so nothing before this one has
// written a workbook.
TEST_CASE("the XLSX library is loaded by the first workbook written, not when the program starts",
          "[reports]") {
  const auto loaded = [] {
    QFile maps(QStringLiteral("/proc/self/maps"));
    return maps.open(QIODevice::ReadOnly) && maps.readAll().contains("libxlsxwriter");
  };
  REQUIRE_FALSE(loaded());
  QTemporaryDir dir;
  REQUIRE(dir.isValid());
  write(sampleRecord(), MeetingDocument::ActionLog, DocumentFormat::Odt, dir);
  CHECK_FALSE(loaded());
  const QString path = write(sampleRecord(), MeetingDocument::ActionLog, DocumentFormat::Xlsx, dir);
  CHECK(readFile(path).startsWith("PK"));
  CHECK(loaded());
}

TEST_CASE("a missing XLSX library, or another library in its place, is an error that says what to install",
          "[reports]") {
  const auto missing = XlsxLibrary::open("libcasebook-no-such-library.so.0");
  REQUIRE_FALSE(missing.ok());
  CHECK(missing.error().message().contains(QStringLiteral("libcasebook-no-such-library.so.0")));
  CHECK(missing.error().message().contains(QStringLiteral("Install the libxlsxwriter")));
  const auto foreign = XlsxLibrary::open("libz.so.1");  // loads, but has none of the functions
  REQUIRE_FALSE(foreign.ok());
  CHECK(foreign.error().message().contains(QStringLiteral("libz.so.1 has no function workbook_new")));
  CHECK(XlsxLibrary::get().ok());
}

TEST_CASE("xlsx is refused for the minutes and the agenda pack", "[reports]") {
  QTemporaryDir dir;
  REQUIRE(dir.isValid());
  for (MeetingDocument which : {MeetingDocument::Minutes, MeetingDocument::AgendaPack}) {
    const Status refused =
        writeMeetingDocument(sampleRecord(), which, DocumentFormat::Xlsx, dir.filePath(QStringLiteral("out.xlsx")));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == Error::Kind::Invalid);
    CHECK(refused.error().message().contains(QStringLiteral("xlsx")));
    CHECK(refused.error().fix.contains(QStringLiteral("odt or pdf")));
  }
  CHECK(leftoverFiles(dir).isEmpty());
}

TEST_CASE("writing into a folder that does not exist fails and leaves no file", "[reports]") {
  QTemporaryDir dir;
  REQUIRE(dir.isValid());
  const QString path = dir.filePath(QStringLiteral("missing/minutes.pdf"));
  const Status failed = writeMeetingDocument(sampleRecord(), MeetingDocument::Minutes, DocumentFormat::Pdf, path);
  REQUIRE_FALSE(failed.ok());
  CHECK(failed.error().message().contains(dir.filePath(QStringLiteral("missing"))));
  CHECK_FALSE(failed.error().fix.isEmpty());
  CHECK_FALSE(QFile::exists(path));
  CHECK(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty());
}

TEST_CASE("writing over an existing file replaces it and leaves no temporary file", "[reports]") {
  QTemporaryDir dir;
  REQUIRE(dir.isValid());
  for (DocumentFormat format : {DocumentFormat::Odt, DocumentFormat::Pdf, DocumentFormat::Xlsx}) {
    INFO(toKey(format).toStdString());
    const QString path = dir.filePath(QStringLiteral("action log.") + toKey(format));
    {
      QFile old(path);
      REQUIRE(old.open(QIODevice::WriteOnly));
      old.write("old content that must go");
    }
    const Status written = writeMeetingDocument(sampleRecord(), MeetingDocument::ActionLog, format, path);
    REQUIRE(written.ok());
    const QByteArray now = readFile(path);
    CHECK_FALSE(now.contains("old content that must go"));
    CHECK((now.startsWith("PK") || now.startsWith("%PDF-")));
  }
  CHECK(leftoverFiles(dir).size() == 3);
  for (const QString& name : leftoverFiles(dir)) CHECK_FALSE(name.endsWith(QStringLiteral(".part")));
}

TEST_CASE("a folder where the file should be is refused and left alone", "[reports]") {
  QTemporaryDir dir;
  REQUIRE(dir.isValid());
  // A folder standing where the file should be: the rename must fail, nothing may change.
  const QString path = dir.filePath(QStringLiteral("minutes.odt"));
  REQUIRE(QDir(dir.path()).mkdir(QStringLiteral("minutes.odt")));
  const Status failed = writeMeetingDocument(sampleRecord(), MeetingDocument::Minutes, DocumentFormat::Odt, path);
  REQUIRE_FALSE(failed.ok());
  CHECK(failed.error().message().contains(QStringLiteral("is a folder")));
  CHECK(QFileInfo(path).isDir());
  CHECK(leftoverFiles(dir).isEmpty());
}

TEST_CASE("document and format keys parse and unknown keys are explained", "[reports]") {
  CHECK(documentFormatFromKey(QStringLiteral("odt")).value() == DocumentFormat::Odt);
  CHECK(documentFormatFromKey(QStringLiteral("PDF")).value() == DocumentFormat::Pdf);
  CHECK(documentFormatFromKey(QStringLiteral("xlsx")).value() == DocumentFormat::Xlsx);
  CHECK(meetingDocumentFromKey(QStringLiteral("agenda")).value() == MeetingDocument::AgendaPack);
  CHECK(meetingDocumentFromKey(QStringLiteral("minutes")).value() == MeetingDocument::Minutes);
  CHECK(meetingDocumentFromKey(QStringLiteral("actions")).value() == MeetingDocument::ActionLog);

  const auto badFormat = documentFormatFromKey(QStringLiteral("docx"));
  REQUIRE_FALSE(badFormat.ok());
  CHECK(badFormat.error().field == QStringLiteral("format"));
  CHECK(badFormat.error().message().contains(QStringLiteral("docx")));
  CHECK(badFormat.error().fix.contains(QStringLiteral("odt, pdf, xlsx")));
  const auto badDocument = meetingDocumentFromKey(QStringLiteral("report"));
  REQUIRE_FALSE(badDocument.ok());
  CHECK(badDocument.error().fix.contains(QStringLiteral("agenda, minutes, actions")));

  CHECK(defaultDocumentFileName(sampleRecord(), MeetingDocument::Minutes, DocumentFormat::Pdf) ==
        QStringLiteral("YJAG 2026-11-24 minutes.pdf"));
}

TEST_CASE("hostile text in every field still gives well-formed ODT and XLSX with no formulas", "[reports]") {
  for (const auto& hostile : test::hostileTexts()) {
    INFO(hostile.label);
    MeetingRecord r = sampleRecord();
    RecordItem& item = r.items[2];
    item.title = hostile.text;
    item.minutes = hostile.text;
    item.decisionNote = hostile.text;
    r.attendees[0].name = hostile.text;
    for (RecordAction& action : r.actionLog) {
      action.text = hostile.text;
      action.owner = hostile.text;
      action.update = hostile.text;
    }
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString odt = write(r, MeetingDocument::Minutes, DocumentFormat::Odt, dir);
    CHECK(xmlProblem(unzipEntry(odt, QStringLiteral("content.xml"))).isEmpty());
    CHECK(minutesDocument(r)->toPlainText().contains(hostile.text.left(8).trimmed()));

    const QString xlsx = write(r, MeetingDocument::ActionLog, DocumentFormat::Xlsx, dir);
    const QByteArray sheet = unzipEntry(xlsx, QStringLiteral("xl/worksheets/sheet1.xml"));
    CHECK(xmlProblem(sheet).isEmpty());
    CHECK(xmlProblem(unzipEntry(xlsx, QStringLiteral("xl/sharedStrings.xml"))).isEmpty());
    CHECK_FALSE(sheet.contains("<f>"));
    CHECK(readFile(write(r, MeetingDocument::Minutes, DocumentFormat::Pdf, dir)).startsWith("%PDF-"));
  }
}
