#include "Log.h"

#include <QDir>
#include <QtGlobal>

#include <spdlog/sinks/null_sink.h>
#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/spdlog.h>

#include <mutex>

namespace casebook::log {

namespace {

std::mutex g_mutex;
spdlog::sink_ptr g_sink = std::make_shared<spdlog::sinks::null_sink_mt>();

std::shared_ptr<spdlog::logger> named(const char* name) {
  std::lock_guard lock(g_mutex);
  if (auto existing = spdlog::get(name)) return existing;
  auto logger = std::make_shared<spdlog::logger>(name, g_sink);
  logger->set_level(spdlog::level::info);
  spdlog::register_logger(logger);
  return logger;
}

void qtMessageToSpdlog(QtMsgType type, const QMessageLogContext& context, const QString& message) {
  auto logger = named("casebook.qt");
  const std::string text = message.toStdString();
  const char* category = context.category ? context.category : "qt";
  switch (type) {
    case QtDebugMsg: logger->debug("[{}] {}", category, text); break;
    case QtInfoMsg: logger->info("[{}] {}", category, text); break;
    case QtWarningMsg: logger->warn("[{}] {}", category, text); break;
    case QtCriticalMsg:
    case QtFatalMsg: logger->error("[{}] {}", category, text); break;
  }
}

}  // namespace

std::shared_ptr<spdlog::logger> storage() { return named("casebook.storage"); }
std::shared_ptr<spdlog::logger> services() { return named("casebook.services"); }
std::shared_ptr<spdlog::logger> cli() { return named("casebook.cli"); }
std::shared_ptr<spdlog::logger> app() { return named("casebook.app"); }

void startFileLogging(const QString& folder) {
  if (!QDir().mkpath(folder)) return;
  const std::string file = QDir(folder).filePath(QStringLiteral("casebook.log")).toStdString();
  spdlog::sink_ptr sink;
  try {
    sink = std::make_shared<spdlog::sinks::rotating_file_sink_mt>(file, 2 * 1024 * 1024, 5);
  } catch (const spdlog::spdlog_ex&) {
    return;  // an unwritable log folder must never stop Casebook from working
  }
  {
    std::lock_guard lock(g_mutex);
    g_sink = sink;
    spdlog::apply_all([&](const std::shared_ptr<spdlog::logger>& logger) {
      logger->sinks().clear();
      logger->sinks().push_back(sink);
    });
  }
  spdlog::flush_every(std::chrono::seconds(2));
  qInstallMessageHandler(qtMessageToSpdlog);
}

}  // namespace casebook::log
