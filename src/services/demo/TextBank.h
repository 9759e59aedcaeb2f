#pragma once

#include "Action.h"
#include "Case.h"
#include "DemoRandom.h"

#include <QString>

namespace casebook::demo {

// Invented case-work wording: reasons, rationales, actions and notes in the register of
// the partnership papers, but written for the demo. None of it describes a real case.
class TextBank final {
 public:
  static QString referralReason(DemoRandom& random, const QString& groupCode);
  static QString concern(DemoRandom& random);
  static QString declineReason(DemoRandom& random);
  static QString redirectReason(DemoRandom& random, const QString& toGroupCode);
  static QString escalationReason(DemoRandom& random);
  static QString escalationDeclineReason(DemoRandom& random);
  static QString stepDownReason(DemoRandom& random);
  static QString rationale(DemoRandom& random, int previousScore, int score);
  static QString judgementReason(DemoRandom& random);
  static QString caseAction(DemoRandom& random, const QString& groupCode);
  static QString meetingAction(DemoRandom& random);
  static QString actionUpdate(DemoRandom& random, ActionStatus statusAfter);
  static QString note(DemoRandom& random);
  static QString closureNote(DemoRandom& random, Outcome outcome);
};

}  // namespace casebook::demo
