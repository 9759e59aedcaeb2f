#include "Launcher.h"

#include "BackupService.h"
#include "Database.h"
#include "DemoService.h"
#include "DesktopWarmUp.h"
#include "MainWindow.h"
#include "ProgressPrompt.h"
#include "RecentFiles.h"
#include "Session.h"
#include "VaultService.h"
#include "vault/PassphraseDialog.h"
#include "vault/SignInDialog.h"

#include <QDialog>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QApplication>
#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusPendingCallWatcher>
#include <QEvent>
#include <QFileInfo>
#include <QInputDialog>
#include <QLineEdit>
#include <QApplication>
#include <QMessageBox>
#include <QSettings>
#include <QTimer>

#include <algorithm>
#include <tuple>

namespace casebook::gui {

Launcher::Launcher(QObject* parent) : QObject(parent), m_idle(new QTimer(this)) {
  m_idle->setSingleShot(true);
  setIdleMinutes(QSettings().value(QStringLiteral("vault/idleMinutes"), 5).toInt());
  connect(m_idle, &QTimer::timeout, this, &Launcher::lock);
  m_account = QSettings().value(QStringLiteral("vault/account"), qEnvironmentVariable("USER")).toString();
  m_prompt = [this](const QString& folder) {
    SignInDialog dialog(folder, m_account);
    if (dialog.exec() != QDialog::Accepted) return QByteArray();
    setAccount(dialog.account());
    return dialog.passphrase();
  };
  m_howToRecover = [this](const QString& folder, const QString& problem, bool hasPrevious) {
    return askHowToRecover(m_window.get(), folder, problem, hasPrevious);
  };
  m_whatToRestore = [this] { return askWhatToRestore(m_window.get()); };
  // Watching for the desktop's lock screen waits for the event loop: connecting to the buses
  // is not worth holding the first window for, and nothing is open to lock before then.
  QTimer::singleShot(0, this, &Launcher::watchForScreenLock);
  // Any keyboard or mouse input anywhere in the application counts as activity.
  if (QCoreApplication::instance()) QCoreApplication::instance()->installEventFilter(this);
}

void Launcher::watchForScreenLock() {
  // The session's lock screen: freedesktop's and GNOME's screen saver interfaces. Without a
  // session bus (a server, CI) these simply do not connect. QtDBus offers only the
  // string-based connect for bus signals.
  QDBusConnection bus = QDBusConnection::sessionBus();
  for (const auto& [service, path, interface] :
       {std::tuple{QStringLiteral("org.freedesktop.ScreenSaver"), QStringLiteral("/org/freedesktop/ScreenSaver"),
                   QStringLiteral("org.freedesktop.ScreenSaver")},
        std::tuple{QStringLiteral("org.gnome.ScreenSaver"), QStringLiteral("/org/gnome/ScreenSaver"),
                   QStringLiteral("org.gnome.ScreenSaver")}}) {
    bus.connect(service, path, interface, QStringLiteral("ActiveChanged"), this, SLOT(onScreenLocked(bool)));
  }
  // logind's own lock request for this login session (loginctl lock-session, or a lock on
  // suspend): its signal comes on the system bus from this session's object, which logind
  // names when asked. Asked without waiting, so a slow logind never holds the window up.
  QDBusConnection system = QDBusConnection::systemBus();
  if (!system.isConnected()) return;
  QDBusMessage ask = QDBusMessage::createMethodCall(
      QStringLiteral("org.freedesktop.login1"), QStringLiteral("/org/freedesktop/login1"),
      QStringLiteral("org.freedesktop.login1.Manager"), QStringLiteral("GetSessionByPID"));
  ask << static_cast<uint>(QCoreApplication::applicationPid());
  auto* answer = new QDBusPendingCallWatcher(system.asyncCall(ask, 1000), this);
  connect(answer, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher* call) {
    call->deleteLater();
    const QDBusMessage reply = call->reply();
    if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty()) return;
    const QString session = qvariant_cast<QDBusObjectPath>(reply.arguments().constFirst()).path();
    QDBusConnection::systemBus().connect(QStringLiteral("org.freedesktop.login1"), session,
                                         QStringLiteral("org.freedesktop.login1.Session"), QStringLiteral("Lock"), this,
                                         SLOT(onSessionLockRequested()));
  });
}

void Launcher::setAccount(const QString& account) {
  m_account = account.trimmed();
  QSettings().setValue(QStringLiteral("vault/account"), m_account);
}

void Launcher::setIdleMinutes(int minutes) { m_idle->setInterval(std::clamp(minutes, 1, 15) * 60 * 1000); }

bool Launcher::eventFilter(QObject* watched, QEvent* event) {
  switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
      if (m_session && m_session->isVault()) m_idle->start();
      break;
    default:
      break;
  }
  return QObject::eventFilter(watched, event);
}

Status Launcher::openVault(const QString& folder, const QByteArray& secret, bool byRecoveryKey) {
  auto warmUp = std::make_unique<DesktopWarmUp>();
  QElapsedTimer unlocking;
  unlocking.start();
  auto session = Session::openVault(folder, secret, byRecoveryKey, 0, m_account);
  m_lastUnlockNs = unlocking.nsecsElapsed();
  warmUp.reset();  // waited for outside the unlock's time, so bench/run counts any wait
  // A wrong passphrase, a vault open elsewhere or a missing folder is told as it is; only
  // damage (a storage error once the key file has been read) leads to the recovery choices.
  if (!session && session.error().kind == Error::Kind::Storage && Database::isVaultFolder(folder)) {
    const auto generations = Database::vaultGenerations(folder);
    switch (m_howToRecover(folder, session.error().message(), generations.size() > 1)) {
      case RecoveryChoice::OpenPrevious:
        session = Session::openVault(folder, secret, byRecoveryKey, generations.at(1), m_account);
        break;
      case RecoveryChoice::RestoreBackup:
        if (const RestorePlan plan = m_whatToRestore(); !plan.backup.isEmpty()) return restoreBackup(plan, secret);
        break;
      case RecoveryChoice::GiveUp:
        break;
    }
  }
  if (!session) return session.error();
  show(std::move(session).value());
  return {};
}

Status Launcher::restoreBackup(const RestorePlan& plan, const QByteArray& secret) {
  if (auto copied = BackupService::restore(plan.backup, plan.newVault); !copied) return copied;
  // Opening it decrypts every record and runs the checks: that is the restore's proof.
  auto session = Session::openVault(plan.newVault, secret, false, 0, m_account);
  if (!session) {
    QDir(plan.newVault).removeRecursively();  // made a moment ago; a copy that does not open is no restore
    return session.error();
  }
  show(std::move(session).value());
  return {};
}

bool Launcher::unlockAtStart(const QString& folder) {
  m_lockedFolder = folder;
  return promptUntilOpen(folder);
}

Result<QString> Launcher::newVault(const QString& folder, const QByteArray& passphrase) {
  QString recovery;
  auto session = Session::createVault(folder, passphrase, &recovery, m_account);
  if (!session) return session.error();
  show(std::move(session).value());
  return recovery;
}

void Launcher::onScreenLocked(bool active) {
  if (active) lock();
}

void Launcher::onSessionLockRequested() { lock(); }

void Launcher::askToOpenVault(const QString& folder, QWidget* parent) {
  SignInDialog dialog(folder, m_account, parent);
  if (dialog.exec() != QDialog::Accepted) return;
  setAccount(dialog.account());
  QByteArray passphrase = dialog.passphrase();
  const Status opened = openVault(folder, passphrase);
  passphrase.fill('\0');
  if (!opened) QMessageBox::warning(parent, tr("Cannot open the vault"), opened.error().message());
}

void Launcher::lock() {
  if (!m_session || !m_session->isVault()) return;
  // A dialog open over a window (a question in meeting mode, a file chooser) runs its own
  // event loop inside that window's code: close it first and lock once that code has
  // returned, so nothing is deleted under a running call.
  if (QWidget* modal = QApplication::activeModalWidget()) {
    if (auto* dialog = qobject_cast<QDialog*>(modal)) {
      dialog->reject();
    } else {
      modal->close();
    }
    QTimer::singleShot(0, this, &Launcher::lock);
    return;
  }
  m_idle->stop();
  m_lockedFolder = m_session->path();
  if (m_window) m_window->close();
  // Window first (it holds the context), then the session: the database, and with it the
  // case data, leave memory; the vault is compacted as it closes.
  m_window.reset();
  m_session.reset();
  m_locked = true;
  QTimer::singleShot(0, this, &Launcher::askToUnlock);
}

void Launcher::askToUnlock() {
  if (m_locked && !promptUntilOpen(m_lockedFolder)) QCoreApplication::quit();
}

bool Launcher::promptUntilOpen(const QString& folder) {
  for (;;) {
    QByteArray secret = m_prompt(folder);
    if (secret.isEmpty()) return false;
    const Status opened = openVault(folder, secret);
    secret.fill('\0');
    if (opened) return true;
    QMessageBox::warning(nullptr, tr("Still locked"), opened.error().message());
  }
}

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
  m_locked = false;
  if (m_session->isVault()) {
    m_idle->start();
  } else {
    m_idle->stop();
  }
}

void Launcher::connectWindow() {
  MainWindow* window = m_window.get();
  auto report = [window](const QString& title, const Status& done) {
    if (!done) QMessageBox::warning(window, title, done.error().message());
  };
  // Queued: the request comes from inside the window that show() replaces.
  connect(window, &MainWindow::openRequested, this, [this, report, window](const QString& path) {
    // Open recent lists vault folders as well as database files.
    if (QFileInfo(path).isDir()) {
      askToOpenVault(path, window);
    } else {
      report(tr("Cannot open"), openDatabase(path));
    }
  }, Qt::QueuedConnection);
  connect(window, &MainWindow::newRequested, this,
          [this, report](const QString& path) { report(tr("Cannot create"), newDatabase(path)); }, Qt::QueuedConnection);
  connect(window, &MainWindow::lockRequested, this, &Launcher::lock, Qt::QueuedConnection);
  connect(window, &MainWindow::idleMinutesChanged, this, &Launcher::setIdleMinutes);
  connect(window, &MainWindow::restoreRequested, this, [this, window] {
    const RestorePlan plan = m_whatToRestore();
    if (plan.backup.isEmpty()) return;
    bool ok = false;
    const QString passphrase = QInputDialog::getText(window, tr("Restore a backup"),
                                                     tr("Passphrase of the vault the backup was made from:"),
                                                     QLineEdit::Password, QString(), &ok);
    if (!ok) return;
    const Status restored = restoreBackup(plan, passphrase.toUtf8());
    if (!restored) QMessageBox::warning(window, tr("Nothing restored"), restored.error().message());
  }, Qt::QueuedConnection);
  connect(window, &MainWindow::openVaultRequested, this,
          [this, window](const QString& folder) { askToOpenVault(folder, window); }, Qt::QueuedConnection);
  connect(window, &MainWindow::newVaultRequested, this, [this](const QString& folder) {
    QString recovery;
    PassphraseDialog ask(PassphraseDialog::Kind::NewVault, tr("New encrypted vault"),
                         [this, &folder, &recovery](const QByteArray&, const QByteArray& next) -> Status {
                           auto made = newVault(folder, next);
                           if (!made) return made.error();
                           recovery = made.value();
                           return {};
                         },
                         nullptr);  // not the window: a vault made here replaces it while the dialog is open
    if (ask.exec() != QDialog::Accepted) return;
    QMessageBox box(QMessageBox::Information, tr("Your recovery key"),
                    tr("The vault is made. This recovery key opens it if the passphrase is forgotten. It is shown only "
                       "now: write it down and keep it apart from this computer.\n\n%1").arg(recovery),
                    QMessageBox::Ok, m_window.get());
    box.setTextInteractionFlags(Qt::TextSelectableByMouse);
    box.exec();
  }, Qt::QueuedConnection);
  connect(window, &MainWindow::openWithRecoveryKeyRequested, this, [this, window](const QString& folder) {
    bool ok = false;
    const QString key = QInputDialog::getText(window, tr("Open with the recovery key"),
                                              tr("Recovery key of %1 (eight groups of eight letters and digits):").arg(folder),
                                              QLineEdit::Normal, QString(), &ok);
    if (!ok) return;
    const Status opened = openVault(folder, key.trimmed().toLatin1(), true);
    if (!opened) {
      QMessageBox::warning(window, tr("Cannot open the vault"), opened.error().message());
      return;
    }
    // Whoever needed the recovery key has lost the passphrase: a new one is asked for now.
    PassphraseDialog ask(PassphraseDialog::Kind::NewVault, tr("Choose a new passphrase"),
                         [this, key](const QByteArray&, const QByteArray& next) {
                           return VaultService(m_session->context()).changePassphrase(key.trimmed().toLatin1(), next, true);
                         },
                         m_window.get());
    ask.exec();
  }, Qt::QueuedConnection);
  connect(window, &MainWindow::newDemoRequested, this, [this, report, window](const QString& path, int cases) {
    report(tr("No demo database made"), newDemoDatabase(path, cases, window));
  }, Qt::QueuedConnection);
}

}  // namespace casebook::gui
