#pragma once

#include "Action.h"
#include "DemoRandom.h"

namespace casebook::demo {

// What became of an action by a given day, told as the action log would show it: done on
// time or late, not done with the reason, cancelled, or still outstanding (so overdue once
// past its date), some carried forward, each change a dated update as ActionService
// records it.
class DemoActions final {
 public:
  // `until` is the day the story ends: today, or the day a case closed. A closed case
  // leaves nothing outstanding (mustFinish).
  static void settle(DemoRandom& random, Action& action, const QDate& until, bool mustFinish);
};

}  // namespace casebook::demo
