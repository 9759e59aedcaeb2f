#include "TestSupport.h"

#include "DirectoryService.h"

#include <QFile>

#include <stdexcept>

namespace casebook {

namespace {

std::unique_ptr<Database> openMemory() {
  auto db = Database::openInMemory();
  if (!db) throw std::runtime_error(db.error().message().toStdString());
  return std::move(db).value();
}

}  // namespace

TestBed::TestBed() : TestBed(QDate(2024, 6, 15)) {}

TestBed::TestBed(const QDate& today)
    : db(openMemory()), clock(today), ctx{*db, clock, Actor{QStringLiteral("tester"), Role::Administrator}, access} {
  auto seeded = DirectoryService(ctx).seedDefaults();
  if (!seeded) throw std::runtime_error(seeded.error().message().toStdString());
}

QByteArray fileBytes(const QString& path) {
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly)) return {};
  return file.readAll();
}

bool writeFileBytes(const QString& path, const QByteArray& bytes) {
  QFile file(path);
  return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

}  // namespace casebook
