#pragma once

#include "Result.h"

#include <QDate>
#include <QString>

namespace casebook {

// A reporting quarter (issue 7). Partnerships speak of both calendar quarters ("2024Q4":
// October to December 2024) and financial-year quarters ("2023/24 Q4": January to March
// 2024, the year starting in April, as in the CSP's own reports); both name the same kind
// of three-month period, so one type holds either and prints the way it was named.
class Quarter final {
 public:
  // "2024Q4", "2024-Q4", "2024 Q4" (calendar) or "2023/24 Q4", "2023/24Q4" (financial).
  static Result<Quarter> parse(const QString& text);
  static Quarter calendar(int year, int number);
  static Quarter financial(int startYear, int number);
  // The quarter holding a day, named as calendar quarters.
  static Quarter containing(const QDate& day);

  QDate firstDay() const { return m_first; }
  QDate lastDay() const { return m_first.addMonths(3).addDays(-1); }
  bool contains(const QDate& day) const { return day >= firstDay() && day <= lastDay(); }
  Quarter previous() const { return shifted(-3); }
  Quarter sameQuarterLastYear() const { return shifted(-12); }
  QString name() const;  // "2024Q4" or "2023/24 Q4"

  bool operator==(const Quarter& other) const = default;

 private:
  Quarter(QDate first, bool financial) : m_first(first), m_financial(financial) {}
  Quarter shifted(int months) const { return {m_first.addMonths(months), m_financial}; }
  QDate m_first;
  bool m_financial = false;
};

}  // namespace casebook
