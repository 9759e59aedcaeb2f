#include "Clock.h"
#include "Database.h"
#include "DirectoryRepository.h"
#include "DirectoryService.h"
#include "Snapshot.h"
#include "directory/DirectoryDialog.h"
#include "edits/Edits.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace casebook;

// The partnership directory dialog on a freshly seeded database.
class DirectoryDialogTest final : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void init();
  void cleanup();
  void addsAnAreaUndoesAndRedoesIt();
  void refusesADuplicateAndKeepsWhatWasTyped();
  void addsAMemberToAGroup();

 private:
  bool hasArea(const QString& code);
  std::unique_ptr<Database> m_db;
  std::unique_ptr<FixedClock> m_clock;
  AllowAllAccess m_access;
  std::unique_ptr<ServiceContext> m_ctx;
  std::unique_ptr<QUndoStack> m_stack;
  std::unique_ptr<gui::Edits> m_edits;
  std::unique_ptr<gui::DirectoryDialog> m_dialog;
};

void DirectoryDialogTest::init() {
  m_db = std::move(Database::openInMemory()).value();
  m_clock = std::make_unique<FixedClock>(QDate(2024, 6, 15));
  m_ctx = std::make_unique<ServiceContext>(ServiceContext{*m_db, *m_clock, Actor{QStringLiteral("admin"), Role::Administrator}, m_access});
  QVERIFY(DirectoryService(*m_ctx).seedDefaults().ok());
  m_stack = std::make_unique<QUndoStack>();
  m_edits = std::make_unique<gui::Edits>(*m_ctx, *m_stack);
  m_dialog = std::make_unique<gui::DirectoryDialog>(*m_edits);
  m_dialog->show();
}

void DirectoryDialogTest::cleanup() {
  m_dialog.reset();
  m_edits.reset();
  m_stack.reset();
  m_ctx.reset();
  m_db.reset();
}

bool DirectoryDialogTest::hasArea(const QString& code) {
  for (const auto& a : DirectoryService(*m_ctx).areas().value()) {
    if (a.code == code) return true;
  }
  return false;
}

void DirectoryDialogTest::addsAnAreaUndoesAndRedoesIt() {
  const QString before = test::snapshot(*m_ctx);
  const int rows = m_dialog->table(1)->rowCount();
  QTest::keyClicks(m_dialog->areaCode(), QStringLiteral("nl70"));
  QTest::keyClicks(m_dialog->areaName(), QStringLiteral("Riverside"));
  QVERIFY(!m_dialog->addArea().has_value());
  QVERIFY(hasArea(QStringLiteral("NL70")));
  QCOMPARE(m_dialog->table(1)->rowCount(), rows + 1);
  QVERIFY(m_dialog->areaCode()->text().isEmpty());

  // The dialog's own Undo button: the main window's menu is out of reach behind it.
  QPushButton* undo = nullptr;
  for (QPushButton* button : m_dialog->findChildren<QPushButton*>()) {
    if (button->text() == QStringLiteral("&Undo")) undo = button;
  }
  QVERIFY(undo && undo->isEnabled());
  QTest::mouseClick(undo, Qt::LeftButton);
  QVERIFY(!hasArea(QStringLiteral("NL70")));
  QVERIFY(!undo->isEnabled());
  QCOMPARE(m_dialog->table(1)->rowCount(), rows);  // the list follows Undo
  QCOMPARE(test::snapshot(*m_ctx), before);
  m_stack->redo();
  QVERIFY(hasArea(QStringLiteral("NL70")));
}

void DirectoryDialogTest::refusesADuplicateAndKeepsWhatWasTyped() {
  const QString before = test::snapshot(*m_ctx);
  m_dialog->tabs()->setCurrentIndex(1);
  QTest::keyClicks(m_dialog->areaCode(), QStringLiteral("NL61"));  // a seeded area
  QTest::keyClicks(m_dialog->areaName(), QStringLiteral("Again"));
  const auto problem = m_dialog->addArea();
  QVERIFY(problem.has_value());
  QVERIFY(problem->contains(QStringLiteral("NL61")));
  QCOMPARE(m_dialog->areaCode()->text(), QStringLiteral("NL61"));
  QCOMPARE(m_stack->count(), 0);
  QCOMPARE(test::snapshot(*m_ctx), before);
  QVERIFY(m_dialog->addArea().has_value());  // still refused on a second try
}

void DirectoryDialogTest::addsAMemberToAGroup() {
  QTest::keyClicks(m_dialog->memberName(), QStringLiteral("Robin Testwell"));
  m_dialog->memberAgency()->setCurrentIndex(m_dialog->memberAgency()->findData(QStringLiteral("HOUS")));
  m_dialog->memberGroup()->setCurrentIndex(m_dialog->memberGroup()->findData(QStringLiteral("LEDG")));
  m_dialog->memberRole()->setCurrentIndex(m_dialog->memberRole()->findData(QStringLiteral("chair")));
  QVERIFY(!m_dialog->addMember().has_value());
  MemberId added;
  for (const auto& m : DirectoryService(*m_ctx).members().value()) {
    if (m.name == QStringLiteral("Robin Testwell")) added = m.id;
  }
  QVERIFY(added.value != 0);
  auto ledg = DirectoryService(*m_ctx).groups().value();
  GroupId ledgId;
  for (const auto& g : ledg) {
    if (g.group.code == QStringLiteral("LEDG")) ledgId = g.group.id;
  }
  auto memberships = m_db->read([&]() -> Result<std::vector<Membership>> {
    return DirectoryRepository(*m_db).membershipsOfGroup(ledgId);
  });
  QVERIFY(memberships.ok());
  bool chair = false;
  for (const auto& m : memberships.value()) chair |= m.memberId == added && m.role == MembershipRole::Chair;
  QVERIFY(chair);
  QCOMPARE(DirectoryService(*m_ctx).chairsOf(ledgId).value(), QStringList{QStringLiteral("Robin Testwell")});
}

QTEST_MAIN(DirectoryDialogTest)
#include "DirectoryDialogTest.moc"
