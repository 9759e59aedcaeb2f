#include "NameBank.h"

#include <vector>

namespace casebook::demo {

namespace {

std::vector<QString> list(std::initializer_list<const char*> items) {
  std::vector<QString> result;
  result.reserve(items.size());
  for (const char* item : items) result.push_back(QString::fromLatin1(item));
  return result;
}

const std::vector<QString>& givenNames() {
  static const auto names =
      list({"Alex",   "Sam",    "Jordan", "Casey",  "Riley",  "Morgan",  "Avery",  "Jamie",  "Robin",  "Charlie",
            "Drew",   "Harley", "Kai",    "Logan",  "Quinn",  "Reese",   "Rowan",  "Sky",    "Toni",   "Ash",
            "Billie", "Dale",   "Eden",   "Frankie", "Jo",    "Kit",     "Lee",    "Mel",    "Nico",   "Pat",
            "Remy",   "Sasha",  "Tyler",  "Val",    "Wren",   "Ellis",   "Hayden", "Jesse",  "Marley", "Parker",
            "Aubrey", "Blair",  "Cameron", "Dani",  "Emery",  "Finley",  "Gray",   "Hollis", "Indy",   "Jules",
            "Kris",   "Lennie", "Max",    "Noel",   "Oakley", "Perry",   "Ray",    "Shay",   "Terry",  "Vic"});
  return names;
}

// Surnames are a first syllable and an ending, in the manner of English place-names:
// 48 x 20 of them, which with 60 given names gives tens of thousands of people.
const std::vector<QString>& surnameStarts() {
  static const auto starts =
      list({"Ash",   "Brack", "Carr",  "Dun",   "Els",    "Fen",   "Gar",   "Hal",   "Ing",   "Kett",  "Lind",  "Marl",
            "North", "Oak",   "Pent",  "Red",   "Stan",   "Thorn", "Up",    "Var",   "Wrag",  "Yard",  "Birch", "Cold",
            "Dew",   "East",  "Fair",  "Green", "Heb",    "Kil",   "Lox",   "Mott",  "Nether", "Orm",  "Pick",  "Rush",
            "Brad",  "Hart",  "Wes",   "Ald",   "Brom",   "Chal",  "Dray",  "Farn",  "Gold",  "Hazel", "Moss",  "Sel"});
  return starts;
}

const std::vector<QString>& surnameEnds() {
  static const auto ends = list({"ley", "ton", "worth", "field", "by", "well", "more", "wick", "ford", "den",
                                 "hurst", "combe", "stead", "ham", "bury", "side", "dale", "cote", "thorpe", "wood"});
  return ends;
}

const std::vector<QString>& streetStems() {
  static const auto stems =
      list({"Wintergreen", "Foxglove", "Larkspur", "Millrace", "Tanner",  "Cooper",   "Weaver",  "Chandler",
            "Hopfield",    "Brookside", "Kilnfield", "Ropewalk", "Saltbox", "Orchard", "Quarry",  "Sandpiper",
            "Heron",       "Kestrel",  "Bramble",  "Thistle",  "Cobbler", "Dyer",     "Fletcher", "Glover",
            "Hayward",     "Lantern",  "Maltings", "Nutmeg",   "Osier",   "Pinfold",  "Rookery", "Sorrel",
            "Teasel",      "Wharf",    "Yarrow",   "Bellfield", "Clover",  "Drover",  "Eelbrook", "Furrow"});
  return stems;
}

const std::vector<QString>& streetKinds() {
  static const auto kinds = list({"Road", "Street", "Close", "Lane", "Way", "Court", "Walk", "Crescent", "Avenue",
                                  "Gardens", "Row", "Place"});
  return kinds;
}

}  // namespace

QString NameBank::givenName(DemoRandom& r) { return r.pick(givenNames()); }

// Each draw is its own statement: the operands of + may be evaluated in either order, and
// the same seed must give the same names with every compiler.
QString NameBank::surname(DemoRandom& r) {
  const QString start = r.pick(surnameStarts());
  return start + r.pick(surnameEnds());
}

QString NameBank::personName(DemoRandom& r) {
  const QString given = givenName(r);
  return given + QLatin1Char(' ') + surname(r);
}

QString NameBank::householdName(DemoRandom& r) { return QStringLiteral("The %1 household").arg(surname(r)); }

QString NameBank::street(DemoRandom& r) {
  const QString stem = r.pick(streetStems());
  return stem + QLatin1Char(' ') + r.pick(streetKinds());
}

QString NameBank::address(DemoRandom& r) {
  const int number = r.between(1, 180);
  return QStringLiteral("%1 %2").arg(number).arg(street(r));
}

QString NameBank::hotspot(DemoRandom& r, const QString& group) {
  static const auto town = list({"Taxi rank, %1", "Shop doorways on %1", "Late bar frontage, %1",
                                 "Bus station concourse by %1", "Cash machine, %1"});
  static const auto anywhere = list({"Underpass by %1", "Car park off %1", "Shop parade, %1", "Play area, %1",
                                     "Alley behind %1", "Garages at the end of %1", "Recreation ground, %1"});
  const auto& places = group == QStringLiteral("LCDG") ? town : anywhere;
  const QString place = r.pick(places);
  return place.arg(street(r));
}

QString NameBank::cohort(DemoRandom& r, const QString& group) {
  static const auto young = list({"Young people gathering at %1", "Group on bikes around %1",
                                  "Peer group linked to %1 park"});
  static const auto adults = list({"Street drinkers, %1", "Group gathering at %1", "Rough sleepers near %1",
                                   "Visitors to the flats on %1"});
  const auto& kinds = group == QStringLiteral("YJAG") ? young : adults;
  const QString kind = r.pick(kinds);
  return kind.arg(street(r));
}

QString NameBank::alias(DemoRandom& r) {
  static const auto nicknames = list({"Smudge", "Tiny", "Ace", "Spike", "Bones", "Ginger", "Skip", "Dash", "Moth",
                                      "Pip", "Rook", "Scout", "Bear", "Fizz", "Chip", "Nibs"});
  return r.pick(nicknames);
}

QString NameBank::jobTitle(DemoRandom& r, const QString& agency) {
  if (agency == QStringLiteral("POL")) {
    static const auto titles = list({"Sergeant", "Inspector", "Beat manager", "PCSO"});
    return r.pick(titles);
  }
  if (agency == QStringLiteral("LA")) {
    static const auto titles = list({"ASB officer", "Community safety officer", "Community safety manager"});
    return r.pick(titles);
  }
  if (agency == QStringLiteral("CC")) {
    static const auto titles = list({"Adult social care team manager", "Children's services manager"});
    return r.pick(titles);
  }
  if (agency == QStringLiteral("HOUS")) return QStringLiteral("Tenancy officer");
  if (agency == QStringLiteral("NHS")) return QStringLiteral("Safeguarding lead");
  if (agency == QStringLiteral("PROB")) return QStringLiteral("Probation officer");
  if (agency == QStringLiteral("FIRE")) return QStringLiteral("Community safety advocate");
  if (agency == QStringLiteral("UNI")) return QStringLiteral("Student support manager");
  if (agency == QStringLiteral("YJS")) return QStringLiteral("Youth justice worker");
  if (agency == QStringLiteral("VOL")) return QStringLiteral("Support service coordinator");
  return QStringLiteral("Partnership officer");
}

QString NameBank::venue(DemoRandom& r) {
  static const auto venues = list({"Council offices, committee room 2", "Police station, meeting room 4",
                                   "Community centre, room 1", "Online (Teams)"});
  return r.pick(venues);
}

}  // namespace casebook::demo
