#pragma once

#include "CaseService.h"

#include <QUndoCommand>

namespace casebook::gui {

// Closing a case as an undoable edit: undo reopens it, and the reopening is recorded in the
// case's history like any other (nothing is silently erased).
class CloseCaseCommand final : public QUndoCommand {
 public:
  // refusal, when given, receives the service's error if the edit is refused.
  CloseCaseCommand(ServiceContext& ctx, QString reference, CloseInput input, std::optional<Error>* refusal = nullptr);
  void redo() override;
  void undo() override;

 private:
  ServiceContext& m_ctx;
  QString m_reference;
  CloseInput m_input;
  // The caller's, outliving push(): QUndoStack deletes a command that turns obsolete.
  std::optional<Error>* m_refusal;
};

}  // namespace casebook::gui
