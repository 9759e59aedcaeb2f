#include "CaseReader.h"
#include "CaseService.h"
#include "Clock.h"
#include "Database.h"
#include "DirectoryService.h"
#include "EditCaseDialog.h"
#include "NewCaseDialog.h"
#include "PlanService.h"
#include "PriorityPicker.h"
#include "edits/Edits.h"
#include "plan/PlanEditorDialog.h"
#include "plan/PlanTree.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace casebook;
using gui::PlanTree;

// The CSP plan editor and the case dialogs' priority picker, on a database with a plan whose
// P2 has a case tagged to it. The clock is at 2024-06-15; the actor is an administrator.
class PlanEditorDialogTest final : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void init();
  void cleanup();
  void editsThePlanAndKeepsTheTaggedPriority();
  void marksEveryProblemInlineAndSavesNothing();
  void startsANewPlanAfterTheLastOne();
  void caseDialogsTagACaseWithAPriority();

 private:
  Plan held(PlanId id);
  QStringList outline(const Plan& p);
  std::unique_ptr<Database> m_db;
  std::unique_ptr<FixedClock> m_clock;
  AllowAllAccess m_access;
  std::unique_ptr<ServiceContext> m_ctx;
  std::unique_ptr<QUndoStack> m_stack;
  std::unique_ptr<gui::Edits> m_edits;
  PlanId m_plan;
  QString m_tagged;  // a case tagged to P2
};

void PlanEditorDialogTest::init() {
  m_db = std::move(Database::openInMemory()).value();
  m_clock = std::make_unique<FixedClock>(QDate(2024, 6, 15));
  m_ctx = std::make_unique<ServiceContext>(ServiceContext{*m_db, *m_clock, Actor{QStringLiteral("admin"), Role::Administrator}, m_access});
  QVERIFY(DirectoryService(*m_ctx).seedDefaults().ok());
  Plan p;
  p.title = QStringLiteral("Plan 2023-26");
  p.startsOn = QDate(2023, 4, 1);
  p.endsOn = QDate(2026, 3, 31);
  p.themes.push_back({QStringLiteral("Safer streets"),
                      {{PriorityId(), QStringLiteral("P1"), QStringLiteral("Reduce ASB"), {{QStringLiteral("Fewer repeat calls")}}},
                       {PriorityId(), QStringLiteral("P2"), QStringLiteral("Safe town centre"), {}}}});
  p.themes.push_back({QStringLiteral("Vulnerable people"), {{PriorityId(), QStringLiteral("P3"), QStringLiteral("Adults at risk"), {}}}});
  const auto added = PlanService(*m_ctx).add(p);
  QVERIFY(added.ok());
  m_plan = added.value();
  NewCaseInput input;
  input.subject.name = QStringLiteral("Tagged Fictional");
  input.referral.groupCode = QStringLiteral("LEDG");
  input.referral.receivedOn = QDate(2024, 5, 1);
  input.referral.reason = QStringLiteral("Street drinking");
  input.priorityCode = QStringLiteral("P2");
  input.acceptNow = true;
  const auto created = CaseService(*m_ctx).create(input);
  QVERIFY2(created.ok(), created.ok() ? "" : qPrintable(created.error().message()));
  m_tagged = created->reference;
  m_stack = std::make_unique<QUndoStack>();
  m_edits = std::make_unique<gui::Edits>(*m_ctx, *m_stack);
}

void PlanEditorDialogTest::cleanup() {
  m_edits.reset();
  m_stack.reset();
  m_ctx.reset();
  m_db.reset();
}

Plan PlanEditorDialogTest::held(PlanId id) {
  auto p = PlanService(*m_ctx).get(id);
  if (!p) qFatal("no plan");
  return p.value();
}

QStringList PlanEditorDialogTest::outline(const Plan& p) {
  QStringList lines;
  for (const auto& theme : p.themes) {
    lines << theme.title;
    for (const auto& priority : theme.priorities) {
      lines << QStringLiteral("  %1 %2").arg(priority.code, priority.title);
      for (const auto& o : priority.objectives) lines << QStringLiteral("    - %1").arg(o.text);
    }
  }
  return lines;
}

void PlanEditorDialogTest::editsThePlanAndKeepsTheTaggedPriority() {
  const PriorityId p2 = held(m_plan).themes[0].priorities[1].id;
  gui::PlanEditorDialog dialog(*m_edits);
  dialog.show();
  QCOMPARE(dialog.titleEdit()->text(), QStringLiteral("Plan 2023-26"));
  PlanTree* tree = dialog.tree();
  QCOMPARE(tree->topLevelItemCount(), 2);
  QTreeWidgetItem* theme1 = tree->topLevelItem(0);
  QCOMPARE(theme1->child(1)->text(PlanTree::CodeColumn), QStringLiteral("P2"));
  QCOMPARE(theme1->child(1)->text(PlanTree::CasesColumn), QStringLiteral("1"));

  dialog.titleEdit()->clear();
  QTest::keyClicks(dialog.titleEdit(), QStringLiteral("Community Safety Plan 2023-2026"));
  dialog.endsOn()->setDate(QDate(2026, 6, 30));
  QVERIFY(dialog.hasUnsavedChanges());

  // P2 has a case: Remove refuses and says what to do; P1 has none and goes.
  tree->setCurrentItem(theme1->child(1));
  const auto refused = tree->removeItem(theme1->child(1));
  QVERIFY(refused.has_value());
  QVERIFY2(refused->contains(QStringLiteral("Re-tag those cases")), qPrintable(*refused));
  QCOMPARE(theme1->childCount(), 2);
  QVERIFY(!tree->removeItem(theme1->child(0)).has_value());

  // A new priority with its objective in the second theme, then P2 moved down into it.
  QTreeWidgetItem* theme2 = tree->topLevelItem(1);
  QTreeWidgetItem* p4 = tree->addPriority(theme2);
  QCOMPARE(p4->text(PlanTree::CodeColumn), QStringLiteral("P4"));  // the next free code
  p4->setText(PlanTree::TextColumn, QStringLiteral("County lines"));
  QTreeWidgetItem* objective = tree->addObjective(p4, QStringLiteral("Close cuckooed homes"));
  QVERIFY(objective);
  QCOMPARE(objective->text(PlanTree::CodeColumn), QStringLiteral("Objective 1"));
  tree->moveItem(theme1->child(0), +1);  // P2 is alone in the first theme: it crosses into the second
  QCOMPARE(theme1->childCount(), 0);
  QCOMPARE(theme2->child(0)->text(PlanTree::CodeColumn), QStringLiteral("P2"));
  tree->moveItem(p4, -1);  // above P3
  tree->moveItem(theme2, -1);  // the second theme first
  QCOMPARE(tree->topLevelItem(0)->text(PlanTree::CodeColumn), QStringLiteral("Theme 1"));
  QCOMPARE(tree->topLevelItem(0)->text(PlanTree::TextColumn), QStringLiteral("Vulnerable people"));

  QVERIFY(!dialog.save().has_value());
  QVERIFY(!dialog.hasUnsavedChanges());
  const Plan after = held(m_plan);
  QCOMPARE(after.title, QStringLiteral("Community Safety Plan 2023-2026"));
  QCOMPARE(after.endsOn, QDate(2026, 6, 30));
  QCOMPARE(outline(after), QStringList({QStringLiteral("Vulnerable people"), QStringLiteral("  P2 Safe town centre"),
                                        QStringLiteral("  P4 County lines"), QStringLiteral("    - Close cuckooed homes"),
                                        QStringLiteral("  P3 Adults at risk"), QStringLiteral("Safer streets")}));
  QCOMPARE(after.themes[0].priorities[0].id, p2);
  QCOMPARE(CaseReader(*m_ctx).get(m_tagged)->priorityCode, QStringLiteral("P2"));

  // One undoable edit: Undo puts the plan back as it was.
  QCOMPARE(m_stack->count(), 1);
  QString refusal;
  connect(m_edits.get(), &gui::Edits::refused, this, [&refusal](const QString& message) { refusal = message; });
  m_stack->undo();
  QVERIFY2(refusal.isEmpty(), qPrintable(refusal));
  QCOMPARE(outline(held(m_plan)).first(), QStringLiteral("Safer streets"));
  QCOMPARE(held(m_plan).title, QStringLiteral("Plan 2023-26"));
  QCOMPARE(held(m_plan).themes[0].priorities[1].id, p2);
  m_stack->redo();
  QVERIFY2(refusal.isEmpty(), qPrintable(refusal));
  QCOMPARE(outline(held(m_plan)), outline(after));
}

void PlanEditorDialogTest::marksEveryProblemInlineAndSavesNothing() {
  gui::PlanEditorDialog dialog(*m_edits);
  dialog.show();
  PlanTree* tree = dialog.tree();
  QTreeWidgetItem* p1 = tree->itemAt(0, 0, -1);
  p1->setText(PlanTree::TextColumn, QString());
  QTreeWidgetItem* empty = tree->addObjective(tree->itemAt(1, 0, -1));
  tree->itemAt(1, 0, -1)->setText(PlanTree::CodeColumn, QStringLiteral("p2"));  // P2 again, whatever the case
  const QStringList before = outline(held(m_plan));

  const auto problem = dialog.save();
  QVERIFY(problem.has_value());
  QVERIFY2(problem->startsWith(QStringLiteral("theme 1, priority P1: the priority has no title. Say what the priority is")),
           qPrintable(*problem));
  QVERIFY(problem->contains(QStringLiteral("2 more problem(s) marked in the tree")));
  QVERIFY(dialog.errorLabel()->isVisible());
  QCOMPARE(tree->currentItem(), p1);
  QVERIFY(!p1->icon(PlanTree::TextColumn).isNull());
  QVERIFY(p1->toolTip(PlanTree::TextColumn).contains(QStringLiteral("no title")));
  QVERIFY(empty->toolTip(PlanTree::TextColumn).contains(QStringLiteral("objective 1: the objective is empty")));
  QVERIFY(tree->itemAt(1, 0, -1)->toolTip(PlanTree::TextColumn).contains(QStringLiteral("used twice")));
  QVERIFY(tree->itemAt(0, 1, -1)->icon(PlanTree::TextColumn).isNull());
  QCOMPARE(outline(held(m_plan)), before);
  QCOMPARE(m_stack->count(), 0);

  // The period too: an end before the start.
  p1->setText(PlanTree::TextColumn, QStringLiteral("Reduce ASB"));
  tree->removeItem(empty);
  tree->itemAt(1, 0, -1)->setText(PlanTree::CodeColumn, QStringLiteral("P3"));
  dialog.endsOn()->setDate(QDate(2023, 1, 1));
  QVERIFY(dialog.save()->startsWith(QStringLiteral("plan period: the plan must end after it starts")));
  QVERIFY(p1->icon(PlanTree::TextColumn).isNull());  // the marks follow the problems
  QCOMPARE(outline(held(m_plan)), before);
}

void PlanEditorDialogTest::startsANewPlanAfterTheLastOne() {
  gui::PlanEditorDialog dialog(*m_edits);
  dialog.show();
  QComboBox* picker = dialog.planPicker();
  QCOMPARE(picker->count(), 2);  // the plan and "(new plan)"
  picker->setCurrentIndex(picker->findData(qint64{0}));
  QVERIFY(dialog.titleEdit()->text().isEmpty());
  QCOMPARE(dialog.startsOn()->date(), QDate(2026, 4, 1));
  QCOMPARE(dialog.endsOn()->date(), QDate(2029, 3, 31));
  QCOMPARE(dialog.tree()->topLevelItemCount(), 0);

  QTest::keyClicks(dialog.titleEdit(), QStringLiteral("Plan 2026-29"));
  QTreeWidgetItem* theme = dialog.tree()->addTheme(QStringLiteral("Safer places"));
  QTreeWidgetItem* priority = dialog.tree()->addPriority(theme, QString(), QStringLiteral("Safer parks"));
  QCOMPARE(priority->text(PlanTree::CodeColumn), QStringLiteral("P1"));
  QVERIFY(!dialog.save().has_value());
  const auto plans = PlanService(*m_ctx).list().value();
  QCOMPARE(plans.size(), size_t(2));
  QCOMPARE(outline(plans.back()), QStringList({QStringLiteral("Safer places"), QStringLiteral("  P1 Safer parks")}));
  QCOMPARE(dialog.savedPlan(), plans.back().id);
  QCOMPARE(picker->currentData().toLongLong(), plans.back().id.value);

  // A plan over the same years is refused by the service, shown under the tree.
  picker->setCurrentIndex(picker->findData(qint64{0}));
  QTest::keyClicks(dialog.titleEdit(), QStringLiteral("Clash"));
  dialog.startsOn()->setDate(QDate(2027, 4, 1));
  dialog.endsOn()->setDate(QDate(2028, 3, 31));
  const auto clash = dialog.save();
  QVERIFY(clash.has_value());
  QVERIFY2(clash->contains(QStringLiteral("overlaps a plan already held")), qPrintable(*clash));
  QCOMPARE(PlanService(*m_ctx).list()->size(), size_t(2));
}

void PlanEditorDialogTest::caseDialogsTagACaseWithAPriority() {
  gui::EditCaseDialog edit(*m_edits, CaseReader(*m_ctx).get(m_tagged).value());
  gui::PriorityPicker* picker = edit.priority();
  QCOMPARE(picker->count(), 4);  // none and P1 to P3
  QCOMPARE(picker->currentText(), QStringLiteral("P2 - Safe town centre"));
  QVERIFY(!edit.changes().priorityCode.has_value());  // untouched: not sent
  picker->setCurrentIndex(picker->findData(QStringLiteral("P3")));
  QCOMPARE(edit.changes().priorityCode, std::optional<QString>(QStringLiteral("P3")));
  QVERIFY(!edit.submit().has_value());
  QCOMPARE(CaseReader(*m_ctx).get(m_tagged)->priorityCode, QStringLiteral("P3"));

  gui::EditCaseDialog untag(*m_edits, CaseReader(*m_ctx).get(m_tagged).value());
  untag.priority()->setCurrentIndex(0);
  QVERIFY(!untag.submit().has_value());
  QVERIFY(CaseReader(*m_ctx).get(m_tagged)->priorityCode.isEmpty());

  gui::NewCaseDialog newCase(*m_edits, QStringLiteral("LEDG"));
  auto* newPicker = newCase.findChild<gui::PriorityPicker*>(QStringLiteral("priority"));
  QVERIFY(newPicker);
  QCOMPARE(newPicker->count(), 4);
  newPicker->setCurrentIndex(newPicker->findData(QStringLiteral("P1")));
  QTest::keyClicks(newCase.findChild<QLineEdit*>(QStringLiteral("name")), QStringLiteral("New Fictional"));
  QTest::keyClicks(newCase.findChild<QPlainTextEdit*>(QStringLiteral("reason")), QStringLiteral("Begging near the station"));
  QCOMPARE(newCase.input().priorityCode, QStringLiteral("P1"));
  QVERIFY(!newCase.submit().has_value());
  QCOMPARE(CaseReader(*m_ctx).get(newCase.createdReference())->priorityCode, QStringLiteral("P1"));
}

QTEST_MAIN(PlanEditorDialogTest)
#include "PlanEditorDialogTest.moc"
