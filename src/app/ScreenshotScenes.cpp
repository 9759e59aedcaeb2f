#include "ScreenshotScenes.h"

#include "MainWindow.h"
#include "NewCaseDialog.h"
#include "audit/AuditDialog.h"
#include "directory/DirectoryDialog.h"
#include "edits/Edits.h"
#include "meeting/MeetingRunWindow.h"
#include "meeting/PresenterWindow.h"
#include "plan/PlanEditorDialog.h"
#include "plan/PlanTree.h"
#include "reports/PerformanceDataDialog.h"
#include "reports/QuarterlyReportWindow.h"
#include "retention/RetentionDialog.h"
#include "vault/PassphraseDialog.h"
#include "vault/SignInDialog.h"
#include "vault/VaultRecovery.h"
#include "vault/VaultSettingsDialog.h"

#include <QListWidget>
#include <QMessageBox>
#include <QTabWidget>
#include <QTableWidget>

namespace casebook {

QWidget* screenshotScene(gui::MainWindow& window, const QString& dialog, qint64 meetingId, int item) {
  if (meetingId > 0) {
    auto* run = new gui::MeetingRunWindow(window.edits()->context(), meetingId, &window);
    run->show();
    if (item > 0) run->goTo(item - 1);
    for (int second = 0; second < 95; ++second) run->tick();
    if (dialog == QStringLiteral("presenter")) {
      run->openPresenter();
      return run->presenter();
    }
    return run;
  }
  QWidget* pictured = &window;
  if (dialog == QStringLiteral("new-case")) {
    auto* newCase = new gui::NewCaseDialog(*window.edits(), QStringLiteral("LEDG"), &window);
    newCase->show();
    pictured = newCase;
  } else if (dialog == QStringLiteral("vault-settings")) {
    auto* settings = new gui::VaultSettingsDialog(&window);
    settings->show();
    pictured = settings;
  } else if (dialog == QStringLiteral("passphrase")) {
    auto* ask = new gui::PassphraseDialog(gui::PassphraseDialog::Kind::Change, QObject::tr("Change the vault's passphrase"),
                                          [](const QByteArray&, const QByteArray&) { return Status(); }, &window);
    ask->show();
    pictured = ask;
  } else if (dialog == QStringLiteral("vault-damaged")) {
    QMessageBox* box = gui::makeRecoveryQuestion(
        &window, QStringLiteral("/home/officer/casebook-vault"),
        QStringLiteral("the vault's snapshot is damaged or has been tampered with. Open the previous generation or "
                       "restore a backup"),
        true);
    box->show();
    pictured = box;
  } else if (dialog == QStringLiteral("sign-in")) {
    auto* signIn = new gui::SignInDialog(QStringLiteral("/home/officer/casebook-vault"), QStringLiteral("casey.ward"), &window);
    signIn->show();
    pictured = signIn;
  } else if (dialog == QStringLiteral("audit")) {
    auto* audit = new gui::AuditDialog(window.edits()->context(), &window);
    audit->verify();
    audit->show();
    pictured = audit;
  } else if (dialog == QStringLiteral("retention")) {
    auto* review = new gui::RetentionDialog(window.edits()->context(), [] {}, &window);
    review->show();
    pictured = review;
  } else if (dialog == QStringLiteral("performance")) {
    auto* performance = new gui::PerformanceDataDialog(*window.edits(), &window);
    performance->table()->setCurrentCell(1, gui::PerformanceDataDialog::Count);
    performance->show();
    pictured = performance;
  } else if (dialog == QStringLiteral("plan")) {
    auto* plan = new gui::PlanEditorDialog(*window.edits(), &window);
    if (auto* priority = plan->tree()->itemAt(1, 0, -1)) plan->tree()->setCurrentItem(priority);
    plan->show();
    pictured = plan;
  } else if (dialog == QStringLiteral("directory")) {
    auto* directory = new gui::DirectoryDialog(*window.edits(), &window);
    directory->tabs()->setCurrentIndex(3);
    directory->show();
    pictured = directory;
  } else if (dialog == QStringLiteral("quarterly-report")) {
    // The last complete quarter's CSP form for the YJAG, at the generated narrative.
    auto& ctx = window.edits()->context();
    const ReportRequest request{QStringLiteral("csp"), Quarter::containing(ctx.clock.today()).previous(),
                                {QStringLiteral("YJAG")}, std::nullopt};
    auto* report = new gui::QuarterlyReportWindow(ctx, request, &window);
    report->load();
    report->sectionList()->setCurrentRow(2);
    report->show();
    pictured = report;
  }
  return pictured;
}

}  // namespace casebook
