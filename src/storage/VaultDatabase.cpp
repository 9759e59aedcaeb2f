// Database::createVault and Database::openVault: the database in memory, persisted as an
// encrypted vault (docs/security.md).
#include "Database.h"
#include "DatabaseImpl.h"
#include "IntegrityCheck.h"
#include "Log.h"
#include "Schema.h"
#include "SqlStatement.h"
#include "TableCounts.h"
#include "VaultDurability.h"
#include "vault/Vault.h"

#include <QSqlError>

#include <sqlite3.h>

#include <atomic>

namespace casebook {

Result<std::unique_ptr<Database>> Database::openMemoryConnection(const QString& label) {
  static std::atomic<int> counter{0};
  auto impl = std::make_unique<Impl>();
  impl->connectionName = QStringLiteral("casebook-vault-%1").arg(++counter);
  impl->path = label;
  impl->db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), impl->connectionName);
  impl->db.setDatabaseName(QStringLiteral(":memory:"));
  if (!impl->db.open()) {
    impl->db = QSqlDatabase();
    QSqlDatabase::removeDatabase(impl->connectionName);
    return Error::storage(QStringLiteral("cannot open a database in memory"));
  }
  std::unique_ptr<Database> db(new Database(std::move(impl)));
  try {
    execScript(*db, QStringLiteral("PRAGMA foreign_keys = ON"));
    // Sorting and temporary tables stay in memory too: nothing of the vault's content may
    // reach a temporary file.
    execScript(*db, QStringLiteral("PRAGMA temp_store = MEMORY"));
    // Deleted rows are overwritten with zeros, so they do not live on in free pages of the
    // snapshots (encrypted, but a deletion should mean the data is gone).
    execScript(*db, QStringLiteral("PRAGMA secure_delete = ON"));
  } catch (const StorageError& e) {
    return e.error();
  }
  return db;
}

Result<std::unique_ptr<Database>> Database::loadInMemory(const QString& label, vault::PlainBuffer snapshot,
                                                       const std::vector<QByteArray>& changeSets) {
  auto db = openMemoryConnection(label);
  if (!db) return db.error();
  sqlite3* handle = NativeSqlite::handle(*db.value());
  if (auto ok = deserialiseDatabase(handle, std::move(snapshot)); !ok) return ok.error();
  if (auto ok = replayChangeSets(handle, changeSets); !ok) return ok.error();
  return db;
}

Result<Database::NewVault> Database::createVault(const QString& folder, const QByteArray& passphrase,
                                                 std::optional<vault::KdfParams> cost) {
  auto db = openMemoryConnection(folder);
  if (!db) return db.error();
  if (auto ok = Schema::bringUpToDate(*db.value()); !ok) return ok.error();
  auto bytes = serialiseDatabase(NativeSqlite::handle(*db.value()));
  if (!bytes) return bytes.error();
  auto created = vault::Vault::create(folder, passphrase, cost.value_or(vault::KdfParams::tuned()), bytes.value());
  if (!created) return created.error();
  vault::Vault::Created made = std::move(created).value();
  auto durable = VaultDurability::attach(NativeSqlite::handle(*db.value()), std::move(made.vault));
  if (!durable) return durable.error();
  db.value()->m_impl->durable = std::move(durable).value();
  db.value()->m_impl->schemaVersion = Schema::currentVersion();
  return NewVault{std::move(db).value(), made.recoveryKey};
}

Result<std::unique_ptr<Database>> Database::openVault(const QString& folder, const QByteArray& secret, bool byRecoveryKey,
                                                      quint64 generation, const QString& account) {
  Result<vault::Vault::Unlocked> opened = Error::storage(QString());
  if (byRecoveryKey) {
    auto byKey = vault::Vault::unlockWithRecoveryKey(folder, QString::fromLatin1(secret));
    if (!byKey) return byKey.error();
    opened = vault::Vault::Unlocked{std::move(byKey).value(), false};
  } else {
    opened = vault::Vault::unlockAs(folder, account, secret);
  }
  if (!opened) return opened.error();
  vault::Vault::Unlocked signedIn = std::move(opened).value();
  const bool byOwnPassphrase = signedIn.byOwnPassphrase;
  std::unique_ptr<vault::Vault> unlocked = std::move(signedIn.vault);
  // An older generation replaces the newest only when the newest is damaged: otherwise
  // anyone able to sign in could roll the vault, and its audit trail, back.
  const auto onDisk = unlocked->generations();
  if (generation != 0 && !onDisk.empty() && generation != onDisk.front()) {
    if (auto newest = unlocked->readBackup(folder); newest) {
      auto sound = loadInMemory(folder, std::move(newest.value().snapshot), newest->changeSets);
      if (sound && IntegrityCheck(*sound.value()).run().isEmpty()) {
        return Error::conflict(QStringLiteral("generation"),
                               QStringLiteral("the newest generation (%1) opens and passes its checks").arg(onDisk.front()),
                               QStringLiteral("An older generation is opened only when the newest is damaged; leave "
                                              "out --generation"));
      }
    }
  }
  auto state = unlocked->load(generation);
  if (!state) return state.error();
  auto db = loadInMemory(folder, std::move(state.value().snapshot), state->changeSets);
  if (!db) return db.error();
  sqlite3* handle = NativeSqlite::handle(*db.value());

  // Checked on every open: a vault that decrypts but does not hold a sound database is
  // refused rather than worked on.
  const int before = Schema::currentVersion();
  if (auto ok = Schema::bringUpToDate(*db.value()); !ok) return ok.error();
  const QStringList problems = IntegrityCheck(*db.value()).run(IntegrityCheck::Depth::OnOpening);
  if (!problems.isEmpty()) {
    log::storage()->error("vault generation {} fails its checks: {}", state->generation, problems.size());
    return Error::storage(QStringLiteral("the vault's database fails its integrity checks (%1)").arg(problems.front()),
                          QStringLiteral("Open the previous generation or restore a backup"));
  }
  const bool older = state->generation != unlocked->generations().front();
  auto durable = VaultDurability::attach(handle, std::move(unlocked));
  if (!durable) return durable.error();
  durable.value()->setHasJournal(!state->changeSets.empty());
  db.value()->m_impl->durable = std::move(durable).value();
  db.value()->m_impl->schemaVersion = before;
  db.value()->m_impl->byOwnPassphrase = byOwnPassphrase;
  // An older generation opened because the newest is damaged becomes the newest at once,
  // so work goes on from it and the next open finds it; the damaged files stay until the
  // next compaction, for anyone who wants to look at them.
  if (older) {
    if (auto ok = db.value()->compactVault(); !ok) return ok.error();
    log::storage()->warn("vault generation {} opened in place of a newer one and made the newest", state->generation);
  }
  log::storage()->info("vault opened: generation {}, {} journal records", state->generation, state->changeSets.size());
  return db;
}

bool Database::isVault() const { return m_impl->durable != nullptr; }

bool Database::isVaultFolder(const QString& folder) { return vault::Vault::isVault(folder); }

Status Database::compactVault() {
  if (!m_impl->durable) return {};
  return m_impl->durable->compact();
}

Status Database::changeVaultPassphrase(const QByteArray& current, const QByteArray& next, bool currentIsRecoveryKey) {
  if (!m_impl->durable) return Error::invalid(QStringLiteral("database"), QStringLiteral("this database is not a vault"));
  return m_impl->durable->vault().changePassphrase(current, next, currentIsRecoveryKey);
}

bool Database::signedInByOwnPassphrase() const { return m_impl->byOwnPassphrase; }

Status Database::setAccountKey(const QString& account, const QByteArray& passphrase) {
  if (!m_impl->durable) return Error::invalid(QStringLiteral("database"), QStringLiteral("this database is not a vault"));
  return m_impl->durable->vault().setAccountKey(account, passphrase);
}

Status Database::removeAccountKey(const QString& account) {
  if (!m_impl->durable) return {};
  return m_impl->durable->vault().removeAccountKey(account);
}

bool Database::hasAccountKey(const QString& account) const {
  return m_impl->durable && m_impl->durable->vault().hasAccountKey(account);
}

std::vector<Database::FailedSignIn> Database::failedSignIns(const QStringList& accounts) const {
  std::vector<FailedSignIn> out;
  if (!m_impl->durable) return out;
  const vault::Vault& v = m_impl->durable->vault();
  for (const auto& failed : v.failedUnlocks()) {
    FailedSignIn entry{failed.at, QString()};
    for (const QString& account : accounts) {
      if (v.accountId(account) == failed.who) entry.account = account;
    }
    if (entry.account.isEmpty()) {
      entry.account = failed.who == QLatin1String("recovery") ? QStringLiteral("(recovery key)")
                      : failed.who == QLatin1String("vault")  ? QStringLiteral("(vault passphrase)")
                                                              : QStringLiteral("(unknown account name)");
    }
    out.push_back(entry);
  }
  return out;
}

void Database::clearFailedSignIns() {
  if (m_impl->durable) m_impl->durable->vault().clearFailedUnlocks();
}

Status Database::forgetHistory() {
  sqlite3* handle = NativeSqlite::handle(*this);
  // FTS5 keeps deleted terms in old index segments until they are merged; 'optimize' merges
  // them all. VACUUM then rebuilds the file, leaving no freed page behind.
  for (const char* sql : {"INSERT INTO case_search (case_search) VALUES ('optimize')",
                          "INSERT INTO note_search (note_search) VALUES ('optimize')", "VACUUM"}) {
    char* message = nullptr;
    if (sqlite3_exec(handle, sql, nullptr, nullptr, &message) != SQLITE_OK) {
      const QString detail = message ? QString::fromUtf8(message) : QString();
      sqlite3_free(message);
      return Error::storage(QStringLiteral("the database could not be rewritten (%1)").arg(detail),
                            QStringLiteral("Nothing was lost; try again"));
    }
  }
  if (!m_impl->durable) return {};
  if (auto ok = m_impl->durable->compact(); !ok) return ok;
  return m_impl->durable->vault().dropOlderGenerations();
}

Status Database::backupVault(const QString& destination) {
  if (!m_impl->durable) {
    return Error::invalid(QStringLiteral("database"), QStringLiteral("only an encrypted vault can be backed up this way"),
                          QStringLiteral("Use 'export' for an unencrypted database"));
  }
  if (auto ok = m_impl->durable->compact(); !ok) return ok;
  return vault::Vault::copyNewest(m_impl->durable->vault().folder(), destination);
}

Status Database::copyVault(const QString& from, const QString& to) { return vault::Vault::copyNewest(from, to); }

std::vector<quint64> Database::vaultGenerations(const QString& folder) {
  const auto found = vault::Vault::generationsOf(folder);
  return {found.begin(), found.end()};
}

Status Database::verifyVaultBackup(const QString& folder) {
  if (!m_impl->durable) return Error::invalid(QStringLiteral("database"), QStringLiteral("this database is not a vault"));
  auto state = m_impl->durable->vault().readBackup(folder);
  if (!state) return state.error();
  auto copy = loadInMemory(folder, std::move(state.value().snapshot), state->changeSets);
  if (!copy) return copy.error();
  const QStringList problems = IntegrityCheck(*copy.value()).run();
  if (!problems.isEmpty()) {
    return Error::storage(QStringLiteral("the backup fails its integrity checks (%1)").arg(problems.front()),
                          QStringLiteral("Make a new backup; keep the older ones"));
  }
  // Row counts table by table: a backup that opens but lost or gained rows is no backup.
  const auto counts = [](Database& db) {
    return db.read([&db]() -> Result<std::vector<TableCount>> { return TableCounts(db).all(); });
  };
  auto ours = counts(*this);
  auto theirs = counts(*copy.value());
  if (!ours) return ours.error();
  if (!theirs) return theirs.error();
  for (std::size_t i = 0; i < ours->size() || i < theirs->size(); ++i) {
    const bool same = i < ours->size() && i < theirs->size() && ours.value()[i].table == theirs.value()[i].table &&
                      ours.value()[i].rows == theirs.value()[i].rows;
    if (!same) {
      return Error::storage(QStringLiteral("the backup in %1 does not hold what the vault holds").arg(folder),
                            QStringLiteral("Make a new backup; keep the older ones"));
    }
  }
  return {};
}

}  // namespace casebook
