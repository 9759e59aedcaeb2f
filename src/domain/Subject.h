#pragma once

#include "EnumKeys.h"
#include "Ids.h"

#include <QDate>
#include <QStringList>

#include <optional>

namespace casebook {

enum class SubjectKind { Person, Household, Location, Cohort };

template <>
struct EnumTable<SubjectKind> {
  static constexpr std::array<EnumEntry<SubjectKind>, 4> entries{{
      {SubjectKind::Person, "person", "Person"},
      {SubjectKind::Household, "household", "Household"},
      {SubjectKind::Location, "location", "Location"},
      {SubjectKind::Cohort, "cohort", "Group or cohort"},
  }};
};

// A person may be a victim, a perpetrator or both; vulnerable people are often both.
enum class SubjectRole { Victim, Perpetrator, Both, NotApplicable };

template <>
struct EnumTable<SubjectRole> {
  static constexpr std::array<EnumEntry<SubjectRole>, 4> entries{{
      {SubjectRole::Victim, "victim", "Victim"},
      {SubjectRole::Perpetrator, "perpetrator", "Perpetrator"},
      {SubjectRole::Both, "both", "Victim and perpetrator"},
      {SubjectRole::NotApplicable, "not_applicable", "Not applicable"},
  }};
};

// Whom (or where) a case is about. Every field here is personal data: never logged.
struct Subject {
  SubjectId id;
  SubjectKind kind = SubjectKind::Person;
  QString name;  // person's name, household name, address of a location, cohort name
  QStringList aliases;
  std::optional<QDate> dateOfBirth;
  QString ageBand;  // when the date of birth is unknown, e.g. "11-13", "18-25"
  QString address;

  // "A. B." style initials, for agenda packs and screens that may be shared.
  QString initials() const;
};

// Likely duplicates shown before saving a new case: same name or alias and date of birth,
// or the same address (DOMAIN.md, as good ASB systems do).
QString normalisedName(const QString& name);
QString normalisedAddress(const QString& address);
bool isLikelyDuplicate(const Subject& candidate, const Subject& existing);

const QStringList& ageBands();

}  // namespace casebook
