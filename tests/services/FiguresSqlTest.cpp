// Issue 7, "done when": every quarterly figure is computed on a fixture database and compared
// with independently written SQL. The queries below were written from the definitions in
// docs/reports.md and docs/risk.md, not from FiguresRepository: groups are joined by code
// instead of read from a JSON list, the latest assessment is found with window functions
// instead of correlated subqueries, and review due dates come from the default cycles
// written out here. ?1 is a group code, or '*' for every group; ?2 and ?3 the first and last
// day.
#include "FiguresFixture.h"
#include "SettingsRepository.h"

#include <set>

using namespace casebook;
using namespace casebook::test;

namespace {

std::vector<Row> inQuarter(TestBed& bed, const char* sql, const QString& group, const Quarter& quarter) {
  return rowsOf(bed, sql,
                {group, quarter.firstDay().toString(Qt::ISODate), quarter.lastDay().toString(Qt::ISODate)});
}

int number(TestBed& bed, const char* sql, const QString& group, const Quarter& quarter) {
  const auto rows = inQuarter(bed, sql, group, quarter);
  REQUIRE(rows.size() == 1);
  return rows.front().front().toInt();
}

std::map<QString, int> byKey(TestBed& bed, const char* sql, const QString& group, const Quarter& quarter) {
  std::map<QString, int> result;
  for (const auto& r : inQuarter(bed, sql, group, quarter)) result[r[0].toString()] = r[1].toInt();
  return result;
}

// Referrals by kind: new referrals and redirections are "received"; escalations and
// step-downs are moves, counted out of (from) and into (to) the groups.
constexpr const char* kReceived =
    "SELECT count(*) FROM referrals r JOIN groups g ON g.id = r.to_group_id "
    "WHERE (?1 = '*' OR g.code = ?1) AND r.kind IN ('new', 'redirect') AND r.received_on >= ?2 AND r.received_on <= ?3";
constexpr const char* kMovesOut =
    "SELECT sum(r.kind = 'escalation'), sum(r.kind = 'step_down') FROM referrals r JOIN groups g ON g.id = r.from_group_id "
    "WHERE (?1 = '*' OR g.code = ?1) AND r.received_on >= ?2 AND r.received_on <= ?3";
constexpr const char* kMovesIn =
    "SELECT sum(r.kind = 'escalation'), sum(r.kind = 'step_down') FROM referrals r JOIN groups g ON g.id = r.to_group_id "
    "WHERE (?1 = '*' OR g.code = ?1) AND r.received_on >= ?2 AND r.received_on <= ?3";

// Open on the last day: opened by it, not closed by it, not awaiting its referral decision.
#define OPEN_AT_END                                                                                     \
  "c.status <> 'referred' AND ifnull(c.outcome, '-') != 'referral_declined' AND c.opened_on <= ?3 AND " \
  "ifnull(c.closed_on, '9999-12-31') > ?3"

// A band's rank (low 1 ... very high 4) from a score, by the default edges of docs/risk.md.
#define SCORE_RANK(score) "(CASE WHEN " score " >= 20 THEN 4 WHEN " score " >= 10 THEN 3 WHEN " score " >= 5 THEN 2 ELSE 1 END)"
#define JUDGED_RANK(band) \
  "(CASE " band " WHEN 'very_high' THEN 4 WHEN 'high' THEN 3 WHEN 'medium' THEN 2 WHEN 'low' THEN 1 ELSE 0 END)"

constexpr const char* kBands =
    "WITH latest AS (SELECT case_id, likelihood * impact AS score, judged_band, "
    "row_number() OVER (PARTITION BY case_id ORDER BY assessed_on DESC, id DESC) AS n "
    "FROM risk_assessments WHERE assessed_on <= ?3) "
    "SELECT CASE WHEN l.case_id IS NULL THEN 0 ELSE max(" SCORE_RANK("l.score") ", " JUDGED_RANK("l.judged_band") ") END, "
    "count(*) FROM cases c JOIN groups g ON g.id = c.group_id LEFT JOIN latest l ON l.case_id = c.id AND l.n = 1 "
    "WHERE (?1 = '*' OR g.code = ?1) AND " OPEN_AT_END " GROUP BY 1";

// Each case's assessments numbered in order, k = 1 its first. The movement compares the
// last one by the quarter's end, if made in the quarter, with the last one before it, or
// the first.
constexpr const char* kRiskChanges =
    "WITH numbered AS (SELECT case_id, assessed_on, likelihood * impact AS score, "
    "row_number() OVER (PARTITION BY case_id ORDER BY assessed_on, id) AS k FROM risk_assessments WHERE assessed_on <= ?3), "
    "ends AS (SELECT case_id, max(k) AS last_k, ifnull(max(CASE WHEN assessed_on < ?2 THEN k END), 1) AS start_k "
    "FROM numbered GROUP BY case_id) "
    "SELECT e.score - s.score FROM ends JOIN cases c ON c.id = ends.case_id JOIN groups g ON g.id = c.group_id "
    "JOIN numbered e ON e.case_id = ends.case_id AND e.k = ends.last_k "
    "JOIN numbered s ON s.case_id = ends.case_id AND s.k = ends.start_k "
    "WHERE (?1 = '*' OR g.code = ?1) AND e.assessed_on >= ?2 AND ends.last_k > ends.start_k";

// A review is any assessment after a case's first; due on the one before's date plus the
// cycle of its band (the higher of score and judgement): 84, 42, 28 or 14 days.
#define CYCLE(rank) "(CASE " rank " WHEN 4 THEN 14 WHEN 3 THEN 28 WHEN 2 THEN 42 ELSE 84 END)"
constexpr const char* kReviews =
    "WITH seq AS (SELECT case_id, assessed_on, lag(assessed_on) OVER w AS before_on, "
    "lag(likelihood * impact) OVER w AS before_score, lag(judged_band) OVER w AS before_judged "
    "FROM risk_assessments WINDOW w AS (PARTITION BY case_id ORDER BY assessed_on, id)) "
    "SELECT count(*), ifnull(sum(s.assessed_on <= date(s.before_on, '+' || "
    CYCLE("max(" SCORE_RANK("s.before_score") ", " JUDGED_RANK("s.before_judged") ")") " || ' days')), 0) "
    "FROM seq s JOIN cases c ON c.id = s.case_id JOIN groups g ON g.id = c.group_id "
    "WHERE (?1 = '*' OR g.code = ?1) AND s.before_on IS NOT NULL AND s.assessed_on BETWEEN ?2 AND ?3";

// An action's group: its case's, or its meeting's when it has none.
#define ACTIONS_OF_GROUPS                                                                               \
  "FROM actions a JOIN groups g ON g.id = ifnull((SELECT group_id FROM cases WHERE id = a.case_id), " \
  "(SELECT group_id FROM meetings WHERE id = a.meeting_id)) WHERE (?1 = '*' OR g.code = ?1) "
constexpr const char* kActions =
    "SELECT sum(a.raised_on BETWEEN ?2 AND ?3), sum(a.status = 'complete' AND a.completed_on BETWEEN ?2 AND ?3), "
    "sum(a.status = 'complete' AND a.completed_on BETWEEN ?2 AND ?3 AND a.completed_on <= a.due_on), "
    // Outstanding on the last day: not closed (cancelled or not completed) and not completed by it.
    "sum(a.raised_on <= ?3 AND a.due_on < ?3 AND a.status NOT IN ('cancelled', 'not_completed_circumstances', "
    "'not_completed_agency') AND NOT (a.status = 'complete' AND a.completed_on <= ?3)) " ACTIONS_OF_GROUPS;

// The register of every held meeting of the quarter that has one, with the invited members
// missing from it as absent; by the member's agency.
constexpr const char* kAttendance =
    "SELECT ifnull(ag.code, ''), x.status, count(*) FROM ("
    "  SELECT meeting_id, member_id, status FROM attendance"
    "  UNION ALL"
    "  SELECT i.meeting_id, i.member_id, 'absent' FROM meeting_invitations i LEFT JOIN attendance at"
    "    ON at.meeting_id = i.meeting_id AND at.member_id = i.member_id WHERE at.member_id IS NULL) x "
    "JOIN meetings m ON m.id = x.meeting_id JOIN groups g ON g.id = m.group_id "
    "JOIN members mb ON mb.id = x.member_id LEFT JOIN agencies ag ON ag.id = mb.agency_id "
    "WHERE (?1 = '*' OR g.code = ?1) AND m.status = 'held' AND m.held_on BETWEEN ?2 AND ?3 "
    "AND m.id IN (SELECT meeting_id FROM attendance) GROUP BY 1, 2";

QuarterFigures countedInSql(TestBed& bed, const QString& group, const Quarter& quarter) {
  QuarterFigures f;
  auto one = [&](const char* sql) { return number(bed, sql, group, quarter); };
  auto tally = [&](const char* sql) { return byKey(bed, sql, group, quarter); };
  auto row = [&](const char* sql) {
    auto rows = inQuarter(bed, sql, group, quarter);
    REQUIRE(rows.size() == 1);
    return rows.front();
  };
  f.referralsReceived = one(kReceived);
  const std::string received(kReceived);
  f.referralsAccepted = one((received + " AND r.decision = 'accepted'").c_str());
  f.referralsDeclined = one((received + " AND r.decision = 'declined'").c_str());
  f.referralsByAgency = tally(
      "SELECT CASE WHEN r.referring_agency_id IS NULL THEN '' ELSE (SELECT code FROM agencies WHERE id = "
      "r.referring_agency_id) END, count(*) FROM referrals r JOIN groups g ON g.id = r.to_group_id "
      "WHERE (?1 = '*' OR g.code = ?1) AND r.kind IN ('new', 'redirect') AND r.received_on BETWEEN ?2 AND ?3 GROUP BY 1");
  f.referralsByTheme = tally(
      "SELECT t.code, count(*) FROM themes t JOIN case_themes ct ON ct.theme_id = t.id "
      "JOIN referrals r ON r.case_id = ct.case_id JOIN groups g ON g.id = r.to_group_id "
      "WHERE (?1 = '*' OR g.code = ?1) AND r.kind IN ('new', 'redirect') AND r.received_on BETWEEN ?2 AND ?3 GROUP BY 1");
  const Row out = row(kMovesOut);
  f.escalationsOut = out[0].toInt();
  f.stepDownsOut = out[1].toInt();
  const Row in = row(kMovesIn);
  f.escalationsIn = in[0].toInt();
  f.stepDownsIn = in[1].toInt();

  f.casesOpened = one("SELECT count(*) FROM cases c JOIN groups g ON g.id = c.group_id "
                      "WHERE (?1 = '*' OR g.code = ?1) AND ifnull(c.outcome, '-') != 'referral_declined' AND c.opened_on >= ?2 AND c.opened_on <= ?3");
  f.casesClosed = one("SELECT count(*) FROM cases c JOIN groups g ON g.id = c.group_id "
                      "WHERE (?1 = '*' OR g.code = ?1) AND ifnull(c.outcome, '-') != 'referral_declined' AND c.closed_on >= ?2 AND c.closed_on <= ?3");
  f.outcomes = tally("SELECT c.outcome, count(*) FROM cases c JOIN groups g ON g.id = c.group_id "
                     "WHERE (?1 = '*' OR g.code = ?1) AND ifnull(c.outcome, '-') != 'referral_declined' AND c.closed_on >= ?2 AND c.closed_on <= ?3 GROUP BY 1");
  for (const auto& r : inQuarter(bed, kBands, group, quarter)) {
    const int rank = r[0].toInt();
    f.openAtEnd += r[1].toInt();
    if (rank == 0) {
      f.openAtEndUnscored = r[1].toInt();
    } else {
      f.openAtEndByBand[EnumTable<RiskBand>::entries.at(static_cast<std::size_t>(rank - 1)).value] = r[1].toInt();
    }
  }
  f.openAtEndByPriority = tally(
      "SELECT ifnull((SELECT p.code FROM priorities p WHERE p.id = c.priority_id), ''), count(*) "
      "FROM cases c JOIN groups g ON g.id = c.group_id WHERE (?1 = '*' OR g.code = ?1) AND " OPEN_AT_END " GROUP BY 1");

  std::vector<int> changes;
  for (const auto& r : inQuarter(bed, kRiskChanges, group, quarter)) {
    const int change = r[0].toInt();
    changes.push_back(change);
    ++(change < 0 ? f.riskFell : change > 0 ? f.riskRose : f.riskStayed);
  }
  f.riskMedianChange = medianOf(changes);
  const Row reviews = row(kReviews);
  f.reviewsDone = reviews[0].toInt();
  f.reviewsOnTime = reviews[1].toInt();

  const Row actions = row(kActions);
  f.actionsRaised = actions[0].toInt();
  f.actionsCompleted = actions[1].toInt();
  f.actionsCompletedOnTime = actions[2].toInt();
  f.actionsOverdueAtEnd = actions[3].toInt();
  f.meetingsHeld = one("SELECT count(*) FROM meetings m JOIN groups g ON g.id = m.group_id "
                       "WHERE (?1 = '*' OR g.code = ?1) AND m.status = 'held' AND m.held_on BETWEEN ?2 AND ?3");
  for (const auto& r : inQuarter(bed, kAttendance, group, quarter)) {
    AgencyAttendance& a = f.attendanceByAgency[r[0].toString()];
    const QString status = r[1].toString();
    const int n = r[2].toInt();
    a.expected += n;
    if (status == QLatin1String("present")) a.present += n;
    if (status == QLatin1String("deputy")) a.deputy += n;
    if (status == QLatin1String("apologies")) a.apologies += n;
    if (status == QLatin1String("absent")) a.absent += n;
    if (status == QLatin1String("update_sent")) a.updateSent += n;
    if (status == QLatin1String("observer")) a.observer += n;
  }
  return f;
}

#undef OPEN_AT_END
#undef SCORE_RANK
#undef JUDGED_RANK
#undef CYCLE
#undef ACTIONS_OF_GROUPS

}  // namespace

TEST_CASE("quarterly figures agree with independently written SQL on the demo database", "[figures]") {
  TestBed bed(QDate(2024, 6, 15));
  demoWithWhatTheFiguresNeed(bed, 400);
  // The SQL above writes out the default bands and cycles of docs/risk.md.
  const RiskPolicy policy = *bed.db->read([&]() -> Result<RiskPolicy> { return SettingsRepository(*bed.db).riskPolicy(); });
  const RiskPolicy defaults = RiskPolicy::defaults();
  REQUIRE(policy.rules().size() == defaults.rules().size());
  for (std::size_t i = 0; i < defaults.rules().size(); ++i) {
    CHECK(policy.rules()[i].minScore == defaults.rules()[i].minScore);
    CHECK(policy.rules()[i].reviewDays == defaults.rules()[i].reviewDays);
  }

  // Three quarters asked for, each with the quarter before and a year before: nine periods
  // from 2023 Q1 to 2024 Q2, calendar and financial.
  const Quarter asked[] = {Quarter::calendar(2024, 1), Quarter::calendar(2023, 3), Quarter::financial(2024, 1)};
  const QString oneGroup = GENERATE(QStringLiteral("YJAG"), QStringLiteral("*"));
  for (const Quarter& quarter : asked) {
    INFO("group " << oneGroup.toStdString() << ", quarter asked " << quarter.name().toStdString());
    auto got = FiguresService(bed.ctx).quarter(quarter, oneGroup == QLatin1String("*") ? QStringList() : QStringList{oneGroup});
    INFO(errorText(got));
    REQUIRE(got.ok());
    for (const QuarterFigures* figures : {&got->now, &got->previous, &got->lastYear}) {
      const QuarterFigures want = countedInSql(bed, oneGroup, figures->quarter);
      checkSame(*figures, want);
      // Not vacuous: every period has work in it.
      CHECK(want.referralsReceived > 0);
      CHECK(want.openAtEnd > 0);
      CHECK(want.reviewsDone > 0);
      CHECK(want.riskFell + want.riskRose + want.riskStayed > 0);
      CHECK(want.meetingsHeld > 0);
      CHECK_FALSE(want.attendanceByAgency.empty());
      CHECK(want.openAtEndByPriority.size() > 1);
    }
  }
}
