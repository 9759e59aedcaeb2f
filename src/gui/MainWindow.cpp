#include "MainWindow.h"

#include "CaseListView.h"
#include "CaseReader.h"
#include "CaseTableModel.h"
#include "CaseWorkspace.h"
#include "DirectoryService.h"
#include "NavigationPane.h"
#include "edits/Edits.h"
#include "workspace/ActionsTab.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QKeySequence>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QUndoStack>

namespace casebook::gui {

MainWindow::MainWindow(ServiceContext& ctx, const QString& databasePath, bool demo, QWidget* parent)
    : QMainWindow(parent), m_ctx(ctx) {
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
  m_outer = new QSplitter(Qt::Horizontal, this);
  m_outer->addWidget(m_navigation);
  m_outer->addWidget(m_inner);
  m_outer->setStretchFactor(1, 1);
  m_outer->setSizes({190, 1090});
  m_inner->setSizes({330, 470});
  setCentralWidget(m_outer);
  if (demo) {
    auto* badge = new QLabel(tr("DEMO DATABASE: fictional people and places"), this);
    badge->setStyleSheet(QStringLiteral("QLabel { background: #1565c0; color: white; padding: 2px 8px; }"));
    statusBar()->addPermanentWidget(badge);
  }

  connect(m_navigation, &NavigationPane::scopeChosen, this, [this](const CaseListRequest& scope, const QString& title) {
    m_list->setScope(scope);
    statusBar()->showMessage(title, 3000);
  });
  connect(m_list, &CaseListView::caseActivated, m_workspace, &CaseWorkspace::showCase);
  connect(m_workspace, &CaseWorkspace::caseChanged, this, [this] {
    m_list->setScope(m_model->request());
    refreshGroups();
  });
  // After an undo or redo the case on screen and the list show what the database now holds.
  connect(m_undo, &QUndoStack::indexChanged, this, [this] {
    m_workspace->reload();
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
  m_navigation->selectFirst();
}

MainWindow::~MainWindow() {
  // The stack clears itself while the children are destroyed and would signal a refresh
  // of widgets that are already gone.
  disconnect(m_undo, nullptr, this, nullptr);
}

void MainWindow::refreshChoices() {
  QStringList themes, areas, owners, agencies;
  DirectoryService directory(m_ctx);
  if (auto list = directory.themes()) for (const auto& t : list.value()) themes << t.code;
  if (auto list = directory.areas()) for (const auto& a : list.value()) areas << a.code;
  if (auto list = directory.members()) for (const auto& m : list.value()) owners << m.name;
  if (auto list = directory.agencies()) for (const auto& a : list.value()) agencies << a.code;
  m_list->setChoices(themes, areas, owners);
  m_workspace->actionsTab()->setOwners(owners, agencies);
}

void MainWindow::refreshGroups() {
  if (auto groups = DirectoryService(m_ctx).groups()) m_navigation->setGroups(groups.value());
}

void MainWindow::openCase(const QString& reference, int tab) {
  if (m_workspace->showCase(reference)) m_workspace->tabs()->setCurrentIndex(tab);
}

void MainWindow::buildMenus() {
  QMenu* file = menuBar()->addMenu(tr("&File"));
  QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
  quit->setShortcut(QKeySequence::Quit);

  QMenu* edit = menuBar()->addMenu(tr("&Edit"));
  QAction* undo = m_undo->createUndoAction(this, tr("&Undo"));
  undo->setShortcut(QKeySequence::Undo);
  QAction* redo = m_undo->createRedoAction(this, tr("&Redo"));
  redo->setShortcut(QKeySequence::Redo);
  edit->addAction(undo);
  edit->addAction(redo);

  QMenu* view = menuBar()->addMenu(tr("&View"));
  QAction* find = view->addAction(tr("&Find cases"), this, [this] { m_list->focusSearch(); });
  find->setShortcut(QKeySequence::Find);

  QMenu* help = menuBar()->addMenu(tr("&Help"));
  help->addAction(tr("&Keyboard shortcuts"), this, [this] {
    QMessageBox::information(this, tr("Keyboard shortcuts"),
                             tr("Ctrl+F  find cases\nCtrl+Z / Ctrl+Shift+Z  undo / redo\nAlt+C  close the case\nAlt+D, Alt+F, Alt+R, Alt+A, Alt+N  case tabs\n"
                                "Arrow keys and Space  pick a risk matrix cell\nCtrl+Q  quit"));
  });
  help->addAction(tr("&About Casebook"), this, [this] {
    QMessageBox::about(this, tr("About Casebook"),
                       tr("Casebook %1\nCase management for Community Safety Partnership JAG meetings.")
                           .arg(QApplication::applicationVersion()));
  });
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
