// The desktop's side of issue 5: signing in as an account applies the access model; the audit
// viewer filters and verifies; the retention review keeps and purges, and a purge empties the
// undo history (which held the case).
#include "AccountService.h"
#include "AuditService.h"
#include "CaseReader.h"
#include "CaseService.h"
#include "CaseTableModel.h"
#include "CaseListView.h"
#include "Database.h"
#include "DirectoryService.h"
#include "Launcher.h"
#include "MainWindow.h"
#include "audit/AuditDialog.h"
#include "edits/Edits.h"
#include "retention/RetentionDialog.h"

#include <QComboBox>
#include <QLabel>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace casebook;

namespace {

const QByteArray kVaultPassphrase("harbour lantern tulip");
const QByteArray kCaseyPassphrase("casey copper meadow");

NewCaseInput newCase(const char* group, const char* subject, const QDate& received) {
  NewCaseInput input;
  input.subject.name = QString::fromLatin1(subject);
  input.referral.groupCode = QString::fromLatin1(group);
  input.referral.receivedOn = received;
  input.referral.reason = QStringLiteral("Test referral");
  input.acceptNow = true;
  return input;
}

// A vault whose administrator is "admin", with YJAG caseworker "casey", an open YJAG case,
// an open LEDG case and a YJAG case closed in 2018 (due for retention review).
void makeVault(const QString& folder) {
  auto created = Database::createVault(folder, kVaultPassphrase, vault::KdfParams{});
  QVERIFY(created.ok());
  std::unique_ptr<Database> db = std::move(created.value().db);
  SystemClock clock;
  auto admin = AccountService::signIn(*db, clock, QStringLiteral("admin"));
  QVERIFY(admin.ok());
  AllowAllAccess access;
  ServiceContext ctx{*db, clock, admin.value(), access};
  QVERIFY(DirectoryService(ctx).seedDefaults().ok());
  QVERIFY(DirectoryService(ctx)
              .addMember({QStringLiteral("Casey Ward"), QStringLiteral("LA"), {}, {}, {}, QStringLiteral("YJAG"),
                          MembershipRole::Member})
              .ok());
  QVERIFY(AccountService(ctx).add({QStringLiteral("casey"), Role::Caseworker, QStringLiteral("Casey Ward"), kCaseyPassphrase}).ok());
  QVERIFY(CaseService(ctx).create(newCase("YJAG", "Ada Quill", QDate(2026, 5, 1))).ok());
  QVERIFY(CaseService(ctx).create(newCase("LEDG", "Ben Rook", QDate(2026, 5, 1))).ok());
  auto old = CaseService(ctx).create(newCase("YJAG", "Old Closed", QDate(2017, 5, 1)));
  QVERIFY(old.ok());
  CloseInput close;
  close.outcome = Outcome::RiskReduced;
  close.closedOn = QDate(2018, 1, 10);
  QVERIFY(CaseService(ctx).close(old->reference, close).ok());
}

int listedCases(gui::MainWindow* window) {
  auto* model = qobject_cast<gui::CaseTableModel*>(window->caseList()->table()->model());
  return model ? model->rowCount() : -1;
}

}  // namespace

class AccountabilityWindowTest final : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
  }
  void init() {
    m_dir = std::make_unique<QTemporaryDir>();
    m_folder = m_dir->filePath(QStringLiteral("vault"));
    makeVault(m_folder);
  }
  void cleanup() {
    QSettings().clear();
    m_dir.reset();
  }

  void aCaseworkerSeesOnlyTheirGroupsCases() {
    gui::Launcher launcher;
    launcher.setAccount(QStringLiteral("casey"));
    const Status opened = launcher.openVault(m_folder, kCaseyPassphrase);
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message()));
    // The open cases listed: YJAG's, not LEDG's (the closed YJAG case is not an open one).
    QCOMPARE(listedCases(launcher.window()), 1);
    auto* model = qobject_cast<gui::CaseTableModel*>(launcher.window()->caseList()->table()->model());
    QCOMPARE(model->summaryAt(0)->reference, QStringLiteral("YJAG-2026-001"));
    QCOMPARE(launcher.window()->edits()->context().actor.role, Role::Caseworker);
    // The audit trail is an administrator's: the viewer says so instead of showing it.
    gui::AuditDialog audit(launcher.window()->edits()->context());
    QCOMPARE(audit.table()->rowCount(), 0);
    launcher.lock();
    // The remembered name comes back for the next sign-in.
    QCOMPARE(QSettings().value(QStringLiteral("vault/account")).toString(), QStringLiteral("casey"));
  }

  void theVaultPassphraseDoesNotSignInAsAnotherAccount() {
    gui::Launcher launcher;
    launcher.setAccount(QStringLiteral("someone"));
    const Status refused = launcher.openVault(m_folder, kVaultPassphrase);
    QVERIFY(!refused.ok());
    QVERIFY(refused.error().problem.contains(QStringLiteral("no account 'someone'")));
    QVERIFY(launcher.window() == nullptr);
  }

  void theAuditViewerFiltersAndVerifies() {
    gui::Launcher launcher;
    launcher.setAccount(QStringLiteral("admin"));
    QVERIFY(launcher.openVault(m_folder, kVaultPassphrase).ok());
    gui::AuditDialog audit(launcher.window()->edits()->context());
    QVERIFY(audit.table()->rowCount() >= 6);
    audit.eventFilter()->setCurrentIndex(audit.eventFilter()->findData(QStringLiteral("create_case")));
    QCOMPARE(audit.table()->rowCount(), 3);
    for (int row = 0; row < audit.table()->rowCount(); ++row) {
      QCOMPARE(audit.table()->item(row, 3)->text(), QStringLiteral("Created a case"));
      QCOMPARE(audit.table()->item(row, 2)->text(), QStringLiteral("admin"));
    }
    audit.verify();
    QVERIFY(audit.verdictLabel()->text().contains(QStringLiteral("intact")));
    // The partnership's rule on reasons, set from the viewer.
    const int rule = audit.reasonRule()->findData(QStringLiteral("views_and_exports"));
    audit.reasonRule()->setCurrentIndex(rule);
    Q_EMIT audit.reasonRule()->activated(rule);
    QCOMPARE(AuditService(launcher.window()->edits()->context()).reasonRule().value(), ReasonRule::ViewsAndExports);
  }

  void retentionReviewPurgesAndEmptiesTheUndoHistory() {
    gui::Launcher launcher;
    launcher.setAccount(QStringLiteral("admin"));
    QVERIFY(launcher.openVault(m_folder, kVaultPassphrase).ok());
    ServiceContext& ctx = launcher.window()->edits()->context();
    QUndoStack& undo = launcher.window()->edits()->stack();
    QVERIFY(launcher.window()->edits()->run(QStringLiteral("note"), [&] {
      return CaseService(ctx).addNote(QStringLiteral("YJAG-2017-001"), QStringLiteral("Final note"), QString());
    }).ok());
    QCOMPARE(undo.count(), 1);
    bool purgedCalled = false;
    gui::RetentionDialog review(ctx, [&] {
      purgedCalled = true;
      undo.clear();
    });
    QCOMPARE(review.table()->rowCount(), 1);
    QCOMPARE(review.table()->item(0, 0)->text(), QStringLiteral("YJAG-2017-001"));
    // A wrong confirmation purges nothing.
    review.askConfirmation = [](const QString&) { return QStringLiteral("YJAG-2017-002"); };
    review.purgeSelected();
    QVERIFY(!purgedCalled);
    QCOMPARE(review.table()->rowCount(), 1);
    review.askConfirmation = [](const QString& reference) { return reference; };
    review.purgeSelected();
    QVERIFY(purgedCalled);
    QCOMPARE(undo.count(), 0);
    QCOMPARE(review.table()->rowCount(), 0);
    QVERIFY(review.statusLabel()->text().contains(QStringLiteral("Purged YJAG-2017-001")));
    QVERIFY(!CaseReader(ctx).refresh(QStringLiteral("YJAG-2017-001")).ok());
  }

 private:
  // A vault made afresh for each test function (init).
  std::unique_ptr<QTemporaryDir> m_dir;
  QString m_folder;
};

QTEST_MAIN(AccountabilityWindowTest)
#include "AccountabilityWindowTest.moc"
