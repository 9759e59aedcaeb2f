#include "Disclosure.h"

#include <algorithm>
#include <optional>

namespace casebook {

QString DisclosurePolicy::shown(int count) const {
  if (hides(count)) return QStringLiteral("fewer than %1").arg(suppressBelow);
  return QString::number(count);
}

std::vector<bool> hiddenCells(const std::vector<int>& cells, const DisclosurePolicy& policy) {
  std::vector<bool> hidden(cells.size(), false);
  int hiddenCount = 0;
  for (size_t i = 0; i < cells.size(); ++i) {
    hidden[i] = policy.hides(cells[i]);
    hiddenCount += hidden[i] ? 1 : 0;
  }
  if (hiddenCount != 1) return hidden;
  std::optional<size_t> smallest;
  for (size_t i = 0; i < cells.size(); ++i) {
    if (hidden[i] || cells[i] == 0) continue;
    if (!smallest || cells[i] < cells[*smallest]) smallest = i;
  }
  if (smallest) hidden[*smallest] = true;
  return hidden;
}

QString normalisedWords(const QString& text) {
  QString out;
  out.reserve(text.size() + 2);
  out += QLatin1Char(' ');
  for (const QChar c : text) {
    if (c.isLetterOrNumber()) {
      out += c.toCaseFolded();
    } else if (!out.endsWith(QLatin1Char(' '))) {
      // An apostrophe inside a name (O'Neil) becomes a space on both sides, consistently.
      out += QLatin1Char(' ');
    }
  }
  if (!out.endsWith(QLatin1Char(' '))) out += QLatin1Char(' ');
  return out;
}

ReportWords::ReportWords(const QString& text) : m_joined(normalisedWords(text)) {
  const QStringList words = m_joined.split(QLatin1Char(' '), Qt::SkipEmptyParts);
  for (qsizetype start = 0; start < words.size(); ++start) {
    QString run;
    for (qsizetype n = 0; n < kLongestRun && start + n < words.size(); ++n) {
      if (n > 0) run += QLatin1Char(' ');
      run += words[start + n];
      m_runs.insert(run);
    }
  }
}

bool ReportWords::contains(const QString& identifier) const {
  const QString needle = normalisedWords(identifier).trimmed();
  if (needle.isEmpty()) return false;
  if (needle.count(QLatin1Char(' ')) < kLongestRun) return m_runs.contains(needle);
  return m_joined.contains(QLatin1Char(' ') + needle + QLatin1Char(' '));
}

}  // namespace casebook
