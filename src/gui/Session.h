#pragma once

#include "Clock.h"
#include "Database.h"
#include "ServiceContext.h"

#include <memory>

namespace casebook::gui {

// One open database and the context every service call on it needs. The desktop holds
// one at a time; File > Open and New replace it.
class Session final {
 public:
  // An existing Casebook file (a newer or foreign file is refused untouched).
  static Result<std::unique_ptr<Session>> open(const QString& path);
  // A new file with the default groups, areas and agencies; refused if the file exists.
  static Result<std::unique_ptr<Session>> create(const QString& path);
  // An encrypted vault folder, opened with its passphrase (or recovery key).
  // Signing in as account (docs/security.md, "Accounts"): the access model then applies to
  // every call made through the session.
  static Result<std::unique_ptr<Session>> openVault(const QString& folder, const QByteArray& secret, bool byRecoveryKey,
                                                    quint64 generation = 0, const QString& account = {});
  // A new vault with the default groups; *recoveryKey receives the key to show once.
  static Result<std::unique_ptr<Session>> createVault(const QString& folder, const QByteArray& passphrase,
                                                      QString* recoveryKey, const QString& account = {});
  Session(const Session&) = delete;
  Session& operator=(const Session&) = delete;

  ServiceContext& context() { return *m_ctx; }
  QString path() const { return m_db->path(); }
  bool isDemo();
  bool isVault() const { return m_db->isVault(); }

 private:
  explicit Session(std::unique_ptr<Database> db);
  // Signs the account in and puts the access model in place; a refusal is recorded.
  Status signIn(const QString& account);
  std::unique_ptr<Database> m_db;
  SystemClock m_clock;
  AllowAllAccess m_allowAll;  // a plain file (demo): its user is its administrator
  std::unique_ptr<AccessPolicy> m_policy;
  std::unique_ptr<ServiceContext> m_ctx;  // replaced once, at sign-in, before anything uses it
};

}  // namespace casebook::gui
