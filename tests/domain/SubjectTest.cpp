#include "Subject.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>

using namespace casebook;

namespace {

Subject person(const char* name, const QDate& born, QStringList aliases = {}) {
  Subject s;
  s.name = QString::fromUtf8(name);
  s.dateOfBirth = born;
  s.aliases = std::move(aliases);
  return s;
}

const QDate kBorn(2007, 5, 1);

}  // namespace

TEST_CASE("names and addresses fold accents, case, spaces and punctuation", "[subject]") {
  CHECK(normalisedName(QStringLiteral("  Zoë   O'Neill ")) == QStringLiteral("zoe oneill"));
  CHECK(normalisedName(QStringLiteral("ZOE ONEILL")) == QStringLiteral("zoe oneill"));
  CHECK(normalisedName(QStringLiteral("Mary-Jane Smith")) == QStringLiteral("maryjane smith"));
  CHECK(normalisedName(QStringLiteral("José Álvarez")) == QStringLiteral("jose alvarez"));
  CHECK(normalisedAddress(QStringLiteral("4, Heron Close")) == QStringLiteral("4heronclose"));
  CHECK(normalisedAddress(QStringLiteral("4 HERON CLOSE.")) == QStringLiteral("4heronclose"));
  CHECK(normalisedAddress(QString()).isEmpty());
}

TEST_CASE("same name and date of birth is a likely duplicate", "[subject][duplicates]") {
  const auto existing = person("Zoë O'Neill", kBorn);
  CHECK(isLikelyDuplicate(person("Zoë O'Neill", kBorn), existing));
  CHECK(isLikelyDuplicate(person("zoe  oneill", kBorn), existing));        // accents, case, spaces, punctuation
  CHECK_FALSE(isLikelyDuplicate(person("ZOE O NEILL", kBorn), existing));  // "o neill" is two words, "oneill" one
  CHECK_FALSE(isLikelyDuplicate(person("Zoë O'Neill", kBorn.addDays(1)), existing));  // different date of birth
  Subject noBirth = person("Zoë O'Neill", kBorn);
  noBirth.dateOfBirth.reset();
  CHECK_FALSE(isLikelyDuplicate(noBirth, existing));
  CHECK_FALSE(isLikelyDuplicate(existing, noBirth));
  CHECK_FALSE(isLikelyDuplicate(person("Zoe Oneil", kBorn), existing));  // a different spelling is not matched
}

TEST_CASE("an alias and date of birth match either way round", "[subject][duplicates]") {
  const auto existing = person("Tyler Brookes", kBorn, {QStringLiteral("T-Bone"), QStringLiteral("Ty")});
  CHECK(isLikelyDuplicate(person("TY", kBorn), existing));  // their alias, our name
  CHECK(isLikelyDuplicate(person("Someone Else", kBorn, {QStringLiteral("tbone")}), existing));  // alias to alias
  CHECK(isLikelyDuplicate(person("Unknown", kBorn, {QStringLiteral("Tyler Brookes")}),
                          existing));  // our alias, their name
  CHECK_FALSE(isLikelyDuplicate(person("TY", QDate(2007, 5, 2)), existing));
  CHECK_FALSE(isLikelyDuplicate(person("Someone Else", kBorn, {QStringLiteral("   ")}), existing));
}

TEST_CASE("the same address is a likely duplicate whatever the name", "[subject][duplicates]") {
  Subject existing = person("Riley Example", kBorn);
  existing.address = QStringLiteral("4 Heron Close");
  Subject sameAddress;
  sameAddress.name = QStringLiteral("Different Person");
  sameAddress.address = QStringLiteral("4, heron close");
  CHECK(isLikelyDuplicate(sameAddress, existing));
  sameAddress.address = QStringLiteral("14 Heron Close");
  CHECK_FALSE(isLikelyDuplicate(sameAddress, existing));
  // Two subjects without an address are not alike for that reason.
  Subject noAddress;
  noAddress.name = QStringLiteral("Different Person");
  Subject otherNoAddress;
  otherNoAddress.name = QStringLiteral("Another Person");
  CHECK_FALSE(isLikelyDuplicate(noAddress, otherNoAddress));
}

TEST_CASE("places, households and cohorts match on the name alone", "[subject][duplicates]") {
  Subject hotspot;
  hotspot.kind = SubjectKind::Location;
  hotspot.name = QStringLiteral("Market Square underpass");
  Subject again = hotspot;
  again.name = QStringLiteral("market square UNDERPASS");
  CHECK(isLikelyDuplicate(again, hotspot));
  again.name = QStringLiteral("Station underpass");
  CHECK_FALSE(isLikelyDuplicate(again, hotspot));
  Subject household;
  household.kind = SubjectKind::Household;
  household.name = QStringLiteral("The Example household");
  Subject sameHousehold = household;
  CHECK(isLikelyDuplicate(sameHousehold, household));
}

TEST_CASE("initials for screens that may be shared", "[subject]") {
  Subject s;
  s.name = QStringLiteral("jordan  lee example");
  CHECK(s.initials() == QStringLiteral("J.L.E."));
  s.kind = SubjectKind::Location;
  CHECK(s.initials() == QStringLiteral("Location"));
  s.kind = SubjectKind::Cohort;
  CHECK(s.initials() == QStringLiteral("Group or cohort"));
}

TEST_CASE("age bands cover children to older adults", "[subject]") {
  const auto& bands = ageBands();
  CHECK(bands.size() == 8);
  CHECK(bands.front() == QStringLiteral("under 11"));
  CHECK(bands.contains(QStringLiteral("11-13")));
  CHECK(bands.contains(QStringLiteral("16-17")));
  CHECK(bands.back() == QStringLiteral("65+"));
}
