#include "VaultDurability.h"

#include "Log.h"
#include "vault/Vault.h"

#define SQLITE_ENABLE_SESSION 1
#define SQLITE_ENABLE_PREUPDATE_HOOK 1
#include <sqlite3.h>

#include <cstring>

namespace casebook {

namespace {

// As for undo: the full-text index lives in FTS5 shadow tables that the triggers keep.
int recordedTable(void*, const char* table) {
  for (const char* prefix : {"case_search", "note_search", "sqlite_"}) {
    if (std::strncmp(table, prefix, std::strlen(prefix)) == 0) return 0;
  }
  return 1;
}

int abortReplay(void* failed, int, sqlite3_changeset_iter*) {
  *static_cast<bool*>(failed) = true;
  return SQLITE_CHANGESET_ABORT;
}

// A journal this long costs more to replay than a fresh snapshot costs to write.
constexpr qint64 kCompactAt = 32ll << 20;

}  // namespace

VaultDurability::VaultDurability(sqlite3* db, std::unique_ptr<vault::Vault> vault) : m_db(db), m_vault(std::move(vault)) {}

VaultDurability::~VaultDurability() {
  if (m_session) sqlite3session_delete(m_session);
}

Result<std::unique_ptr<VaultDurability>> VaultDurability::attach(sqlite3* db, std::unique_ptr<vault::Vault> vault) {
  std::unique_ptr<VaultDurability> durable(new VaultDurability(db, std::move(vault)));
  if (auto ok = durable->restartRecording(); !ok) return ok.error();
  return durable;
}

Status VaultDurability::restartRecording() {
  if (m_session) sqlite3session_delete(m_session);
  m_session = nullptr;
  if (sqlite3session_create(m_db, "main", &m_session) != SQLITE_OK) {
    return Error::storage(QStringLiteral("cannot record changes for the vault"));
  }
  sqlite3session_table_filter(m_session, recordedTable, nullptr);
  if (sqlite3session_attach(m_session, nullptr) != SQLITE_OK) {
    return Error::storage(QStringLiteral("cannot record changes for the vault"));
  }
  return {};
}

Status VaultDurability::beforeCommit() {
  int size = 0;
  void* changes = nullptr;
  if (sqlite3session_changeset(m_session, &size, &changes) != SQLITE_OK) {
    return Error::storage(QStringLiteral("cannot read the transaction's changes for the vault"));
  }
  const QByteArray changeSet(static_cast<const char*>(changes), size);
  sqlite3_free(changes);
  if (changeSet.isEmpty()) return {};
  if (auto ok = m_vault->append(changeSet); !ok) return ok;
  m_hasJournal = true;
  m_compactAfterCommit = m_vault->journalSize() > kCompactAt;
  return {};
}

void VaultDurability::afterCommit() {
  if (auto ok = restartRecording(); !ok) log::storage()->error("vault recording not restarted");
  if (m_compactAfterCommit) {
    m_compactAfterCommit = false;
    // The commit is already safe in the journal; a failed compaction only leaves it there.
    if (auto ok = compact(); !ok) log::storage()->warn("vault compaction failed: {}", ok.error().problem.toStdString());
  }
}

void VaultDurability::afterRollback() {
  m_compactAfterCommit = false;
  if (auto ok = restartRecording(); !ok) log::storage()->error("vault recording not restarted");
}

Status VaultDurability::compact() {
  // A vault's database is the buffer it was deserialised into: sealed from there, without
  // a copy. One made in memory (a new vault) has no such buffer and is copied out.
  sqlite3_int64 size = 0;
  const unsigned char* held = sqlite3_serialize(m_db, "main", &size, SQLITE_SERIALIZE_NOCOPY);
  QByteArray copy;
  if (!held) {
    auto bytes = serialiseDatabase(m_db);
    if (!bytes) return bytes.error();
    copy = std::move(bytes).value();
  }
  const QByteArrayView database = held ? QByteArrayView(held, static_cast<qsizetype>(size)) : QByteArrayView(copy);
  if (auto ok = m_vault->compact(database); !ok) return ok;
  m_hasJournal = false;
  return {};
}

Result<QByteArray> serialiseDatabase(sqlite3* db) {
  sqlite3_int64 size = 0;
  unsigned char* data = sqlite3_serialize(db, "main", &size, 0);
  if (!data) return Error::storage(QStringLiteral("cannot copy the database for the vault"));
  QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
  sqlite3_free(data);
  return bytes;
}

Status deserialiseDatabase(sqlite3* db, vault::PlainBuffer bytes) {
  const qint64 size = bytes.size();
  const qint64 capacity = bytes.capacity();
  // SQLite owns the buffer from here, even when it refuses it.
  const int rc = sqlite3_deserialize(db, "main", bytes.release(), size, capacity,
                                     SQLITE_DESERIALIZE_FREEONCLOSE | SQLITE_DESERIALIZE_RESIZEABLE);
  if (rc != SQLITE_OK) {
    return Error::storage(QStringLiteral("the vault's snapshot is not a database"),
                          QStringLiteral("Open the previous generation or restore a backup"));
  }
  return {};
}

Status replayChangeSets(sqlite3* db, const std::vector<QByteArray>& changeSets) {
  if (changeSets.empty()) return {};
  if (sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) != SQLITE_OK) {
    return Error::storage(QStringLiteral("cannot replay the vault's journal"));
  }
  for (const QByteArray& changes : changeSets) {
    bool failed = false;
    QByteArray set = changes;
    const int rc = sqlite3changeset_apply(db, static_cast<int>(set.size()), set.data(), recordedTable, abortReplay, &failed);
    if (failed || rc != SQLITE_OK) {
      sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
      return Error::storage(QStringLiteral("the vault's journal does not fit its snapshot"),
                            QStringLiteral("Open the previous generation or restore a backup"));
    }
  }
  if (sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK) {
    return Error::storage(QStringLiteral("cannot replay the vault's journal"));
  }
  return {};
}

}  // namespace casebook
