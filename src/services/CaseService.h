#pragma once

#include "CaseInputs.h"
#include "ServiceContext.h"

namespace casebook {

// Creating, changing, closing and linking cases. Each public call is one transaction.
class CaseService final {
 public:
  explicit CaseService(ServiceContext& ctx) : m_ctx(ctx) {}

  // Refuses a likely duplicate (DOMAIN.md) unless allowLikelyDuplicate is set; the error
  // names the existing cases so the user can refer one of them instead.
  Result<NewCaseOutcome> create(const NewCaseInput& input);
  Status update(const QString& reference, const CaseChanges& changes);
  Status close(const QString& reference, const CloseInput& input);
  Status reopen(const QString& reference, const QString& reason);
  Status link(const QString& from, const QString& to, LinkRelation relation, const QString& note);
  Result<NoteId> addNote(const QString& reference, const QString& text, const QString& author);

 private:
  ServiceContext& m_ctx;
};

}  // namespace casebook
