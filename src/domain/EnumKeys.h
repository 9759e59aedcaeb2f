#pragma once

#include <QString>
#include <QStringList>

#include <array>
#include <optional>
#include <utility>

namespace casebook {

// Every domain enum has a stable lower-case key, used in the database, CSV and JSON.
// Keys never change once released (docs/data-model.md); labels are for people.
template <typename E>
struct EnumEntry {
  E value;
  const char* key;
  const char* label;
};

// Specialise with: static constexpr std::array<EnumEntry<E>, N> entries{...};
template <typename E>
struct EnumTable;

template <typename E>
QString toKey(E value) {
  for (const auto& entry : EnumTable<E>::entries) {
    if (entry.value == value) return QString::fromLatin1(entry.key);
  }
  return {};
}

template <typename E>
QString toLabel(E value) {
  for (const auto& entry : EnumTable<E>::entries) {
    if (entry.value == value) return QString::fromUtf8(entry.label);
  }
  return {};
}

// Accepts the key, or the label, case-insensitively, with '-', ' ' and '_' treated alike,
// so that "very high", "Very-High" and "very_high" all name the same band.
template <typename E>
std::optional<E> enumFromKey(QStringView text) {
  auto fold = [](QStringView s) {
    QString folded = s.trimmed().toString().toLower();
    folded.replace(QLatin1Char('-'), QLatin1Char('_'));
    folded.replace(QLatin1Char(' '), QLatin1Char('_'));
    return folded;
  };
  const QString wanted = fold(text);
  for (const auto& entry : EnumTable<E>::entries) {
    if (fold(QString::fromLatin1(entry.key)) == wanted ||
        fold(QString::fromUtf8(entry.label)) == wanted) {
      return entry.value;
    }
  }
  return std::nullopt;
}

template <typename E>
QStringList allKeys() {
  QStringList keys;
  for (const auto& entry : EnumTable<E>::entries) keys << QString::fromLatin1(entry.key);
  return keys;
}

}  // namespace casebook
