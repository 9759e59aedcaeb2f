#include "ActionService.h"
#include "CaseListView.h"
#include "views/ActionListView.h"
#include "views/MeetingListView.h"
#include "CaseReader.h"
#include "CaseTableModel.h"
#include "CaseWorkspace.h"
#include "Clock.h"
#include "Database.h"
#include "DemoService.h"
#include "DemoWindow.h"
#include "MainWindow.h"
#include "RiskMatrixWidget.h"
#include "RiskPanel.h"
#include "workspace/ActionsTab.h"
#include "Snapshot.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace casebook;

// Each test gets a fresh in-memory demo database and a real main window over it.
class MainWindowTest final : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void init();
  void cleanup();
  void listsDemoCasesAndMarksTheDemo();
  void searchBoxFiltersInSql();
  void bandFilterShowsOnlyThatBand();
  void openingACaseShowsItsWorkspace();
  void workspaceSaysHowToChooseUntilACaseIsShown();
  void workspaceTabsAreBuiltWithTheFirstCase();
  void matrixRecordsAnAssessment();
  void matrixNeedsARationale();
  void undoWithdrawsTheAssessmentAndRedoRecordsItAgain();
  void closingNeedsAnOutcomeAndCanBeUndone();
  void escalationCanBeUndone();
  void navigationReachesActionsMeetingsAndMyCases();
  void riskChartFollowsALightOrDarkPalette();

 private:
  test::DemoWindow m_demo;
  ServiceContext* m_ctx = nullptr;
  gui::MainWindow* m_window = nullptr;
};

void MainWindowTest::init() {
  QVERIFY(m_demo.open(300, 3));
  m_ctx = m_demo.ctx.get();
  m_window = m_demo.window.get();
  QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void MainWindowTest::cleanup() {
  m_demo.close();
}

void MainWindowTest::listsDemoCasesAndMarksTheDemo() {
  auto* model = qobject_cast<gui::CaseTableModel*>(m_window->caseList()->table()->model());
  QVERIFY(model);
  CaseListRequest active;
  active.statuses = {CaseStatus::Referred, CaseStatus::Open, CaseStatus::Monitoring};
  QCOMPARE(model->totalMatching(), CaseReader(*m_ctx).list(active)->total);
  QVERIFY(model->rowCount() > 0);
  QVERIFY(m_window->windowTitle().contains(QStringLiteral("DEMO")));
}

void MainWindowTest::searchBoxFiltersInSql() {
  auto* model = qobject_cast<gui::CaseTableModel*>(m_window->caseList()->table()->model());
  const QString name = model->summaryAt(0)->subjectName;
  const QString firstWord = name.section(QLatin1Char(' '), 0, 0);
  QTest::keyClicks(m_window->caseList()->searchBox(), firstWord);
  QTRY_VERIFY_WITH_TIMEOUT(model->request().text == firstWord, 2000);
  CaseListRequest expected;
  expected.statuses = {CaseStatus::Referred, CaseStatus::Open, CaseStatus::Monitoring};
  expected.text = firstWord;
  QCOMPARE(model->totalMatching(), CaseReader(*m_ctx).list(expected)->total);
  for (int row = 0; row < model->rowCount(); ++row) QVERIFY(model->summaryAt(row)->reference.size() > 0);
}

void MainWindowTest::bandFilterShowsOnlyThatBand() {
  auto* model = qobject_cast<gui::CaseTableModel*>(m_window->caseList()->table()->model());
  QComboBox* band = m_window->caseList()->bandFilter();
  band->setCurrentIndex(band->findData(QStringLiteral("very_high")));
  QVERIFY(model->rowCount() > 0);
  for (int row = 0; row < model->rowCount(); ++row) QCOMPARE(model->summaryAt(row)->band, std::optional<RiskBand>(RiskBand::VeryHigh));
}

void MainWindowTest::openingACaseShowsItsWorkspace() {
  QTableView* table = m_window->caseList()->table();
  table->setCurrentIndex(table->model()->index(0, 0));
  auto* model = qobject_cast<gui::CaseTableModel*>(table->model());
  QCOMPARE(m_window->workspace()->reference(), model->summaryAt(0)->reference);
  QVERIFY(m_window->workspace()->tabs()->isEnabled());
}

void MainWindowTest::workspaceSaysHowToChooseUntilACaseIsShown() {
  gui::CaseWorkspace* workspace = m_window->workspace();
  QLabel* hint = workspace->emptyState();
  QVERIFY(hint->isVisibleTo(workspace));
  QVERIFY(!workspace->tabs()->isVisibleTo(workspace));
  QVERIFY(hint->text().startsWith(QStringLiteral("No case selected")));
  QVERIFY(hint->text().contains(QStringLiteral("Ctrl+N")));
  // A case that cannot be shown says why in the same place.
  QVERIFY(!workspace->showCase(QStringLiteral("AARG-1999-999")));
  QVERIFY(hint->isVisibleTo(workspace));
  QVERIFY(hint->text().contains(QStringLiteral("AARG-1999-999")));
  QTableView* table = m_window->caseList()->table();
  table->setCurrentIndex(table->model()->index(0, 0));
  QVERIFY(!hint->isVisibleTo(workspace));
  QVERIFY(workspace->tabs()->isVisibleTo(workspace));
}

void MainWindowTest::workspaceTabsAreBuiltWithTheFirstCase() {
  gui::CaseWorkspace* workspace = m_window->workspace();
  QTabWidget* tabs = workspace->tabs();
  const QStringList names{tr("&Details"), tr("Re&ferrals"), tr("&Risk"), tr("&Actions"), tr("&Notes"), tr("&Linked cases")};
  QCOMPARE(tabs->count(), names.size());
  for (int i = 0; i < tabs->count(); ++i) QCOMPARE(tabs->tabText(i), names.at(i));
  // No case yet: the tabs are empty pages, and no chart has been made.
  QVERIFY(workspace->reference().isEmpty());
  QVERIFY(qobject_cast<gui::RiskPanel*>(tabs->widget(2)) == nullptr);
  QVERIFY(m_window->findChildren<QChartView*>().isEmpty());

  const QString reference = CaseReader(*m_ctx).list(CaseListRequest())->rows.front().reference;
  m_window->openCase(reference, 0);
  QCOMPARE(tabs->count(), names.size());
  for (int i = 0; i < tabs->count(); ++i) QCOMPARE(tabs->tabText(i), names.at(i));
  QCOMPARE(tabs->currentIndex(), 0);
  QCOMPARE(tabs->widget(2), static_cast<QWidget*>(workspace->riskPanel()));
  QCOMPARE(tabs->widget(3), static_cast<QWidget*>(workspace->actionsTab()));
  QCOMPARE(m_window->findChildren<QChartView*>().size(), 1);
  // The owners the window gave before the tab existed are there to choose from.
  bool agencyOffered = false;
  for (auto* box : workspace->actionsTab()->findChildren<QComboBox*>()) {
    for (int i = 0; i < box->count(); ++i) agencyOffered |= box->itemText(i).endsWith(QStringLiteral("(agency)"));
  }
  QVERIFY(agencyOffered);

  // Keyboard order: from the tab bar, Tab reaches the risk panel's own fields before it
  // leaves the workspace, as when the tabs were built with the window.
  tabs->setCurrentIndex(2);
  bool reachedPanel = false;
  for (QWidget* w = tabs->tabBar()->nextInFocusChain(); w != tabs->tabBar(); w = w->nextInFocusChain()) {
    if (!workspace->isAncestorOf(w)) break;
    reachedPanel |= workspace->riskPanel()->isAncestorOf(w) && (w->focusPolicy() & Qt::TabFocus);
  }
  QVERIFY(reachedPanel);
}

void MainWindowTest::matrixRecordsAnAssessment() {
  CaseListRequest open;
  open.statuses = {CaseStatus::Open};
  const QString reference = CaseReader(*m_ctx).list(open)->rows.front().reference;
  m_window->openCase(reference, 2);
  gui::RiskPanel* panel = m_window->workspace()->riskPanel();
  QTest::mouseClick(panel->matrix()->cell(4, 5), Qt::LeftButton);
  QCOMPARE(panel->matrix()->likelihood(), 4);
  QCOMPARE(panel->matrix()->impact(), 5);
  QTest::keyClicks(panel->rationale(), QStringLiteral("Threats made at the school gate"));
  QVERIFY(panel->recordButton()->isEnabled());
  QTest::mouseClick(panel->recordButton(), Qt::LeftButton);

  auto detail = CaseReader(*m_ctx).get(reference);
  QVERIFY(detail.ok());
  const RiskAssessment& latest = detail->assessments.back();
  QCOMPARE(latest.likelihood, 4);
  QCOMPARE(latest.impact, 5);
  QCOMPARE(latest.rationale, QStringLiteral("Threats made at the school gate"));
  QCOMPARE(latest.assessedOn, QDate(2024, 6, 15));
  QCOMPARE(detail->record.currentScore, std::optional<int>(20));
  QCOMPARE(detail->record.currentBand, std::optional<RiskBand>(RiskBand::VeryHigh));
}

void MainWindowTest::matrixNeedsARationale() {
  CaseListRequest open;
  open.statuses = {CaseStatus::Open};
  const QString reference = CaseReader(*m_ctx).list(open)->rows.front().reference;
  const auto before = CaseReader(*m_ctx).get(reference)->assessments.size();
  m_window->openCase(reference, 2);
  gui::RiskPanel* panel = m_window->workspace()->riskPanel();
  QTest::mouseClick(panel->matrix()->cell(2, 2), Qt::LeftButton);
  QVERIFY(!panel->recordButton()->isEnabled());
  QTest::mouseClick(panel->recordButton(), Qt::LeftButton);
  QCOMPARE(CaseReader(*m_ctx).get(reference)->assessments.size(), before);
}

void MainWindowTest::undoWithdrawsTheAssessmentAndRedoRecordsItAgain() {
  CaseListRequest open;
  open.statuses = {CaseStatus::Open};
  const QString reference = CaseReader(*m_ctx).list(open)->rows.front().reference;
  const auto before = CaseReader(*m_ctx).get(reference).value();
  m_window->openCase(reference, 2);
  gui::RiskPanel* panel = m_window->workspace()->riskPanel();
  QTest::mouseClick(panel->matrix()->cell(5, 5), Qt::LeftButton);
  QTest::keyClicks(panel->rationale(), QStringLiteral("Weapon seen"));
  QTest::mouseClick(panel->recordButton(), Qt::LeftButton);
  QCOMPARE(CaseReader(*m_ctx).get(reference)->record.currentScore, std::optional<int>(25));

  QTest::keyClick(m_window, Qt::Key_Z, Qt::ControlModifier);
  auto undone = CaseReader(*m_ctx).get(reference).value();
  QCOMPARE(undone.assessments.size(), before.assessments.size());
  QCOMPARE(undone.record.currentScore, before.record.currentScore);
  QCOMPARE(undone.record.nextReviewOn, before.record.nextReviewOn);

  m_window->undoStack()->redo();
  auto redone = CaseReader(*m_ctx).get(reference).value();
  QCOMPARE(redone.assessments.size(), before.assessments.size() + 1);
  QCOMPARE(redone.record.currentScore, std::optional<int>(25));
}

void MainWindowTest::closingNeedsAnOutcomeAndCanBeUndone() {
  CaseListRequest open;
  open.statuses = {CaseStatus::Open};
  open.groupCode = QStringLiteral("LEDG");  // a sub-group: no chair's approval needed
  const QString reference = CaseReader(*m_ctx).list(open)->rows.front().reference;
  m_window->openCase(reference);
  const auto refused = m_window->workspace()->closeCurrentCase({});
  QVERIFY(refused.has_value());
  QVERIFY(refused->contains(QStringLiteral("outcome")));
  QCOMPARE(m_window->undoStack()->count(), 0);
  QCOMPARE(CaseReader(*m_ctx).get(reference)->record.status, CaseStatus::Open);

  const QString before = test::snapshot(*m_ctx);
  CloseInput input;
  input.outcome = Outcome::RiskReduced;
  input.note = QStringLiteral("Engaged with the youth worker");
  QVERIFY(!m_window->workspace()->closeCurrentCase(input).has_value());
  auto closed = CaseReader(*m_ctx).get(reference).value();
  QCOMPARE(closed.record.status, CaseStatus::Closed);
  QCOMPARE(closed.record.outcome, std::optional<Outcome>(Outcome::RiskReduced));
  QCOMPARE(closed.record.closedOn, std::optional<QDate>(QDate(2024, 6, 15)));

  const QString after = test::snapshot(*m_ctx);

  // Undo puts back exactly what was there: open, no outcome, no closure in the history.
  QTest::keyClick(m_window, Qt::Key_Z, Qt::ControlModifier);
  QCOMPARE(CaseReader(*m_ctx).get(reference)->record.status, CaseStatus::Open);
  QCOMPARE(test::snapshot(*m_ctx), before);
  QVERIFY(m_window->workspace()->closeButton()->isEnabled());
  m_window->undoStack()->redo();
  QCOMPARE(test::snapshot(*m_ctx), after);
}

void MainWindowTest::escalationCanBeUndone() {
  CaseListRequest open;
  open.statuses = {CaseStatus::Open};
  open.groupCode = QStringLiteral("YJAG");
  QString reference;
  const CasePage page = CaseReader(*m_ctx).list(open).value();
  for (const auto& row : page.rows) {
    bool pending = false;
    const CaseDetail detail = CaseReader(*m_ctx).get(row.reference).value();
    for (const auto& r : detail.referrals) pending |= r.decision == ReferralDecision::Pending;
    if (!pending) {
      reference = row.reference;
      break;
    }
  }
  QVERIFY(!reference.isEmpty());
  m_window->openCase(reference);
  const auto before = CaseReader(*m_ctx).get(reference)->referrals.size();
  const QString state = test::snapshot(*m_ctx);
  QVERIFY(m_window->workspace()->escalateCurrentCase(QString()).has_value());  // a reason is required
  QCOMPARE(test::snapshot(*m_ctx), state);
  QVERIFY(!m_window->workspace()->escalateCurrentCase(QStringLiteral("Exploitation risk rising")).has_value());
  auto escalated = CaseReader(*m_ctx).get(reference).value();
  QCOMPARE(escalated.referrals.size(), before + 1);
  QCOMPARE(escalated.referrals.back().kind, ReferralKind::Escalation);
  QCOMPARE(escalated.referrals.back().decision, ReferralDecision::Pending);
  m_window->undoStack()->undo();
  auto withdrawn = CaseReader(*m_ctx).get(reference).value();
  QCOMPARE(withdrawn.referrals.size(), before);
  QCOMPARE(withdrawn.groupCode, QStringLiteral("YJAG"));
  QCOMPARE(test::snapshot(*m_ctx), state);
}

void MainWindowTest::navigationReachesActionsMeetingsAndMyCases() {
  m_window->navigation()->selectPage(gui::NavigationPane::Page::OverdueActions);
  QCOMPARE(m_window->currentPage(), static_cast<QWidget*>(m_window->actionsPage()));
  QVERIFY(m_window->actionsPage()->scope().overdueOnly);
  ActionListRequest overdue;
  overdue.overdueOnly = true;
  overdue.outstandingOnly = true;
  QCOMPARE(m_window->actionsPage()->table()->model()->rowCount(),
           static_cast<int>(ActionService(*m_ctx).list(overdue)->size()));

  // Opening an action's case goes back to the case page with its Actions tab.
  const ActionRow* first = nullptr;
  for (int row = 0; !first && row < m_window->actionsPage()->table()->model()->rowCount(); ++row) {
    const ActionRow* candidate = m_window->actionsPage()->actionAtRow(row);
    if (!candidate->caseReference.isEmpty()) first = candidate;  // not a meeting's own action
  }
  QVERIFY(first);
  Q_EMIT m_window->actionsPage()->caseActivated(first->caseReference);
  QCOMPARE(m_window->currentPage(), static_cast<QWidget*>(m_window->caseList()->parentWidget()));
  QCOMPARE(m_window->workspace()->reference(), first->caseReference);
  QCOMPARE(m_window->workspace()->tabs()->currentIndex(), 3);

  m_window->navigation()->selectPage(gui::NavigationPane::Page::Meetings);
  QCOMPARE(m_window->currentPage(), static_cast<QWidget*>(m_window->meetingsPage()));

  // My cases lists what the chosen member owns.
  const QString owner = CaseReader(*m_ctx).list({})->rows.front().ownerName;
  QVERIFY(!owner.isEmpty());
  m_window->setMe(owner);
  m_window->navigation()->setCurrentItem(m_window->navigation()->findItems(QStringLiteral("My cases"), Qt::MatchStartsWith | Qt::MatchRecursive).value(0));
  auto* model = qobject_cast<gui::CaseTableModel*>(m_window->caseList()->table()->model());
  QCOMPARE(model->request().owner, owner);
  for (int row = 0; row < model->rowCount(); ++row) QCOMPARE(model->summaryAt(row)->ownerName, owner);
}

void MainWindowTest::riskChartFollowsALightOrDarkPalette() {
  gui::RiskPanel* panel = m_window->workspace()->riskPanel();
  QCOMPARE(panel->chartView()->chart()->theme(), QChart::ChartThemeLight);
  QPalette dark = panel->palette();
  dark.setColor(QPalette::Window, QColor(32, 32, 36));
  dark.setColor(QPalette::WindowText, Qt::white);
  panel->setPalette(dark);
  QCOMPARE(panel->chartView()->chart()->theme(), QChart::ChartThemeDark);
}

QTEST_MAIN(MainWindowTest)
#include "MainWindowTest.moc"
