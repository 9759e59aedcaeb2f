#pragma once

#include "DemoRandom.h"

#include <QString>

namespace casebook::demo {

// Invented people, places and words for demo data. Given names and surnames are common
// ones combined at random, and streets are made up: no real person or address is meant.
class NameBank final {
 public:
  static QString personName(DemoRandom& random);
  static QString householdName(DemoRandom& random);
  static QString address(DemoRandom& random);
  static QString hotspot(DemoRandom& random);
  static QString cohort(DemoRandom& random);
  static QString alias(DemoRandom& random);
  static QString referralReason(DemoRandom& random, const QString& groupCode);
  static QString rationale(DemoRandom& random, bool rising);
  static QString actionText(DemoRandom& random);
  static QString noteText(DemoRandom& random);
  static QString jobTitle(DemoRandom& random, const QString& agencyCode);
};

}  // namespace casebook::demo
