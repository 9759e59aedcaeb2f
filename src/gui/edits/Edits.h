#pragma once

#include "EditHistory.h"

#include <QObject>

#include <type_traits>

class QUndoStack;

namespace casebook::gui {

// The desktop's one way to change data. Every edit is one service call (one transaction,
// with the service's own checks); what it wrote goes on the undo stack as one command.
class Edits final : public QObject {
  Q_OBJECT
  Q_DISABLE_COPY_MOVE(Edits)

 public:
  Edits(ServiceContext& ctx, QUndoStack& stack, QObject* parent = nullptr);

  // Runs call() and, if it succeeds and changed anything, makes it undoable under text
  // (shown as "Undo <text>"). Returns what the call returned: a refusal changes nothing.
  template <typename F>
  std::invoke_result_t<F> run(const QString& text, F&& call);

  // run(), for forms: the service's message if refused, nothing if done.
  template <typename F>
  std::optional<QString> attempt(const QString& text, F&& call) {
    const auto result = run(text, std::forward<F>(call));
    if (!result) return result.error().message();
    return std::nullopt;
  }

  ServiceContext& context() const { return m_ctx; }
  QUndoStack& stack() const { return m_stack; }

  // For EditCommand: applies a recorded change set; reports a refusal.
  bool apply(const QByteArray& changes, bool undo);

 Q_SIGNALS:
  // An undo or redo could not be applied (the rows were changed since); it is dropped
  // from the stack and the data is as it was before the attempt.
  void refused(const QString& message);

 private:
  void push(const QString& text, QByteArray changes);
  ServiceContext& m_ctx;
  QUndoStack& m_stack;
};

template <typename F>
std::invoke_result_t<F> Edits::run(const QString& text, F&& call) {
  QByteArray changes;
  auto result = EditHistory(m_ctx).record(std::forward<F>(call), &changes);
  if (result.ok() && !changes.isEmpty()) push(text, std::move(changes));
  return result;
}

}  // namespace casebook::gui
