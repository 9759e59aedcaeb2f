#pragma once

#include "Result.h"
#include "StorageError.h"
#include "vault/Vault.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>
#include <type_traits>
#include <vector>

namespace casebook {

class SqlStatement;

// One SQLite database (file or memory) on one connection. Services never see SQL: they
// pass lambdas to write()/read(), which run them in one transaction and turn any
// StorageError into a Result (docs/architecture.md).
class Database final {
 public:
  enum class Mode { OpenExisting, CreateIfMissing };

  static Result<std::unique_ptr<Database>> open(const QString& path, Mode mode);
  static Result<std::unique_ptr<Database>> openInMemory();

  // An encrypted vault (docs/security.md): the database lives in memory and every commit
  // is appended, encrypted, to the vault's journal before it is reported done.
  struct NewVault;
  // cost: Argon2id settings; by default tuned to about half a second on this machine.
  static Result<NewVault> createVault(const QString& folder, const QByteArray& passphrase,
                                      std::optional<vault::KdfParams> cost = std::nullopt);
  // secret: the passphrase, or the recovery key when byRecoveryKey; generation 0 is the newest.
  // account: who signs in; their own key slot is used when they have one, else the vault
  // passphrase (signedInByOwnPassphrase tells which).
  static Result<std::unique_ptr<Database>> openVault(const QString& folder, const QByteArray& secret,
                                                     bool byRecoveryKey = false, quint64 generation = 0,
                                                     const QString& account = {});
  bool signedInByOwnPassphrase() const;
  // Accounts' key slots in the vault's key file (docs/security.md, "Accounts").
  Status setAccountKey(const QString& account, const QByteArray& passphrase);
  Status removeAccountKey(const QString& account);
  bool hasAccountKey(const QString& account) const;
  // Wrong passphrases noted beside the vault since the last sign-in, matched to the given
  // account names where the slot id fits; cleared once recorded in the audit trail.
  struct FailedSignIn {
    QDateTime at;
    QString account;
  };
  std::vector<FailedSignIn> failedSignIns(const QStringList& accounts) const;
  void clearFailedSignIns();
  // After a purge: merges the search index, rewrites the database without free pages and,
  // in a vault, writes a new generation and deletes every older snapshot and journal.
  Status forgetHistory();
  bool isVault() const;
  static bool isVaultFolder(const QString& folder);  // it holds a vault's key file
  // Writes the whole database into the vault as a new generation (and on closing).
  Status compactVault();
  // A new passphrase for the open vault, once the current one is proved (docs/security.md).
  Status changeVaultPassphrase(const QByteArray& current, const QByteArray& next, bool currentIsRecoveryKey);
  // A backup of an open vault into a new folder: compacted first, so it is one snapshot.
  Status backupVault(const QString& destination);
  // Proves a backup of this vault by restoring it in memory with the data key already held:
  // it must decrypt, pass the integrity checks and hold as many rows, table by table.
  Status verifyVaultBackup(const QString& folder);
  // Copies a vault's key file and newest generation, still encrypted, into a new folder
  // (a backup, or a restore from one); refuses a folder that is not empty.
  static Status copyVault(const QString& from, const QString& to);
  // A vault folder's generations, newest first (no key needed: file names only).
  static std::vector<quint64> vaultGenerations(const QString& folder);
  ~Database();
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;

  QString path() const;
  int schemaVersion() const;

  // Runs work() in a transaction: commits if it returns ok, rolls back otherwise.
  // Calls nest through savepoints, so a service may compose others into one transaction.
  template <typename F>
  std::invoke_result_t<F> write(F&& work);
  template <typename F>
  std::invoke_result_t<F> read(F&& work) { return write(std::forward<F>(work)); }

  bool inTransaction() const;

  // For bench/run only: each statement run from now on, with its values filled in, is passed
  // to trace; an empty function stops it. The programs never call it (the values are case data).
  void traceStatements(std::function<void(const QString&)> trace);

  // The connection's value of journal_mode, synchronous, foreign_keys, temp_store or secure_delete, for
  // diagnostics and tests; empty for any other name.
  QString pragma(const QString& name);

 private:
  friend class SqlStatement;
  friend class NativeSqlite;
  static Result<std::unique_ptr<Database>> openMemoryConnection(const QString& label);
  // A vault generation's snapshot with its journal replayed, in a new in-memory connection.
  static Result<std::unique_ptr<Database>> loadInMemory(const QString& label, vault::PlainBuffer snapshot,
                                                       const std::vector<QByteArray>& changeSets);
  struct Impl;
  explicit Database(std::unique_ptr<Impl> impl);

  Status begin();
  Status commit();
  void rollback();

  std::unique_ptr<Impl> m_impl;
};

struct Database::NewVault {
  std::unique_ptr<Database> db;
  QString recoveryKey;  // shown once; it opens the vault if the passphrase is forgotten
};

template <typename F>
std::invoke_result_t<F> Database::write(F&& work) {
  using R = std::invoke_result_t<F>;
  if (auto begun = begin(); !begun) return R(begun.error());
  try {
    R result = work();
    if (!result.ok()) {
      rollback();
      return result;
    }
    if (auto committed = commit(); !committed) {
      rollback();
      return R(committed.error());
    }
    return result;
  } catch (const StorageError& e) {
    rollback();
    return R(e.error());
  }
}

}  // namespace casebook
