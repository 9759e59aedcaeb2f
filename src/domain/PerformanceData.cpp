#include "PerformanceData.h"

#include "QuarterFigures.h"

#include <cmath>

namespace casebook {

namespace {

std::optional<double> change(std::optional<int> from, std::optional<int> to) {
  if (!from || !to) return std::nullopt;
  return percentChange(*from, *to);
}

}  // namespace

std::optional<double> PerformanceRow::changeFromPrevious() const { return change(previous, now); }

std::optional<double> PerformanceRow::changeFromLastYear() const { return change(lastYear, now); }

QString normalisedCrimeType(const QString& text) { return text.simplified(); }

Status validatePerformanceFigure(const PerformanceFigure& figure) {
  const QString crimeType = normalisedCrimeType(figure.crimeType);
  if (crimeType.isEmpty()) {
    return Error::invalid(QStringLiteral("crime type"), QStringLiteral("is empty"),
                          QStringLiteral("Name the crime type as the partnership's tables do, e.g. Burglary - residential"));
  }
  if (crimeType.size() > kCrimeTypeMaxLength) {
    return Error::invalid(QStringLiteral("crime type"),
                          QStringLiteral("'%1...' is longer than %2 characters").arg(crimeType.left(30)).arg(kCrimeTypeMaxLength),
                          QStringLiteral("Use a shorter name"));
  }
  if (!figure.quarterStart.isValid()) {
    return Error::invalid(QStringLiteral("quarter"), QStringLiteral("no quarter given"),
                          QStringLiteral("Give the quarter as 2024Q4 or 2023/24 Q4"));
  }
  if (figure.count < 0 || figure.count > kPerformanceCountMax) {
    return Error::invalid(QStringLiteral("count"), QStringLiteral("%1 is not a count from 0 to %2").arg(figure.count).arg(kPerformanceCountMax),
                          QStringLiteral("Give the number recorded in the quarter, 0 or more"));
  }
  if (figure.source.trimmed().size() > kPerformanceSourceMaxLength) {
    return Error::invalid(QStringLiteral("source"), QStringLiteral("is longer than %1 characters").arg(kPerformanceSourceMaxLength),
                          QStringLiteral("Name the source briefly, e.g. Police recorded crime"));
  }
  return {};
}

Result<int> parsePerformanceCount(const QString& text) {
  const QString t = text.trimmed();
  if (t.isEmpty()) {
    return Error::invalid(QStringLiteral("count"), QStringLiteral("is empty"),
                          QStringLiteral("Give the number recorded in the quarter, 0 or more"));
  }
  bool digitsOnly = true;
  for (const QChar c : t) digitsOnly = digitsOnly && c.isDigit() && c.unicode() < 128;
  if (!digitsOnly) {
    QString fix = QStringLiteral("Write a whole number of 0 or more, with digits only");
    if (t.contains(QLatin1Char(',')) || t.contains(QLatin1Char(' '))) fix = QStringLiteral("Write it without separators, e.g. 1234");
    if (t.startsWith(QLatin1Char('-'))) fix = QStringLiteral("A count cannot be negative; write 0 when there were none");
    return Error::invalid(QStringLiteral("count"), QStringLiteral("'%1' is not a whole number").arg(t.left(30)), fix);
  }
  bool ok = false;
  const qlonglong value = t.toLongLong(&ok);
  if (!ok || value > kPerformanceCountMax) {
    return Error::invalid(QStringLiteral("count"), QStringLiteral("'%1' is too large").arg(t.left(30)),
                          QStringLiteral("Give a count up to %1").arg(kPerformanceCountMax));
  }
  return static_cast<int>(value);
}

QString performanceChangeText(std::optional<int> from, std::optional<int> to) {
  if (!from || !to) return QStringLiteral("n/a");
  return percentChangeText(*from, *to, 1);
}

}  // namespace casebook
