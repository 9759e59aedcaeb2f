#include "CaseReader.h"
#include "DirectoryService.h"
#include "Launcher.h"
#include "MainWindow.h"
#include "RecentFiles.h"
#include "ReportsPage.h"
#include "edits/Edits.h"

#include <QApplication>
#include <QFileInfo>
#include <QMessageBox>
#include <QTimer>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace casebook;

// File > New, Open, New demo database and recent files, on real files in a temporary folder.
class LauncherTest final : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
  void newDatabaseIsSeededAndRemembered();
  void openingAMissingFileKeepsTheCurrentOne();
  void newRefusesAnExistingFile();
  void demoDatabaseOpensMarkedAsDemo();
  void reportsPageCountsOpenCases();
  void vaultLocksAndUnlocksWithItsData();
};

void LauncherTest::newDatabaseIsSeededAndRemembered() {
  QTemporaryDir dir;
  const QString path = dir.filePath(QStringLiteral("partnership.casebook"));
  gui::Launcher launcher;
  QVERIFY(launcher.newDatabase(path).ok());
  QVERIFY(QFileInfo::exists(path));
  QVERIFY(launcher.window());
  QVERIFY(!launcher.window()->windowTitle().contains(QStringLiteral("DEMO")));
  auto groups = DirectoryService(launcher.window()->edits()->context()).groups();
  QVERIFY(groups.ok());
  QCOMPARE(groups->size(), size_t(5));  // JAG and the four sub-groups
  QCOMPARE(gui::RecentFiles::list().value(0), QFileInfo(path).absoluteFilePath());
}

void LauncherTest::openingAMissingFileKeepsTheCurrentOne() {
  QTemporaryDir dir;
  const QString path = dir.filePath(QStringLiteral("first.casebook"));
  gui::Launcher launcher;
  QVERIFY(launcher.newDatabase(path).ok());
  gui::MainWindow* before = launcher.window();
  const Status missing = launcher.openDatabase(dir.filePath(QStringLiteral("nowhere.casebook")));
  QVERIFY(!missing.ok());
  QVERIFY(missing.error().message().contains(QStringLiteral("does not exist")));
  QCOMPARE(launcher.window(), before);

  // A file that is not a Casebook database is refused and left as it was.
  const QString foreign = dir.filePath(QStringLiteral("notes.txt"));
  QFile file(foreign);
  QVERIFY(file.open(QIODevice::WriteOnly));
  file.write("just some text\n");
  file.close();
  QVERIFY(!launcher.openDatabase(foreign).ok());
  QCOMPARE(launcher.window(), before);
  QFile again(foreign);
  QVERIFY(again.open(QIODevice::ReadOnly));
  QCOMPARE(again.readAll(), QByteArray("just some text\n"));

  QVERIFY(launcher.openDatabase(path).ok());
  QVERIFY(launcher.window() != nullptr);
}

void LauncherTest::newRefusesAnExistingFile() {
  QTemporaryDir dir;
  const QString path = dir.filePath(QStringLiteral("taken.casebook"));
  gui::Launcher launcher;
  QVERIFY(launcher.newDatabase(path).ok());
  const Status again = launcher.newDatabase(path);
  QVERIFY(!again.ok());
  QVERIFY(again.error().message().contains(QStringLiteral("already exists")));
}

void LauncherTest::demoDatabaseOpensMarkedAsDemo() {
  QTemporaryDir dir;
  const QString path = dir.filePath(QStringLiteral("demo.casebook"));
  gui::Launcher launcher;
  QVERIFY(launcher.newDemoDatabase(path, 120, nullptr).ok());
  QVERIFY(launcher.window()->windowTitle().contains(QStringLiteral("DEMO")));
  CaseListRequest all;
  all.limit = 1;
  QCOMPARE(CaseReader(launcher.window()->edits()->context()).list(all)->total, 120);
}

void LauncherTest::reportsPageCountsOpenCases() {
  QTemporaryDir dir;
  gui::Launcher launcher;
  QVERIFY(launcher.newDemoDatabase(dir.filePath(QStringLiteral("r.casebook")), 150, nullptr).ok());
  ServiceContext& ctx = launcher.window()->edits()->context();
  gui::ReportsPage page(ctx);
  page.reload();
  QTableWidget* table = page.table();
  QCOMPARE(table->rowCount(), 6);  // five groups and all groups
  int total = 0;
  for (int row = 0; row < 5; ++row) {
    const int allOpen = table->item(row, 5)->text().toInt();
    int byBand = 0;
    for (int column = 1; column <= 4; ++column) byBand += table->item(row, column)->text().toInt();
    QVERIFY(byBand <= allOpen);  // cases not yet scored have no band
    total += allOpen;
  }
  CaseListRequest active;
  active.statuses = {CaseStatus::Referred, CaseStatus::Open, CaseStatus::Monitoring};
  active.limit = 1;
  QCOMPARE(total, CaseReader(ctx).list(active)->total);
  QCOMPARE(table->item(5, 5)->text().toInt(), total);
}

void LauncherTest::vaultLocksAndUnlocksWithItsData() {
  QTemporaryDir dir;
  const QString folder = dir.filePath(QStringLiteral("vault"));
  gui::Launcher launcher;
  const QByteArray passphrase("harbour lantern tulip");
  auto made = launcher.newVault(folder, passphrase);
  QVERIFY2(made.ok(), made.ok() ? "" : qPrintable(made.error().message()));
  QVERIFY(made.value().size() == 71);  // eight groups of eight hex digits
  ServiceContext& ctx = launcher.window()->edits()->context();
  QVERIFY(DirectoryService(ctx).addArea(QStringLiteral("NL70"), QStringLiteral("Riverside")).ok());

  int asked = 0;
  launcher.setPassphrasePrompt([&](const QString& lockedFolder) {
    ++asked;
    if (lockedFolder != folder) return QByteArray();
    return asked == 1 ? QByteArray("wrong wrong wrong") : passphrase;
  });
  QTimer::singleShot(50, [] {  // the "wrong passphrase" warning after the first try
    for (QWidget* w : QApplication::topLevelWidgets()) {
      if (auto* box = qobject_cast<QMessageBox*>(w)) box->accept();
    }
  });
  launcher.onScreenLocked(true);  // as the desktop's lock screen signals it
  QVERIFY(launcher.isLocked());
  QVERIFY(launcher.window() == nullptr);  // the case data has left the window and memory
  QTRY_VERIFY_WITH_TIMEOUT(!launcher.isLocked(), 10000);
  QCOMPARE(asked, 2);
  bool kept = false;
  for (const auto& a : DirectoryService(launcher.window()->edits()->context()).areas().value()) {
    kept |= a.code == QStringLiteral("NL70");
  }
  QVERIFY(kept);
}

QTEST_MAIN(LauncherTest)
#include "LauncherTest.moc"
