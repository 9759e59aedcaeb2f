#pragma once

#include <QByteArray>
#include <QUndoCommand>

namespace casebook::gui {

class Edits;

// One edit already made, on the undo stack: undo and redo put back the rows it recorded.
class EditCommand final : public QUndoCommand {
 public:
  EditCommand(Edits& edits, const QString& text, QByteArray changes);
  void undo() override;
  void redo() override;

 private:
  Edits& m_edits;
  QByteArray m_changes;
  bool m_alreadyApplied = true;  // pushed after the service call has run, so the first redo() is a no-op
};

}  // namespace casebook::gui
