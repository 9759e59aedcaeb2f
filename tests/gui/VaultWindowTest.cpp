#include "BackupService.h"
#include "Database.h"
#include "DirectoryService.h"
#include "Launcher.h"
#include "MainWindow.h"
#include "edits/Edits.h"
#include "VaultService.h"
#include "vault/BackupSchedule.h"
#include "vault/PassphraseDialog.h"
#include "vault/VaultSettingsDialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace casebook;

namespace {

const QByteArray kPassphrase("harbour lantern tulip");

// A closed vault (the cheapest Argon2id cost) holding the default groups and these areas,
// each committed, then compacted once: two generations on disk.
void makeVault(const QString& folder, const QStringList& areas) {
  auto created = Database::createVault(folder, kPassphrase, vault::KdfParams{});
  QVERIFY(created.ok());
  std::unique_ptr<Database> db = std::move(created.value().db);
  SystemClock clock;
  AllowAllAccess access;
  ServiceContext ctx{*db, clock, Actor{QStringLiteral("tester"), Role::Administrator}, access};
  QVERIFY(DirectoryService(ctx).seedDefaults().ok());
  for (const QString& code : areas) QVERIFY(DirectoryService(ctx).addArea(code, QStringLiteral("Riverside")).ok());
}

void damageNewestSnapshot(const QString& folder) {
  const QStringList names = QDir(folder).entryList({QStringLiteral("snapshot-*.cbs")}, QDir::Files, QDir::Name);
  QVERIFY(!names.isEmpty());
  QFile file(QDir(folder).filePath(names.last()));
  QVERIFY(file.open(QIODevice::ReadWrite));
  QByteArray bytes = file.readAll();
  bytes[bytes.size() / 2] = static_cast<char>(bytes[bytes.size() / 2] ^ 0x40);
  QVERIFY(file.seek(0) && file.write(bytes) == bytes.size());
}

QStringList areaCodes(gui::Launcher& launcher) {
  QStringList codes;
  for (const auto& a : DirectoryService(launcher.window()->edits()->context()).areas().value()) codes << a.code;
  return codes;
}

QString badgeText(gui::MainWindow* window) {
  for (QLabel* label : window->statusBar()->findChildren<QLabel*>()) {
    if (label->accessibleName() == QStringLiteral("Kind of database")) return label->text();
  }
  return {};
}

QAction* fileAction(gui::MainWindow* window, const QString& text) {
  for (QAction* action : window->menuBar()->findChildren<QAction*>()) {
    if (action->text() == text) return action;
  }
  return nullptr;
}

}  // namespace

// Recovery from a damaged vault, backups from the window and on schedule, and the settings
// dialog: the desktop side of docs/security.md.
class VaultWindowTest final : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
  }
  void cleanup() { QSettings().clear(); }

  void damagedVaultOpensThePreviousGeneration() {
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("vault"));
    makeVault(folder, {QStringLiteral("NL70"), QStringLiteral("NL71")});
    damageNewestSnapshot(folder);
    gui::Launcher launcher;
    QString asked;
    bool offeredPrevious = false;
    launcher.setRecoveryQuestions(
        [&](const QString& f, const QString& problem, bool hasPrevious) {
          asked = f + QLatin1Char('|') + problem;
          offeredPrevious = hasPrevious;
          return gui::RecoveryChoice::OpenPrevious;
        },
        [] { return gui::RestorePlan{}; });
    const Status opened = launcher.openVault(folder, kPassphrase);
    QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message()));
    QVERIFY(asked.startsWith(folder + QLatin1Char('|')));
    QVERIFY(offeredPrevious);
    // Both areas were committed before the closing compaction wrote the damaged generation.
    QVERIFY(areaCodes(launcher).contains(QStringLiteral("NL70")));
    QVERIFY(areaCodes(launcher).contains(QStringLiteral("NL71")));
    QCOMPARE(badgeText(launcher.window()), QStringLiteral("Encrypted vault"));
  }

  void damagedVaultRestoresABackupIntoANewFolder() {
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("vault"));
    makeVault(folder, {QStringLiteral("NL70")});
    const QString backups = dir.filePath(QStringLiteral("backups"));
    QString backup;
    {
      auto db = Database::openVault(folder, kPassphrase);
      QVERIFY(db.ok());
      SystemClock clock;
      AllowAllAccess access;
      ServiceContext ctx{*db.value(), clock, Actor{QStringLiteral("tester"), Role::Administrator}, access};
      auto made = BackupService(ctx).backUpInto(backups, 3);
      QVERIFY(made.ok());
      backup = made.value();
    }
    damageNewestSnapshot(folder);
    const QString restored = dir.filePath(QStringLiteral("restored"));
    gui::Launcher launcher;
    launcher.setRecoveryQuestions([](const QString&, const QString&, bool) { return gui::RecoveryChoice::RestoreBackup; },
                                  [&] { return gui::RestorePlan{backup, restored}; });
    const Status opened = launcher.openVault(folder, kPassphrase);
    QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message()));
    QVERIFY(launcher.window()->windowTitle().contains(restored));
    QVERIFY(areaCodes(launcher).contains(QStringLiteral("NL70")));
  }

  void givingUpLeavesTheDamagedVaultAsItWas() {
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("vault"));
    makeVault(folder, {QStringLiteral("NL70")});
    damageNewestSnapshot(folder);
    QStringList before;
    for (const QString& name : QDir(folder).entryList(QDir::Files)) {
      QFile f(QDir(folder).filePath(name));
      QVERIFY(f.open(QIODevice::ReadOnly));
      before << name + QString::fromLatin1(f.readAll().toHex());
    }
    gui::Launcher launcher;
    launcher.setRecoveryQuestions([](const QString&, const QString&, bool) { return gui::RecoveryChoice::GiveUp; },
                                  [] { return gui::RestorePlan{}; });
    const Status opened = launcher.openVault(folder, kPassphrase);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().kind, Error::Kind::Storage);
    QVERIFY(launcher.window() == nullptr);
    QStringList after;
    for (const QString& name : QDir(folder).entryList(QDir::Files)) {
      QFile f(QDir(folder).filePath(name));
      QVERIFY(f.open(QIODevice::ReadOnly));
      after << name + QString::fromLatin1(f.readAll().toHex());
    }
    QCOMPARE(after, before);
  }

  void backupsRunOnScheduleAndFromTheMenu() {
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("vault"));
    makeVault(folder, {});
    const QString backups = dir.filePath(QStringLiteral("backups"));
    gui::BackupSchedule::save({backups, 24, 5});
    gui::Launcher launcher;
    QVERIFY(launcher.openVault(folder, kPassphrase).ok());
    gui::MainWindow* window = launcher.window();
    QVERIFY(window->backups()->backUpIfDue());        // none yet: due
    QVERIFY(!window->backups()->backUpIfDue());       // one made today: not due
    QVERIFY(window->statusBar()->currentMessage().contains(QStringLiteral("verified")));
    QAction* now = fileAction(window, QStringLiteral("&Back up now"));
    QVERIFY(now && now->isEnabled());
    now->trigger();
    QCOMPARE(QDir(backups).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size(), 2);
    gui::BackupSchedule::save({backups, 0, 5});
    QDir(backups).removeRecursively();
    QVERIFY(!window->backups()->backUpIfDue());  // "never": only on demand
  }

  void logindLockRequestLocksTheVault() {
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("vault"));
    makeVault(folder, {QStringLiteral("NL70")});
    gui::Launcher launcher;
    QVERIFY(launcher.openVault(folder, kPassphrase).ok());
    launcher.setPassphrasePrompt([](const QString&) { return kPassphrase; });
    launcher.onSessionLockRequested();  // as logind's Session.Lock signal calls it
    QVERIFY(launcher.isLocked());
    QVERIFY(launcher.window() == nullptr);
    QTRY_VERIFY_WITH_TIMEOUT(!launcher.isLocked(), 10000);
    QVERIFY(areaCodes(launcher).contains(QStringLiteral("NL70")));
  }

  void passphraseDialogChangesItOnlyWithTheCurrentOne() {
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("vault"));
    makeVault(folder, {});
    gui::Launcher launcher;
    QVERIFY(launcher.openVault(folder, kPassphrase).ok());
    ServiceContext& ctx = launcher.window()->edits()->context();
    gui::PassphraseDialog ask(gui::PassphraseDialog::Kind::Change, QStringLiteral("Change"),
                              [&ctx](const QByteArray& current, const QByteArray& next) {
                                return VaultService(ctx).changePassphrase(current, next);
                              });
    ask.show();
    ask.currentField()->setText(QStringLiteral("not the passphrase"));
    ask.newField()->setText(QStringLiteral("copper meadow violin"));
    ask.againField()->setText(QStringLiteral("copper meadow viola"));
    ask.accept();
    QVERIFY(ask.isVisible());
    QVERIFY(ask.errorLabel()->text().contains(QStringLiteral("differ")));
    ask.againField()->setText(QStringLiteral("copper meadow violin"));
    ask.accept();
    QVERIFY(ask.isVisible());
    QVERIFY(ask.errorLabel()->text().contains(QStringLiteral("does not open this vault")));
    ask.currentField()->setText(QString::fromLatin1(kPassphrase));
    ask.accept();
    QCOMPARE(ask.result(), int(QDialog::Accepted));
    QVERIFY(ask.currentField()->text() == QString::fromLatin1(kPassphrase));  // the fields are the user's to clear
    launcher.setPassphrasePrompt([](const QString&) { return QByteArray("copper meadow violin"); });
    launcher.lock();
    QTRY_VERIFY_WITH_TIMEOUT(!launcher.isLocked(), 10000);
  }

  void plainFilesAreMarkedAndNotBackedUp() {
    QTemporaryDir dir;
    gui::Launcher launcher;
    QVERIFY(launcher.newDatabase(dir.filePath(QStringLiteral("test.casebook"))).ok());
    QVERIFY(badgeText(launcher.window()).contains(QStringLiteral("NOT ENCRYPTED")));
    QAction* now = fileAction(launcher.window(), QStringLiteral("&Back up now"));
    QVERIFY(now && !now->isEnabled());
    QVERIFY(!launcher.window()->backups()->backUpIfDue());
  }

  void settingsDialogRefusesARelativeFolderAndSaves() {
    QTemporaryDir dir;
    gui::VaultSettingsDialog dialog;
    auto* folder = dialog.findChild<QLineEdit*>(QStringLiteral("folder"));
    auto* error = dialog.findChild<QLabel*>(QStringLiteral("error"));
    QVERIFY(folder && error);
    QCOMPARE(folder->text(), gui::BackupSchedule::defaultFolder());
    dialog.show();
    folder->setText(QStringLiteral("relative/backups"));
    dialog.accept();
    QVERIFY(dialog.isVisible());
    QVERIFY(error->isVisible());
    QVERIFY(error->text().contains(QStringLiteral("full path")));
    QCOMPARE(gui::BackupSchedule::settings().folder, gui::BackupSchedule::defaultFolder());  // nothing saved
    folder->setText(dir.filePath(QStringLiteral("usb")));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(gui::BackupSchedule::settings().folder, dir.filePath(QStringLiteral("usb")));
    QVERIFY(QDir(dir.filePath(QStringLiteral("usb"))).exists());
  }
};

QTEST_MAIN(VaultWindowTest)
#include "VaultWindowTest.moc"
