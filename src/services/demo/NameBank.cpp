#include "NameBank.h"

#include <QStringList>

#include <vector>

namespace casebook::demo {

namespace {

std::vector<QString> list(std::initializer_list<const char*> items) {
  std::vector<QString> result;
  for (const char* item : items) result.push_back(QString::fromLatin1(item));
  return result;
}

const std::vector<QString>& givenNames() {
  static const auto names = list({"Alex", "Sam", "Jordan", "Casey", "Riley", "Morgan", "Taylor", "Jamie", "Robin",
                                  "Charlie", "Drew", "Harley", "Kai", "Logan", "Quinn", "Reese", "Rowan", "Sky",
                                  "Toni", "Ash", "Billie", "Dale", "Eden", "Frankie", "Jo", "Kit", "Lee", "Mel",
                                  "Nico", "Pat", "Remy", "Sasha", "Tyler", "Val", "Wren", "Ellis", "Hayden", "Jesse",
                                  "Marley", "Parker"});
  return names;
}

const std::vector<QString>& surnames() {
  static const auto names = list({"Ashdown", "Brackley", "Carrow", "Dunmore", "Elstow", "Fenwick", "Garside",
                                  "Halloran", "Ingleby", "Jessop", "Kettering", "Lindley", "Marlow", "Northam",
                                  "Oakden", "Pentland", "Quarrie", "Redfern", "Stansby", "Thornley", "Upfield",
                                  "Varley", "Wragby", "Yardley", "Ambrose", "Birchall", "Coldwell", "Dewhurst",
                                  "Eastwood", "Fairbank", "Greenhalgh", "Hebden", "Illingworth", "Kilburn", "Loxley",
                                  "Mottram", "Netherton", "Ormerod", "Pickford", "Rushby"});
  return names;
}

const std::vector<QString>& streets() {
  static const auto names = list({"Wintergreen", "Foxglove", "Larkspur", "Millrace", "Tanner", "Cooper", "Weaver",
                                  "Chandler", "Hopfield", "Brookside", "Kilnfield", "Ropewalk", "Saltbox", "Orchard",
                                  "Quarry", "Sandpiper", "Heron", "Kestrel", "Bramble", "Thistle"});
  return names;
}

const std::vector<QString>& streetKinds() {
  static const auto kinds = list({"Road", "Street", "Close", "Lane", "Way", "Court", "Walk", "Crescent"});
  return kinds;
}

}  // namespace

QString NameBank::personName(DemoRandom& r) { return r.pick(givenNames()) + QLatin1Char(' ') + r.pick(surnames()); }

QString NameBank::householdName(DemoRandom& r) { return QStringLiteral("The %1 household").arg(r.pick(surnames())); }

QString NameBank::address(DemoRandom& r) {
  return QStringLiteral("%1 %2 %3").arg(r.between(1, 180)).arg(r.pick(streets()), r.pick(streetKinds()));
}

QString NameBank::hotspot(DemoRandom& r) {
  static const auto places = list({"Underpass by %1 %2", "Car park off %1 %2", "Shop parade, %1 %2",
                                   "Play area, %1 %2", "Alley behind %1 %2"});
  return r.pick(places).arg(r.pick(streets()), r.pick(streetKinds()));
}

QString NameBank::cohort(DemoRandom& r) {
  static const auto groups = list({"Group gathering at %1 %2", "Street drinkers, %1 %2", "Young people meeting at %1 %2"});
  return r.pick(groups).arg(r.pick(streets()), r.pick(streetKinds()));
}

QString NameBank::alias(DemoRandom& r) {
  static const auto nicknames = list({"Smudge", "Tiny", "Ace", "Spike", "Bones", "Ginger", "Skip", "Dash"});
  return r.pick(nicknames);
}

QString NameBank::referralReason(DemoRandom& r, const QString& group) {
  static const auto youth = list({"Seen with older peers linked to drug supply", "Repeated missing episodes",
                                  "Found carrying a bladed article", "Suspected county lines involvement",
                                  "Persistent ASB near the school"});
  static const auto adults = list({"Address believed to be cuckooed", "Self-neglect and hoarding concerns",
                                   "Financial abuse by associates", "Repeated calls in mental health crisis"});
  static const auto town = list({"Aggressive begging in the town centre", "Repeated night-time economy disorder",
                                 "Student party noise and ASB", "Rough sleeping with associated ASB"});
  static const auto east = list({"Drug dealing from the address", "Neighbour dispute escalating to threats",
                                 "Prolific shoplifting linked to substance use", "Domestic abuse with repeat callouts"});
  if (group == QStringLiteral("YJAG")) return r.pick(youth);
  if (group == QStringLiteral("AARG")) return r.pick(adults);
  if (group == QStringLiteral("LCDG")) return r.pick(town);
  if (group == QStringLiteral("LEDG")) return r.pick(east);
  static const auto any = list({"Multi-agency concern with rising risk", "Complex needs across several agencies"});
  return r.pick(any);
}

QString NameBank::rationale(DemoRandom& r, bool rising) {
  static const auto up = list({"Further incidents reported since the last review", "New intelligence of exploitation",
                               "Disengaged from support", "Escalating behaviour reported by neighbours"});
  static const auto down = list({"Engaging with support worker", "No incidents since the last review",
                                 "Tenancy support in place", "Family reports improvement"});
  return rising ? r.pick(up) : r.pick(down);
}

QString NameBank::actionText(DemoRandom& r) {
  static const auto actions = list({"Joint home visit with housing", "Refer to substance misuse service",
                                    "Share safety plan with school", "Check address for signs of cuckooing",
                                    "Issue community protection warning", "Arrange mental health assessment",
                                    "Offer tenancy sustainment support", "Feed back outcome to referrer",
                                    "Review CCTV for the hotspot", "Contact family to agree support plan"});
  return r.pick(actions);
}

QString NameBank::noteText(DemoRandom& r) {
  static const auto notes = list({"Spoke with the subject; engaged well.", "No answer at the address; card left.",
                                  "Partner agency update received by email.", "Discussed at the meeting; plan agreed.",
                                  "Police attended a report overnight; no arrests.", "Support worker visit completed."});
  return r.pick(notes);
}

QString NameBank::jobTitle(DemoRandom& r, const QString& agency) {
  if (agency == QStringLiteral("POL")) return r.chance(50) ? QStringLiteral("Sergeant") : QStringLiteral("PCSO");
  if (agency == QStringLiteral("LA")) return QStringLiteral("ASB officer");
  if (agency == QStringLiteral("HOUS")) return QStringLiteral("Tenancy officer");
  if (agency == QStringLiteral("NHS")) return QStringLiteral("Safeguarding lead");
  if (agency == QStringLiteral("YJS")) return QStringLiteral("Youth justice worker");
  return QStringLiteral("Partnership officer");
}

}  // namespace casebook::demo
