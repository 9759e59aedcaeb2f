#pragma once

#include "Audit.h"

#include <vector>

namespace casebook {

class Database;

// The audit trail's table: append and read only (triggers refuse UPDATE and DELETE). Each
// entry's hash is BLAKE2b-256 over the previous entry's hash and this entry's fields, so
// verify() finds an entry edited, deleted or moved since it was written.
class AuditRepository final {
 public:
  explicit AuditRepository(Database& db) : m_db(db) {}

  AuditEntry append(const QDateTime& at, const QString& account, const AuditRecord& record);
  std::vector<AuditEntry> list(const AuditFilter& filter);
  AuditVerdict verify();
  qint64 count();
  // How many entries record this event for this case (for tests and the retention review).
  qint64 countFor(AuditEvent event, CaseId caseId);

  static QString hashOf(const AuditEntry& entry);

 private:
  Database& m_db;
};

}  // namespace casebook
