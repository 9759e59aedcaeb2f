#pragma once

// A vault-backed database with the services over it, for the vault and backup tests.

#include "ServiceFixture.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>

namespace casebook::test {

inline const QByteArray kVaultPassphrase("harbour lantern tulip");

// Clock fixed like TestBed's.
struct VaultBed {
  std::unique_ptr<Database> db;
  FixedClock clock{QDate(2024, 6, 15)};
  AllowAllAccess access;
  std::unique_ptr<ServiceContext> ctx;

  explicit VaultBed(std::unique_ptr<Database> opened) : db(std::move(opened)) {
    ctx = std::make_unique<ServiceContext>(ServiceContext{*db, clock, Actor{QStringLiteral("tester"), Role::Administrator}, access});
  }
};

// A new vault (the cheapest Argon2id cost the header allows) with the default groups.
inline VaultBed createVaultBed(const QString& folder) {
  auto created = Database::createVault(folder, kVaultPassphrase, vault::KdfParams{});
  INFO(errorText(created));
  REQUIRE(created.ok());
  VaultBed bed(std::move(created.value().db));
  REQUIRE(DirectoryService(*bed.ctx).seedDefaults().ok());
  return bed;
}

// Copies the vault's files as they are on disk now: what a crash at this instant would
// leave (the lock is per open file, so the copy can be opened).
inline QString copyOnDisk(const QString& folder, const QString& to) {
  QDir().mkpath(to);
  for (const QString& name : QDir(folder).entryList(QDir::Files)) {
    REQUIRE(QFile::copy(QDir(folder).filePath(name), QDir(to).filePath(name)));
  }
  return to;
}

inline VaultBed reopen(const QString& folder, quint64 generation = 0) {
  auto db = Database::openVault(folder, kVaultPassphrase, false, generation);
  INFO(errorText(db));
  REQUIRE(db.ok());
  return VaultBed(std::move(db).value());
}

}  // namespace casebook::test
