#include "Session.h"

#include "DemoService.h"
#include "DirectoryService.h"

#include <QFileInfo>

namespace casebook::gui {

namespace {

Actor desktopUser() {
  return Actor{qEnvironmentVariable("USER", QStringLiteral("local user")), Role::Administrator};
}

}  // namespace

Session::Session(std::unique_ptr<Database> db)
    : m_db(std::move(db)), m_ctx{*m_db, m_clock, desktopUser(), m_access} {}

Result<std::unique_ptr<Session>> Session::open(const QString& path) {
  if (!QFileInfo::exists(path)) {
    return Error::notFound(QStringLiteral("file"), QStringLiteral("%1 does not exist").arg(path),
                           QStringLiteral("Choose an existing Casebook file, or make one with File > New database"));
  }
  auto db = Database::open(path, Database::Mode::OpenExisting);
  if (!db) return db.error();
  return std::unique_ptr<Session>(new Session(std::move(db).value()));
}

Result<std::unique_ptr<Session>> Session::create(const QString& path) {
  if (QFileInfo::exists(path)) {
    return Error::conflict(QStringLiteral("file"), QStringLiteral("%1 already exists").arg(path),
                           QStringLiteral("Choose a new file name, or open the file with File > Open"));
  }
  auto db = Database::open(path, Database::Mode::CreateIfMissing);
  if (!db) return db.error();
  std::unique_ptr<Session> session(new Session(std::move(db).value()));
  if (auto seeded = DirectoryService(session->context()).seedDefaults(); !seeded) return seeded.error();
  return session;
}

Result<std::unique_ptr<Session>> Session::openVault(const QString& folder, const QByteArray& secret, bool byRecoveryKey,
                                                    quint64 generation) {
  auto db = Database::openVault(folder, secret, byRecoveryKey, generation);
  if (!db) return db.error();
  return std::unique_ptr<Session>(new Session(std::move(db).value()));
}

Result<std::unique_ptr<Session>> Session::createVault(const QString& folder, const QByteArray& passphrase,
                                                      QString* recoveryKey) {
  auto created = Database::createVault(folder, passphrase);
  if (!created) return created.error();
  Database::NewVault made = std::move(created).value();
  *recoveryKey = made.recoveryKey;
  std::unique_ptr<Session> session(new Session(std::move(made.db)));
  if (auto seeded = DirectoryService(session->context()).seedDefaults(); !seeded) return seeded.error();
  return session;
}

bool Session::isDemo() { return DemoService(m_ctx).isDemo().value_or(false); }

}  // namespace casebook::gui
