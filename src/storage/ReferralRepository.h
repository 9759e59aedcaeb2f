#pragma once

#include "Referral.h"

#include <optional>
#include <vector>

namespace casebook {

class Database;

class ReferralRepository final {
 public:
  explicit ReferralRepository(Database& db) : m_db(db) {}

  ReferralId insert(const Referral& referral);
  void saveDecision(const Referral& referral);
  void remove(ReferralId id);
  std::optional<Referral> get(ReferralId id);
  std::vector<Referral> forCase(CaseId id);
  std::optional<Referral> pendingForCase(CaseId id);
  // The latest earlier referral of any case of this subject, for the 12-month repeat rule.
  std::optional<QDate> lastReferralOfSubject(SubjectId subject, const QDate& onOrBefore);

 private:
  Database& m_db;
};

}  // namespace casebook
