#pragma once

#include "CaseHistoryFigures.h"
#include "Ids.h"
#include "QuarterFigures.h"

#include <functional>
#include <vector>

namespace casebook {

class Database;

// The aggregates behind the quarterly report (issue 7): counts over the groups and the
// period, and the cases' histories the quarter-end and risk figures are counted from. Never
// a name, a reference or a note.
class FiguresRepository final {
 public:
  explicit FiguresRepository(Database& db) : m_db(db) {}

  // Everything but what CaseHistoryFigures counts from each case's history.
  QuarterFigures counts(const std::vector<GroupId>& groups, const QDate& first, const QDate& last);

  // Every case of the groups, with its assessments, one at a time, in one pass for all the
  // quarters a report counts.
  void forEachCaseHistory(const std::vector<GroupId>& groups, const std::function<void(const CaseHistory&)>& take);

 private:
  int count(const char* sql, const QString& groups, const QDate& first, const QDate& last);
  std::map<QString, int> tally(const char* sql, const QString& groups, const QDate& first, const QDate& last);
  std::map<QString, AgencyAttendance> attendance(const QString& groups, const QDate& first, const QDate& last);
  Database& m_db;
};

}  // namespace casebook
