#include "SettingsRepository.h"

#include "SqlStatement.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace casebook {

std::optional<QString> SettingsRepository::get(const QString& key) {
  SqlStatement q(m_db, "SELECT value FROM settings WHERE key = ?");
  q.bind(key).exec();
  return q.next() ? std::optional<QString>(q.text(0)) : std::nullopt;
}

void SettingsRepository::set(const QString& key, const QString& value) {
  SqlStatement q(m_db, "INSERT INTO settings (key, value) VALUES (?, ?) "
                       "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
  q.bind(key).bind(value).exec();
}

RiskPolicy SettingsRepository::riskPolicy() {
  const auto stored = get(QStringLiteral("risk.policy"));
  if (!stored) return RiskPolicy::defaults();
  const QJsonObject json = QJsonDocument::fromJson(stored->toUtf8()).object();
  std::vector<BandRule> rules;
  for (const auto& value : json.value(QStringLiteral("bands")).toArray()) {
    const QJsonObject band = value.toObject();
    const auto key = enumFromKey<RiskBand>(band.value(QStringLiteral("band")).toString());
    if (!key) return RiskPolicy::defaults();
    rules.push_back({*key, band.value(QStringLiteral("min_score")).toInt(),
                     band.value(QStringLiteral("review_days")).toInt()});
  }
  auto policy = RiskPolicy::create(rules, json.value(QStringLiteral("escalation_threshold")).toInt());
  // A policy that no longer validates falls back to the defaults rather than guessing.
  return policy.ok() ? policy.value() : RiskPolicy::defaults();
}

void SettingsRepository::setRiskPolicy(const RiskPolicy& policy) {
  QJsonArray bands;
  for (const auto& rule : policy.rules()) {
    bands.append(QJsonObject{{QStringLiteral("band"), toKey(rule.band)},
                             {QStringLiteral("min_score"), rule.minScore},
                             {QStringLiteral("review_days"), rule.reviewDays}});
  }
  const QJsonObject json{{QStringLiteral("bands"), bands},
                         {QStringLiteral("escalation_threshold"), policy.escalationThreshold()}};
  set(QStringLiteral("risk.policy"), QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)));
}

}  // namespace casebook
