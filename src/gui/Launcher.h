#pragma once

#include "Result.h"
#include "vault/VaultRecovery.h"

#include <QObject>
#include <QStringList>

#include <functional>
#include <memory>

class QTimer;
class QWidget;

namespace casebook::gui {

class MainWindow;
class Session;

// Holds the open database and its window, and swaps both for File > Open, New and New
// demo database. A file that cannot be opened leaves the current one open.
class Launcher final : public QObject {
  Q_OBJECT
  Q_DISABLE_COPY_MOVE(Launcher)

 public:
  explicit Launcher(QObject* parent = nullptr);
  ~Launcher() override;

  Status openDatabase(const QString& path);
  Status newDatabase(const QString& path);
  // A new file filled with fictional demo cases, with a progress bar and Cancel (which
  // removes the half-made file).
  Status newDemoDatabase(const QString& path, int cases, QWidget* progressParent);

  // Encrypted vaults (docs/security.md). A new vault's recovery key is returned to show once.
  // A damaged vault is not opened as it is: the user is asked whether to open the previous
  // generation or restore a backup (askHowToRecover), and the result is opened instead.
  Status openVault(const QString& folder, const QByteArray& secret, bool byRecoveryKey = false);
  // Asks for the passphrase until the vault opens; false if the user gave up.
  bool unlockAtStart(const QString& folder);
  // File > Restore from a backup: copies it into a new vault folder and opens that.
  Status restoreBackup(const RestorePlan& plan, const QByteArray& secret);
  Result<QString> newVault(const QString& folder, const QByteArray& passphrase);
  // Closes the open vault's window and session (its data leaves memory) and asks for the
  // passphrase again; after idleMinutes without input when a vault is open.
  void lock();
  void setIdleMinutes(int minutes);
  bool isLocked() const { return m_locked; }
  // How the passphrase is asked for after a lock: a dialog, or the tests' stand-in. An empty
  // answer means the user gave up, and Casebook quits.
  void setPassphrasePrompt(std::function<QByteArray(const QString& folder)> prompt) { m_prompt = std::move(prompt); }
  // The questions asked after damage, replaceable by the tests like the passphrase prompt.
  void setRecoveryQuestions(std::function<RecoveryChoice(const QString& folder, const QString& problem, bool hasPrevious)> how,
                            std::function<RestorePlan()> what) {
    m_howToRecover = std::move(how);
    m_whatToRestore = std::move(what);
  }

  MainWindow* window() const { return m_window.get(); }
  // The account that signs in to vaults: remembered between runs (QSettings vault/account),
  // the login name at first; the sign-in dialog changes it.
  QString account() const { return m_account; }
  void setAccount(const QString& account);
  // How long the last vault took to open (key derivation, decryption, checks), for bench/run.
  qint64 lastUnlockNs() const { return m_lastUnlockNs; }

 public Q_SLOTS:
  // The desktop's screen saver or lock screen came on (true) or went off: lock with it.
  void onScreenLocked(bool active);
  // logind asked this login session to lock.
  void onSessionLockRequested();

 protected:
  bool eventFilter(QObject* watched, QEvent* event) override;

 private:
  void watchForScreenLock();
  void show(std::unique_ptr<Session> session);
  void connectWindow();
  void askToUnlock();
  bool promptUntilOpen(const QString& folder);
  void askToOpenVault(const QString& folder, QWidget* parent);
  std::unique_ptr<Session> m_session;
  std::unique_ptr<MainWindow> m_window;
  QTimer* m_idle;
  QString m_lockedFolder;
  bool m_locked = false;
  std::function<QByteArray(const QString&)> m_prompt;
  qint64 m_lastUnlockNs = 0;
  QString m_account;
  std::function<RecoveryChoice(const QString&, const QString&, bool)> m_howToRecover;
  std::function<RestorePlan()> m_whatToRestore;
};

}  // namespace casebook::gui
