// The menus of MainWindow and the file-level commands behind them.
#include "CaseListView.h"
#include "CaseWorkspace.h"
#include "Database.h"
#include "DirectoryService.h"
#include "ExportService.h"
#include "ImportService.h"
#include "MainWindow.h"
#include "NewCaseDialog.h"
#include "ProgressPrompt.h"
#include "AuditService.h"
#include "CaseTableModel.h"
#include "SubjectAccessService.h"
#include "audit/AuditDialog.h"
#include "retention/RetentionDialog.h"
#include "directory/DirectoryDialog.h"
#include "plan/PlanEditorDialog.h"
#include "reports/PerformanceDataDialog.h"
#include "RecentFiles.h"
#include "edits/Edits.h"
#include "VaultService.h"
#include "vault/BackupSchedule.h"
#include "vault/PassphraseDialog.h"
#include "vault/VaultSettingsDialog.h"

#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QKeySequence>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QUndoStack>

namespace casebook::gui {

namespace {
const QString kDatabaseFilter = QObject::tr("Casebook databases (*.casebook *.db);;All files (*)");
const QString kCsvFilter = QObject::tr("CSV files (*.csv);;All files (*)");
}  // namespace

void MainWindow::buildMenus() {
  buildFileMenu();
  QMenu* edit = menuBar()->addMenu(tr("&Edit"));
  QAction* undo = m_undo->createUndoAction(this, tr("&Undo"));
  undo->setShortcut(QKeySequence::Undo);
  QAction* redo = m_undo->createRedoAction(this, tr("&Redo"));
  redo->setShortcut(QKeySequence::Redo);
  edit->addAction(undo);
  edit->addAction(redo);
  buildCaseMenu();
  QMenu* partnership = menuBar()->addMenu(tr("&Partnership"));
  partnership->addAction(tr("&Directory: groups, areas, agencies, members..."), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D),
                         this, [this] {
                           DirectoryDialog dialog(*m_edits, this);
                           dialog.exec();
                           refreshChoices();
                         });
  partnership->addSeparator();
  partnership->addAction(tr("&Audit trail..."), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A), this, [this] {
    AuditDialog dialog(m_ctx, this);
    dialog.exec();
  });
  partnership->addAction(tr("&Retention review..."), this, [this] {
    // A purged case's rows are in the undo history's change sets: it goes with them.
    RetentionDialog dialog(m_ctx, [this] { m_edits->stack().clear(); }, this);
    dialog.exec();
    m_workspace->clear();
    m_list->setScope(m_model->request());
    refreshGroups();
  });
  partnership->addAction(tr("&Subject access export..."), this, &MainWindow::askForSubjectAccess);
  // What the quarterly CSP reports are written from besides the case figures (docs/reports.md).
  QMenu* reports = menuBar()->addMenu(tr("&Reports"));
  // The drafts are chosen (template, quarter, groups) on the Reports page.
  reports->addAction(tr("&Quarterly CSP report..."), this,
                     [this] { m_navigation->selectPage(NavigationPane::Page::Reports); });
  reports->addSeparator();
  reports->addAction(tr("&Performance data..."), this, [this] {
    PerformanceDataDialog dialog(*m_edits, this);
    dialog.exec();
  });
  reports->addAction(tr("CSP p&lan..."), this, [this] {
    PlanEditorDialog dialog(*m_edits, this);
    dialog.exec();
  });
  buildViewMenu();
  buildHelpMenu();
}

void MainWindow::buildFileMenu() {
  QMenu* file = menuBar()->addMenu(tr("&File"));
  // Real case data goes in an encrypted vault; a plain file is for demo and test data.
  file->addAction(tr("&New encrypted vault..."), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), this, [this] {
    const QString folder = QFileDialog::getSaveFileName(this, tr("New encrypted vault (a new folder)"));
    if (!folder.isEmpty()) Q_EMIT newVaultRequested(folder);
  });
  file->addAction(tr("Open encrypted va&ult..."), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O), this, [this] {
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Open an encrypted vault (its folder)"));
    if (!folder.isEmpty()) Q_EMIT openVaultRequested(folder);
  });
  file->addAction(tr("Open vault with the recovery &key..."), this, [this] {
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Open an encrypted vault with its recovery key"));
    if (!folder.isEmpty()) Q_EMIT openWithRecoveryKeyRequested(folder);
  });
  QAction* passphrase = file->addAction(tr("Change vault &passphrase..."), this, &MainWindow::askForNewPassphrase);
  passphrase->setEnabled(m_ctx.db.isVault());
  file->addAction(tr("&Open unencrypted database..."), QKeySequence::Open, this, [this] {
    const QString path = QFileDialog::getOpenFileName(this, tr("Open an unencrypted Casebook database"), QString(),
                                                      kDatabaseFilter);
    if (!path.isEmpty()) Q_EMIT openRequested(path);
  });
  file->addAction(tr("New unencrypted database (&test data only)..."), this, [this] {
    const QString path = QFileDialog::getSaveFileName(this, tr("New unencrypted database: never for real case data"),
                                                      QString(), kDatabaseFilter);
    if (!path.isEmpty()) Q_EMIT newRequested(path);
  });
  file->addAction(tr("&Lock"), QKeySequence(Qt::CTRL | Qt::Key_L), this, [this] { Q_EMIT lockRequested(); });
  QMenu* recent = file->addMenu(tr("Open &recent"));
  connect(recent, &QMenu::aboutToShow, this, [this, recent] {
    recent->clear();
    const QStringList files = RecentFiles::list();
    for (const QString& path : files) {
      recent->addAction(path, this, [this, path] { Q_EMIT openRequested(path); });
    }
    if (files.isEmpty()) recent->addAction(tr("(none yet)"))->setEnabled(false);
  });
  file->addAction(tr("New &demo database..."), this, [this] {
    bool ok = false;
    const int cases = QInputDialog::getInt(this, tr("New demo database"),
                                           tr("How many fictional cases? (100,000 takes about 15 seconds)"), 2000, 1,
                                           1000000, 1000, &ok);
    if (!ok) return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the demo database as"), QString(), kDatabaseFilter);
    if (!path.isEmpty()) Q_EMIT newDemoRequested(path, cases);
  });
  file->addSeparator();
  QAction* backUp = file->addAction(tr("&Back up now"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B), this,
                                    &MainWindow::askToBackUp);
  backUp->setEnabled(m_ctx.db.isVault());
  file->addAction(tr("Restore from a bac&kup..."), this, [this] { Q_EMIT restoreRequested(); });
  file->addAction(tr("Loc&king and backups..."), this, [this] {
    VaultSettingsDialog settings(this);
    if (settings.exec() == QDialog::Accepted) Q_EMIT idleMinutesChanged(settings.idleMinutes());
  });
  file->addSeparator();
  file->addAction(tr("&Import cases from CSV..."), QKeySequence(Qt::CTRL | Qt::Key_I), this, &MainWindow::askToImport);
  file->addAction(tr("&Export cases to CSV..."), QKeySequence(Qt::CTRL | Qt::Key_E), this, &MainWindow::askToExport);
  file->addSeparator();
  file->addAction(tr("&Who am I..."), this, &MainWindow::askWhoIAm);
  file->addSeparator();
  file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
}

void MainWindow::askForNewPassphrase() {
  PassphraseDialog ask(PassphraseDialog::Kind::Change, tr("Change the vault's passphrase"),
                       [this](const QByteArray& current, const QByteArray& next) {
                         return VaultService(m_ctx).changePassphrase(current, next);
                       },
                       this);
  if (ask.exec() == QDialog::Accepted) {
    statusBar()->showMessage(tr("Passphrase changed. The recovery key still opens the vault; backups made before "
                                "keep the old passphrase."), 10000);
  }
}

void MainWindow::askToBackUp() {
  QApplication::setOverrideCursor(Qt::WaitCursor);
  const auto made = m_backups->backUpNow();
  QApplication::restoreOverrideCursor();
  if (!made) QMessageBox::warning(this, tr("No backup made"), made.error().message());
}

void MainWindow::buildCaseMenu() {
  QMenu* menu = menuBar()->addMenu(tr("&Case"));
  menu->addAction(tr("&New case and referral..."), QKeySequence::New, this, &MainWindow::askForNewCase);
  menu->addAction(tr("Ed&it details..."), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I), m_workspace,
                  &CaseWorkspace::askToEdit);
  menu->addSeparator();
  menu->addAction(tr("&Decide referral..."), QKeySequence(Qt::CTRL | Qt::Key_D), m_workspace, &CaseWorkspace::askToDecide);
  menu->addAction(tr("&Escalate to the JAG..."), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), m_workspace,
                  &CaseWorkspace::askToEscalate);
  menu->addAction(tr("&Step down..."), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), m_workspace,
                  &CaseWorkspace::askToStepDown);
  menu->addAction(tr("&Close case..."), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), m_workspace,
                  &CaseWorkspace::askToClose);
}

void MainWindow::buildViewMenu() {
  QMenu* view = menuBar()->addMenu(tr("&View"));
  view->addAction(tr("&Find cases"), QKeySequence::Find, this, [this] {
    m_navigation->selectPage(NavigationPane::Page::Cases);
    m_list->focusSearch();
  });
  view->addAction(tr("Focus the &navigation"), QKeySequence(Qt::CTRL | Qt::Key_0), this,
                  [this] { m_navigation->setFocus(); });
  view->addSeparator();
  const std::pair<QString, NavigationPane::Page> pages[] = {
      {tr("&Cases"), NavigationPane::Page::Cases},
      {tr("&My actions"), NavigationPane::Page::MyActions},
      {tr("&Overdue actions"), NavigationPane::Page::OverdueActions},
      {tr("M&eetings"), NavigationPane::Page::Meetings},
      {tr("&Reports"), NavigationPane::Page::Reports}};
  int key = Qt::Key_1;
  for (const auto& [text, page] : pages) {
    view->addAction(text, QKeySequence(Qt::CTRL | key++), this, [this, p = page] { m_navigation->selectPage(p); });
  }
}

void MainWindow::buildHelpMenu() {
  QMenu* help = menuBar()->addMenu(tr("&Help"));
  help->addAction(tr("&Keyboard shortcuts"), QKeySequence::HelpContents, this, [this] {
    QMessageBox::information(
        this, tr("Keyboard shortcuts"),
        tr("Ctrl+N  new case and referral\n"
           "Ctrl+F  find cases\n"
           "Ctrl+0  the navigation pane; arrow keys move through it\n"
           "Ctrl+1 … Ctrl+5  cases, my actions, overdue actions, meetings, reports\n"
           "Alt+D, Alt+F, Alt+R, Alt+A, Alt+N, Alt+L  case tabs: details, referrals, risk, actions, notes, linked cases\n"
           "Ctrl+Shift+I  edit the case's details (subject, owner, area, themes, status)\n"
           "Ctrl+D  decide the referral awaiting a decision\n"
           "Ctrl+Shift+E / Ctrl+Shift+S  escalate to the JAG / step down\n"
           "Ctrl+Shift+C  close the case with an outcome\n"
           "Arrow keys and Space  pick a risk matrix cell\n"
           "F2 on an action's status  change it in place\n"
           "Ctrl+Enter in a note  add it\n"
           "Ctrl+Z / Ctrl+Shift+Z  undo / redo any edit\n"
           "Ctrl+I / Ctrl+E  import / export cases as CSV\n"
           "Ctrl+Shift+D  the partnership directory (groups, areas, agencies, members)\n"
           "Ctrl+Shift+N / Ctrl+Shift+O  new / open encrypted vault;  Ctrl+O  open an unencrypted (demo) file\n"
           "Ctrl+L  lock the vault now (it also locks itself after 5 minutes without use)\n"
           "Ctrl+Shift+B  back the vault up now (verified)\n"
           "F1  this list;  Ctrl+Q  quit"));
  });
  help->addAction(tr("&About Casebook"), this, [this] {
    QMessageBox::about(this, tr("About Casebook"),
                       tr("Casebook %1\nCase management for Community Safety Partnership JAG meetings.")
                           .arg(QApplication::applicationVersion()));
  });
}

void MainWindow::askWhoIAm() {
  QStringList names;
  if (auto members = DirectoryService(m_ctx).members()) {
    for (const auto& m : members.value()) names << m.name;
  }
  if (names.isEmpty()) {
    QMessageBox::information(this, tr("Who am I"), tr("There are no members yet. Add them in the partnership directory."));
    return;
  }
  bool ok = false;
  const int current = std::max(0, static_cast<int>(names.indexOf(m_navigation->me())));
  const QString me = QInputDialog::getItem(this, tr("Who am I"),
                                           tr("Which member are you? My cases and My actions show what you own."),
                                           names, current, false, &ok);
  if (ok) setMe(me);
}

void MainWindow::askForNewCase() {
  NewCaseDialog dialog(*m_edits, m_list->scopeGroup(), this);
  if (dialog.exec() == QDialog::Accepted) openCase(dialog.createdReference());
}

void MainWindow::askToImport() {
  const QString path = QFileDialog::getOpenFileName(this, tr("Import cases from a CSV tracker"), QString(), kCsvFilter);
  if (!path.isEmpty()) importCases(path);
}

void MainWindow::importCases(const QString& path) {
  // A dry run first: a file with any bad row is reported whole and nothing is saved.
  ImportOptions check;
  check.dryRun = true;
  auto checked = ImportService(m_ctx).importCases(path, check);
  if (!checked) {
    QMessageBox::warning(this, tr("Cannot import"), checked.error().message());
    return;
  }
  if (!checked->problems.empty()) {
    QStringList lines;
    for (const auto& p : checked->problems) {
      lines << tr("line %1, column \"%2\": %3").arg(p.line).arg(p.column, p.reason);
    }
    QMessageBox box(QMessageBox::Warning, tr("Nothing imported"),
                    tr("%n row problem(s) in the file. Fix them and import again; nothing was saved.", nullptr,
                       static_cast<int>(checked->problems.size())),
                    QMessageBox::Ok, this);
    box.setDetailedText(lines.join(QLatin1Char('\n')));
    box.exec();
    return;
  }
  if (QMessageBox::question(this, tr("Import cases"),
                            tr("%1 rows checked, no problems: %2 new cases. Import them?")
                                .arg(checked->rowsRead)
                                .arg(checked->createdReferences.size())) !=
      QMessageBox::Yes) {
    return;
  }
  ProgressPrompt progress(this, tr("Importing cases..."));
  ImportOptions options;
  options.progress = progress.callback();
  const auto imported = m_edits->run(tr("import of %1").arg(QFileInfo(path).fileName()), [&]() -> Result<ImportReport> {
    auto report = ImportService(m_ctx).importCases(path, options);
    if (report && !report->committed) return Error::invalid(QStringLiteral("file"), QStringLiteral("nothing was saved"));
    return report;
  });
  if (!imported) {
    QMessageBox::warning(this, tr("Nothing imported"), imported.error().message());
    return;
  }
  statusBar()->showMessage(tr("Imported %1 cases (Undo takes the whole import back)").arg(imported->casesCreated), 8000);
}

void MainWindow::askForSubjectAccess() {
  const QString reference = m_workspace->reference();
  if (reference.isEmpty()) {
    QMessageBox::information(this, tr("Subject access export"), tr("Open a case of the subject first."));
    return;
  }
  bool ok = false;
  const QString reason = QInputDialog::getText(this, tr("Subject access export"),
                                               tr("Everything held about the subject of %1, in every group, goes into one "
                                                  "file. The request's reference (e.g. SAR 2026-014):")
                                                   .arg(reference),
                                               QLineEdit::Normal, QString(), &ok);
  if (!ok) return;
  const QString path = QFileDialog::getSaveFileName(this, tr("Save the subject access file"), QString(),
                                                    tr("JSON files (*.json)"));
  if (path.isEmpty()) return;
  const auto report = SubjectAccessService(m_ctx).exportSubject(reference, path, reason);
  if (!report) {
    QMessageBox::warning(this, tr("Not exported"), report.error().message());
    return;
  }
  statusBar()->showMessage(tr("Wrote %1 cases, %2 rows to %3; review it for other people's data before sending")
                               .arg(report->cases).arg(report->rows).arg(path),
                           10000);
}

void MainWindow::askToExport() {
  const QString path = QFileDialog::getSaveFileName(this, tr("Export the listed cases"), QString(), kCsvFilter);
  if (path.isEmpty()) return;
  QString reason;
  if (AuditService(m_ctx).reasonRule().value_or(ReasonRule::Never) != ReasonRule::Never) {
    bool ok = false;
    reason = QInputDialog::getText(this, tr("Reason for exporting"), tr("The partnership asks why this data leaves Casebook:"),
                                   QLineEdit::Normal, QString(), &ok);
    if (!ok) return;
  }
  const auto exported = ExportService(m_ctx).exportCases(path, m_list->currentRequest(), reason);
  if (!exported) {
    QMessageBox::warning(this, tr("Not exported"), exported.error().message());
    return;
  }
  statusBar()->showMessage(tr("Exported to %1").arg(path), 8000);
}

}  // namespace casebook::gui
