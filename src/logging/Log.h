#pragma once

#include <spdlog/logger.h>

#include <QString>

#include <memory>

namespace casebook::log {

// One named logger per layer (casebook.storage, casebook.services, casebook.cli ...).
// Rule for every call site: ids, counts and operation names only; never a name, address,
// date of birth or note text (docs/architecture.md, "Logging").
std::shared_ptr<spdlog::logger> storage();
std::shared_ptr<spdlog::logger> services();
std::shared_ptr<spdlog::logger> cli();
std::shared_ptr<spdlog::logger> app();

// Sends every layer's logger to a rotating file (5 files of 2 MiB) in the given folder and
// routes Qt's own messages through spdlog. Without this call, loggers stay silent, as in tests.
void startFileLogging(const QString& folder);

}  // namespace casebook::log
