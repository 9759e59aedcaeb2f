#pragma once

#include "Clock.h"
#include "Database.h"
#include "ServiceContext.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <catch2/catch.hpp>

#include <memory>
#include <ostream>

// INFO() and CAPTURE() stream their values: QStrings print as text.
inline std::ostream& operator<<(std::ostream& os, const QString& s) { return os << s.toStdString(); }

namespace casebook {

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
// Replaces a file's bytes (to damage a vault on purpose); false if it could not.
bool writeFileBytes(const QString& path, const QByteArray& bytes);

}  // namespace casebook

namespace Catch {
template <>
struct StringMaker<QString> {
  static std::string convert(const QString& value) { return '"' + value.toStdString() + '"'; }
};
template <>
struct StringMaker<QStringList> {
  static std::string convert(const QStringList& value) { return "[" + value.join(QStringLiteral(", ")).toStdString() + "]"; }
};
template <>
struct StringMaker<QDate> {
  static std::string convert(const QDate& value) { return value.toString(Qt::ISODate).toStdString(); }
};
template <>
struct StringMaker<QByteArray> {
  static std::string convert(const QByteArray& value) { return "bytes(" + std::to_string(value.size()) + ")"; }
};
}  // namespace Catch
