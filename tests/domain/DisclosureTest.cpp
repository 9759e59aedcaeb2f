// Small-number suppression and the word matching the identifier check relies on.
#include "Disclosure.h"

#include <catch2/catch.hpp>

using namespace casebook;

TEST_CASE("counts from 1 to 4 are shown as fewer than 5, 0 and 5 as they are", "[disclosure]") {
  const DisclosurePolicy policy;
  CHECK(policy.shown(0) == QStringLiteral("0"));
  CHECK(policy.shown(1) == QStringLiteral("fewer than 5"));
  CHECK(policy.shown(4) == QStringLiteral("fewer than 5"));
  CHECK(policy.shown(5) == QStringLiteral("5"));
  const DisclosurePolicy ten{10};
  CHECK(ten.shown(9) == QStringLiteral("fewer than 10"));
  const DisclosurePolicy off{0};
  CHECK(off.shown(1) == QStringLiteral("1"));
  CHECK_FALSE(DisclosurePolicy{1}.hides(1));
}

TEST_CASE("a breakdown with one hidden cell hides the smallest other cell so the total cannot give it away",
          "[disclosure]") {
  const DisclosurePolicy policy;
  CHECK(hiddenCells({3, 12, 7, 0}, policy) == std::vector<bool>{true, false, true, false});
  // Two hidden already: neither can be worked out from the total alone.
  CHECK(hiddenCells({3, 2, 7, 9}, policy) == std::vector<bool>{true, true, false, false});
  CHECK(hiddenCells({6, 12, 7}, policy) == std::vector<bool>{false, false, false});
  // Zeros are never the complementary cell: a 0 discloses nothing about anyone.
  CHECK(hiddenCells({0, 4, 0, 20}, policy) == std::vector<bool>{false, true, false, true});
}

TEST_CASE("report words match an identifier as a whole run of words, whatever its case and punctuation",
          "[disclosure]") {
  const ReportWords words(QStringLiteral("Work with MARY-ANN o'neil continued at 12 Foxglove Road, so risk fell.\n"
                                         "Reference YJ-2024-0012 was closed."));
  CHECK(words.contains(QStringLiteral("Mary-Ann O'Neil")));
  CHECK_FALSE(words.contains(QStringLiteral("mary ann oneil")));  // different words
  CHECK(words.contains(QStringLiteral("12 Foxglove Road")));
  CHECK(words.contains(QStringLiteral("yj-2024-0012")));
  CHECK_FALSE(words.contains(QStringLiteral("Ann Foxglove")));
  CHECK_FALSE(words.contains(QStringLiteral("Fox")));  // part of a word is not a match
  CHECK_FALSE(words.contains(QStringLiteral("  ,. ")));
  const QString longName = QStringLiteral("one two three four five six seven eight nine ten");
  CHECK(ReportWords(QStringLiteral("before ") + longName + QStringLiteral(" after")).contains(longName));
  CHECK_FALSE(ReportWords(QStringLiteral("one two three four five six seven eight nine")).contains(longName));
}
