#pragma once

#include "ServiceContext.h"

#include <vector>

namespace casebook {

class Database;

struct NewAccountInput {
  QString name;
  Role role = Role::Caseworker;
  QString member;  // the directory member (name or id) whose groups the account reaches
  QByteArray passphrase;
};

struct AccountChanges {
  std::optional<Role> role;
  std::optional<QString> member;  // empty: no member (the account then reaches no group)
  std::optional<bool> active;
};

// Accounts of a vault (docs/security.md, "Accounts"): who may sign in, as which role, for
// which groups. Managing them is an administrator's; accounts are disabled, never deleted,
// so the audit trail's names keep their meaning.
class AccountService final {
 public:
  explicit AccountService(ServiceContext& ctx) : m_ctx(ctx) {}

  // After the vault has been unlocked as `name`: checks the account and records the sign-in
  // (and any failed unlocks noted since) in the audit trail. A vault without accounts makes
  // its first one here: `name`, administrator, signing in with the vault passphrase.
  // Returns who is acting for the rest of the session.
  static Result<Actor> signIn(Database& db, const Clock& clock, const QString& name);

  Result<Account> add(const NewAccountInput& input);
  Result<std::vector<Account>> list();
  Status change(const QString& name, const AccountChanges& changes);
  // A new passphrase of the account's own: an administrator's to set for anyone, and each
  // user's for their own account.
  Status setPassphrase(const QString& name, const QByteArray& passphrase);

 private:
  Result<Account> existing(const QString& name);
  ServiceContext& m_ctx;
};

}  // namespace casebook
