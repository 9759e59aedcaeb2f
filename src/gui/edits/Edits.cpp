#include "Edits.h"

#include "EditCommand.h"

#include <QUndoStack>

namespace casebook::gui {

Edits::Edits(ServiceContext& ctx, QUndoStack& stack, QObject* parent) : QObject(parent), m_ctx(ctx), m_stack(stack) {}

void Edits::push(const QString& text, QByteArray changes) { m_stack.push(new EditCommand(*this, text, std::move(changes))); }

bool Edits::apply(const QByteArray& changes, bool undo) {
  EditHistory history(m_ctx);
  const Status applied = undo ? history.undo(changes) : history.redo(changes);
  if (!applied) {
    Q_EMIT refused(applied.error().message());
    return false;
  }
  return true;
}

EditCommand::EditCommand(Edits& edits, const QString& text, QByteArray changes)
    : m_edits(edits), m_changes(std::move(changes)) {
  setText(text);
}

// A change set that cannot be applied is dropped: the stack deletes an obsolete command,
// so Undo moves on to the edit before it instead of failing the same way again.
void EditCommand::undo() {
  if (!m_edits.apply(m_changes, true)) setObsolete(true);
}

void EditCommand::redo() {
  if (m_alreadyApplied) {
    m_alreadyApplied = false;
    return;
  }
  if (!m_edits.apply(m_changes, false)) setObsolete(true);
}

}  // namespace casebook::gui
