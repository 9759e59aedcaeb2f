#include "EscalateCommand.h"

#include <QCoreApplication>

namespace casebook::gui {

EscalateCommand::EscalateCommand(ServiceContext& ctx, EscalationInput input, std::optional<Error>* refusal)
    : m_ctx(ctx), m_input(std::move(input)), m_refusal(refusal) {
  setText(QCoreApplication::translate("EscalateCommand", "escalating %1").arg(m_input.caseReference));
}

void EscalateCommand::redo() {
  auto referral = ReferralService(m_ctx).escalate(m_input);
  if (!referral) {
    if (m_refusal) *m_refusal = referral.error();
    setObsolete(true);
    return;
  }
  m_referral = referral.value();
}

void EscalateCommand::undo() {
  if (!m_referral) return;
  if (auto withdrawn = ReferralService(m_ctx).withdrawEscalation(*m_referral); !withdrawn) {
    if (m_refusal) *m_refusal = withdrawn.error();
    setObsolete(true);
  }
  m_referral.reset();
}

}  // namespace casebook::gui
