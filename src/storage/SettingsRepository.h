#pragma once

#include "Risk.h"

#include <optional>

namespace casebook {

class Database;

class SettingsRepository final {
 public:
  explicit SettingsRepository(Database& db) : m_db(db) {}

  std::optional<QString> get(const QString& key);
  void set(const QString& key, const QString& value);

  // Stored as JSON under "risk.policy"; the defaults of DOMAIN.md when absent.
  RiskPolicy riskPolicy();
  void setRiskPolicy(const RiskPolicy& policy);

 private:
  Database& m_db;
};

}  // namespace casebook
