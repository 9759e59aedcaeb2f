// The quarterly report draft in the desktop (issue 7): opened from the Reports page, a
// section edited and previewed, saved as versions, exported, and refused when it names
// someone.
#include "DemoWindow.h"
#include "DirectoryService.h"
#include "GroupAccessPolicy.h"
#include "ReportsPage.h"
#include "SqlStatement.h"
#include "reports/QuarterlyReportWindow.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>

using namespace casebook;

namespace {

QString firstPersonName(Database& db) {
  auto name = db.read([&]() -> Result<QString> {
    SqlStatement q(db, "SELECT name FROM subjects WHERE kind = 'person' ORDER BY id LIMIT 1");
    q.exec();
    return q.next() ? q.text(0) : QString();
  });
  return name.value();
}

QString fileText(const QString& path) {
  QFile file(path);
  return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

int rowLabelled(QListWidget* list, const QString& start) {
  for (int i = 0; i < list->count(); ++i) {
    if (list->item(i)->text().startsWith(start)) return i;
  }
  return -1;
}

// The warning a refused export shows, answered as a person would.
void dismissWarningSoon(QString* text) {
  QTimer::singleShot(100, [text] {
    for (QWidget* w : QApplication::topLevelWidgets()) {
      if (auto* box = qobject_cast<QMessageBox*>(w); box && box->isVisible()) {
        *text = box->text();
        box->accept();
      }
    }
  });
}

}  // namespace

class QuarterlyReportGuiTest : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void draftIsEditedSavedAndExported();
};

void QuarterlyReportGuiTest::draftIsEditedSavedAndExported() {
  test::DemoWindow demo;
  QVERIFY(demo.open(200, 5));
  gui::ReportsPage page(*demo.ctx);
  page.reload();
  page.groupPicker()->setCurrentIndex(page.groupPicker()->findData(QStringLiteral("YJAG")));
  QCOMPARE(page.quarterPicker()->currentText(), QStringLiteral("2024Q1"));  // the last complete quarter
  gui::QuarterlyReportWindow* window = nullptr;
  connect(&page, &gui::ReportsPage::reportOpened, this,
          [&](QWidget* w) { window = qobject_cast<gui::QuarterlyReportWindow*>(w); });
  page.openReportButton()->click();
  QVERIFY(window != nullptr);
  QVERIFY(window->statusText().contains(QStringLiteral("First draft")));

  // The generated narrative is there to edit.
  const int caseManagement = rowLabelled(window->sectionList(), QStringLiteral("Performance data: case management"));
  QVERIFY(caseManagement >= 0);
  window->sectionList()->setCurrentRow(caseManagement);
  QVERIFY(window->editor()->toPlainText().contains(QStringLiteral("The YJAG received")));

  // A section written by hand shows in the preview and is saved as version 1.
  window->sectionList()->setCurrentRow(rowLabelled(window->sectionList(), QStringLiteral("Recommendations")));
  QTest::keyClicks(window->editor(), QStringLiteral("Keep the youth outreach funding."));
  QVERIFY(window->isDirty());
  QVERIFY(window->statusText().contains(QStringLiteral("Unsaved changes")));
  QTRY_VERIFY(window->preview()->toPlainText().contains(QStringLiteral("Keep the youth outreach funding.")));
  QVERIFY(window->save());
  QCOMPARE(window->statusText(), QStringLiteral("Version 1 of 1."));

  QTemporaryDir dir;
  const QString path = dir.filePath(QStringLiteral("yjag.md"));
  QVERIFY(window->exportTo(path));
  QVERIFY(fileText(path).contains(QStringLiteral("Keep the youth outreach funding.")));

  // A name typed into the draft: saved as version 2, but the export is refused and says where.
  window->editor()->appendPlainText(QStringLiteral("\n\nSpoke with ") + firstPersonName(*demo.db) + QLatin1Char('.'));
  QString warning;
  dismissWarningSoon(&warning);
  const QString refused = dir.filePath(QStringLiteral("refused.pdf"));
  QVERIFY(!window->exportTo(refused));
  QVERIFY2(warning.contains(QStringLiteral("in \"Recommendations\", paragraph 2")), qPrintable(warning));
  QVERIFY(!QFile::exists(refused));
  QCOMPARE(window->versionPicker()->count(), 2);

  // An earlier version brought back into the editor.
  window->versionPicker()->setCurrentIndex(1);
  Q_EMIT window->versionPicker()->activated(1);
  QVERIFY(window->statusText().startsWith(QStringLiteral("Version 1 of 2.")));
  QVERIFY(!window->texts().at(QStringLiteral("recommendations")).contains(QStringLiteral("Spoke with")));
  window->close();

  // A viewer of every group, under the vault's access rule, reads and exports, and is not
  // offered an editor or Save.
  std::set<qint64> everyGroup;
  for (const auto& g : DirectoryService(*demo.ctx).groups().value()) everyGroup.insert(g.group.id.value);
  demo.access.useRule(std::make_unique<GroupAccessPolicy>(GroupAccessPolicy::load(*demo.db).value()));
  demo.ctx->actor = Actor(QStringLiteral("reader"), Role::Viewer, everyGroup);
  page.openReportButton()->click();
  QVERIFY(window != nullptr);
  QVERIFY(window->editor()->isReadOnly());
  QVERIFY(window->statusText().contains(QStringLiteral("Read only")));
  // The newest version names someone; the viewer exports the clean version 1.
  window->versionPicker()->setCurrentIndex(1);
  Q_EMIT window->versionPicker()->activated(1);
  QString unexpected;
  dismissWarningSoon(&unexpected);
  QVERIFY2(window->exportTo(dir.filePath(QStringLiteral("viewer.md"))), qPrintable(unexpected));
  window->close();
}

QTEST_MAIN(QuarterlyReportGuiTest)
#include "QuarterlyReportTest.moc"
