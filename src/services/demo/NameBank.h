#pragma once

#include "DemoRandom.h"

#include <QString>

namespace casebook::demo {

// Invented people and places. Given names are common, gender-neutral ones; surnames and
// streets are assembled from syllables at random, so no real person or address is meant
// and none comes from the partnership papers.
class NameBank final {
 public:
  static QString givenName(DemoRandom& random);
  static QString surname(DemoRandom& random);
  static QString personName(DemoRandom& random);
  static QString householdName(DemoRandom& random);
  static QString street(DemoRandom& random);  // "Foxglove Lane"
  static QString address(DemoRandom& random);  // "14 Foxglove Lane"
  static QString hotspot(DemoRandom& random, const QString& groupCode);
  static QString cohort(DemoRandom& random, const QString& groupCode);
  static QString alias(DemoRandom& random);
  static QString jobTitle(DemoRandom& random, const QString& agencyCode);
  static QString venue(DemoRandom& random);
};

}  // namespace casebook::demo
