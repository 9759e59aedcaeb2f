#include "Dates.h"
#include "EnumKeys.h"
#include "Risk.h"
#include "Subject.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>

using namespace casebook;

TEST_CASE("ISO dates are strict", "[dates]") {
  CHECK(parseIsoDate(QStringLiteral("2024-02-29"), QStringLiteral("d")).value() == QDate(2024, 2, 29));
  auto feb30 = parseIsoDate(QStringLiteral("2024-02-30"), QStringLiteral("referral date"));
  REQUIRE_FALSE(feb30.ok());
  CHECK(feb30.error().field == QStringLiteral("referral date"));
  CHECK(feb30.error().problem.contains(QStringLiteral("not a real calendar date")));
  CHECK_FALSE(parseIsoDate(QStringLiteral("2023-02-29"), QStringLiteral("d")).ok());
  CHECK_FALSE(parseIsoDate(QStringLiteral("2024-2-3"), QStringLiteral("d")).ok());
  CHECK_FALSE(parseIsoDate(QStringLiteral("03/02/2024"), QStringLiteral("d")).ok());
}

TEST_CASE("spreadsheet dates are read day first, never month first", "[dates]") {
  CHECK(parseSpreadsheetDate(QStringLiteral("03/02/2024"), QStringLiteral("d")).value() == QDate(2024, 2, 3));
  CHECK(parseSpreadsheetDate(QStringLiteral("3.2.2024"), QStringLiteral("d")).value() == QDate(2024, 2, 3));
  CHECK(parseSpreadsheetDate(QStringLiteral("2024-02-03"), QStringLiteral("d")).value() == QDate(2024, 2, 3));
  CHECK_FALSE(parseSpreadsheetDate(QStringLiteral("12/31/2024"), QStringLiteral("d")).ok());  // no 31st month
  CHECK_FALSE(parseSpreadsheetDate(QStringLiteral("30/02/2024"), QStringLiteral("d")).ok());
  CHECK_FALSE(parseSpreadsheetDate(QStringLiteral("next Tuesday"), QStringLiteral("d")).ok());
}

TEST_CASE("working days skip weekends", "[dates]") {
  CHECK(workingDaysBetween(QDate(2024, 6, 14), QDate(2024, 6, 17)) == 1);  // Fri to Mon
  CHECK(workingDaysBetween(QDate(2024, 6, 10), QDate(2024, 6, 14)) == 4);
  CHECK(workingDaysBetween(QDate(2024, 6, 14), QDate(2024, 6, 14)) == 0);
}

TEST_CASE("likely duplicates: name or alias with date of birth, or the address", "[subject]") {
  Subject existing;
  existing.name = QStringLiteral("Zoë O'Neill");
  existing.aliases = {QStringLiteral("Zed")};
  existing.dateOfBirth = QDate(2007, 5, 1);
  existing.address = QStringLiteral("4 Heron Close");

  Subject candidate;
  candidate.name = QStringLiteral("zoe  oneill");
  candidate.dateOfBirth = QDate(2007, 5, 1);
  CHECK(isLikelyDuplicate(candidate, existing));  // accents, case, spaces, punctuation folded
  candidate.dateOfBirth = QDate(2007, 5, 2);
  CHECK_FALSE(isLikelyDuplicate(candidate, existing));
  candidate.name = QStringLiteral("Someone Else");
  candidate.aliases = {QStringLiteral("ZED")};
  candidate.dateOfBirth = QDate(2007, 5, 1);
  CHECK(isLikelyDuplicate(candidate, existing));
  Subject sameAddress;
  sameAddress.name = QStringLiteral("Different Person");
  sameAddress.address = QStringLiteral("4, heron close");
  CHECK(isLikelyDuplicate(sameAddress, existing));
}

TEST_CASE("initials for screens that may be shared", "[subject]") {
  Subject s;
  s.name = QStringLiteral("jordan lee example");
  CHECK(s.initials() == QStringLiteral("J.L.E."));
  s.kind = SubjectKind::Location;
  CHECK(s.initials() == QStringLiteral("Location"));
}

TEST_CASE("enum keys round-trip and accept labels", "[enums]") {
  for (const auto& key : allKeys<RiskBand>()) CHECK(toKey(*enumFromKey<RiskBand>(key)) == key);
  CHECK(enumFromKey<RiskBand>(QStringLiteral("Very high")) == RiskBand::VeryHigh);
  CHECK(enumFromKey<RiskBand>(QStringLiteral("very-high")) == RiskBand::VeryHigh);
  CHECK_FALSE(enumFromKey<RiskBand>(QStringLiteral("extreme")).has_value());
}
