#pragma once

#include "EnumKeys.h"
#include "Ids.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace casebook {

// What the audit trail records (docs/security.md, "Audit trail"). Each event belongs to one
// of the kinds of processing that DPA 2018 s.62 requires a log of; sign-ins and account
// changes are recorded too, though s.62 does not name them.
enum class AuditEvent {
  SignIn, FailedSignIn, ViewCase, CreateCase, ChangeCase, Undo, Import, Export, SubjectAccess, Retain, Purge,
  ChangeMeeting, ChangeDirectory, ChangeAccount, ChangeReport, ExportReport
};

template <>
struct EnumTable<AuditEvent> {
  static constexpr std::array<EnumEntry<AuditEvent>, 16> entries{{
      {AuditEvent::SignIn, "sign_in", "Signed in"},
      {AuditEvent::FailedSignIn, "failed_sign_in", "Failed sign-in"},
      {AuditEvent::ViewCase, "view_case", "Viewed a case"},
      {AuditEvent::CreateCase, "create_case", "Created a case"},
      {AuditEvent::ChangeCase, "change_case", "Changed a case"},
      {AuditEvent::Undo, "undo", "Undid or redid a change"},
      {AuditEvent::Import, "import", "Imported cases"},
      {AuditEvent::Export, "export", "Exported cases"},
      {AuditEvent::SubjectAccess, "subject_access", "Subject access export"},
      {AuditEvent::Retain, "retain", "Kept past retention"},
      {AuditEvent::Purge, "purge", "Purged a case"},
      {AuditEvent::ChangeMeeting, "change_meeting", "Changed a meeting"},
      {AuditEvent::ChangeDirectory, "change_directory", "Changed the directory"},
      {AuditEvent::ChangeAccount, "change_account", "Changed an account"},
      // Report drafts, performance data and the CSP plan: no personal data, still on record.
      {AuditEvent::ChangeReport, "change_report", "Changed report data"},
      {AuditEvent::ExportReport, "export_report", "Exported a report"},
  }};
};

// DPA 2018 s.62(1): the kinds of processing that must be logged.
enum class ProcessingKind { Collection, Alteration, Consultation, Disclosure, Combination, Erasure, NotNamed };

template <>
struct EnumTable<ProcessingKind> {
  static constexpr std::array<EnumEntry<ProcessingKind>, 7> entries{{
      {ProcessingKind::Collection, "collection", "Collection"},
      {ProcessingKind::Alteration, "alteration", "Alteration"},
      {ProcessingKind::Consultation, "consultation", "Consultation"},
      {ProcessingKind::Disclosure, "disclosure", "Disclosure"},
      {ProcessingKind::Combination, "combination", "Combination"},
      {ProcessingKind::Erasure, "erasure", "Erasure"},
      {ProcessingKind::NotNamed, "not_named", "Not named by s.62"},
  }};
};

ProcessingKind processingKind(AuditEvent event);

// One line of the trail as written: who, when, what, on which case, and why when asked.
struct AuditRecord {
  AuditEvent event = AuditEvent::ViewCase;
  std::optional<CaseId> caseId;
  QString caseReference;
  QString detail;  // field names and counts, never the values of personal data
  QString reason;
};

struct AuditEntry {
  qint64 seq = 0;
  QDateTime at;  // UTC
  QString account;
  AuditRecord record;
  QString previousHash;
  QString hash;
};

struct AuditFilter {
  std::optional<AuditEvent> event;
  QString account;
  QString caseReference;
  std::optional<QDate> from;
  std::optional<QDate> to;
  int limit = 500;
};

// What a check of the whole chain found: the first entry that does not fit, if any.
struct AuditVerdict {
  qint64 entries = 0;
  QString headHash;
  std::optional<qint64> brokenAt;
  QString problem;
  bool intact() const { return !brokenAt.has_value(); }
};

// When the partnership requires a reason (settings: audit.reason_required).
enum class ReasonRule { Never, Exports, ViewsAndExports };

template <>
struct EnumTable<ReasonRule> {
  static constexpr std::array<EnumEntry<ReasonRule>, 3> entries{{
      {ReasonRule::Never, "never", "Never"},
      {ReasonRule::Exports, "exports", "For exports"},
      {ReasonRule::ViewsAndExports, "views_and_exports", "For views and exports"},
  }};
};

}  // namespace casebook
