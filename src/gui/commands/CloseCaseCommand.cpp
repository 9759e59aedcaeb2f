#include "CloseCaseCommand.h"

#include <QCoreApplication>

namespace casebook::gui {

CloseCaseCommand::CloseCaseCommand(ServiceContext& ctx, QString reference, CloseInput input,
                                   std::optional<Error>* refusal)
    : m_ctx(ctx), m_reference(std::move(reference)), m_input(std::move(input)), m_refusal(refusal) {
  setText(QCoreApplication::translate("CloseCaseCommand", "closing %1").arg(m_reference));
}

void CloseCaseCommand::redo() {
  if (auto closed = CaseService(m_ctx).close(m_reference, m_input); !closed) {
    if (m_refusal) *m_refusal = closed.error();
    setObsolete(true);
    return;
  }
  }

void CloseCaseCommand::undo() {
  const QString reason = QCoreApplication::translate("CloseCaseCommand", "Closure undone");
  if (auto reopened = CaseService(m_ctx).reopen(m_reference, reason); !reopened) {
    if (m_refusal) *m_refusal = reopened.error();
    setObsolete(true);
  }
}

}  // namespace casebook::gui
