#include "ActionService.h"
#include "CaseReader.h"
#include "CaseService.h"
#include "CaseWorkspace.h"
#include "Clock.h"
#include "Database.h"
#include "DemoService.h"
#include "DemoWindow.h"
#include "MainWindow.h"
#include "EditCaseDialog.h"
#include "NewCaseDialog.h"
#include "ThemePicker.h"
#include "Snapshot.h"
#include "edits/Edits.h"
#include "workspace/ActionsTab.h"
#include "workspace/LinksTab.h"
#include "workspace/NotesTab.h"
#include "workspace/ReferralsTab.h"

#include <QCheckBox>
#include <QComboBox>
#include <QAbstractItemView>
#include <QDateEdit>
#include <QSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace casebook;

// The edits of the case workspace, driven through its widgets; each asserts what the
// database then holds, and that Undo puts back exactly what was there.
class CaseEditingTest final : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void init();
  void cleanup();
  void addsAndCompletesAnActionThenUndoes();
  void actionNeedsTextAndSaysSo();
  void addsANote();
  void linksTwoCases();
  void newCaseDialogCreatesACaseAndUndoRemovesIt();
  void newCaseDialogShowsTheServiceMessage();
  void decidesAPendingReferral();
  void everyInputHasAnAccessibleName();
  void editsDetailsAndUndoesThem();

 private:
  QString openCaseIn(const char* group);
  test::DemoWindow m_demo;
  ServiceContext* m_ctx = nullptr;
  gui::MainWindow* m_window = nullptr;
};

void CaseEditingTest::init() {
  QVERIFY(m_demo.open(200, 5));
  m_ctx = m_demo.ctx.get();
  m_window = m_demo.window.get();
  QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void CaseEditingTest::cleanup() {
  m_demo.close();
}

QString CaseEditingTest::openCaseIn(const char* group) {
  CaseListRequest open;
  open.statuses = {CaseStatus::Open};
  open.groupCode = QString::fromLatin1(group);
  const QString reference = CaseReader(*m_ctx).list(open)->rows.front().reference;
  m_window->openCase(reference, 3);
  return reference;
}

void CaseEditingTest::addsAndCompletesAnActionThenUndoes() {
  const QString reference = openCaseIn("LEDG");
  const QString before = test::snapshot(*m_ctx);
  const auto actionsBefore = CaseReader(*m_ctx).get(reference)->actions.size();
  gui::ActionsTab* tab = m_window->workspace()->actionsTab();

  QTest::keyClicks(tab->newActionText(), QStringLiteral("Joint visit by housing and police"));
  tab->newActionDue()->setDate(QDate(2024, 7, 1));
  QTest::mouseClick(tab->addButton(), Qt::LeftButton);
  auto detail = CaseReader(*m_ctx).get(reference).value();
  QCOMPARE(detail.actions.size(), actionsBefore + 1);
  const ActionRow& added = detail.actions.back();
  QCOMPARE(added.action.text, QStringLiteral("Joint visit by housing and police"));
  QCOMPARE(added.action.dueOn, QDate(2024, 7, 1));
  QCOMPARE(added.action.status, ActionStatus::Open);
  QCOMPARE(added.ownerName, tab->newActionOwner()->itemText(0));
  QVERIFY(tab->newActionText()->text().isEmpty());
  QCOMPARE(tab->table()->rowCount(), static_cast<int>(actionsBefore + 1));

  // Choose the new action, mark it complete with a dated update.
  tab->table()->selectRow(tab->table()->rowCount() - 1);
  tab->updateStatus()->setCurrentIndex(tab->updateStatus()->findData(QStringLiteral("complete")));
  QTest::keyClicks(tab->updateText(), QStringLiteral("Visit made; tenancy warning given"));
  QTest::mouseClick(tab->updateButton(), Qt::LeftButton);
  const Action done = ActionService(*m_ctx).get(added.action.id.value).value();
  QCOMPARE(done.status, ActionStatus::Complete);
  QCOMPARE(done.completedOn, std::optional<QDate>(QDate(2024, 6, 15)));
  QCOMPARE(done.updates.size(), size_t(1));
  QCOMPARE(done.updates.front().text, QStringLiteral("Visit made; tenancy warning given"));

  // Two edits, two undos: back to exactly what was there.
  QCOMPARE(m_window->undoStack()->count(), 2);
  m_window->undoStack()->undo();
  QCOMPARE(ActionService(*m_ctx).get(added.action.id.value)->status, ActionStatus::Open);
  m_window->undoStack()->undo();
  QVERIFY(!ActionService(*m_ctx).get(added.action.id.value).ok());
  QCOMPARE(test::snapshot(*m_ctx), before);
}

void CaseEditingTest::actionNeedsTextAndSaysSo() {
  openCaseIn("LEDG");
  const QString before = test::snapshot(*m_ctx);
  gui::ActionsTab* tab = m_window->workspace()->actionsTab();
  QTest::mouseClick(tab->addButton(), Qt::LeftButton);
  QVERIFY(tab->errorLabel()->isVisible());
  QVERIFY(tab->errorLabel()->text().contains(QStringLiteral("text")));
  QCOMPARE(m_window->undoStack()->count(), 0);
  QCOMPARE(test::snapshot(*m_ctx), before);
}

void CaseEditingTest::addsANote() {
  const QString reference = openCaseIn("YJAG");
  const auto notesBefore = CaseReader(*m_ctx).get(reference)->notes.size();
  gui::NotesTab* tab = m_window->workspace()->notesTab();
  QTest::keyClicks(tab->editor(), QStringLiteral("Mother reports improved school attendance"));
  QTest::mouseClick(tab->addButton(), Qt::LeftButton);
  const auto notes = CaseReader(*m_ctx).get(reference)->notes;
  QCOMPARE(notes.size(), notesBefore + 1);
  int matching = 0;
  for (const auto& n : notes) {
    if (n.body == QStringLiteral("Mother reports improved school attendance")) {
      ++matching;
      QCOMPARE(n.author, QStringLiteral("chair"));
    }
  }
  QCOMPARE(matching, 1);
  QVERIFY(tab->editor()->toPlainText().isEmpty());
}

void CaseEditingTest::linksTwoCases() {
  CaseListRequest open;
  open.statuses = {CaseStatus::Open};
  const auto rows = CaseReader(*m_ctx).list(open)->rows;
  QVERIFY(rows.size() >= 2);
  const QString first = rows[0].reference;
  const QString second = rows[1].reference;
  m_window->openCase(first, 5);
  gui::LinksTab* tab = m_window->workspace()->linksTab();
  const auto before = CaseReader(*m_ctx).get(first)->links.size();
  QVERIFY(!tab->link(second, LinkRelation::Household, QStringLiteral("Same flat")).has_value());
  const auto links = CaseReader(*m_ctx).get(first)->links;
  QCOMPARE(links.size(), before + 1);
  bool found = false;
  for (const auto& l : links) found |= l.reference == second && l.relation == LinkRelation::Household;
  QVERIFY(found);
  QVERIFY(tab->link(QStringLiteral("NOPE-1"), LinkRelation::Other, {}).has_value());
}

void CaseEditingTest::newCaseDialogCreatesACaseAndUndoRemovesIt() {
  const QString before = test::snapshot(*m_ctx);
  gui::NewCaseDialog dialog(*m_window->edits(), QStringLiteral("AARG"));
  QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("name")), QStringLiteral("Vera Fictional"));
  QTest::keyClicks(dialog.findChild<QPlainTextEdit*>(QStringLiteral("reason")),
                   QStringLiteral("Repeated doorstep fraud; lives alone"));
  dialog.findChild<QCheckBox*>(QStringLiteral("acceptNow"))->setChecked(true);
  QVERIFY(!dialog.submit().has_value());
  const QString reference = dialog.createdReference();
  QVERIFY(reference.startsWith(QStringLiteral("AARG-")));
  const auto created = CaseReader(*m_ctx).get(reference);
  QVERIFY2(created.ok(), created.ok() ? "" : qPrintable(created.error().message()));
  QCOMPARE(created->record.subject.name, QStringLiteral("Vera Fictional"));
  QCOMPARE(created->record.status, CaseStatus::Open);
  QCOMPARE(created->referrals.size(), size_t(1));

  m_window->undoStack()->undo();
  QVERIFY(!CaseReader(*m_ctx).get(reference).ok());
  QCOMPARE(test::snapshot(*m_ctx), before);
}

void CaseEditingTest::newCaseDialogShowsTheServiceMessage() {
  const QString before = test::snapshot(*m_ctx);
  gui::NewCaseDialog dialog(*m_window->edits(), QStringLiteral("AARG"));
  QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("name")), QStringLiteral("No Reason Given"));
  const auto problem = dialog.submit();
  QVERIFY(problem.has_value());
  QVERIFY(problem->contains(QStringLiteral("reason")));
  QVERIFY(dialog.createdReference().isEmpty());
  QCOMPARE(test::snapshot(*m_ctx), before);
}

void CaseEditingTest::decidesAPendingReferral() {
  NewCaseInput fresh;
  fresh.subject.name = QStringLiteral("Awaiting Decision");
  fresh.subject.ageBand = QStringLiteral("26-40");
  fresh.referral.groupCode = QStringLiteral("LCDG");
  fresh.referral.receivedOn = QDate(2024, 6, 14);
  fresh.referral.reason = QStringLiteral("Begging and threats at the station");
  const auto created = CaseService(*m_ctx).create(fresh);
  QVERIFY2(created.ok(), created.ok() ? "" : qPrintable(created.error().message()));
  const QString reference = created->reference;
  QCOMPARE(CaseReader(*m_ctx).get(reference)->record.status, CaseStatus::Referred);
  m_window->openCase(reference, 1);
  gui::ReferralsTab* tab = m_window->workspace()->referralsTab();
  QVERIFY(tab->pendingReferral() != 0);
  QVERIFY(tab->decideButton()->isEnabled());
  DecisionInput input;
  input.referralId = tab->pendingReferral();
  input.decision = ReferralDecision::Accepted;
  QVERIFY(!tab->decide(input).has_value());
  const auto decided = CaseReader(*m_ctx).get(reference).value();
  QCOMPARE(decided.record.status, CaseStatus::Open);
  QCOMPARE(tab->pendingReferral(), qint64(0));
  QVERIFY(!tab->decideButton()->isEnabled());
}

// Screen readers announce a control by its accessible name; a field without one is read
// out as "edit" or "combo box". Buttons and check boxes speak their own text.
void CaseEditingTest::everyInputHasAnAccessibleName() {
  const QString reference = openCaseIn("LEDG");
  gui::NewCaseDialog dialog(*m_window->edits(), QStringLiteral("LEDG"));
  gui::EditCaseDialog edit(*m_window->edits(), CaseReader(*m_ctx).get(reference).value());
  QStringList unnamed;
  for (QWidget* root : std::initializer_list<QWidget*>{m_window, &dialog, &edit}) {
    for (QWidget* w : root->findChildren<QWidget*>()) {
      const bool input = qobject_cast<QLineEdit*>(w) || qobject_cast<QComboBox*>(w) || qobject_cast<QDateEdit*>(w) ||
                         qobject_cast<QAbstractSpinBox*>(w) || qobject_cast<QAbstractItemView*>(w) ||
                         qobject_cast<QPlainTextEdit*>(w);
      // Line edits inside combo boxes and spin boxes are named by their owner.
      const bool part = qobject_cast<QComboBox*>(w->parentWidget()) || qobject_cast<QAbstractSpinBox*>(w->parentWidget()) ||
                        w->inherits("QCalendarView") || w->inherits("QHeaderView") ||
                        w->inherits("QComboBoxListView") || w->objectName().startsWith(QStringLiteral("qt_"));
      if (input && !part && w->accessibleName().isEmpty()) {
        unnamed << QStringLiteral("%1 %2").arg(QString::fromLatin1(w->metaObject()->className()), w->objectName());
      }
    }
  }
  QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
}

void CaseEditingTest::editsDetailsAndUndoesThem() {
  const QString reference = openCaseIn("LCDG");
  const QString before = test::snapshot(*m_ctx);
  const CaseDetail detail = CaseReader(*m_ctx).get(reference).value();
  gui::EditCaseDialog dialog(*m_window->edits(), detail);
  QVERIFY(!detail.record.themes.contains(QStringLiteral("asb")));
  QVERIFY(!dialog.changes().subjectName && !dialog.changes().owner && !dialog.changes().themes);  // nothing changed yet
  const int other = dialog.owner()->currentIndex() == 1 ? 2 : 1;
  dialog.owner()->setCurrentIndex(other);
  dialog.status()->setCurrentIndex(dialog.status()->findData(QStringLiteral("monitoring")));
  dialog.themes()->setCheckedCodes(detail.record.themes + QStringList{QStringLiteral("asb")});
  dialog.subjectName()->setText(detail.record.subject.name + QStringLiteral(" Jr"));
  QVERIFY(!dialog.submit().has_value());

  const CaseDetail after = CaseReader(*m_ctx).get(reference).value();
  QCOMPARE(after.ownerName, dialog.owner()->itemText(other));
  QCOMPARE(after.record.status, CaseStatus::Monitoring);
  QVERIFY(after.record.themes.contains(QStringLiteral("asb")));
  QCOMPARE(after.record.subject.name, detail.record.subject.name + QStringLiteral(" Jr"));
  QCOMPARE(m_window->undoStack()->count(), 1);  // one edit for all the fields
  m_window->undoStack()->undo();
  QCOMPARE(test::snapshot(*m_ctx), before);

  // A bad age band is refused with the service's words, and nothing changes.
  gui::EditCaseDialog again(*m_window->edits(), detail);
  for (QLineEdit* edit : again.findChildren<QLineEdit*>()) {
    if (edit->accessibleName() == QStringLiteral("Age band")) edit->setText(QStringLiteral("nine"));
  }
  const auto refused = again.submit();
  QVERIFY(refused.has_value());
  QVERIFY(refused->contains(QStringLiteral("age band")));
  QCOMPARE(test::snapshot(*m_ctx), before);
}

QTEST_MAIN(CaseEditingTest)
#include "CaseEditingTest.moc"
