#include "RecordAssessmentCommand.h"

#include <QCoreApplication>

namespace casebook::gui {

RecordAssessmentCommand::RecordAssessmentCommand(ServiceContext& ctx, RiskInput input, std::optional<Error>* refusal)
    : m_ctx(ctx), m_input(std::move(input)), m_refusal(refusal) {
  setText(QCoreApplication::translate("RecordAssessmentCommand", "risk assessment on %1").arg(m_input.caseReference));
}

void RecordAssessmentCommand::redo() {
  auto result = RiskService(m_ctx).assess(m_input);
  if (!result) {
    if (m_refusal) *m_refusal = result.error();
    setObsolete(true);
    return;
  }
    m_outcome = result.value();
}

void RecordAssessmentCommand::undo() {
  if (!m_outcome) return;
  if (auto withdrawn = RiskService(m_ctx).withdraw(m_outcome->id); !withdrawn) {
    if (m_refusal) *m_refusal = withdrawn.error();
    setObsolete(true);
  }
}

}  // namespace casebook::gui
