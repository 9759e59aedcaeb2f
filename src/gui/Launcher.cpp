#include "Launcher.h"

#include "DemoService.h"
#include "MainWindow.h"
#include "ProgressPrompt.h"
#include "RecentFiles.h"
#include "Session.h"

#include <QFile>
#include <QMessageBox>

namespace casebook::gui {

Launcher::Launcher(QObject* parent) : QObject(parent) {}

Launcher::~Launcher() {
  // The window uses the session's context: it goes first.
  m_window.reset();
  m_session.reset();
}

Status Launcher::openDatabase(const QString& path) {
  auto session = Session::open(path);
  if (!session) return session.error();
  show(std::move(session).value());
  return {};
}

Status Launcher::newDatabase(const QString& path) {
  auto session = Session::create(path);
  if (!session) return session.error();
  show(std::move(session).value());
  return {};
}

Status Launcher::newDemoDatabase(const QString& path, int cases, QWidget* progressParent) {
  auto session = Session::create(path);
  if (!session) return session.error();
  Status made;
  {
    ProgressPrompt progress(progressParent, tr("Creating a demo database of %1 fictional cases...").arg(cases));
    auto generated = DemoService(session.value()->context()).generate({cases, 1}, progress.callback());
    if (!generated) made = generated.error();
  }
  if (!made) {
    session.value().reset();  // closes the file before it is removed
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) QFile::remove(path + suffix);
    return made;
  }
  show(std::move(session).value());
  return {};
}

void Launcher::show(std::unique_ptr<Session> session) {
  if (m_window) m_window->close();  // saves its geometry
  std::unique_ptr<MainWindow> old = std::move(m_window);
  std::unique_ptr<Session> oldSession = std::move(m_session);
  m_session = std::move(session);
  m_window = std::make_unique<MainWindow>(m_session->context(), m_session->path(), m_session->isDemo());
  old.reset();
  oldSession.reset();
  RecentFiles::remember(m_session->path());
  connectWindow();
  m_window->show();
}

void Launcher::connectWindow() {
  MainWindow* window = m_window.get();
  auto report = [window](const QString& title, const Status& done) {
    if (!done) QMessageBox::warning(window, title, done.error().message());
  };
  // Queued: the request comes from inside the window that show() replaces.
  connect(window, &MainWindow::openRequested, this,
          [this, report](const QString& path) { report(tr("Cannot open"), openDatabase(path)); }, Qt::QueuedConnection);
  connect(window, &MainWindow::newRequested, this,
          [this, report](const QString& path) { report(tr("Cannot create"), newDatabase(path)); }, Qt::QueuedConnection);
  connect(window, &MainWindow::newDemoRequested, this, [this, report, window](const QString& path, int cases) {
    report(tr("No demo database made"), newDemoDatabase(path, cases, window));
  }, Qt::QueuedConnection);
}

}  // namespace casebook::gui
