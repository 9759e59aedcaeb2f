#pragma once

#include "Ids.h"
#include "QuarterFigures.h"

#include <vector>

namespace casebook {

class Database;

// The aggregates behind the quarterly report (issue 7), each one SQL query over the groups
// and the period; counts only, never a row about a person.
class FiguresRepository final {
 public:
  explicit FiguresRepository(Database& db) : m_db(db) {}

  // Everything but the bands of the cases open at the end and the reviews on time, which
  // need the risk policy.
  QuarterFigures counts(const std::vector<GroupId>& groups, const QDate& first, const QDate& last);

  // The latest assessment on or before `day` of every case open or monitored on that day;
  // a case never assessed by then has none.
  struct OpenCaseRisk {
    std::optional<RiskAssessment> latest;
  };
  std::vector<OpenCaseRisk> openCaseRisks(const std::vector<GroupId>& groups, const QDate& day);

  // The reviews made in the period (assessments other than a case's first), grouped by the
  // assessment before each one (its likelihood, impact and judged band) and the days since
  // it; the service works out each due date under the policy in force.
  struct ReviewGap {
    RiskAssessment previous;  // likelihood, impact and judged band only
    int days = 0;
    int reviews = 0;
  };
  std::vector<ReviewGap> reviewGaps(const std::vector<GroupId>& groups, const QDate& first, const QDate& last);

 private:
  int count(const char* sql, const QString& groups, const QDate& first, const QDate& last);
  std::map<QString, int> tally(const char* sql, const QString& groups, const QDate& first, const QDate& last);
  void countRiskMovement(QuarterFigures& f, const QString& groups, const QDate& first, const QDate& last);
  std::map<QString, AgencyAttendance> attendance(const QString& groups, const QDate& first, const QDate& last);
  Database& m_db;
};

}  // namespace casebook
