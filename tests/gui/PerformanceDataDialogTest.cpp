#include "Clock.h"
#include "GroupAccessPolicy.h"
#include "Database.h"
#include "DirectoryService.h"
#include "PerformanceDataService.h"
#include "edits/Edits.h"
#include "reports/PerformanceDataDialog.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace casebook;
using Dialog = gui::PerformanceDataDialog;

namespace {

bool writeFile(const QString& path, const QByteArray& bytes) {
  QFile file(path);
  return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

}  // namespace

// The performance data dialog on a database holding a few counts, the clock at 2024-06-15 (so
// it opens on 2024Q1, the last whole quarter), acting as a chair.
class PerformanceDataDialogTest final : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void init();
  void cleanup();
  void showsTheQuarterBesideTheOneBeforeAndAYearBefore();
  void savesTypedCountsAsOneUndoableEdit();
  void refusesABadCountInlineAndSavesNothing();
  void importsACsvFileAndRefusesABadOneWhole();
  void isReadOnlyForACaseworker();

 private:
  int rowOf(const QString& crimeType) const;
  QString cell(const QString& crimeType, int column) const;
  QStringList held(const char* quarter);
  std::unique_ptr<Database> m_db;
  std::unique_ptr<FixedClock> m_clock;
  AllowAllAccess m_access;
  std::unique_ptr<ServiceContext> m_ctx;
  std::unique_ptr<QUndoStack> m_stack;
  std::unique_ptr<gui::Edits> m_edits;
  std::unique_ptr<Dialog> m_dialog;
};

void PerformanceDataDialogTest::init() {
  m_db = std::move(Database::openInMemory()).value();
  m_clock = std::make_unique<FixedClock>(QDate(2024, 6, 15));
  m_ctx = std::make_unique<ServiceContext>(ServiceContext{*m_db, *m_clock, Actor{QStringLiteral("chair"), Role::Chair}, m_access});
  QVERIFY(DirectoryService(*m_ctx).seedDefaults().ok());
  PerformanceDataService figures(*m_ctx);
  for (const auto& [type, quarter, count] : {std::tuple{"All crime", "2024Q1", 2800}, std::tuple{"All crime", "2023Q4", 2600},
                                             std::tuple{"All crime", "2023Q1", 3000}, std::tuple{"Shoplifting", "2023Q4", 190},
                                             std::tuple{"Cycle theft", "2021Q1", 60}}) {
    QVERIFY(figures.set(QString::fromLatin1(type), Quarter::parse(QString::fromLatin1(quarter)).value(), count).ok());
  }
  m_stack = std::make_unique<QUndoStack>();
  m_edits = std::make_unique<gui::Edits>(*m_ctx, *m_stack);
  m_dialog = std::make_unique<Dialog>(*m_edits);
  m_dialog->show();
}

void PerformanceDataDialogTest::cleanup() {
  m_dialog.reset();
  m_edits.reset();
  m_stack.reset();
  m_ctx.reset();
  m_db.reset();
}

int PerformanceDataDialogTest::rowOf(const QString& crimeType) const {
  for (int row = 0; row < m_dialog->table()->rowCount(); ++row) {
    if (m_dialog->table()->item(row, Dialog::CrimeType)->text() == crimeType) return row;
  }
  return -1;
}

QString PerformanceDataDialogTest::cell(const QString& crimeType, int column) const {
  const int row = rowOf(crimeType);
  return row < 0 ? QStringLiteral("(no row)") : m_dialog->table()->item(row, column)->text();
}

// "crime type count" for each count held in the quarter, read through the service.
QStringList PerformanceDataDialogTest::held(const char* quarter) {
  const auto table = PerformanceDataService(*m_ctx).table(Quarter::parse(QString::fromLatin1(quarter)).value());
  QStringList lines;
  for (const auto& r : table.value().rows) {
    if (r.now) lines << QStringLiteral("%1 %2").arg(r.crimeType).arg(*r.now);
  }
  return lines;
}

void PerformanceDataDialogTest::showsTheQuarterBesideTheOneBeforeAndAYearBefore() {
  QCOMPARE(m_dialog->quarter().name(), QStringLiteral("2024Q1"));
  QCOMPARE(m_dialog->quarterPicker()->currentData().toString(), QStringLiteral("2024Q1"));
  QCOMPARE(m_dialog->table()->horizontalHeaderItem(Dialog::Count)->text(), QStringLiteral("2024Q1 count"));
  QCOMPARE(m_dialog->table()->horizontalHeaderItem(Dialog::Previous)->text(), QStringLiteral("2023Q4"));
  QCOMPARE(m_dialog->table()->horizontalHeaderItem(Dialog::LastYear)->text(), QStringLiteral("2023Q1"));
  // Every crime type held is offered, in the order first entered.
  QCOMPARE(m_dialog->table()->rowCount(), 3);
  QCOMPARE(rowOf(QStringLiteral("All crime")), 0);
  QCOMPARE(cell(QStringLiteral("All crime"), Dialog::Count), QStringLiteral("2800"));
  QCOMPARE(cell(QStringLiteral("All crime"), Dialog::Previous), QStringLiteral("2600"));
  QCOMPARE(cell(QStringLiteral("All crime"), Dialog::ChangeFromPrevious), QStringLiteral("+7.7%"));
  QCOMPARE(cell(QStringLiteral("All crime"), Dialog::ChangeFromLastYear), QStringLiteral("-6.7%"));
  QCOMPARE(cell(QStringLiteral("Shoplifting"), Dialog::Count), QString());
  QCOMPARE(cell(QStringLiteral("Shoplifting"), Dialog::ChangeFromPrevious), QStringLiteral("n/a"));
  QCOMPARE(cell(QStringLiteral("Cycle theft"), Dialog::Previous), QString());
  // The read-only columns cannot be typed into.
  QVERIFY(!(m_dialog->table()->item(0, Dialog::Previous)->flags() & Qt::ItemIsEditable));
  QVERIFY(m_dialog->table()->item(0, Dialog::Count)->flags() & Qt::ItemIsEditable);

  // Another quarter, picked as a user would; the financial name shows the same months.
  m_dialog->quarterPicker()->setCurrentIndex(m_dialog->quarterPicker()->findData(QStringLiteral("2023Q4")));
  QCOMPARE(m_dialog->quarter().name(), QStringLiteral("2023Q4"));
  QCOMPARE(cell(QStringLiteral("All crime"), Dialog::Count), QStringLiteral("2600"));
  QVERIFY(m_dialog->quarterPicker()->currentText().contains(QStringLiteral("2023/24 Q3")));
  QVERIFY(m_dialog->showQuarter(QStringLiteral("2023/24 Q4")));
  QCOMPARE(m_dialog->table()->horizontalHeaderItem(Dialog::Count)->text(), QStringLiteral("2023/24 Q4 count"));
  QCOMPARE(cell(QStringLiteral("All crime"), Dialog::Count), QStringLiteral("2800"));
  QVERIFY(!m_dialog->showQuarter(QStringLiteral("2024Q5")));
}

void PerformanceDataDialogTest::savesTypedCountsAsOneUndoableEdit() {
  QTableWidget* table = m_dialog->table();
  table->item(rowOf(QStringLiteral("All crime")), Dialog::Count)->setText(QStringLiteral("2900"));
  table->item(rowOf(QStringLiteral("Shoplifting")), Dialog::Count)->setText(QStringLiteral("209"));
  QCOMPARE(cell(QStringLiteral("Shoplifting"), Dialog::ChangeFromPrevious), QStringLiteral("+10%"));  // follows the typing
  QCOMPARE(cell(QStringLiteral("All crime"), Dialog::ChangeFromPrevious), QStringLiteral("+11.5%"));
  const int arson = m_dialog->addRow();
  table->item(arson, Dialog::CrimeType)->setText(QStringLiteral("  Arson "));
  table->item(arson, Dialog::Count)->setText(QStringLiteral("4"));
  table->item(arson, Dialog::Source)->setText(QStringLiteral("Fire service"));
  QVERIFY(m_dialog->hasUnsavedChanges());

  const auto problem = m_dialog->save();
  QVERIFY2(!problem, problem ? qPrintable(*problem) : "");
  QVERIFY(!m_dialog->hasUnsavedChanges());
  QCOMPARE(held("2024Q1"), QStringList({QStringLiteral("All crime 2900"), QStringLiteral("Shoplifting 209"),
                                        QStringLiteral("Arson 4")}));
  QCOMPARE(PerformanceDataService(*m_ctx).table(Quarter::parse(QStringLiteral("2024Q1")).value())->rows.back().source,
           QStringLiteral("Fire service"));
  QVERIFY(m_dialog->statusLabel()->text().contains(QStringLiteral("2 added, 1 replaced, 0 removed")));
  QCOMPARE(m_stack->count(), 1);

  // Clearing a count removes it from the quarter.
  table->item(rowOf(QStringLiteral("Arson")), Dialog::Count)->setText(QString());
  QVERIFY(!m_dialog->save().has_value());
  QCOMPARE(held("2024Q1"), QStringList({QStringLiteral("All crime 2900"), QStringLiteral("Shoplifting 209")}));

  // Undo takes each save back whole, and the table follows.
  m_stack->undo();
  m_stack->undo();
  QCOMPARE(held("2024Q1"), QStringList{QStringLiteral("All crime 2800")});
  QCOMPARE(cell(QStringLiteral("All crime"), Dialog::Count), QStringLiteral("2800"));
}

void PerformanceDataDialogTest::refusesABadCountInlineAndSavesNothing() {
  const int row = rowOf(QStringLiteral("Shoplifting"));
  m_dialog->table()->item(row, Dialog::Count)->setText(QStringLiteral("12a"));
  m_dialog->table()->item(rowOf(QStringLiteral("All crime")), Dialog::Count)->setText(QStringLiteral("1"));
  const auto problem = m_dialog->save();
  QVERIFY(problem.has_value());
  QVERIFY2(problem->contains(QStringLiteral("Row 2 (Shoplifting), count: '12a' is not a whole number")), qPrintable(*problem));
  QVERIFY(m_dialog->errorLabel()->isVisible());
  QVERIFY(m_dialog->errorLabel()->text().contains(QStringLiteral("12a")));
  QCOMPARE(m_dialog->table()->currentRow(), row);
  QCOMPARE(m_dialog->table()->currentColumn(), int(Dialog::Count));
  QCOMPARE(held("2024Q1"), QStringList{QStringLiteral("All crime 2800")});
  QCOMPARE(m_stack->count(), 0);

  // A count with no crime type is refused too; an empty row is left out.
  m_dialog->table()->item(row, Dialog::Count)->setText(QStringLiteral("12"));
  const int blank = m_dialog->addRow();
  m_dialog->addRow();
  m_dialog->table()->item(blank, Dialog::Count)->setText(QStringLiteral("5"));
  QVERIFY(m_dialog->save()->contains(QStringLiteral("the crime type is empty")));
  m_dialog->removeRow(blank);
  QVERIFY(!m_dialog->save().has_value());
  QCOMPARE(held("2024Q1"), QStringList({QStringLiteral("All crime 1"), QStringLiteral("Shoplifting 12")}));
}

void PerformanceDataDialogTest::importsACsvFileAndRefusesABadOneWhole() {
  QTemporaryDir dir;
  const QString bad = dir.filePath(QStringLiteral("bad.csv"));
  QVERIFY(writeFile(bad, "crime_type,quarter,count\nAll crime,2024Q1,2950\nVehicle crime,2024Q1,lots\n"));
  const auto refused = m_dialog->importFile(bad);
  QVERIFY(refused.has_value());
  QVERIFY2(refused->contains(QStringLiteral("line 3, column count")), qPrintable(*refused));
  QVERIFY(m_dialog->errorLabel()->isVisible());
  QCOMPARE(held("2024Q1"), QStringList{QStringLiteral("All crime 2800")});

  const QString good = dir.filePath(QStringLiteral("good.csv"));
  QVERIFY(writeFile(good, "crime_type,quarter,count,source\nAll crime,2024Q1,2950,Police\nVehicle crime,2024/25 Q4,201,Police\n"
                               "Vehicle crime,2023/24 Q4,199,Police\n"));
  // Not over changes still being typed.
  m_dialog->table()->item(0, Dialog::Source)->setText(QStringLiteral("typed"));
  QVERIFY(m_dialog->importFile(good)->contains(QStringLiteral("not yet saved")));
  m_dialog->showQuarter(QStringLiteral("2024Q1"));
  QVERIFY(!m_dialog->importFile(good).has_value());
  QVERIFY(!m_dialog->errorLabel()->isVisible());
  QVERIFY(m_dialog->statusLabel()->text().contains(QStringLiteral("2 added, 1 replaced")));
  QCOMPARE(held("2024Q1"), QStringList({QStringLiteral("All crime 2950"), QStringLiteral("Vehicle crime 199")}));
  QCOMPARE(cell(QStringLiteral("All crime"), Dialog::Count), QStringLiteral("2950"));
  QCOMPARE(cell(QStringLiteral("Vehicle crime"), Dialog::Count), QStringLiteral("199"));
  m_stack->undo();  // the whole import
  QCOMPARE(held("2024Q1"), QStringList{QStringLiteral("All crime 2800")});
}

void PerformanceDataDialogTest::isReadOnlyForACaseworker() {
  const GroupAccessPolicy policy = GroupAccessPolicy::load(*m_db).value();
  ServiceContext caseworker{*m_db, *m_clock, Actor{QStringLiteral("casey"), Role::Caseworker}, policy};
  QUndoStack stack;
  gui::Edits edits(caseworker, stack);
  Dialog readOnly(edits);
  QCOMPARE(readOnly.table()->editTriggers(), QAbstractItemView::NoEditTriggers);
  int checked = 0;
  for (QPushButton* button : readOnly.findChildren<QPushButton*>()) {
    if (button->text().remove(QLatin1Char('&')) == QStringLiteral("Close")) continue;
    QVERIFY2(!button->isEnabled(), qPrintable(button->text()));
    ++checked;
  }
  QVERIFY(checked >= 4);  // add, remove, import and save: the loop did look at the dialog's buttons
  QCOMPARE(readOnly.table()->rowCount(), 3);  // still shown
}

QTEST_MAIN(PerformanceDataDialogTest)
#include "PerformanceDataDialogTest.moc"
