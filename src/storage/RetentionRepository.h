#pragma once

#include "Ids.h"

#include <QDate>
#include <QJsonObject>
#include <QString>

#include <optional>
#include <vector>

namespace casebook {

class Database;

// A closed case past the retention period, with the last decision to keep it, if any.
struct RetentionCandidate {
  CaseId caseId;
  QString reference;
  QString groupCode;
  QDate closedOn;
  QString outcome;
  QString lastReason;       // empty: never reviewed
  std::optional<QDate> reviewOn;
};

struct PurgeCounts {
  int cases = 0;
  int subjects = 0;
  int rows = 0;  // every row removed, the case's own included
};

// Retention review and purge, and the subject access query: the only SQL that reads or
// deletes a case whole.
class RetentionRepository final {
 public:
  explicit RetentionRepository(Database& db) : m_db(db) {}

  // Closed on or before closedBy, and not kept by a decision whose review date is after today.
  // only: one case's row, if it is due (the check before keeping or purging it).
  std::vector<RetentionCandidate> due(const QDate& closedBy, const QDate& today, std::optional<CaseId> only = std::nullopt);
  void addDecision(CaseId caseId, const QString& decidedAt, const QString& by, const QString& reason, const QDate& reviewOn);
  // Deletes the case and everything that hangs from it, its subject when no other case
  // names them, and blanks the minutes of agenda items about it.
  PurgeCounts purge(CaseId caseId);
  // Every row held about a subject, table by table, with column names: cases, and the rows
  // of every table that names one of them.
  QJsonObject everythingAbout(CaseId anyCaseOfSubject);

 private:
  Database& m_db;
};

}  // namespace casebook
