#include "Action.h"
#include "Case.h"
#include "Directory.h"
#include "EnumKeys.h"
#include "Meeting.h"
#include "Note.h"
#include "Referral.h"
#include "Risk.h"
#include "Subject.h"
#include "TestSupport.h"

#include <QRegularExpression>
#include <QSet>

#include <catch2/catch.hpp>

using namespace casebook;

namespace {

// Keys are stored in the database and written to CSV and JSON: each must be unique,
// lower-case snake_case, and read back to its value; so must each label.
template <typename E>
void checkTable(const char* name) {
  INFO(name);
  static const QRegularExpression snake(QStringLiteral("^[a-z][a-z0-9]*(_[a-z0-9]+)*$"));
  QSet<QString> keys;
  for (const auto& entry : EnumTable<E>::entries) {
    const QString key = toKey(entry.value);
    const QString label = toLabel(entry.value);
    INFO(key);
    CHECK(snake.match(key).hasMatch());
    CHECK_FALSE(keys.contains(key));
    keys.insert(key);
    CHECK_FALSE(label.isEmpty());
    CHECK(enumFromKey<E>(key) == entry.value);
    CHECK(enumFromKey<E>(label) == entry.value);
    CHECK(enumFromKey<E>(key.toUpper()) == entry.value);
    const QString padded = QStringLiteral("  ") + label.toLower() + QStringLiteral(" ");
    CHECK(enumFromKey<E>(padded) == entry.value);
  }
  CHECK(allKeys<E>().size() == static_cast<qsizetype>(EnumTable<E>::entries.size()));
  CHECK_FALSE(enumFromKey<E>(QStringLiteral("no such value")).has_value());
  CHECK_FALSE(enumFromKey<E>(QString()).has_value());
}

}  // namespace

TEST_CASE("every enum's keys and labels round-trip", "[enums]") {
  checkTable<RiskBand>("RiskBand");
  checkTable<CaseStatus>("CaseStatus");
  checkTable<Outcome>("Outcome");
  checkTable<Forum>("Forum");
  checkTable<ReferralKind>("ReferralKind");
  checkTable<ReferralCriterion>("ReferralCriterion");
  checkTable<ReferralDecision>("ReferralDecision");
  checkTable<ConsentBasis>("ConsentBasis");
  checkTable<ActionStatus>("ActionStatus");
  checkTable<MeetingStatus>("MeetingStatus");
  checkTable<AttendanceStatus>("AttendanceStatus");
  checkTable<AgendaItemKind>("AgendaItemKind");
  checkTable<SubjectKind>("SubjectKind");
  checkTable<SubjectRole>("SubjectRole");
  checkTable<MembershipRole>("MembershipRole");
  checkTable<LinkRelation>("LinkRelation");
}

TEST_CASE("enum parsing tolerates case, spaces, hyphens and underscores", "[enums]") {
  CHECK(enumFromKey<RiskBand>(QStringLiteral("Very high")) == RiskBand::VeryHigh);
  CHECK(enumFromKey<RiskBand>(QStringLiteral("very-high")) == RiskBand::VeryHigh);
  CHECK(enumFromKey<RiskBand>(QStringLiteral("VERY_HIGH")) == RiskBand::VeryHigh);
  CHECK(enumFromKey<RiskBand>(QStringLiteral("Very-High")) == RiskBand::VeryHigh);
  CHECK(enumFromKey<ActionStatus>(QStringLiteral("In progress")) == ActionStatus::InProgress);
  CHECK(enumFromKey<ActionStatus>(QStringLiteral("in-progress")) == ActionStatus::InProgress);
  CHECK(enumFromKey<ActionStatus>(QStringLiteral("not-completed-agency")) == ActionStatus::NotCompletedAgency);
  CHECK(enumFromKey<Outcome>(QStringLiteral("Moved out of area")) == Outcome::MovedOutOfArea);
  CHECK(enumFromKey<Forum>(QStringLiteral("MARAC")) == Forum::Marac);
  CHECK(enumFromKey<AttendanceStatus>(QStringLiteral("Update sent")) == AttendanceStatus::UpdateSent);
  CHECK(enumFromKey<SubjectKind>(QStringLiteral("Group or cohort")) == SubjectKind::Cohort);
  CHECK_FALSE(enumFromKey<RiskBand>(QStringLiteral("extreme")).has_value());
  CHECK_FALSE(enumFromKey<RiskBand>(QStringLiteral("veryhigh")).has_value());
}

TEST_CASE("stored keys do not change", "[enums]") {
  // These strings are in every database and export already written: renaming one breaks them.
  CHECK(allKeys<RiskBand>() == QStringList{QStringLiteral("low"), QStringLiteral("medium"), QStringLiteral("high"),
                                           QStringLiteral("very_high")});
  CHECK(allKeys<CaseStatus>() == QStringList{QStringLiteral("referred"), QStringLiteral("open"),
                                             QStringLiteral("monitoring"), QStringLiteral("closed")});
  CHECK(toKey(Outcome::TransferredToOtherForum) == QStringLiteral("transferred"));
  CHECK(toKey(Outcome::ReferralDeclined) == QStringLiteral("referral_declined"));
  CHECK(toKey(ReferralKind::StepDown) == QStringLiteral("step_down"));
  CHECK(toKey(ActionStatus::NotCompletedCircumstances) == QStringLiteral("not_completed_circumstances"));
  CHECK(toKey(AttendanceStatus::UpdateSent) == QStringLiteral("update_sent"));
  CHECK(toKey(ConsentBasis::LawfulBasisWithoutConsent) == QStringLiteral("lawful_basis"));
}
