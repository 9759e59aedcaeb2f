#include "Audit.h"

namespace casebook {

ProcessingKind processingKind(AuditEvent event) {
  switch (event) {
    case AuditEvent::ViewCase:
      return ProcessingKind::Consultation;
    case AuditEvent::CreateCase:
      return ProcessingKind::Collection;
    case AuditEvent::ChangeCase:
    case AuditEvent::Undo:
    case AuditEvent::Retain:
    case AuditEvent::ChangeMeeting:
      return ProcessingKind::Alteration;
    case AuditEvent::Import:
      return ProcessingKind::Combination;
    case AuditEvent::Export:
    case AuditEvent::SubjectAccess:
      return ProcessingKind::Disclosure;
    case AuditEvent::Purge:
      return ProcessingKind::Erasure;
    case AuditEvent::SignIn:
    case AuditEvent::FailedSignIn:
    case AuditEvent::ChangeDirectory:
    case AuditEvent::ChangeAccount:
    case AuditEvent::ChangeReport:
    case AuditEvent::ExportReport:
      return ProcessingKind::NotNamed;
  }
  return ProcessingKind::NotNamed;
}

}  // namespace casebook
