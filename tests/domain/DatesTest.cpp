#include "Dates.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>

using namespace casebook;

namespace {
QDate iso(const char* text) { return parseIsoDate(QString::fromLatin1(text), QStringLiteral("date")).value(); }
QDate sheet(const char* text) {
  return parseSpreadsheetDate(QString::fromLatin1(text), QStringLiteral("date")).value();
}
bool isoRefuses(const char* text) { return !parseIsoDate(QString::fromLatin1(text), QStringLiteral("date")).ok(); }
bool sheetRefuses(const char* text) {
  return !parseSpreadsheetDate(QString::fromLatin1(text), QStringLiteral("date")).ok();
}
}  // namespace

TEST_CASE("ISO dates are strict: YYYY-MM-DD and a real calendar day", "[dates]") {
  CHECK(iso("2024-02-29") == QDate(2024, 2, 29));
  CHECK(iso("  2024-06-15 ") == QDate(2024, 6, 15));  // surrounding spaces are trimmed
  const auto feb30 = parseIsoDate(QStringLiteral("2024-02-30"), QStringLiteral("referral date"));
  REQUIRE_FALSE(feb30.ok());
  CHECK(feb30.error().kind == Error::Kind::Invalid);
  CHECK(feb30.error().field == QStringLiteral("referral date"));
  CHECK(feb30.error().problem.contains(QStringLiteral("not a real calendar date")));
  CHECK(isoRefuses("2023-02-29"));  // not a leap year
  CHECK(isoRefuses("2024-13-01"));
  CHECK(isoRefuses("2024-04-31"));
  CHECK(isoRefuses("2024-00-10"));

  const auto loose = parseIsoDate(QStringLiteral("2024-2-3"), QStringLiteral("due"));
  REQUIRE_FALSE(loose.ok());
  CHECK(loose.error().field == QStringLiteral("due"));
  CHECK(loose.error().problem.contains(QStringLiteral("YYYY-MM-DD")));
  for (const char* text : {"03/02/2024", "2024/02/03", "20240203", "2024-02-03T10:00", "", "yesterday"}) {
    INFO(text);
    CHECK(isoRefuses(text));
  }
}

TEST_CASE("spreadsheet dates are read day first, never month first", "[dates]") {
  CHECK(sheet("31/01/2024") == QDate(2024, 1, 31));
  CHECK(sheet("31-01-2024") == QDate(2024, 1, 31));
  CHECK(sheet("31.01.2024") == QDate(2024, 1, 31));
  CHECK(sheet("3/2/2024") == QDate(2024, 2, 3));
  CHECK(sheet("02/03/2024") == QDate(2024, 3, 2));  // 2 March, not 3 February
  CHECK(sheet("2024-02-03") == QDate(2024, 2, 3));  // ISO is accepted too
  CHECK(sheet(" 15/06/2024 ") == QDate(2024, 6, 15));

  // US month-first dates are refused, never silently swapped.
  const auto us = parseSpreadsheetDate(QStringLiteral("01/31/2024"), QStringLiteral("line 4, column Referral date"));
  REQUIRE_FALSE(us.ok());
  CHECK(us.error().field == QStringLiteral("line 4, column Referral date"));
  CHECK(us.error().problem.contains(QStringLiteral("not a real calendar date")));
  CHECK(sheetRefuses("12/31/2024"));
  CHECK(sheetRefuses("30/02/2024"));
  CHECK(sheetRefuses("2024-02-30"));
  CHECK(sheetRefuses("2024-2-3"));
  CHECK(sheetRefuses("15/06/24"));  // two-digit years are ambiguous
  const auto words = parseSpreadsheetDate(QStringLiteral("next Tuesday"), QStringLiteral("d"));
  REQUIRE_FALSE(words.ok());
  CHECK(words.error().fix.contains(QStringLiteral("DD/MM/YYYY")));
}

TEST_CASE("dates are written as ISO text", "[dates]") {
  CHECK(isoDate(QDate(2024, 1, 5)) == QStringLiteral("2024-01-05"));
  CHECK(isoDate(QDate()).isEmpty());
  CHECK(iso(isoDate(QDate(1999, 12, 31)).toLatin1().constData()) == QDate(1999, 12, 31));
}

TEST_CASE("working days skip weekends", "[dates]") {
  CHECK(workingDaysBetween(QDate(2024, 6, 14), QDate(2024, 6, 17)) == 1);  // Friday to Monday
  CHECK(workingDaysBetween(QDate(2024, 6, 10), QDate(2024, 6, 14)) == 4);  // Monday to Friday
  CHECK(workingDaysBetween(QDate(2024, 6, 14), QDate(2024, 6, 21)) == 5);  // a whole week
  CHECK(workingDaysBetween(QDate(2024, 6, 15), QDate(2024, 6, 16)) == 0);  // Saturday to Sunday
  CHECK(workingDaysBetween(QDate(2024, 5, 31), QDate(2024, 6, 3)) == 1);   // across a month end
  CHECK(workingDaysBetween(QDate(2024, 6, 14), QDate(2024, 6, 14)) == 0);
  CHECK(workingDaysBetween(QDate(2024, 6, 17), QDate(2024, 6, 14)) == 0);  // backwards
  CHECK(workingDaysBetween(QDate(), QDate(2024, 6, 14)) == 0);
}
