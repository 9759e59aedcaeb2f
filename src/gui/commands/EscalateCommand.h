#pragma once

#include "ReferralService.h"

#include <QUndoCommand>

namespace casebook::gui {

// Escalating a sub-group case to the JAG as an undoable edit: redo makes the escalation
// referral, undo withdraws it while the JAG has not decided it.
class EscalateCommand final : public QUndoCommand {
 public:
  EscalateCommand(ServiceContext& ctx, EscalationInput input, std::optional<Error>* refusal = nullptr);
  void redo() override;
  void undo() override;

 private:
  ServiceContext& m_ctx;
  EscalationInput m_input;
  std::optional<ReferralId> m_referral;
  std::optional<Error>* m_refusal;
};

}  // namespace casebook::gui
