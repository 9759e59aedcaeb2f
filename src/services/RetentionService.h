#pragma once

#include "RetentionRepository.h"
#include "ServiceContext.h"

#include <vector>

namespace casebook {

// Retention (docs/security.md, "Retention"): closed cases past the period (default six
// years) are listed for review; each is kept with a reason until a review date, or purged.
// A purge leaves no trace of the case's contents in the vault, its journal or any backup
// made afterwards; the audit trail keeps that it was purged, by whom, and its reference.
class RetentionService final {
 public:
  explicit RetentionService(ServiceContext& ctx) : m_ctx(ctx) {}

  static constexpr int kDefaultYears = 6;
  Result<int> years();
  Status setYears(int years);
  Result<std::vector<RetentionCandidate>> due();
  // Kept past retention until reviewOn (invalid: a year from today); the reason is required.
  Status retain(const QString& reference, const QString& reason, const QDate& reviewOn = {});
  // The case must be due. Not undoable: the undo history is to be cleared by the caller.
  Result<PurgeCounts> purge(const QString& reference);
  // A purge whose rewrite of the history failed after its rows were deleted: rewrites it
  // now. Called on every sign-in.
  static Status finishPendingPurge(Database& db);

 private:
  Result<RetentionCandidate> dueCase(const QString& reference);
  ServiceContext& m_ctx;
};

}  // namespace casebook
