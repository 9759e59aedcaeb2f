#pragma once

#include "Result.h"

#include <QByteArray>

#include <memory>

struct sqlite3_session;

namespace casebook {

class Database;

// Records the net change one edit makes to the case tables, with SQLite's session
// extension, so the desktop can undo and redo it exactly: whatever rows the service
// wrote, in whichever tables, come back as they were. The full-text index is left out:
// its triggers rebuild it when a change set is applied.
class ChangeRecorder final {
 public:
  static Result<std::unique_ptr<ChangeRecorder>> start(Database& db);
  ~ChangeRecorder();
  ChangeRecorder(const ChangeRecorder&) = delete;
  ChangeRecorder& operator=(const ChangeRecorder&) = delete;

  // What changed since recording began, as a change set (empty if nothing did).
  Result<QByteArray> changes();

 private:
  explicit ChangeRecorder(sqlite3_session* session) : m_session(session) {}
  sqlite3_session* m_session;
};

// Applies a recorded change set (Direction::Undo applies its inverse) in one transaction.
// If any row it touches has changed since, nothing is applied and the error says so.
enum class ChangeDirection { Undo, Redo };
Status applyChanges(Database& db, const QByteArray& changes, ChangeDirection direction);

}  // namespace casebook
