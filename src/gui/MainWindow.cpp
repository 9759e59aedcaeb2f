#include "MainWindow.h"

#include "CaseListView.h"
#include "CaseReader.h"
#include "CaseTableModel.h"
#include "CaseWorkspace.h"
#include "Database.h"
#include "DirectoryService.h"
#include "ReportsPage.h"
#include "views/ActionListView.h"
#include "views/MeetingListView.h"
#include "vault/BackupSchedule.h"
#include "edits/Edits.h"

#include <QCloseEvent>
#include <QCryptographicHash>
#include <QLabel>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QUndoStack>

namespace casebook::gui {

MainWindow::MainWindow(ServiceContext& ctx, const QString& databasePath, bool demo, QWidget* parent)
    : QMainWindow(parent), m_ctx(ctx), m_path(databasePath) {
  setWindowTitle(demo ? tr("Casebook — DEMO data (fictional) — %1").arg(databasePath)
                      : tr("Casebook — %1").arg(databasePath));
  m_model = new CaseTableModel([this](const CaseListRequest& r) { return CaseReader(m_ctx).list(r); }, this);
  m_navigation = new NavigationPane(this);
  m_list = new CaseListView(m_model, this);
  m_undo = new QUndoStack(this);
  m_edits = new Edits(m_ctx, *m_undo, this);
  m_workspace = new CaseWorkspace(*m_edits, this);

  m_inner = new QSplitter(Qt::Vertical, this);
  m_inner->addWidget(m_list);
  m_inner->addWidget(m_workspace);
  m_inner->setSizes({330, 470});
  // The other pages are built when first chosen (actionsPage() and the rest): each reads
  // its own lists, which a start on the case list would wait for and never show.
  m_pages = new QStackedWidget(this);
  m_pages->addWidget(m_inner);
  m_outer = new QSplitter(Qt::Horizontal, this);
  m_outer->addWidget(m_navigation);
  m_outer->addWidget(m_pages);
  m_outer->setStretchFactor(1, 1);
  m_outer->setSizes({190, 1090});
  setCentralWidget(m_outer);
  showSecurityBadge(demo);
  m_backups = new BackupSchedule(m_ctx, this);
  connect(m_backups, &BackupSchedule::reported, this, [this](const QString& message, bool failed) {
    statusBar()->showMessage(message, failed ? 0 : 10000);  // a failure stays until something replaces it
  });

  connect(m_navigation, &NavigationPane::scopeChosen, this, [this](const CaseListRequest& scope, const QString& title) {
    m_list->setScope(scope);
    statusBar()->showMessage(title, 3000);
  });
  connect(m_navigation, &NavigationPane::pageChosen, this, &MainWindow::showPage);
  connect(m_navigation, &NavigationPane::meNeeded, this, &MainWindow::askWhoIAm);
  connect(m_list, &CaseListView::caseActivated, m_workspace, &CaseWorkspace::showCase);
  connect(m_workspace, &CaseWorkspace::caseChanged, this, [this] {
    m_list->setScope(m_model->request());
    refreshGroups();
  });
  // After any edit, undo or redo, the case on screen and the lists show what the database
  // now holds.
  connect(m_undo, &QUndoStack::indexChanged, this, [this] {
    m_workspace->reload();
    if (m_actionsPage && m_pages->currentWidget() == m_actionsPage) m_actionsPage->reload();
    m_list->setScope(m_model->request());
    refreshGroups();
  });
  connect(m_edits, &Edits::refused, this, [this](const QString& message) {
    QMessageBox::warning(this, tr("Cannot undo or redo"), message);
  });
  connect(m_model, &CaseTableModel::loadFailed, this,
          [this](const QString& message) { statusBar()->showMessage(message, 8000); });

  refreshChoices();
  buildMenus();
  refreshGroups();
  restoreLayout();
  m_navigation->setMe(QSettings().value(settingsKey(QStringLiteral("me"))).toString());
  m_navigation->selectFirst();
}

MainWindow::~MainWindow() {
  // The stack clears itself while the children are destroyed and would signal a refresh
  // of widgets that are already gone.
  disconnect(m_undo, nullptr, this, nullptr);
}

// Whoever looks at the screen sees what kind of file this is: a demo, a plain file of test
// data that must never hold real cases, or an encrypted vault.
void MainWindow::showSecurityBadge(bool demo) {
  auto* badge = new QLabel(this);
  badge->setContentsMargins(8, 2, 8, 2);
  badge->setAccessibleName(tr("Kind of database"));
  if (demo || !m_ctx.db.isVault()) {
    badge->setText(demo ? tr("DEMO DATABASE: fictional people and places")
                        : tr("⚠ NOT ENCRYPTED: test data only, never real case data"));
    // Palette roles rather than a style sheet: the same look in light and dark themes, and
    // no style sheet engine to start before the window's first paint.
    badge->setAutoFillBackground(true);
    badge->setBackgroundRole(QPalette::Highlight);
    badge->setForegroundRole(QPalette::HighlightedText);
    QFont bold = badge->font();
    bold.setBold(true);
    badge->setFont(bold);
  } else {
    badge->setText(tr("Encrypted vault"));
  }
  statusBar()->addPermanentWidget(badge);
}

QWidget* MainWindow::currentPage() const { return m_pages->currentWidget(); }

template <typename Page>
Page* MainWindow::built(Page*& page) {
  if (!page) {
    page = new Page(m_ctx, this);
    m_pages->addWidget(page);
  }
  return page;
}

ActionListView* MainWindow::actionsPage() {
  if (!m_actionsPage) {
    connect(built(m_actionsPage), &ActionListView::caseActivated, this,
            [this](const QString& reference) { openCase(reference, 3); });
  }
  return m_actionsPage;
}

MeetingListView* MainWindow::meetingsPage() { return built(m_meetingsPage); }

ReportsPage* MainWindow::reportsPage() { return built(m_reportsPage); }

void MainWindow::showPage(NavigationPane::Page page, const QString& title) {
  switch (page) {
    case NavigationPane::Page::Cases: m_pages->setCurrentWidget(m_inner); break;
    case NavigationPane::Page::MyActions:
    case NavigationPane::Page::OverdueActions:
    case NavigationPane::Page::OutstandingActions: {
      ActionListRequest scope;
      scope.outstandingOnly = true;
      if (page == NavigationPane::Page::MyActions) scope.owner = m_navigation->me();
      if (page == NavigationPane::Page::OverdueActions) scope.overdueOnly = true;
      actionsPage()->setScope(scope, title);
      m_pages->setCurrentWidget(m_actionsPage);
      break;
    }
    case NavigationPane::Page::Meetings:
      // A page built just now has read the meetings already.
      if (m_meetingsPage) m_meetingsPage->reload();
      m_pages->setCurrentWidget(meetingsPage());
      break;
    case NavigationPane::Page::Reports:
      reportsPage()->reload();
      m_pages->setCurrentWidget(m_reportsPage);
      break;
  }
  statusBar()->showMessage(title, 3000);
}

void MainWindow::refreshChoices() {
  QStringList themes, areas, owners, agencies;
  DirectoryService directory(m_ctx);
  if (auto list = directory.themes()) for (const auto& t : list.value()) themes << t.code;
  if (auto list = directory.areas()) for (const auto& a : list.value()) areas << a.code;
  if (auto list = directory.members()) for (const auto& m : list.value()) owners << m.name;
  if (auto list = directory.agencies()) for (const auto& a : list.value()) agencies << a.code;
  m_list->setChoices(themes, areas, owners);
  m_workspace->setActionChoices(owners, agencies);
}

void MainWindow::refreshGroups() {
  if (auto groups = DirectoryService(m_ctx).groups()) m_navigation->setGroups(groups.value());
}

void MainWindow::openCase(const QString& reference, int tab) {
  m_pages->setCurrentWidget(m_inner);
  if (m_workspace->showCase(reference)) m_workspace->tabs()->setCurrentIndex(tab);
}

QString MainWindow::settingsKey(const QString& name) const {
  // Per database file, without writing its path (which may name a client) in clear.
  const QByteArray hash = QCryptographicHash::hash(m_path.toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
  return QStringLiteral("database-%1/%2").arg(QString::fromLatin1(hash), name);
}

void MainWindow::setMe(const QString& memberName) {
  QSettings().setValue(settingsKey(QStringLiteral("me")), memberName);
  m_navigation->setMe(memberName);
}

void MainWindow::restoreLayout() {
  QSettings settings;
  if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray())) resize(1280, 800);
  m_outer->restoreState(settings.value(QStringLiteral("window/outer")).toByteArray());
  m_inner->restoreState(settings.value(QStringLiteral("window/inner")).toByteArray());
}

void MainWindow::closeEvent(QCloseEvent* event) {
  QSettings settings;
  settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
  settings.setValue(QStringLiteral("window/outer"), m_outer->saveState());
  settings.setValue(QStringLiteral("window/inner"), m_inner->saveState());
  event->accept();
}

}  // namespace casebook::gui
