#include "Session.h"

#include "DemoService.h"
#include "AccountService.h"
#include "DirectoryService.h"
#include "GroupAccessPolicy.h"
#include "RetentionService.h"

#include <QFileInfo>

namespace casebook::gui {

namespace {

Actor desktopUser() {
  return Actor{qEnvironmentVariable("USER", QStringLiteral("admin")), Role::Administrator};
}

}  // namespace

Session::Session(std::unique_ptr<Database> db)
    : m_db(std::move(db)),
      m_ctx(std::make_unique<ServiceContext>(ServiceContext{*m_db, m_clock, desktopUser(), m_allowAll})) {}

Status Session::signIn(const QString& account) {
  auto actor = AccountService::signIn(*m_db, m_clock, account.isEmpty() ? desktopUser().userName : account);
  if (!actor) return actor.error();
  if (auto finished = RetentionService::finishPendingPurge(*m_db); !finished) return finished;
  auto policy = GroupAccessPolicy::load(*m_db);
  if (!policy) return policy.error();
  m_policy = std::make_unique<GroupAccessPolicy>(std::move(policy).value());
  m_ctx = std::make_unique<ServiceContext>(ServiceContext{*m_db, m_clock, actor.value(), *m_policy});
  return {};
}

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
                                                    quint64 generation, const QString& account) {
  auto db = Database::openVault(folder, secret, byRecoveryKey, generation, account);
  if (!db) return db.error();
  std::unique_ptr<Session> session(new Session(std::move(db).value()));
  if (auto signedIn = session->signIn(account); !signedIn) return signedIn.error();
  return session;
}

Result<std::unique_ptr<Session>> Session::createVault(const QString& folder, const QByteArray& passphrase,
                                                      QString* recoveryKey, const QString& account) {
  auto created = Database::createVault(folder, passphrase);
  if (!created) return created.error();
  Database::NewVault made = std::move(created).value();
  *recoveryKey = made.recoveryKey;
  std::unique_ptr<Session> session(new Session(std::move(made.db)));
  if (auto signedIn = session->signIn(account); !signedIn) return signedIn.error();
  if (auto seeded = DirectoryService(session->context()).seedDefaults(); !seeded) return seeded.error();
  return session;
}

bool Session::isDemo() { return DemoService(*m_ctx).isDemo().value_or(false); }

}  // namespace casebook::gui
