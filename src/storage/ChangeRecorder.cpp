#include "ChangeRecorder.h"

#include "DatabaseImpl.h"
#include "Log.h"

// The session extension's declarations are fenced by these in sqlite3.h; Debian's
// libsqlite3 is built with both.
#define SQLITE_ENABLE_SESSION 1
#define SQLITE_ENABLE_PREUPDATE_HOOK 1
#include <sqlite3.h>

#include <cstring>

namespace casebook {

namespace {

// FTS5 keeps its index in ordinary shadow tables; replaying their rows as well as firing
// the triggers that maintain them would corrupt the index. The audit trail is append-only:
// undoing an edit adds an entry, it never takes one back. Accounts change with their key
// slots in vault.key, which an undo cannot reach.
bool isRecordedTable(const char* name) {
  for (const char* prefix : {"case_search", "note_search", "sqlite_"}) {
    if (std::strncmp(name, prefix, std::strlen(prefix)) == 0) return false;
  }
  return std::strcmp(name, "audit_log") != 0 && std::strcmp(name, "accounts") != 0;
}

int filterTable(void*, const char* table) { return isRecordedTable(table) ? 1 : 0; }

// A row already gone that the change set deletes went with its parent (ON DELETE CASCADE
// removes a case's referrals and events with it): the end state is the one wanted. Any
// other conflict means someone changed the same rows since the edit: stop, apply nothing.
int abortOnConflict(void* conflicted, int kind, sqlite3_changeset_iter* change) {
  if (kind == SQLITE_CHANGESET_NOTFOUND) {
    const char* table = nullptr;
    int columns = 0;
    int operation = 0;
    int indirect = 0;
    if (sqlite3changeset_op(change, &table, &columns, &operation, &indirect) == SQLITE_OK &&
        operation == SQLITE_DELETE) {
      return SQLITE_CHANGESET_OMIT;
    }
  }
  *static_cast<bool*>(conflicted) = true;
  return SQLITE_CHANGESET_ABORT;
}

struct SqliteBuffer {
  void* data = nullptr;
  ~SqliteBuffer() { sqlite3_free(data); }
};

}  // namespace

Result<std::unique_ptr<ChangeRecorder>> ChangeRecorder::start(Database& db) {
  const Error cannot = Error::storage(QStringLiteral("cannot record the edit for undo"));
  sqlite3* handle = NativeSqlite::handle(db);
  sqlite3_session* session = nullptr;
  if (!handle || sqlite3session_create(handle, "main", &session) != SQLITE_OK) return cannot;
  std::unique_ptr<ChangeRecorder> recorder(new ChangeRecorder(session));
  sqlite3session_table_filter(session, filterTable, nullptr);
  if (sqlite3session_attach(session, nullptr) != SQLITE_OK) return cannot;
  return recorder;
}

ChangeRecorder::~ChangeRecorder() { sqlite3session_delete(m_session); }

Result<QByteArray> ChangeRecorder::changes() {
  int size = 0;
  SqliteBuffer buffer;
  if (sqlite3session_changeset(m_session, &size, &buffer.data) != SQLITE_OK) {
    return Error::storage(QStringLiteral("cannot read the recorded edit"));
  }
  return QByteArray(static_cast<const char*>(buffer.data), size);
}

Status applyChanges(Database& db, const QByteArray& changes, ChangeDirection direction) {
  if (changes.isEmpty()) return {};
  return db.write([&]() -> Status {
    QByteArray set = changes;
    if (direction == ChangeDirection::Undo) {
      int size = 0;
      SqliteBuffer inverted;
      if (sqlite3changeset_invert(static_cast<int>(changes.size()), const_cast<char*>(changes.constData()), &size,
                                  &inverted.data) != SQLITE_OK) {
        return Error::storage(QStringLiteral("the recorded edit cannot be reversed"));
      }
      set = QByteArray(static_cast<const char*>(inverted.data), size);
    }
    bool conflicted = false;
    const int rc = sqlite3changeset_apply(NativeSqlite::handle(db), static_cast<int>(set.size()), set.data(), filterTable,
                                          abortOnConflict, &conflicted);
    if (conflicted) {
      log::storage()->info("change set refused: the rows changed since");
      return Error::conflict(QString(),
                             QStringLiteral("the records this edit changed have been changed again since"),
                             QStringLiteral("Reload the case and make the change by hand"));
    }
    if (rc != SQLITE_OK) {
      return Error::storage(QStringLiteral("the edit could not be %1 (%2)")
                                .arg(direction == ChangeDirection::Undo ? QStringLiteral("undone")
                                                                        : QStringLiteral("redone"),
                                     QString::fromUtf8(sqlite3_errstr(rc))));
    }
    return {};
  });
}

}  // namespace casebook
