#include "Quarter.h"

#include <catch2/catch.hpp>

using namespace casebook;

TEST_CASE("calendar quarters parse, name themselves and step back", "[quarter]") {
  for (const char* text : {"2024Q4", "2024-Q4", "2024 q4", " 2024Q4 "}) {
    auto q = Quarter::parse(QString::fromLatin1(text));
    REQUIRE(q.ok());
    CHECK(q->firstDay() == QDate(2024, 10, 1));
    CHECK(q->lastDay() == QDate(2024, 12, 31));
    CHECK(q->name() == QStringLiteral("2024Q4"));
  }
  const Quarter q1 = Quarter::calendar(2024, 1);
  CHECK(q1.previous() == Quarter::calendar(2023, 4));
  CHECK(q1.sameQuarterLastYear() == Quarter::calendar(2023, 1));
  CHECK(q1.lastDay() == QDate(2024, 3, 31));
  CHECK(Quarter::containing(QDate(2024, 8, 31)) == Quarter::calendar(2024, 3));
  CHECK(q1.contains(QDate(2024, 2, 29)));
  CHECK_FALSE(q1.contains(QDate(2024, 4, 1)));
}

TEST_CASE("financial-year quarters start in April and keep their name", "[quarter]") {
  auto q4 = Quarter::parse(QStringLiteral("2023/24 Q4"));
  REQUIRE(q4.ok());
  CHECK(q4->firstDay() == QDate(2024, 1, 1));
  CHECK(q4->lastDay() == QDate(2024, 3, 31));
  CHECK(q4->name() == QStringLiteral("2023/24 Q4"));
  CHECK(q4->previous().name() == QStringLiteral("2023/24 Q3"));
  CHECK(q4->sameQuarterLastYear().name() == QStringLiteral("2022/23 Q4"));
  auto q1 = Quarter::parse(QStringLiteral("2024/25Q1"));
  REQUIRE(q1.ok());
  CHECK(q1->firstDay() == QDate(2024, 4, 1));
  CHECK(q1->previous().name() == QStringLiteral("2023/24 Q4"));
  CHECK(Quarter::financial(1999, 4).name() == QStringLiteral("1999/00 Q4"));
}

TEST_CASE("a quarter that is not one is refused with the forms to use", "[quarter][bad-input]") {
  for (const char* text : {"", "2024Q5", "2024Q0", "Q4 2024", "2023/25 Q1", "24Q1", "2024/2025 Q1"}) {
    auto q = Quarter::parse(QString::fromLatin1(text));
    INFO(text);
    REQUIRE_FALSE(q.ok());
    CHECK(q.error().field == QStringLiteral("quarter"));
    CHECK_FALSE(q.error().fix.isEmpty());
  }
}
