#include "AccountService.h"

#include "AccountRepository.h"
#include "AuditRepository.h"
#include "Database.h"
#include "Log.h"
#include "Lookup.h"

namespace casebook {

namespace {

Status validateAccountName(const QString& name) {
  const QString trimmed = name.trimmed();
  if (trimmed.isEmpty() || trimmed.size() > 64) {
    return Error::invalid(QStringLiteral("account"), QStringLiteral("an account name is 1 to 64 characters"),
                          QStringLiteral("Use a short sign-in name such as 'casey.ward'"));
  }
  // ASCII only: SQLite's NOCASE and the key slot's case folding then agree on which names
  // are the same, so two accounts can never share a slot.
  for (const QChar c : trimmed) {
    const bool allowed = (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
                         (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('.') ||
                         c == QLatin1Char('-') || c == QLatin1Char('_');
    if (!allowed) {
      return Error::invalid(QStringLiteral("account"), QStringLiteral("an account name may hold only letters a-z, digits, "
                                                                      "dots, hyphens and underscores"),
                            QStringLiteral("Use a sign-in name such as 'casey.ward'"));
    }
  }
  return {};
}

Actor actorOf(AccountRepository& accounts, const Account& account) {
  const AccessProfile profile = accounts.profileOf(account);
  return Actor{account.name, account.role, profile.memberOf, profile.chairOf};
}

}  // namespace

Result<Actor> AccountService::signIn(Database& db, const Clock& clock, const QString& name) {
  // A refusal commits too, so that the failed sign-in stays recorded.
  std::optional<Actor> signedIn;
  std::optional<Error> refusal;
  auto recorded = db.write([&]() -> Status {
    AccountRepository accounts(db);
    AuditRepository audit(db);
    QStringList names;
    for (const auto& a : accounts.all()) names << a.name;
    // Wrong passphrases typed while the vault was locked, noted beside it, come in first.
    for (const auto& failed : db.failedSignIns(names)) {
      audit.append(failed.at, failed.account, {AuditEvent::FailedSignIn, std::nullopt, QString(),
                                               QStringLiteral("wrong passphrase"), QString()});
    }
    if (auto valid = validateAccountName(name); !valid) return valid;
    std::optional<Account> account = accounts.byName(name.trimmed());
    if (!account && names.isEmpty() && !db.signedInByOwnPassphrase()) {
      Account first{0, name.trimmed(), Role::Administrator, std::nullopt, Credential::VaultPassphrase, true, clock.now()};
      first.id = accounts.insert(first);
      audit.append(clock.now(), first.name, {AuditEvent::ChangeAccount, std::nullopt, QString(),
                                             QStringLiteral("first administrator, signs in with the vault passphrase"),
                                             QString()});
      account = first;
    }
    auto refuse = [&](const QString& problem, const QString& fix) -> Status {
      // A name that is no account is not written down: it may be a passphrase typed in the
      // wrong box.
      const QString who = account ? account->name : QStringLiteral("(unknown account name)");
      audit.append(clock.now(), who, {AuditEvent::FailedSignIn, std::nullopt, QString(),
                                      account ? problem : QStringLiteral("no such account"), QString()});
      refusal = Error::invalid(QStringLiteral("account"), problem, fix);
      return {};
    };
    if (!account) {
      return refuse(QStringLiteral("there is no account '%1' in this vault").arg(name.trimmed()),
                    QStringLiteral("Check the name, or ask an administrator to add your account"));
    }
    if (!account->active) {
      return refuse(QStringLiteral("the account '%1' is disabled").arg(account->name),
                    QStringLiteral("Ask an administrator to enable it"));
    }
    const bool ownPassphrase = db.signedInByOwnPassphrase();
    if (ownPassphrase != (account->credential == Credential::OwnPassphrase)) {
      return refuse(QStringLiteral("the passphrase is not the one of the account '%1'").arg(account->name),
                    QStringLiteral("Sign in with your own passphrase"));
    }
    audit.append(clock.now(), account->name, {AuditEvent::SignIn, std::nullopt, QString(), QString(), QString()});
    signedIn = actorOf(accounts, *account);
    return {};
  });
  if (!recorded) return recorded.error();
  db.clearFailedSignIns();  // now in the audit trail
  if (refusal) return *refusal;
  log::services()->info("signed in as {}", toKey(signedIn->role).toStdString());
  return *signedIn;
}

Result<Account> AccountService::existing(const QString& name) {
  auto account = AccountRepository(m_ctx.db).byName(name.trimmed());
  if (!account) {
    return Error::notFound(QStringLiteral("account"), QStringLiteral("there is no account '%1'").arg(name.trimmed()),
                           QStringLiteral("List accounts with 'account list'"));
  }
  return *account;
}

Result<Account> AccountService::add(const NewAccountInput& input) {
  bool slotWritten = false;
  auto added = m_ctx.db.write([&]() -> Result<Account> {
    if (auto allowed = m_ctx.allow(Operation::ManageVault); !allowed) return allowed.error();
    if (!m_ctx.db.isVault()) {
      return Error::invalid(QStringLiteral("database"), QStringLiteral("accounts belong to an encrypted vault"),
                            QStringLiteral("Open the vault (--vault FOLDER) to manage its accounts"));
    }
    if (auto valid = validateAccountName(input.name); !valid) return valid.error();
    AccountRepository accounts(m_ctx.db);
    if (accounts.byName(input.name.trimmed())) {
      return Error::conflict(QStringLiteral("account"), QStringLiteral("the account '%1' exists").arg(input.name.trimmed()),
                             QStringLiteral("Choose another name, or change that account"));
    }
    Account a{0, input.name.trimmed(), input.role, std::nullopt, Credential::OwnPassphrase, true, m_ctx.clock.now()};
    auto member = Lookup(m_ctx).optionalMember(input.member, QStringLiteral("member"));
    if (!member) return member.error();
    a.memberId = member.value();
    a.id = accounts.insert(a);
    m_ctx.audit(AuditEvent::ChangeAccount, std::nullopt, QString(),
                QStringLiteral("account %1 added as %2").arg(a.name, toKey(a.role)));
    // Last, so that a refused passphrase leaves no account behind (the transaction rolls back).
    if (auto slot = m_ctx.db.setAccountKey(a.name, input.passphrase); !slot) return slot.error();
    slotWritten = true;
    return a;
  });
  // The commit failed after the slot was written: a slot without an account must not stay.
  if (!added && slotWritten) {
    if (!m_ctx.db.removeAccountKey(input.name.trimmed())) log::services()->error("an orphan key slot could not be removed");
  }
  return added;
}

Result<std::vector<Account>> AccountService::list() {
  return m_ctx.db.read([&]() -> Result<std::vector<Account>> {
    if (auto allowed = m_ctx.allow(Operation::ManageVault); !allowed) return allowed.error();
    return AccountRepository(m_ctx.db).all();
  });
}

Status AccountService::change(const QString& name, const AccountChanges& changes) {
  return m_ctx.db.write([&]() -> Status {
    if (auto allowed = m_ctx.allow(Operation::ManageVault); !allowed) return allowed;
    if (!changes.role && !changes.member && !changes.active) {
      return Error::invalid(QStringLiteral("account"), QStringLiteral("nothing to change was given"),
                            QStringLiteral("Give --role, --member or --active"));
    }
    auto found = existing(name);
    if (!found) return found.error();
    Account a = found.value();
    QStringList what;
    if (changes.role) {
      a.role = *changes.role;
      what << QStringLiteral("role %1").arg(toKey(a.role));
    }
    if (changes.member) {
      auto member = Lookup(m_ctx).optionalMember(*changes.member, QStringLiteral("member"));
      if (!member) return member.error();
      a.memberId = member.value();
      what << QStringLiteral("member");
    }
    if (changes.active) {
      a.active = *changes.active;
      what << (a.active ? QStringLiteral("enabled") : QStringLiteral("disabled"));
    }
    AccountRepository accounts(m_ctx.db);
    accounts.update(a);
    if (accounts.activeAdministrators() == 0) {
      return Error::conflict(QStringLiteral("account"), QStringLiteral("the vault would have no administrator left"),
                             QStringLiteral("Make another account administrator first"));
    }
    m_ctx.audit(AuditEvent::ChangeAccount, std::nullopt, QString(),
                QStringLiteral("account %1: %2").arg(a.name, what.join(QStringLiteral(", "))));
    // A disabled account's key slot goes, so its passphrase no longer opens the vault.
    if (changes.active && !a.active && a.credential == Credential::OwnPassphrase) {
      if (auto removed = m_ctx.db.removeAccountKey(a.name); !removed) return removed;
    }
    return {};
  });
}

Status AccountService::setPassphrase(const QString& name, const QByteArray& passphrase) {
  return m_ctx.db.write([&]() -> Status {
    auto found = existing(name);
    if (!found) return found.error();
    const bool own = found->name.compare(m_ctx.actor.userName, Qt::CaseInsensitive) == 0;
    if (!own) {
      if (auto allowed = m_ctx.allow(Operation::ManageVault); !allowed) return allowed;
    }
    if (found->credential == Credential::VaultPassphrase) {
      return Error::invalid(QStringLiteral("account"),
                            QStringLiteral("'%1' signs in with the vault passphrase").arg(found->name),
                            QStringLiteral("Change it with 'vault passphrase' (File > Change vault passphrase)"));
    }
    if (!found->active) {
      return Error::conflict(QStringLiteral("account"), QStringLiteral("the account '%1' is disabled").arg(found->name),
                             QStringLiteral("Enable it first"));
    }
    m_ctx.audit(AuditEvent::ChangeAccount, std::nullopt, QString(),
                QStringLiteral("account %1: passphrase set").arg(found->name));
    return m_ctx.db.setAccountKey(found->name, passphrase);
  });
}

}  // namespace casebook
