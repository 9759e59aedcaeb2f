// Issue 6's "done when": a whole YJAG meeting of the demo run through meeting mode: the
// register; five case items with re-scores, actions, one escalation and one closure;
// sign-off; then the database, the minutes and the action log are checked, and the
// presenter view is checked for what it must not show.
#include "ActionService.h"
#include "AgendaService.h"
#include "CaseReader.h"
#include "DemoWindow.h"
#include "DirectoryRepository.h"
#include "MeetingDocuments.h"
#include "MeetingRunService.h"
#include "MeetingService.h"
#include "ReferralRepository.h"
#include "RiskMatrixWidget.h"
#include "SqlStatement.h"
#include "meeting/ItemPage.h"
#include "meeting/MeetingRunWindow.h"
#include "meeting/PresenterWindow.h"
#include "meeting/RegisterPage.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace casebook;

namespace {

QString unzipped(const QString& file, const QString& member) {
  QProcess unzip;
  unzip.start(QStringLiteral("unzip"), {QStringLiteral("-p"), file, member});
  if (!unzip.waitForFinished(30000) || unzip.exitCode() != 0) return QStringLiteral("<unzip failed: is unzip installed?>");
  return QString::fromUtf8(unzip.readAllStandardOutput());
}

int count(Database& db, const char* sql) {
  return *db.read([&]() -> Result<int> {
    SqlStatement q(db, sql);
    q.exec();
    return q.next() ? q.integer(0) : -1;
  });
}

}  // namespace

class MeetingModeTest final : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void init() { QVERIFY(m_demo.open(120, 6)); }
  void cleanup() { m_demo.close(); }
  void aWholeMeetingEndsInSignedMinutesAndAnActionLog();
  void aSignedOffMeetingIsLockedAndTakesAmendments();

 private:
  qint64 planYjagMeeting();
  test::DemoWindow m_demo;
};

// A YJAG meeting on the demo's today, chaired by YJAG's chair, its agenda built, with at
// least five case reviews on it.
qint64 MeetingModeTest::planYjagMeeting() {
  ServiceContext& ctx = *m_demo.ctx;
  QString chair;
  const Status found = m_demo.db->read([&]() -> Status {
    DirectoryRepository directory(*m_demo.db);
    const auto group = directory.groupByCode(QStringLiteral("YJAG"));
    for (const auto& m : directory.membershipsOfGroup(group->id)) {
      if (m.role == MembershipRole::Chair) chair = QStringLiteral("#%1").arg(m.memberId.value);
    }
    return {};
  });
  if (!found) return 0;
  NewMeetingInput input;
  input.groupCode = QStringLiteral("YJAG");
  input.heldOn = ctx.clock.today();
  input.startsAt = QTime(10, 0);
  input.venue = QStringLiteral("Civic Centre, committee room 2");
  input.chair = chair;
  auto id = MeetingService(ctx).add(input);
  if (!id) qWarning() << id.error().message();
  return id ? id->value : 0;
}

void MeetingModeTest::aWholeMeetingEndsInSignedMinutesAndAnActionLog() {
  ServiceContext& ctx = *m_demo.ctx;
  Database& db = *m_demo.db;
  const qint64 meetingId = planYjagMeeting();
  QVERIFY(meetingId > 0);
  auto planned = MeetingService(ctx).get(meetingId);
  QVERIFY(planned.ok());
  QVERIFY(planned->meeting.agenda.front().kind == AgendaItemKind::Attendance);
  QVERIFY(planned->meeting.agenda.back().kind == AgendaItemKind::Other);

  const int assessmentsBefore = count(db, "SELECT count(*) FROM risk_assessments");
  QTemporaryDir dir;
  gui::MeetingRunWindow run(ctx, meetingId);
  QStringList told;
  run.tell = [&](const QString&, const QString& message) { told << message; };
  run.confirm = [](const QString&) { return true; };
  run.chooseFile = [&](const QString&, const QString& name) { return dir.filePath(name); };
  run.show();
  QApplication::setActiveWindow(&run);
  QVERIFY(QTest::qWaitForWindowActive(&run));

  // Register: everyone present, then one apology and one deputy.
  QCOMPARE(run.currentIndex(), 0);
  gui::RegisterPage* reg = run.registerPage();
  QVERIFY(reg->table()->rowCount() >= 3);
  QTest::mouseClick(reg->allPresentButton(), Qt::LeftButton);
  reg->setStatus(1, AttendanceStatus::Apologies);
  reg->setStatus(2, AttendanceStatus::Deputy, QStringLiteral("Robin Standin"));
  const QString apologising = reg->table()->item(1, gui::RegisterPage::Member)->text();
  QTest::keyClick(&run, Qt::Key_PageDown, Qt::ControlModifier);  // saves the register
  QCOMPARE(run.currentIndex(), 1);

  // The chair adds cases to the agenda until five are up for review.
  auto caseItems = [&run] {
    int n = 0;
    for (const auto& item : run.meeting().agenda) n += item.kind == AgendaItemKind::CaseReview ? 1 : 0;
    return n;
  };
  CaseListRequest openCases;
  openCases.groupCode = QStringLiteral("YJAG");
  openCases.statuses = {CaseStatus::Open};
  auto open = CaseReader(ctx).list(openCases);
  QVERIFY(open.ok());
  for (const auto& row : open->rows) {
    if (caseItems() >= 5) break;
    const bool listed = std::any_of(run.meeting().agenda.begin(), run.meeting().agenda.end(),
                                    [&](const AgendaItem& item) { return item.caseId == std::optional<CaseId>(row.id); });
    if (listed) continue;
    run.askText = [&row](const QString&, const QString&) { return row.reference; };
    run.action(QStringLiteral("addCase"))->trigger();
  }
  QCOMPARE(caseItems(), 5);
  QCOMPARE(run.meeting().agenda.back().kind, AgendaItemKind::Other);  // added before any other business

  // Five case items: each re-scored with an action; the first escalated, the second closed.
  struct Done {
    QString reference;
    QString title;
    QString action;
    ItemDecision decision;
  };
  std::vector<Done> done;
  QString escalated;
  QString closed;
  for (int index = 1; index < run.agendaList()->count() && done.size() < 5; ++index) {
    const AgendaItem item = run.meeting().agenda[static_cast<size_t>(index)];
    if (item.kind != AgendaItemKind::CaseReview) continue;
    QVERIFY(run.goTo(index));
    gui::ItemPage* page = run.itemPage();
    QVERIFY(page->maskedCase());
    const QString reference = page->maskedCase()->reference;
    const int n = static_cast<int>(done.size()) + 1;
    QTest::keyClicks(page->minutesEdit(), QStringLiteral("Partners reported progress on case %1.").arg(n));
    QTest::mouseClick(page->matrix()->cell(2, n), Qt::LeftButton);
    QTest::mouseClick(page->addActionButton(), Qt::LeftButton);
    const QString actionText = QStringLiteral("Arrange a joint visit, item %1").arg(item.position);
    page->newActions()->item(page->newActions()->rowCount() - 1, 0)->setText(actionText);
    ItemDecision decision = ItemDecision::Continue;
    if (n == 1) decision = ItemDecision::Escalate;
    if (n == 2) decision = ItemDecision::Close;
    page->decision()->setCurrentIndex(page->decision()->findData(toKey(decision)));
    if (decision == ItemDecision::Escalate) {
      page->decisionNote()->setText(QStringLiteral("Risk rising despite support"));
      escalated = reference;
    }
    if (decision == ItemDecision::Close) {
      page->outcome()->setCurrentIndex(page->outcome()->findData(toKey(Outcome::RiskReduced)));
      page->decisionNote()->setText(QStringLiteral("Engaging well, risk reduced"));
      closed = reference;
    }
    for (int second = 0; second < 3; ++second) run.tick();
    if (n == 1) {
      // The presenter view shows the case masked.
      run.openPresenter();
      const QString shown = run.presenter()->itemView()->toPlainText();
      auto detail = CaseReader(ctx).refresh(reference);
      QVERIFY(detail.ok());
      QVERIFY(shown.contains(reference));
      QVERIFY(shown.contains(detail->record.subject.initials()));
      QVERIFY2(!shown.contains(detail->record.subject.name), "the presenter view shows the subject's name");
      if (!detail->record.subject.address.isEmpty()) QVERIFY(!shown.contains(detail->record.subject.address));
      if (detail->record.subject.dateOfBirth) {
        QVERIFY(!shown.contains(detail->record.subject.dateOfBirth->toString(QStringLiteral("dd/MM/yyyy"))));
        QVERIFY(!shown.contains(detail->record.subject.dateOfBirth->toString(QStringLiteral("d MMM yyyy"))));
      }
    }
    done.push_back({reference, item.title, actionText, decision});
  }
  QCOMPARE(done.size(), size_t(5));
  QVERIFY2(run.saveCurrent(), qPrintable(run.itemPage()->errorLabel()->text()));
  QVERIFY(run.signOff());
  QVERIFY2(told.isEmpty(), qPrintable(told.join(QLatin1Char('\n'))));

  // The database: signed off, five items minuted, re-scored, actions, escalation, closure.
  auto held = MeetingService(ctx).get(meetingId);
  QVERIFY(held.ok());
  QVERIFY(held->meeting.isSignedOff());
  QCOMPARE(held->meeting.status, MeetingStatus::Held);
  QVERIFY(held->meeting.attendance.size() >= 3);
  int minuted = 0;
  for (const auto& item : held->meeting.agenda) {
    if (item.minutes.startsWith(QStringLiteral("Partners reported progress"))) {
      ++minuted;
      QVERIFY(!item.riskBefore.isEmpty());
      QVERIFY(!item.riskAfter.isEmpty());
      QVERIFY(item.secondsSpent >= 3);
    }
  }
  QCOMPARE(minuted, 5);
  QCOMPARE(count(db, "SELECT count(*) FROM risk_assessments"), assessmentsBefore + 5);
  ActionListRequest raised;
  raised.meetingId = meetingId;
  auto actions = ActionService(ctx).list(raised);
  QVERIFY(actions.ok());
  QCOMPARE(static_cast<int>(actions->size()), 5);
  auto escalatedCase = CaseReader(ctx).refresh(escalated);
  QVERIFY(escalatedCase.ok());
  QVERIFY(db.read([&]() -> Result<bool> {
              const auto pending = ReferralRepository(db).pendingForCase(escalatedCase->record.id);
              return pending && pending->kind == ReferralKind::Escalation;
            }).value());
  auto closedCase = CaseReader(ctx).refresh(closed);
  QVERIFY(closedCase.ok());
  QCOMPARE(closedCase->record.status, CaseStatus::Closed);
  QCOMPARE(closedCase->record.outcome, std::optional<Outcome>(Outcome::RiskReduced));

  // The documents, written from what was recorded.
  QVERIFY(run.exportDocument(static_cast<int>(MeetingDocument::Minutes), static_cast<int>(DocumentFormat::Odt)));
  QVERIFY(run.exportDocument(static_cast<int>(MeetingDocument::Minutes), static_cast<int>(DocumentFormat::Pdf)));
  QVERIFY(run.exportDocument(static_cast<int>(MeetingDocument::ActionLog), static_cast<int>(DocumentFormat::Xlsx)));
  QVERIFY(run.exportDocument(static_cast<int>(MeetingDocument::AgendaPack), static_cast<int>(DocumentFormat::Pdf)));
  QDir out(dir.path());
  const QStringList files = out.entryList(QDir::Files);
  QCOMPARE(files.size(), 4);
  QString odt;
  QString pdf;
  QString xlsx;
  for (const QString& f : files) {
    if (f.endsWith(QStringLiteral(".odt"))) odt = out.filePath(f);
    if (f.endsWith(QStringLiteral(".xlsx"))) xlsx = out.filePath(f);
    if (f.contains(QStringLiteral("minutes")) && f.endsWith(QStringLiteral(".pdf"))) pdf = out.filePath(f);
  }
  QVERIFY(!odt.isEmpty() && !pdf.isEmpty() && !xlsx.isEmpty());
  const QString minutes = unzipped(odt, QStringLiteral("content.xml"));
  QVERIFY2(minutes.contains(QStringLiteral("Present")), qPrintable(minutes.left(300)));
  QVERIFY(minutes.contains(QStringLiteral("Apologies")));
  QVERIFY(minutes.contains(apologising.toHtmlEscaped()));
  QVERIFY(minutes.contains(QStringLiteral("Robin Standin")));
  QVERIFY(minutes.contains(QStringLiteral("AGREED actions")));
  QVERIFY(minutes.contains(QStringLiteral("Escalate to the JAG")));
  QVERIFY(minutes.contains(QStringLiteral("Close with outcome")));
  QVERIFY(minutes.contains(QStringLiteral("Signed off by")));
  for (const auto& d : done) {
    QVERIFY2(minutes.contains(d.reference), qPrintable(d.reference));
    QVERIFY2(minutes.contains(d.action), qPrintable(d.action));
    auto detail = CaseReader(ctx).refresh(d.reference);
    QVERIFY2(!minutes.contains(detail->record.subject.name.toHtmlEscaped()), "the minutes name a subject");
  }
  QFile pdfFile(pdf);
  QVERIFY(pdfFile.open(QIODevice::ReadOnly));
  QVERIFY(pdfFile.read(5) == QByteArray("%PDF-"));
  const QString log = unzipped(xlsx, QStringLiteral("xl/sharedStrings.xml"));
  for (const auto& d : done) QVERIFY2(log.contains(d.action), qPrintable(d.action));
  QVERIFY(log.contains(QStringLiteral("Complete by")));
}

void MeetingModeTest::aSignedOffMeetingIsLockedAndTakesAmendments() {
  ServiceContext& ctx = *m_demo.ctx;
  const qint64 meetingId = planYjagMeeting();
  QVERIFY(meetingId > 0);
  gui::MeetingRunWindow run(ctx, meetingId);
  QStringList told;
  run.tell = [&](const QString&, const QString& message) { told << message; };
  run.confirm = [](const QString&) { return true; };
  run.show();
  // Without a register, sign-off is refused and says why.
  QVERIFY(!run.signOff());
  QVERIFY(!told.isEmpty() && told.last().contains(QStringLiteral("register")));
  QTest::mouseClick(run.registerPage()->allPresentButton(), Qt::LeftButton);
  QVERIFY(run.saveCurrent());
  QVERIFY(run.signOff());
  QVERIFY(!run.action(QStringLiteral("signOff"))->isEnabled());
  QVERIFY(run.action(QStringLiteral("amend"))->isEnabled());
  // Choosing an item in the agenda list moves to it.
  run.agendaList()->setCurrentRow(1);
  QTRY_COMPARE(run.currentIndex(), 1);
  QVERIFY(run.itemPage()->minutesEdit()->isReadOnly());
  // The service refuses changes too, pointing to amendments.
  ItemRecordInput change;
  change.meetingId = meetingId;
  change.position = 2;
  change.minutes = QStringLiteral("Changed afterwards");
  auto refused = MeetingRunService(ctx).recordItem(change);
  QVERIFY(!refused.ok());
  QVERIFY(refused.error().fix.contains(QStringLiteral("amendment")));
  QVERIFY(MeetingRunService(ctx).amend(meetingId, 2, QStringLiteral("Item 2: the visit was on Tuesday")).ok());
  QVERIFY(run.reload());
  QCOMPARE(run.meeting().amendments.size(), size_t(1));
  QVERIFY(run.windowTitle().contains(QStringLiteral("signed off")));
}

QTEST_MAIN(MeetingModeTest)
#include "MeetingModeTest.moc"
