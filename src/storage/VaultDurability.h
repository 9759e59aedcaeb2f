#pragma once

// Private to src/storage: what makes an in-memory database durable in a vault.

#include "Result.h"
#include "vault/PlainBuffer.h"

#include <memory>

struct sqlite3;
struct sqlite3_session;

namespace casebook {

namespace vault {
class Vault;
}

// Records each transaction's change set while it runs and appends it to the vault's
// journal (fsync'd) just before the in-memory COMMIT, so a commit reported done is on disk;
// if the append fails the transaction rolls back. Compacts the journal into a new snapshot
// when it has grown large.
class VaultDurability final {
 public:
  static Result<std::unique_ptr<VaultDurability>> attach(sqlite3* db, std::unique_ptr<vault::Vault> vault);
  ~VaultDurability();
  VaultDurability(const VaultDurability&) = delete;
  VaultDurability& operator=(const VaultDurability&) = delete;

  Status beforeCommit();
  void afterCommit();
  void afterRollback();
  // Writes the whole database as a new generation (also done on close).
  Status compact();
  vault::Vault& vault() { return *m_vault; }
  // Whether the journal holds changes that the newest snapshot does not.
  bool hasJournal() const { return m_hasJournal; }
  void setHasJournal(bool has) { m_hasJournal = has; }

 private:
  VaultDurability(sqlite3* db, std::unique_ptr<vault::Vault> vault);
  Status restartRecording();
  sqlite3* m_db;
  std::unique_ptr<vault::Vault> m_vault;
  sqlite3_session* m_session = nullptr;
  bool m_compactAfterCommit = false;
  bool m_hasJournal = false;
};

// The database as bytes (sqlite3_serialize), and back into an open in-memory connection.
Result<QByteArray> serialiseDatabase(sqlite3* db);
Status deserialiseDatabase(sqlite3* db, vault::PlainBuffer bytes);
// Replays committed change sets in order, in one transaction; any conflict is damage.
Status replayChangeSets(sqlite3* db, const std::vector<QByteArray>& changeSets);

}  // namespace casebook
