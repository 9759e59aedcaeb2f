#pragma once

#include "Case.h"
#include "CaseQuery.h"
#include "Note.h"

#include <optional>
#include <vector>

namespace casebook {

class Database;

struct CasePresence {
  CaseId caseId;
  QString reference;
  GroupId groupId;
  QString groupCode;
  CaseStatus status = CaseStatus::Open;
};

struct CaseEvent {
  QDate on;
  QString kind;  // opened, status, moved, closed, reopened, updated
  std::optional<GroupId> groupId;
  QString detail;
};

struct LinkedCase {
  CaseId caseId;
  QString reference;
  LinkRelation relation = LinkRelation::Other;
  QString note;
};

class CaseRepository final {
 public:
  explicit CaseRepository(Database& db) : m_db(db) {}

  CaseId insert(const Case& c);  // the subject must already be stored
  // Writes the fields but the subject in which `after` differs from `before`, the case as read.
  void update(const Case& before, const Case& after);
  std::optional<Case> get(CaseId id);
  std::optional<CaseId> idByReference(const QString& reference);
  int nextSequence(const QString& groupCode, int year);

  std::vector<CaseSummary> list(const CaseQuery& query);
  int count(const CaseQuery& query);
  std::vector<CasePresence> presencesOfSubject(SubjectId subject);

  void addEvent(CaseId id, const CaseEvent& event);
  std::vector<CaseEvent> events(CaseId id);

  bool linkExists(CaseId a, CaseId b);
  void insertLink(const CaseLink& link);
  std::vector<LinkedCase> links(CaseId id);

  NoteId insertNote(const Note& note);
  std::vector<Note> notes(CaseId id);

 private:
  void writeThemes(const Case& c);
  Database& m_db;
};

}  // namespace casebook
