#pragma once

#include <QString>

#include <functional>

namespace casebook {

class Database;

// Every value that identifies a subject, for the check a report passes before export
// (docs/reports.md, "Disclosure control"): names, aliases, addresses, dates of birth and
// case references, across all groups whatever the user may see.
class IdentifierRepository final {
 public:
  explicit IdentifierRepository(Database& db) : m_db(db) {}

  enum class Kind { Name, Alias, Address, DateOfBirth, CaseReference };
  struct Identifier {
    Kind kind = Kind::Name;
    QString text;
    QString caseReference;  // one case of the subject, to say which record the hit came from
    qint64 groupId = 0;     // that case's group, so the reference is shown only to who may see it
    bool person = false;    // a person's name, also looked for as people write names
  };

  // Streams rather than returns: a county's database holds a hundred thousand subjects.
  void forEach(const std::function<void(const Identifier&)>& visit);

 private:
  Database& m_db;
};

}  // namespace casebook
