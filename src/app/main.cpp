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
#include <QMessageBox>
#include <QProgressDialog>
#include <QSettings>
#include <QStandardPaths>

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
  const QString dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
  log::startFileLogging(QDir(dataDir).filePath(QStringLiteral("logs")));

  QCommandLineParser parser;
  parser.setApplicationDescription(QStringLiteral("Case management for Community Safety Partnership JAG meetings"));
  parser.addHelpOption();
  parser.addVersionOption();
  parser.addPositionalArgument(QStringLiteral("database"), QStringLiteral("Database file (default: your data folder)"));
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
  QSettings settings;
  if (firstRun) {
    if (!createDemo(ctx)) {
      QMessageBox::critical(nullptr, QObject::tr("Casebook"), QObject::tr("The demo database could not be created."));
      return 3;
    }
    settings.setValue(QStringLiteral("demo/") + path, true);
  }
  const bool demo = settings.value(QStringLiteral("demo/") + path, false).toBool();
  gui::MainWindow window(ctx, path, demo);
  window.show();
  return app.exec();
}
