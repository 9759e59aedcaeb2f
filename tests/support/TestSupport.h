#pragma once

#include "Clock.h"
#include "Database.h"
#include "ServiceContext.h"

#include <QString>

#include <memory>
#include <ostream>

namespace casebook {

// Catch2 prints QStrings in failure messages.
inline std::ostream& operator<<(std::ostream& os, const QString& s) { return os << s.toStdString(); }

// A fresh in-memory database with the default groups, areas and agencies, a fixed clock
// (2024-06-15) and an allow-all actor: the usual starting point of a service test.
struct TestBed {
  TestBed();
  explicit TestBed(const QDate& today);

  std::unique_ptr<Database> db;
  FixedClock clock;
  AllowAllAccess access;
  ServiceContext ctx;
};

// For failure messages: the error text of a failed Result, or "" when it succeeded.
template <typename R>
QString errorText(const R& result) {
  return result.ok() ? QString() : result.error().message();
}

// Reads a whole file, for "the file is unchanged" assertions.
QByteArray fileBytes(const QString& path);

}  // namespace casebook
