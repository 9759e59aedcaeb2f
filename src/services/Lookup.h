#pragma once

#include "Directory.h"
#include "Result.h"

#include <QDate>
#include <QStringList>

#include <optional>

namespace casebook {

class Database;

// Turns what a user typed (group and agency codes, member names or #ids, case references)
// into ids, with errors that name the field and list what would have been accepted.
// Call inside a Database transaction.
class Lookup final {
 public:
  explicit Lookup(Database& db) : m_db(db) {}

  Result<Group> group(const QString& code, const QString& field = QStringLiteral("group"));
  Result<AreaId> area(const QString& code, const QString& field = QStringLiteral("area"));
  Result<AgencyId> agency(const QString& code, const QString& field = QStringLiteral("agency"));
  // "#12" or "12" is a member id; anything else an exact (case-insensitive) name.
  Result<MemberId> member(const QString& text, const QString& field = QStringLiteral("member"));
  Result<CaseId> caseByReference(const QString& reference, const QString& field = QStringLiteral("case"));
  Result<QStringList> themes(const QStringList& codes, const QString& field = QStringLiteral("themes"));
  // A priority of the plan in force on the day, by its code (P1 ...); empty text means none.
  Result<std::optional<PriorityId>> priority(const QString& code, const QDate& day);

  // Empty text means "none"; otherwise as above.
  Result<std::optional<AreaId>> optionalArea(const QString& code);
  Result<std::optional<AgencyId>> optionalAgency(const QString& code, const QString& field);
  Result<std::optional<MemberId>> optionalMember(const QString& text, const QString& field);

 private:
  Database& m_db;
};

}  // namespace casebook
