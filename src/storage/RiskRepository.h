#pragma once

#include "Risk.h"

#include <optional>
#include <vector>

namespace casebook {

class Database;

class RiskRepository final {
 public:
  explicit RiskRepository(Database& db) : m_db(db) {}

  RiskAssessmentId insert(const RiskAssessment& assessment);
  std::vector<RiskAssessment> forCase(CaseId id);  // oldest first: the trend
  std::optional<RiskAssessment> latest(CaseId id);
  std::optional<RiskAssessment> get(RiskAssessmentId id);
  void remove(RiskAssessmentId id);

 private:
  Database& m_db;
};

}  // namespace casebook
