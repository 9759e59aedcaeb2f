#include "Dates.h"

#include <QRegularExpression>

namespace casebook {

namespace {

Result<QDate> fromParts(int year, int month, int day, const QString& text, const QString& field) {
  const QDate date(year, month, day);
  if (!date.isValid()) {
    return Error::invalid(field, QStringLiteral("'%1' is not a real calendar date").arg(text),
                          QStringLiteral("Check the day and month"));
  }
  return date;
}

}  // namespace

Result<QDate> parseIsoDate(const QString& text, const QString& field) {
  static const QRegularExpression iso(QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})$"));
  const QString trimmed = text.trimmed();
  const auto match = iso.match(trimmed);
  if (!match.hasMatch()) {
    return Error::invalid(field, QStringLiteral("'%1' is not a date in the form YYYY-MM-DD").arg(trimmed),
                          QStringLiteral("Write it as, for example, 2024-03-31"));
  }
  return fromParts(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt(),
                   trimmed, field);
}

Result<QDate> parseSpreadsheetDate(const QString& text, const QString& field) {
  static const QRegularExpression dayFirst(QStringLiteral("^(\\d{1,2})[/.\\-](\\d{1,2})[/.\\-](\\d{4})$"));
  const QString trimmed = text.trimmed();
  const auto match = dayFirst.match(trimmed);
  if (match.hasMatch()) {
    return fromParts(match.captured(3).toInt(), match.captured(2).toInt(), match.captured(1).toInt(),
                     trimmed, field);
  }
  auto iso = parseIsoDate(trimmed, field);
  if (iso.ok()) return iso;
  if (iso.error().problem.contains(QStringLiteral("real calendar"))) return iso;
  return Error::invalid(field, QStringLiteral("'%1' is not a date").arg(trimmed),
                        QStringLiteral("Use YYYY-MM-DD or DD/MM/YYYY"));
}

QString isoDate(const QDate& date) {
  return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

int workingDaysBetween(const QDate& from, const QDate& to) {
  if (!from.isValid() || !to.isValid() || to <= from) return 0;
  int days = 0;
  for (QDate d = from.addDays(1); d <= to; d = d.addDays(1)) {
    if (d.dayOfWeek() <= 5) ++days;
  }
  return days;
}

}  // namespace casebook
