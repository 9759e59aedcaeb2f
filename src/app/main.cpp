#include "Clock.h"
#include "Database.h"
#include "DemoService.h"
#include "Log.h"
#include "MainWindow.h"
#include "ServiceContext.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QLocale>
#include <QTranslator>
#include <QMessageBox>
#include <QProgressDialog>
#include <QStandardPaths>
#include <QTimer>

#include <memory>

using namespace casebook;

namespace {

// The first run makes a database of fictional demo data, so a new user sees a working
// partnership rather than an empty screen; it is marked "demo" wherever it is shown.
bool createDemo(ServiceContext& ctx) {
  QProgressDialog progress(QObject::tr("Creating a demo database of fictional cases..."), QObject::tr("Cancel"), 0, 100);
  progress.setWindowModality(Qt::ApplicationModal);
  progress.setMinimumDuration(300);
  auto result = DemoService(ctx).generate({2000, 1}, [&](int done, int total) {
    progress.setValue(total > 0 ? done * 100 / total : 0);
    QApplication::processEvents();
    return !progress.wasCanceled();
  });
  progress.setValue(100);
  return result.ok();
}

}  // namespace

int main(int argc, char* argv[]) {
  QApplication app(argc, argv);
  QApplication::setApplicationName(QStringLiteral("casebook"));
  QApplication::setApplicationDisplayName(QStringLiteral("Casebook"));
  QApplication::setApplicationVersion(QStringLiteral("0.1.0"));
  QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/casebook.svg")));
  QApplication::setDesktopFileName(QStringLiteral("casebook"));
  // The translations embedded by qt_add_translations, for the user's locale when present.
  QTranslator translator;
  if (translator.load(QLocale(), QStringLiteral("casebook"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
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
  parser.addOption(screenshot);
  parser.addOption(openCase);
  parser.addOption(tab);
  parser.process(app);

  const QString path = parser.positionalArguments().value(0, QDir(dataDir).filePath(QStringLiteral("casebook.db")));
  const bool firstRun = !QFileInfo::exists(path);
  auto db = Database::open(path, Database::Mode::CreateIfMissing);
  if (!db) {
    QMessageBox::critical(nullptr, QObject::tr("Casebook"), db.error().message());
    return 3;
  }
  SystemClock clock;
  AllowAllAccess access;
  ServiceContext ctx{*db.value(), clock, Actor{qEnvironmentVariable("USER", QStringLiteral("local user")), Role::Administrator},
                     access};
  if (firstRun && !createDemo(ctx)) {
    QMessageBox::critical(nullptr, QObject::tr("Casebook"), QObject::tr("The demo database could not be created."));
    return 3;
  }
  const bool demo = DemoService(ctx).isDemo().value_or(false);
  gui::MainWindow window(ctx, path, demo);
  window.show();
  if (parser.isSet(openCase)) window.openCase(parser.value(openCase), parser.value(tab).toInt());
  if (parser.isSet(screenshot)) {
    QTimer::singleShot(800, &window, [&] {
      window.grab().save(parser.value(screenshot));
      QApplication::quit();
    });
  }
  return app.exec();
}
