#pragma once

#include "PlainBuffer.h"
#include "Result.h"
#include "VaultCrypto.h"
#include "VaultFiles.h"

#include <QDateTime>
#include <QString>

#include <memory>
#include <vector>

namespace casebook::vault {

// A vault folder: the key file (Argon2id settings, salt, the data key wrapped under the
// passphrase and under the recovery key), and for each generation a snapshot and its
// journal. The newest generation is current; the one before is kept. docs/security.md.
class Vault final {
 public:
  struct Created;
  // A new vault holding this first snapshot; the recovery key is returned once, to show.
  static Result<Created> create(const QString& folder, const QByteArray& passphrase, const KdfParams& params,
                                const QByteArray& firstSnapshot);
  static Result<std::unique_ptr<Vault>> unlock(const QString& folder, const QByteArray& passphrase);
  static Result<std::unique_ptr<Vault>> unlockWithRecoveryKey(const QString& folder, const QString& recoveryKey);
  // Signing in: the account's own key slot when it has one, else the vault passphrase. A
  // wrong passphrase is noted beside the vault (failedUnlocks) before the error returns.
  struct Unlocked;
  static Result<Unlocked> unlockAs(const QString& folder, const QString& account, const QByteArray& passphrase);
  static bool isVault(const QString& folder);
  // A key file's bytes parsed and range-checked without deriving any key (what unlocking
  // does first): for refusing hostile headers, and for the fuzzer.
  static Status checkKeyFile(const QByteArray& bytes);
  static std::vector<std::uint64_t> generationsOf(const QString& folder);  // newest first
  // Copies the key file and the newest generation (snapshot and journal) into a new folder,
  // each file fsync'd: a backup, or a restore from one. The copy is still encrypted.
  static Status copyNewest(const QString& from, const QString& to);
  ~Vault();
  Vault(const Vault&) = delete;
  Vault& operator=(const Vault&) = delete;

  // The database to load: a generation's snapshot and the change sets committed since.
  struct State {
    std::uint64_t generation = 0;
    PlainBuffer snapshot;
    std::vector<QByteArray> changeSets;
  };
  std::vector<std::uint64_t> generations() const;  // newest first
  // Reads a generation (0: the newest) and makes it the one new commits go to.
  Result<State> load(std::uint64_t generation = 0);

  // Decrypts the newest generation of a backup of this vault (same key file), read-only:
  // how a backup is verified without asking for the passphrase again.
  Result<State> readBackup(const QString& folder) const;

  // Re-wraps the data key under a new passphrase once the current one (or the recovery key,
  // when the passphrase is lost) is proved; the data, the recovery key and older backups
  // (which keep the old passphrase) are untouched.
  Status changePassphrase(const QByteArray& current, const QByteArray& next, bool currentIsRecoveryKey);

  // Accounts' key slots: the data key wrapped under an account's own passphrase, found by a
  // keyed hash of its name (accountId), so vault.key names no one.
  Status setAccountKey(const QString& account, const QByteArray& passphrase);
  Status removeAccountKey(const QString& account);
  bool hasAccountKey(const QString& account) const;
  QString accountId(const QString& account) const;
  // Wrong passphrases noted since they were last cleared: when, and whose slot id (or
  // "vault", "recovery").
  struct FailedUnlock {
    QDateTime at;
    QString who;
  };
  std::vector<FailedUnlock> failedUnlocks() const;
  void clearFailedUnlocks();
  // After a purge: only the current generation stays, so no older snapshot or journal holds
  // what was purged.
  Status dropOlderGenerations();

  // Appends one committed transaction's change set; on disk (fsync'd) when it returns.
  Status append(const QByteArray& changeSet);
  // Writes the whole database as the next generation, atomically, and drops all but the
  // previous generation.
  Status compact(QByteArrayView snapshot);
  qint64 journalSize() const;
  QString folder() const { return m_folder; }
  std::uint64_t generation() const { return m_generation; }

 private:
  Vault(QString folder, SecretKey key, int lockFd);
  static Result<std::unique_ptr<Vault>> openWith(const QString& folder, bool recovery, const QByteArray& secret);
  static Result<Unlocked> openAs(const QString& folder, bool recovery, const QString& account, const QByteArray& secret);
  QByteArray m_salt;
  QString snapshotPath(std::uint64_t generation) const;
  QString journalPath(std::uint64_t generation) const;
  QString m_folder;
  SecretKey m_key;
  int m_lockFd;
  std::uint64_t m_generation = 0;
  std::unique_ptr<JournalWriter> m_journal;
};

struct Vault::Unlocked {
  std::unique_ptr<Vault> vault;
  bool byOwnPassphrase = false;  // false: the vault passphrase
};

struct Vault::Created {
  std::unique_ptr<Vault> vault;
  QString recoveryKey;
};

}  // namespace casebook::vault
