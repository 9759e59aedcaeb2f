#pragma once

#include "Directory.h"
#include "Result.h"

#include <QDate>
#include <QHash>
#include <QStringList>

#include <memory>
#include <optional>

namespace casebook {

class Database;
class DirectoryRepository;
struct ServiceContext;

// Lookups that succeeded, kept while the directory cannot change: one import, inside its
// one transaction, names the same few groups, agencies, members and themes on every row,
// and each row looks each name up two or three times (checked, then used by the case and
// its referral). DirectoryMemo::Scope sets it.
struct DirectoryMemo {
  QHash<QString, Group> groups;
  QHash<QString, AreaId> areas;
  QHash<QString, AgencyId> agencies;
  QHash<QString, MemberId> members;
  QHash<QString, QString> themes;  // a code or label as written, to its code

  // Lookups through the context use the memo while this lives. Only for work that writes
  // nothing to the directory: a lookup would not see what it wrote.
  class Scope final {
   public:
    explicit Scope(const ServiceContext& ctx);
    ~Scope();
    Scope(const Scope&) = delete;
    Scope& operator=(const Scope&) = delete;

   private:
    const ServiceContext& m_ctx;
    std::unique_ptr<DirectoryMemo> m_own;  // none when an outer scope's memo is in use
  };
};

// Turns what a user typed (group and agency codes, member names or #ids, case references)
// into ids, with errors that name the field and list what would have been accepted.
// Call inside a Database transaction.
class Lookup final {
 public:
  // With the context's memo, when a DirectoryMemo::Scope is open.
  explicit Lookup(const ServiceContext& ctx);

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
  Result<MemberId> findMember(const QString& text, const QString& field);
  QString themeCode(DirectoryRepository& repo, const QString& written);

  Database& m_db;
  DirectoryMemo* m_memo;
};

}  // namespace casebook
