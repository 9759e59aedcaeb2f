#pragma once

#include "RiskService.h"

#include <QUndoCommand>

namespace casebook::gui {

// One 5x5 assessment as an undoable edit: redo records it through RiskService, undo
// withdraws it. A redo that the service refuses marks the command obsolete, so nothing
// that did not happen sits on the undo stack.
class RecordAssessmentCommand final : public QUndoCommand {
 public:
  // refusal, when given, receives the service's error if the edit is refused.
  RecordAssessmentCommand(ServiceContext& ctx, RiskInput input, std::optional<Error>* refusal = nullptr);
  void redo() override;
  void undo() override;
  const std::optional<AssessmentOutcome>& outcome() const { return m_outcome; }

 private:
  ServiceContext& m_ctx;
  RiskInput m_input;
  std::optional<AssessmentOutcome> m_outcome;
  // The caller's, outliving push(): QUndoStack deletes a command that turns obsolete.
  std::optional<Error>* m_refusal;
};

}  // namespace casebook::gui
