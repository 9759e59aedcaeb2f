#include "Quarter.h"

#include <QRegularExpression>

namespace casebook {

Quarter Quarter::calendar(int year, int number) { return {QDate(year, 3 * (number - 1) + 1, 1), false}; }

Quarter Quarter::financial(int startYear, int number) {
  // Q1 is April to June of the starting year; Q4 is January to March of the next.
  return {QDate(startYear, 4, 1).addMonths(3 * (number - 1)), true};
}

Quarter Quarter::containing(const QDate& day) { return calendar(day.year(), (day.month() - 1) / 3 + 1); }

Result<Quarter> Quarter::parse(const QString& text) {
  const QString t = text.trimmed().toUpper();
  static const QRegularExpression calendarForm(QStringLiteral(R"(^(\d{4})[\s-]?Q([1-4])$)"));
  static const QRegularExpression financialForm(QStringLiteral(R"(^(\d{4})/(\d{2})\s?Q([1-4])$)"));
  if (const auto m = calendarForm.match(t); m.hasMatch()) return calendar(m.captured(1).toInt(), m.captured(2).toInt());
  if (const auto m = financialForm.match(t); m.hasMatch()) {
    const int start = m.captured(1).toInt();
    if ((start + 1) % 100 != m.captured(2).toInt()) {
      return Error::invalid(QStringLiteral("quarter"),
                            QStringLiteral("'%1' is not a financial year: %2 is followed by %3")
                                .arg(text.trimmed())
                                .arg(start)
                                .arg(start + 1),
                            QStringLiteral("Write it as %1/%2 Q%3").arg(start).arg((start + 1) % 100, 2, 10, QLatin1Char('0')).arg(m.captured(3)));
    }
    return financial(start, m.captured(3).toInt());
  }
  return Error::invalid(QStringLiteral("quarter"), QStringLiteral("'%1' is not a quarter").arg(text.trimmed()),
                        QStringLiteral("Write a calendar quarter as 2024Q4 (October to December) or a financial "
                                       "one as 2023/24 Q4 (January to March 2024)"));
}

QString Quarter::name() const {
  if (!m_financial) return QStringLiteral("%1Q%2").arg(m_first.year()).arg((m_first.month() - 1) / 3 + 1);
  const int start = m_first.month() >= 4 ? m_first.year() : m_first.year() - 1;
  const int number = m_first.month() >= 4 ? (m_first.month() - 4) / 3 + 1 : 4;
  return QStringLiteral("%1/%2 Q%3").arg(start).arg((start + 1) % 100, 2, 10, QLatin1Char('0')).arg(number);
}

}  // namespace casebook
