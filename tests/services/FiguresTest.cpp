// Issue 7: every quarterly figure computed by FiguresService on a demo database is
// recomputed here another way (raw rows read back and counted in C++, not the service's
// SQL), for one group and for all, in three quarters. FiguresSqlTest.cpp counts them a third
// way, in SQL written from docs/reports.md.
#include "FiguresFixture.h"
#include "GroupAccessPolicy.h"
#include "ServiceFixture.h"
#include "SettingsRepository.h"

#include <algorithm>
#include <map>
#include <set>

using namespace casebook;
using namespace casebook::test;

namespace {

QDate day(const QVariant& v) { return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate); }

// The figures, counted from whole tables in C++.
QuarterFigures recount(TestBed& bed, const std::set<qint64>& groups, const Quarter& quarter) {
  const QDate first = quarter.firstDay();
  const QDate last = quarter.lastDay();
  auto in = [&](const QVariant& group) { return !group.isNull() && groups.count(group.toLongLong()) > 0; };
  auto during = [&](const QDate& d) { return d.isValid() && d >= first && d <= last; };
  QuarterFigures f;

  std::map<qint64, QString> agencyCode;
  for (const auto& r : rowsOf(bed, "SELECT id, code FROM agencies")) agencyCode[r[0].toLongLong()] = r[1].toString();
  std::multimap<qint64, QString> themesOf;
  for (const auto& r : rowsOf(bed, "SELECT ct.case_id, t.code FROM case_themes ct JOIN themes t ON t.id = ct.theme_id")) {
    themesOf.emplace(r[0].toLongLong(), r[1].toString());
  }
  for (const auto& r : rowsOf(bed, "SELECT kind, to_group_id, from_group_id, received_on, decision, referring_agency_id, "
                                   "case_id FROM referrals")) {
    const QString kind = r[0].toString();
    if (!during(day(r[3]))) continue;
    if ((kind == QLatin1String("new") || kind == QLatin1String("redirect")) && in(r[1])) {
      ++f.referralsReceived;
      if (r[4].toString() == QLatin1String("accepted")) ++f.referralsAccepted;
      if (r[4].toString() == QLatin1String("declined")) ++f.referralsDeclined;
      ++f.referralsByAgency[r[5].isNull() ? QString() : agencyCode[r[5].toLongLong()]];
      const auto [from, to] = themesOf.equal_range(r[6].toLongLong());
      for (auto it = from; it != to; ++it) ++f.referralsByTheme[it->second];
    }
    if (kind == QLatin1String("escalation")) {
      if (in(r[2])) ++f.escalationsOut;
      if (in(r[1])) ++f.escalationsIn;
    }
    if (kind == QLatin1String("step_down")) {
      if (in(r[2])) ++f.stepDownsOut;
      if (in(r[1])) ++f.stepDownsIn;
    }
  }

  // Each case's assessments in order (by date, then as recorded), the latest last.
  const RiskPolicy policy = *bed.db->read([&]() -> Result<RiskPolicy> { return SettingsRepository(*bed.db).riskPolicy(); });
  struct Assessed {
    QDate on;
    RiskAssessment a;
  };
  std::map<qint64, std::vector<Assessed>> history;
  for (const auto& r : rowsOf(bed, "SELECT case_id, assessed_on, likelihood, impact, judged_band FROM risk_assessments "
                                   "ORDER BY id")) {
    RiskAssessment a;
    a.likelihood = r[2].toInt();
    a.impact = r[3].toInt();
    if (!r[4].isNull()) a.judgedBand = enumFromKey<RiskBand>(r[4].toString());
    history[r[0].toLongLong()].push_back({day(r[1]), a});
  }
  for (auto& [caseId, assessed] : history) {
    std::stable_sort(assessed.begin(), assessed.end(), [](const Assessed& x, const Assessed& y) { return x.on < y.on; });
  }
  std::map<qint64, QString> priorityCode;
  for (const auto& r : rowsOf(bed, "SELECT id, code FROM priorities")) priorityCode[r[0].toLongLong()] = r[1].toString();

  std::vector<int> changes;
  for (const auto& r : rowsOf(bed, "SELECT id, group_id, opened_on, closed_on, status, outcome, priority_id FROM cases")) {
    if (!in(r[1])) continue;
    const QDate opened = day(r[2]);
    const QDate closed = day(r[3]);
    // A declined referral is counted among referrals, never as a case.
    const bool declined = r[5].toString() == QLatin1String("referral_declined");
    if (during(opened) && !declined) ++f.casesOpened;
    if (during(closed) && !declined) {
      ++f.casesClosed;
      ++f.outcomes[r[5].toString()];
    }
    const std::vector<Assessed>& assessed = history[r[0].toLongLong()];
    // Positions of the latest assessment by the last day and the latest before the first.
    std::optional<std::size_t> atEnd;
    std::optional<std::size_t> beforeStart;
    for (std::size_t i = 0; i < assessed.size(); ++i) {
      if (assessed[i].on <= last) atEnd = i;
      if (assessed[i].on < first) beforeStart = i;
    }
    if (r[4].toString() != QLatin1String("referred") && !declined && opened <= last && (!closed.isValid() || closed > last)) {
      ++f.openAtEnd;
      if (atEnd) {
        ++f.openAtEndByBand[assessed[*atEnd].a.effectiveBand(policy)];
      } else {
        ++f.openAtEndUnscored;
      }
      ++f.openAtEndByPriority[r[6].isNull() ? QString() : priorityCode.at(r[6].toLongLong())];
    }
    const std::size_t start = beforeStart.value_or(0);
    if (atEnd && during(assessed[*atEnd].on) && *atEnd != start) {
      const int change = assessed[*atEnd].a.score() - assessed[start].a.score();
      changes.push_back(change);
      ++(change < 0 ? f.riskFell : change > 0 ? f.riskRose : f.riskStayed);
    }
    for (std::size_t i = 1; i < assessed.size(); ++i) {
      if (!during(assessed[i].on)) continue;
      ++f.reviewsDone;
      const Assessed& before = assessed[i - 1];
      if (assessed[i].on <= policy.nextReviewDate(before.a.effectiveBand(policy), before.on)) ++f.reviewsOnTime;
    }
  }
  f.riskMedianChange = medianOf(changes);
  for (const auto& r : rowsOf(bed, "SELECT c.group_id, m.group_id, a.raised_on, a.due_on, a.status, a.completed_on "
                                   "FROM actions a LEFT JOIN cases c ON c.id = a.case_id "
                                   "LEFT JOIN meetings m ON m.id = a.meeting_id")) {
    if (!in(r[0].isNull() ? r[1] : r[0])) continue;
    const QDate raised = day(r[2]);
    const QDate due = day(r[3]);
    const QString status = r[4].toString();
    const QDate completed = day(r[5]);
    if (during(raised)) ++f.actionsRaised;
    if (status == QLatin1String("complete") && during(completed)) {
      ++f.actionsCompleted;
      if (completed <= due) ++f.actionsCompletedOnTime;
    }
    const bool outstandingAtEnd = status == QLatin1String("open") || status == QLatin1String("in_progress") ||
                                  (status == QLatin1String("complete") && completed > last);
    if (raised <= last && due < last && outstandingAtEnd) ++f.actionsOverdueAtEnd;
  }
  std::set<qint64> counted;  // held in the quarter, with a register
  std::set<qint64> withRegister;
  for (const auto& r : rowsOf(bed, "SELECT meeting_id FROM attendance")) withRegister.insert(r[0].toLongLong());
  for (const auto& r : rowsOf(bed, "SELECT group_id, held_on, status, id FROM meetings")) {
    if (in(r[0]) && r[2].toString() == QLatin1String("held") && during(day(r[1]))) {
      ++f.meetingsHeld;
      if (withRegister.count(r[3].toLongLong()) > 0) counted.insert(r[3].toLongLong());
    }
  }
  std::map<qint64, QString> agencyOf;
  for (const auto& r : rowsOf(bed, "SELECT id, agency_id FROM members")) {
    agencyOf[r[0].toLongLong()] = r[1].isNull() ? QString() : agencyCode.at(r[1].toLongLong());
  }
  std::set<std::pair<qint64, qint64>> onRegister;
  for (const auto& r : rowsOf(bed, "SELECT meeting_id, member_id, status FROM attendance")) {
    if (counted.count(r[0].toLongLong()) == 0) continue;
    onRegister.insert({r[0].toLongLong(), r[1].toLongLong()});
    AgencyAttendance& a = f.attendanceByAgency[agencyOf.at(r[1].toLongLong())];
    ++a.expected;
    const QString status = r[2].toString();
    ++(status == QLatin1String("present")       ? a.present
       : status == QLatin1String("deputy")      ? a.deputy
       : status == QLatin1String("apologies")   ? a.apologies
       : status == QLatin1String("update_sent") ? a.updateSent
       : status == QLatin1String("observer")    ? a.observer
                                                : a.absent);
  }
  for (const auto& r : rowsOf(bed, "SELECT meeting_id, member_id FROM meeting_invitations")) {
    if (counted.count(r[0].toLongLong()) == 0 || onRegister.count({r[0].toLongLong(), r[1].toLongLong()}) > 0) continue;
    AgencyAttendance& a = f.attendanceByAgency[agencyOf.at(r[1].toLongLong())];
    ++a.expected;
    ++a.absent;
  }
  return f;
}

}  // namespace

TEST_CASE("quarterly figures agree with the same figures counted from the raw rows", "[figures]") {
  TestBed bed(QDate(2024, 6, 15));
  demoWithWhatTheFiguresNeed(bed, 400);
  const auto ids = groupIds(bed);
  const Quarter quarter = Quarter::calendar(2024, 1);

  SECTION("one group") {
    auto got = FiguresService(bed.ctx).quarter(quarter, {QStringLiteral("YJAG")});
    INFO(errorText(got));
    REQUIRE(got.ok());
    CHECK(got->groups == QStringList{QStringLiteral("YJAG")});
    const std::set<qint64> yjag{ids.at(QStringLiteral("YJAG"))};
    checkSame(got->now, recount(bed, yjag, quarter));
    checkSame(got->previous, recount(bed, yjag, Quarter::calendar(2023, 4)));
    checkSame(got->lastYear, recount(bed, yjag, Quarter::calendar(2023, 1)));
    // Not vacuous: the demo gives the group work in the quarter.
    CHECK(got->now.referralsReceived > 0);
    CHECK(got->now.openAtEnd > 0);
    CHECK(got->now.actionsRaised > 0);
    CHECK(got->now.meetingsHeld > 0);
    CHECK(got->now.escalationsOut + got->previous.escalationsOut + got->lastYear.escalationsOut > 0);
    CHECK(got->now.riskFell > 0);
    CHECK(got->now.riskRose > 0);
    CHECK(got->now.riskMedianChange.has_value());
    CHECK(got->now.reviewsOnTime > 0);
    CHECK(got->now.reviewsDone > got->now.reviewsOnTime);
    CHECK(got->now.openAtEndByPriority.size() == 3);  // P1 (of either plan), P2 and none
    CHECK(got->now.attendanceByAgency.size() > 2);
  }
  SECTION("every group") {
    auto got = FiguresService(bed.ctx).quarter(quarter, {});
    REQUIRE(got.ok());
    CHECK(got->groups.size() == static_cast<qsizetype>(ids.size()));
    std::set<qint64> all;
    for (const auto& [code, id] : ids) all.insert(id);
    checkSame(got->now, recount(bed, all, quarter));
    checkSame(got->previous, recount(bed, all, Quarter::calendar(2023, 4)));
    checkSame(got->lastYear, recount(bed, all, Quarter::calendar(2023, 1)));
    CHECK(got->now.casesClosed > 0);
    CHECK(got->now.riskStayed > 0);
    // The member without an agency: on some registers, invited and missing from others.
    REQUIRE(got->now.attendanceByAgency.count(QString()) == 1);
    CHECK(got->now.attendanceByAgency.at(QString()).present > 0);
    CHECK(got->now.attendanceByAgency.at(QString()).absent > 0);
    CHECK(got->now.stepDownsIn + got->previous.stepDownsIn + got->lastYear.stepDownsIn > 0);
  }
}

namespace {

// A case in a group whose referral (and first assessment, likelihood x impact) was received
// on a day.
QString caseScoredOn(TestBed& bed, const char* group, const char* subject, const QDate& on, int likelihood, int impact) {
  NewCaseInput input = newCase(group, subject, likelihood, impact);
  input.referral.receivedOn = on;
  return createCase(bed, input);
}

void rescore(TestBed& bed, const QString& reference, const QDate& on, int likelihood, int impact,
             std::optional<RiskBand> judged = {}) {
  RiskInput input{reference, likelihood, impact, on, QStringLiteral("Tester"), QStringLiteral("Reviewed"), judged, {}};
  if (judged) input.judgementReason = QStringLiteral("Professional judgement");
  auto done = RiskService(bed.ctx).assess(input);
  INFO(errorText(done));
  REQUIRE(done.ok());
}

}  // namespace

// Risk movement and reviews on a handful of cases whose every date is chosen, so each
// figure can be worked out by hand (docs/reports.md); default bands and review cycles.
TEST_CASE("quarterly figures count risk movement and reviews on time of hand-made cases (median of odd and even counts)",
          "[figures]") {
  TestBed bed(QDate(2024, 6, 15));
  const Quarter q2 = Quarter::calendar(2024, 2);  // 1 April to 30 June 2024
  // A: 9 before the quarter, 6 in it: fell by 3. The review (20 Apr) was due 21 Feb: late.
  const QString a = caseScoredOn(bed, "YJAG", "Alex Able", QDate(2024, 1, 10), 3, 3);
  rescore(bed, a, QDate(2024, 4, 20), 2, 3);
  // B: first scored in the quarter (4), then 16, then 12: rose by 8 from its first score.
  // 1 May is within 84 days of a low 4: on time; 1 Jun is 31 days after a high 16: late.
  const QString b = caseScoredOn(bed, "YJAG", "Bea Bright", QDate(2024, 4, 5), 2, 2);
  rescore(bed, b, QDate(2024, 5, 1), 4, 4);
  rescore(bed, b, QDate(2024, 6, 1), 3, 4);
  // C: 12 by March, 12 again in May: stayed. Its March review is not the quarter's.
  const QString c = caseScoredOn(bed, "YJAG", "Cal Crane", QDate(2024, 2, 1), 3, 3);
  rescore(bed, c, QDate(2024, 3, 1), 4, 3);
  rescore(bed, c, QDate(2024, 5, 10), 4, 3);
  // H: 4, judged very high the next day (on time), then 6: rose by 2 from the first. The
  // last review came 17 days after the judgement, whose cycle is 14: late.
  const QString h = caseScoredOn(bed, "YJAG", "Hal Hart", QDate(2024, 4, 2), 2, 2);
  rescore(bed, h, QDate(2024, 4, 3), 2, 2, RiskBand::VeryHigh);
  rescore(bed, h, QDate(2024, 4, 20), 3, 2);
  // K: 9 in January, then twice on 2 May (12, then 8): the one recorded later is the latest,
  // so fell by 1. The first on 2 May was due in February (late); the second was due the same
  // day (on time).
  const QString k = caseScoredOn(bed, "YJAG", "Kit Kane", QDate(2024, 1, 15), 3, 3);
  rescore(bed, k, QDate(2024, 5, 2), 4, 3);
  rescore(bed, k, QDate(2024, 5, 2), 2, 4);
  // Not counted: D only re-assessed before the quarter, E scored once in it, L in another
  // group.
  const QString d = caseScoredOn(bed, "YJAG", "Dee Dale", QDate(2024, 1, 2), 2, 2);
  rescore(bed, d, QDate(2024, 2, 2), 3, 2);
  caseScoredOn(bed, "YJAG", "Eve Ellis", QDate(2024, 5, 2), 5, 5);
  const QString l = caseScoredOn(bed, "LEDG", "Lou Lane", QDate(2024, 4, 1), 1, 1);
  rescore(bed, l, QDate(2024, 4, 8), 5, 5);

  auto figures = [&] {
    auto got = FiguresService(bed.ctx).quarter(q2, {QStringLiteral("YJAG")});
    INFO(errorText(got));
    REQUIRE(got.ok());
    return got->now;
  };
  // Changes -3, -1, 0, +2, +8: an odd count, so the middle one.
  QuarterFigures f = figures();
  CHECK(f.riskFell == 2);
  CHECK(f.riskRose == 2);
  CHECK(f.riskStayed == 1);
  REQUIRE(f.riskMedianChange.has_value());
  CHECK(*f.riskMedianChange == Approx(0.0));
  CHECK(f.reviewsDone == 8);    // A 1, B 2, C 1, H 2, K 2
  CHECK(f.reviewsOnTime == 3);  // B on 1 May, H on 3 Apr, K's second on 2 May

  // G: 4 then 25 in the quarter, reviewed on time: changes -3, -1, 0, +2, +8, +21, an even
  // count, so the mean of the middle two.
  const QString g = caseScoredOn(bed, "YJAG", "Gil Gray", QDate(2024, 4, 10), 2, 2);
  rescore(bed, g, QDate(2024, 5, 20), 5, 5);
  f = figures();
  CHECK(f.riskRose == 3);
  REQUIRE(f.riskMedianChange.has_value());
  CHECK(*f.riskMedianChange == Approx(1.0));
  CHECK(f.reviewsDone == 9);
  CHECK(f.reviewsOnTime == 4);

  // The first quarter: only C and D were re-assessed in it (+3 and +2). A and K were scored
  // once in it: nothing to compare. No case before it.
  auto q1 = FiguresService(bed.ctx).quarter(Quarter::calendar(2024, 1), {QStringLiteral("YJAG")});
  REQUIRE(q1.ok());
  CHECK(q1->now.riskRose == 2);
  REQUIRE(q1->now.riskMedianChange.has_value());
  CHECK(*q1->now.riskMedianChange == Approx(2.5));
  CHECK(q1->previous.riskFell + q1->previous.riskRose + q1->previous.riskStayed == 0);
  CHECK_FALSE(q1->previous.riskMedianChange.has_value());
  CHECK(q1->previous.reviewsDone == 0);
}

TEST_CASE("quarterly figures take the median of a tally as the middle value or the mean of the middle two", "[figures]") {
  CHECK_FALSE(medianOfTally({}).has_value());
  CHECK(*medianOfTally({{5, 1}}) == Approx(5.0));
  CHECK(*medianOfTally({{-3, 1}, {0, 1}, {8, 1}}) == Approx(0.0));
  CHECK(*medianOfTally({{-3, 1}, {0, 1}, {2, 1}, {8, 1}}) == Approx(1.0));
  CHECK(*medianOfTally({{-1, 2}, {4, 2}}) == Approx(1.5));     // the middle two straddle values
  CHECK(*medianOfTally({{-2, 1}, {1, 5}, {9, 1}}) == Approx(1.0));  // both middle ones inside a run
  CHECK(*medianOfTally({{0, 0}, {3, 2}}) == Approx(3.0));     // a value seen no times is no value
}

TEST_CASE("quarterly figures refuse an unknown group and a group out of reach", "[figures][bad-input]") {
  TestBed bed(QDate(2024, 6, 15));
  REQUIRE(DemoService(bed.ctx).generate({60, 3}).ok());
  auto unknown = FiguresService(bed.ctx).quarter(Quarter::calendar(2024, 1), {QStringLiteral("NOPE")});
  REQUIRE_FALSE(unknown.ok());
  CHECK(unknown.error().field == QStringLiteral("group"));

  // A YJAG caseworker gets YJAG's figures, is refused LEDG's, and "every group" means
  // the groups within reach.
  auto loaded = GroupAccessPolicy::load(*bed.db);
  REQUIRE(loaded.ok());
  const GroupAccessPolicy policy = loaded.value();
  const auto ids = groupIds(bed);
  ServiceContext worker{*bed.db, bed.clock,
                        Actor{QStringLiteral("casey"), Role::Caseworker, {ids.at(QStringLiteral("YJAG"))}, {}}, policy};
  CHECK(FiguresService(worker).quarter(Quarter::calendar(2024, 1), {QStringLiteral("YJAG")}).ok());
  auto denied = FiguresService(worker).quarter(Quarter::calendar(2024, 1), {QStringLiteral("LEDG")});
  REQUIRE_FALSE(denied.ok());
  CHECK(denied.error().kind == Error::Kind::Denied);
  auto reachable = FiguresService(worker).quarter(Quarter::calendar(2024, 1), {});
  REQUIRE(reachable.ok());
  CHECK(reachable->groups == QStringList{QStringLiteral("YJAG")});
}

TEST_CASE("percent change says nothing about a rise from zero", "[figures]") {
  CHECK_FALSE(percentChange(0, 5).has_value());
  CHECK(*percentChange(9, 14) == Approx(55.5556).epsilon(0.0001));
  CHECK(*percentChange(10, 5) == Approx(-50.0));
}
