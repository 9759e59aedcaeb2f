#include "ActionService.h"
#include "CaseReader.h"
#include "Clock.h"
#include "Database.h"
#include "DemoService.h"
#include "MeetingService.h"
#include "views/ActionListView.h"
#include "views/ActionTableModel.h"
#include "views/MeetingDetailPanel.h"
#include "views/MeetingListView.h"
#include "views/MeetingTableModel.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace casebook;
using gui::ActionTableModel;
using gui::MeetingTableModel;

// The cross-case views over a fresh in-memory demo database, checked against the services.
class ListViewsTest final : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void init();
  void cleanup();
  void overdueScopeListsEveryOverdueAction();
  void ownerScopeListsOnlyThatOwnersActions();
  void groupComboNarrowsToThatGroup();
  void textFilterNarrowsTheRowsAndSaysSo();
  void doubleClickAndEnterOpenTheCase();
  void emptyScopeSaysSoAndErrorsShowInTheCount();
  void actionModelPassesTheModelTester();
  void meetingListShowsEveryMeetingOfTheGroup();
  void meetingAttendanceCountsMatchTheService();
  void selectingAMeetingShowsItsDetail();

 private:
  QString cell(int row, int column) const;
  std::unique_ptr<gui::ActionListView> showActions(const ActionListRequest& scope);

  std::unique_ptr<Database> m_db;
  std::unique_ptr<FixedClock> m_clock;
  AllowAllAccess m_access;
  std::unique_ptr<ServiceContext> m_ctx;
  gui::ActionListView* m_actions = nullptr;
};

void ListViewsTest::init() {
  m_db = std::move(Database::openInMemory()).value();
  m_clock = std::make_unique<FixedClock>(QDate(2024, 6, 15));
  m_ctx = std::make_unique<ServiceContext>(ServiceContext{*m_db, *m_clock, Actor{QStringLiteral("chair"), Role::Chair}, m_access});
  QVERIFY(DemoService(*m_ctx).generate({300, 3}).ok());
}

void ListViewsTest::cleanup() {
  m_ctx.reset();
  m_db.reset();
}

std::unique_ptr<gui::ActionListView> ListViewsTest::showActions(const ActionListRequest& scope) {
  auto view = std::make_unique<gui::ActionListView>(*m_ctx);
  view->setScope(scope, QStringLiteral("Actions"));
  m_actions = view.get();
  return view;
}

QString ListViewsTest::cell(int row, int column) const {
  const QAbstractItemModel* model = m_actions->table()->model();
  return model->data(model->index(row, column)).toString();
}

void ListViewsTest::overdueScopeListsEveryOverdueAction() {
  ActionListRequest overdue;
  overdue.overdueOnly = true;
  const auto view = showActions(overdue);
  const auto expected = ActionService(*m_ctx).list(overdue).value();
  QVERIFY(!expected.empty());
  const int rows = view->table()->model()->rowCount();
  QCOMPARE(rows, static_cast<int>(expected.size()));
  for (int row = 0; row < rows; ++row) {
    QVERIFY2(cell(row, ActionTableModel::Status).endsWith(QStringLiteral("— overdue")),
             qPrintable(cell(row, ActionTableModel::Status)));
  }
  const QString count = view->countLabel()->text();
  QVERIFY2(count.startsWith(gui::ActionListView::tr("%n action(s)", nullptr, rows)), qPrintable(count));
  QVERIFY2(count.contains(gui::ActionListView::tr(", %n overdue", nullptr, rows)), qPrintable(count));
}

void ListViewsTest::ownerScopeListsOnlyThatOwnersActions() {
  ActionListRequest all;
  all.outstandingOnly = true;
  MemberId owner;
  QString ownerName;
  for (const auto& row : ActionService(*m_ctx).list(all).value()) {
    if (row.action.ownerId) {
      owner = *row.action.ownerId;
      ownerName = row.ownerName;
      break;
    }
  }
  QVERIFY(owner.isValid());
  ActionListRequest mine;
  mine.owner = QStringLiteral("#%1").arg(owner.value);
  const auto view = showActions(mine);
  const int rows = view->table()->model()->rowCount();
  QCOMPARE(rows, static_cast<int>(ActionService(*m_ctx).list(mine)->size()));
  QVERIFY(rows > 0);
  for (int row = 0; row < rows; ++row) {
    QCOMPARE(view->actionAtRow(row)->action.ownerId, std::optional<MemberId>(owner));
    QCOMPARE(cell(row, ActionTableModel::Owner), ownerName);
  }
}

void ListViewsTest::groupComboNarrowsToThatGroup() {
  ActionListRequest outstanding;
  outstanding.outstandingOnly = true;
  const auto view = showActions(outstanding);
  const int everyGroup = view->table()->model()->rowCount();
  QComboBox* group = view->groupFilter();
  QCOMPARE(group->itemText(0), QStringLiteral("All groups"));
  group->setCurrentIndex(group->findData(QStringLiteral("YJAG")));

  ActionListRequest yjag = outstanding;
  yjag.groupCode = QStringLiteral("YJAG");
  const int rows = view->table()->model()->rowCount();
  QCOMPARE(rows, static_cast<int>(ActionService(*m_ctx).list(yjag)->size()));
  QVERIFY(rows > 0);
  QVERIFY(rows < everyGroup);
  // An action belongs to a group through its case (which may have moved group since its
  // reference was given) or through the meeting that raised it.
  for (int row = 0; row < rows; ++row) {
    const ActionRow* action = view->actionAtRow(row);
    const bool caseInGroup = !action->caseReference.isEmpty() &&
                             CaseReader(*m_ctx).get(action->caseReference)->groupCode == QStringLiteral("YJAG");
    const bool meetingOfGroup = action->action.meetingId &&
                                MeetingService(*m_ctx).get(action->action.meetingId->value)->groupCode == QStringLiteral("YJAG");
    QVERIFY2(caseInGroup || meetingOfGroup, qPrintable(action->caseReference));
  }
}

void ListViewsTest::textFilterNarrowsTheRowsAndSaysSo() {
  ActionListRequest outstanding;
  outstanding.outstandingOnly = true;
  const auto view = showActions(outstanding);
  const int before = view->table()->model()->rowCount();
  QString reference;
  for (int row = 0; row < before && reference.isEmpty(); ++row) reference = view->actionAtRow(row)->caseReference;
  QVERIFY(!reference.isEmpty());
  QTest::keyClicks(view->textFilter(), reference);
  const int rows = view->table()->model()->rowCount();
  QVERIFY(rows > 0);
  QVERIFY(rows < before);
  for (int row = 0; row < rows; ++row) QCOMPARE(view->actionAtRow(row)->caseReference, reference);
  QVERIFY2(view->countLabel()->text().contains(QStringLiteral("(of %1)").arg(before)),
           qPrintable(view->countLabel()->text()));
}

void ListViewsTest::doubleClickAndEnterOpenTheCase() {
  ActionListRequest outstanding;
  outstanding.outstandingOnly = true;
  const auto view = showActions(outstanding);
  view->resize(1100, 600);
  view->show();
  QVERIFY(QTest::qWaitForWindowExposed(view.get()));
  QTableView* table = view->table();
  int row = 0;
  while (view->actionAtRow(row) && view->actionAtRow(row)->caseReference.isEmpty()) ++row;
  QVERIFY(view->actionAtRow(row));
  const QString reference = view->actionAtRow(row)->caseReference;
  table->scrollTo(table->model()->index(row, ActionTableModel::Text));

  QSignalSpy spy(view.get(), &gui::ActionListView::caseActivated);
  const QRect cellRect = table->visualRect(table->model()->index(row, ActionTableModel::Text));
  // A real double click is a click and then a double-click event; mouseDClick alone sends
  // only the second half, which an item view ignores.
  QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cellRect.center());
  QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cellRect.center());
  QCOMPARE(spy.count(), 1);
  QCOMPARE(spy.takeFirst().at(0).toString(), reference);

  table->setFocus();
  table->setCurrentIndex(table->model()->index(row, 0));
  QTest::keyClick(table, Qt::Key_Return);
  QCOMPARE(spy.count(), 1);
  QCOMPARE(spy.takeFirst().at(0).toString(), reference);
}

void ListViewsTest::emptyScopeSaysSoAndErrorsShowInTheCount() {
  ActionListRequest overdue;
  overdue.overdueOnly = true;
  const auto view = showActions(overdue);
  view->show();
  QTest::keyClicks(view->textFilter(), QStringLiteral("no action says this"));
  QCOMPARE(view->table()->model()->rowCount(), 0);
  QVERIFY(view->emptyLabel()->isVisible());
  QVERIFY(view->emptyLabel()->text().contains(QStringLiteral("no action says this")));
  view->textFilter()->clear();
  QVERIFY(view->table()->isVisible());

  ActionListRequest nobody;
  nobody.owner = QStringLiteral("No Such Person");
  view->setScope(nobody, QStringLiteral("Actions — mine"));
  QCOMPARE(view->table()->model()->rowCount(), 0);
  QVERIFY2(view->countLabel()->text().startsWith(QStringLiteral("Could not load actions: owner")),
           qPrintable(view->countLabel()->text()));
}

void ListViewsTest::actionModelPassesTheModelTester() {
  ActionListRequest all;
  const auto view = showActions(all);
  QAbstractItemModelTester tester(view->table()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
  view->groupFilter()->setCurrentIndex(view->groupFilter()->findData(QStringLiteral("JAG")));
  view->table()->sortByColumn(ActionTableModel::CarriedForward, Qt::DescendingOrder);
  QVERIFY(view->table()->model()->rowCount() > 1);
  const auto* first = view->actionAtRow(0);
  const auto* last = view->actionAtRow(view->table()->model()->rowCount() - 1);
  QVERIFY(first->action.carriedForward >= last->action.carriedForward);
}

void ListViewsTest::meetingListShowsEveryMeetingOfTheGroup() {
  gui::MeetingListView view(*m_ctx);
  view.setGroup(QStringLiteral("JAG"));
  QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
  QCOMPARE(view.groupCode(), QStringLiteral("JAG"));
  const auto meetings = MeetingService(*m_ctx).listForGroup(QStringLiteral("JAG")).value();
  QVERIFY(!meetings.empty());
  QCOMPARE(view.model()->rowCount(), static_cast<int>(meetings.size()));
  QCOMPARE(view.countLabel()->text(), gui::MeetingListView::tr("%n meeting(s)", nullptr, static_cast<int>(meetings.size())));

  view.setGroup(QStringLiteral("YJAG"));
  QCOMPARE(view.model()->rowCount(), static_cast<int>(MeetingService(*m_ctx).listForGroup(QStringLiteral("YJAG"))->size()));
}

void ListViewsTest::meetingAttendanceCountsMatchTheService() {
  gui::MeetingListView view(*m_ctx);
  view.setGroup(QStringLiteral("JAG"));
  const auto meetings = MeetingService(*m_ctx).listForGroup(QStringLiteral("JAG")).value();
  // The first meeting listed, and the first with attendance recorded (a planned meeting has none).
  std::vector<MeetingId> checked{meetings.front().id};
  for (const auto& m : meetings) {
    if (!MeetingService(*m_ctx).get(m.id.value)->meeting.attendance.empty()) {
      checked.push_back(m.id);
      break;
    }
  }
  QCOMPARE(checked.size(), std::size_t(2));
  for (const MeetingId id : checked) {
    const MeetingDetail detail = MeetingService(*m_ctx).get(id.value).value();
    int present = 0, apologies = 0, deputies = 0, absent = 0;
    for (const auto& record : detail.meeting.attendance) {
      present += record.status == AttendanceStatus::Present;
      apologies += record.status == AttendanceStatus::Apologies;
      deputies += record.status == AttendanceStatus::Deputy;
      absent += record.status == AttendanceStatus::Absent;
    }
    const int row = view.model()->rowOf(id);
    QVERIFY(row >= 0);
    const gui::AttendanceCounts& counts = view.model()->rowAt(row)->attendance;
    QCOMPARE(counts.present, present);
    QCOMPARE(counts.apologies, apologies);
    QCOMPARE(counts.deputies, deputies);
    QCOMPARE(counts.absent, absent);
    const auto text = [&](int column) { return view.model()->index(row, column).data().toString(); };
    if (!detail.meeting.attendance.empty()) {
      QVERIFY(text(MeetingTableModel::Attendance).startsWith(QStringLiteral("Present %1 · Apologies %2 · Deputies %3 · Absent %4")
                                                                 .arg(present).arg(apologies).arg(deputies).arg(absent)));
    }
    QCOMPARE(text(MeetingTableModel::AgendaItems).toInt(), static_cast<int>(detail.meeting.agenda.size()));
    ActionListRequest raised;
    raised.meetingId = id.value;
    QCOMPARE(text(MeetingTableModel::Actions).toInt(), static_cast<int>(ActionService(*m_ctx).list(raised)->size()));
  }
}

void ListViewsTest::selectingAMeetingShowsItsDetail() {
  gui::MeetingListView view(*m_ctx);
  view.setGroup(QStringLiteral("JAG"));
  int row = 0;
  while (view.model()->rowAt(row) && view.model()->rowAt(row)->detail.meeting.attendance.empty()) ++row;
  const gui::MeetingRow* meeting = view.model()->rowAt(row);
  QVERIFY(meeting);
  view.table()->setCurrentIndex(view.model()->index(row, 0));
  const QString shown = view.detail()->toPlainText();
  const MeetingDetail& d = meeting->detail;
  for (const auto& item : d.meeting.agenda) QVERIFY2(shown.contains(item.title), qPrintable(item.title));
  for (const auto& record : d.meeting.attendance) {
    const QString who = d.memberNames.value(record.memberId.value);
    const QString agency = d.memberAgencies.value(record.memberId.value);
    QVERIFY2(shown.contains(agency.isEmpty() ? who : QStringLiteral("%1 (%2)").arg(who, agency)), qPrintable(who));
    QVERIFY(shown.contains(toLabel(record.status)));
  }
}

QTEST_MAIN(ListViewsTest)
#include "ListViewsTest.moc"
