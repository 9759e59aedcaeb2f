#include "Log.h"
#include "Clock.h"
#include "Database.h"
#include "FirstPaintProbe.h"
#include "Launcher.h"
#include "RecentFiles.h"
#include "ScreenshotScenes.h"
#include "MainWindow.h"
#include "vault/ProcessHardening.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QLocale>
#include <QTranslator>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTimer>

#include <array>
#include <cstdio>
#include <cstring>
#include <memory>

using namespace casebook;

int main(int argc, char* argv[]) {
  casebook::vault::hardenProcess();
  casebook::SystemClock::settleTimeZone();
  QApplication app(argc, argv);
  QApplication::setApplicationName(QStringLiteral("casebook"));
  QApplication::setApplicationDisplayName(QStringLiteral("Casebook"));
  QApplication::setApplicationVersion(QStringLiteral("0.1.0"));
  QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/casebook.svg")));
  QApplication::setDesktopFileName(QStringLiteral("casebook"));
  // The translations embedded by qt_add_translations, for the user's locale when present;
  // otherwise British English, which also gives the source text its plural forms.
  QTranslator translator;
  if (translator.load(QLocale(), QStringLiteral("casebook"), QStringLiteral("_"), QStringLiteral(":/i18n")) ||
      translator.load(QStringLiteral("casebook_en_GB"), QStringLiteral(":/i18n"))) {
    QApplication::installTranslator(&translator);
  }
  const QString dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
  log::startFileLogging(QDir(dataDir).filePath(QStringLiteral("logs")));

  QCommandLineParser parser;
  parser.setApplicationDescription(QStringLiteral("Case management for Community Safety Partnership JAG meetings"));
  parser.addHelpOption();
  parser.addVersionOption();
  parser.addPositionalArgument(QStringLiteral("database"), QStringLiteral("Database file (default: your data folder)"));
  // For the user guide's screenshots: the real window, drawn offscreen, saved to a file.
  const QCommandLineOption screenshot(QStringLiteral("screenshot"), QStringLiteral("Save a picture of the window and quit"),
                                      QStringLiteral("file"));
  const QCommandLineOption openCase(QStringLiteral("case"), QStringLiteral("Open this case first"), QStringLiteral("reference"));
  const QCommandLineOption tab(QStringLiteral("tab"), QStringLiteral("With --case: show this tab (0-4)"), QStringLiteral("n"));
  const QCommandLineOption page(QStringLiteral("page"),
                               QStringLiteral("Show this page: cases, my-actions, overdue-actions, meetings, reports"),
                               QStringLiteral("name"));
  const QCommandLineOption dialog(QStringLiteral("dialog"), QStringLiteral("With --screenshot: picture this dialog: new-case, directory, vault-settings, passphrase, vault-damaged, sign-in, audit, retention, presenter (with --meeting)"),
                                  QStringLiteral("name"));
  parser.addOption(screenshot);
  parser.addOption(openCase);
  parser.addOption(tab);
  parser.addOption(page);
  parser.addOption(dialog);
  const QCommandLineOption meeting(QStringLiteral("meeting"), QStringLiteral("With --screenshot: run this meeting"),
                                   QStringLiteral("id"));
  const QCommandLineOption item(QStringLiteral("item"), QStringLiteral("With --meeting: show this agenda item"),
                                QStringLiteral("n"));
  parser.addOption(meeting);
  parser.addOption(item);
  // For bench/run: a vault opened without a dialog, and the moment the window is first drawn.
  const QCommandLineOption passphraseStdin(QStringLiteral("passphrase-stdin"),
                                           QStringLiteral("Read the vault's passphrase from the first line of standard input"));
  const QCommandLineOption probe(QStringLiteral("probe-first-paint"),
                                 QStringLiteral("Print when the main window is first painted (and the unlock's time), then quit"));
  parser.addOption(passphraseStdin);
  parser.addOption(probe);
  parser.process(app);

  // Without a path Casebook reopens what was open last (a vault asks for its passphrase);
  // the very first run makes a database of fictional demo data, so a new user sees a
  // working partnership rather than an empty screen; it is marked "demo" wherever shown.
  const QString demoPath = QDir(dataDir).filePath(QStringLiteral("casebook.db"));
  const QString path = parser.positionalArguments().value(0, gui::RecentFiles::list().value(0, demoPath));
  gui::Launcher launcher;
  if (Database::isVaultFolder(path)) {
    if (parser.isSet(passphraseStdin)) {
      // Once only: a wrong passphrase ends the program rather than asking again. Read into
      // one fixed buffer, wiped once handed over, so no growing string leaves copies behind.
      auto given = std::make_shared<std::array<char, 1024>>();
      given->fill('\0');
      if (std::fgets(given->data(), static_cast<int>(given->size()), stdin)) given->data()[std::strcspn(given->data(), "\r\n")] = '\0';
      launcher.setPassphrasePrompt([given](const QString&) {
        QByteArray secret(given->data());
        given->fill('\0');  // asked again (after a lock): nothing, so the program ends
        return secret;
      });
    }
    if (!launcher.unlockAtStart(path)) return 0;  // the user chose not to unlock
  } else {
    const Status opened = QFileInfo::exists(path) ? launcher.openDatabase(path)
                                                  : launcher.newDemoDatabase(path, 2000, nullptr);
    if (!opened) {
      QMessageBox::critical(nullptr, QObject::tr("Casebook"), opened.error().message());
      return 3;
    }
  }
  gui::MainWindow& window = *launcher.window();
  if (parser.isSet(probe)) {
    new gui::FirstPaintProbe(&window, "unlock_ns=" + QByteArray::number(launcher.lastUnlockNs()));
  }
  if (parser.isSet(page)) {
    const QHash<QString, gui::NavigationPane::Page> pages{
        {QStringLiteral("cases"), gui::NavigationPane::Page::Cases},
        {QStringLiteral("my-actions"), gui::NavigationPane::Page::MyActions},
        {QStringLiteral("overdue-actions"), gui::NavigationPane::Page::OverdueActions},
        {QStringLiteral("meetings"), gui::NavigationPane::Page::Meetings},
        {QStringLiteral("reports"), gui::NavigationPane::Page::Reports}};
    window.navigation()->selectPage(pages.value(parser.value(page), gui::NavigationPane::Page::Cases));
  }
  if (parser.isSet(openCase)) window.openCase(parser.value(openCase), parser.value(tab).toInt());
  if (parser.isSet(screenshot)) {
    QWidget* pictured = screenshotScene(window, parser.value(dialog), parser.value(meeting).toLongLong(),
                                        parser.value(item).toInt());
    QTimer::singleShot(800, &window, [&app, pictured, file = parser.value(screenshot)] {
      pictured->grab().save(file);
      app.quit();
    });
  }
  return app.exec();
}
