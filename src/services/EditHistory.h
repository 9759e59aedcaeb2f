#pragma once

#include "ChangeRecorder.h"
#include "Database.h"
#include "ServiceContext.h"

#include <QByteArray>

#include <type_traits>

namespace casebook {

// Undo and redo for the desktop. An edit is one ordinary service call (one transaction,
// with its own checks); what it changed is recorded, so undoing it puts back exactly the
// rows it wrote, and redoing it writes them again, without replaying the call.
class EditHistory final {
 public:
  explicit EditHistory(ServiceContext& ctx) : m_ctx(ctx) {}

  // Runs call() and, if it succeeds, stores its changes in *changes.
  template <typename F>
  std::invoke_result_t<F> record(F&& call, QByteArray* changes);

  // Refused, changing nothing, when a row the edit touched has been changed since
  // (by another window, the command line or a colleague on a shared file).
  // Each is one entry in the audit trail, in the same transaction as the rows it puts back.
  Status undo(const QByteArray& changes) { return apply(changes, ChangeDirection::Undo); }
  Status redo(const QByteArray& changes) { return apply(changes, ChangeDirection::Redo); }

 private:
  Status apply(const QByteArray& changes, ChangeDirection direction) {
    return m_ctx.db.write([&]() -> Status {
      if (auto applied = applyChanges(m_ctx.db, changes, direction); !applied) return applied;
      m_ctx.audit(AuditEvent::Undo, std::nullopt, QString(),
                  direction == ChangeDirection::Undo ? QStringLiteral("undo") : QStringLiteral("redo"));
      return {};
    });
  }
  ServiceContext& m_ctx;
};

template <typename F>
std::invoke_result_t<F> EditHistory::record(F&& call, QByteArray* changes) {
  auto recorder = ChangeRecorder::start(m_ctx.db);
  if (!recorder) return recorder.error();
  auto result = call();
  if (!result) return result;
  auto recorded = recorder.value()->changes();
  if (!recorded) return recorded.error();
  *changes = std::move(recorded).value();
  return result;
}

}  // namespace casebook
