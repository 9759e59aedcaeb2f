// Issue 7, first step: every quarterly figure computed by FiguresService on a demo database
// is recomputed here another way (raw rows read back and counted in C++, not the
// service's SQL), for one group and for all, in three quarters.
#include "DemoService.h"
#include "FiguresService.h"
#include "GroupAccessPolicy.h"
#include "ServiceFixture.h"
#include "SettingsRepository.h"
#include "SqlStatement.h"

#include <catch2/catch.hpp>

#include <map>
#include <set>

using namespace casebook;
using namespace casebook::test;

namespace {

using Row = std::vector<QVariant>;

std::vector<Row> rowsOf(TestBed& bed, const char* sql) {
  auto read = bed.db->read([&]() -> Result<std::vector<Row>> {
    SqlStatement q(*bed.db, QString::fromLatin1(sql));
    q.exec();
    std::vector<Row> rows;
    while (q.next()) {
      Row row;
      for (int c = 0; c < q.columnCount(); ++c) row.push_back(q.value(c));
      rows.push_back(row);
    }
    return rows;
  });
  REQUIRE(read.ok());
  return read.value();
}

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

  // The latest assessment of each case on or before the last day.
  const RiskPolicy policy = *bed.db->read([&]() -> Result<RiskPolicy> { return SettingsRepository(*bed.db).riskPolicy(); });
  std::map<qint64, std::pair<std::pair<QDate, qint64>, RiskAssessment>> latest;
  for (const auto& r : rowsOf(bed, "SELECT id, case_id, assessed_on, likelihood, impact, judged_band FROM risk_assessments")) {
    const QDate on = day(r[2]);
    if (on > last) continue;
    RiskAssessment a;
    a.likelihood = r[3].toInt();
    a.impact = r[4].toInt();
    if (!r[5].isNull()) a.judgedBand = enumFromKey<RiskBand>(r[5].toString());
    const auto key = std::make_pair(on, r[0].toLongLong());
    auto& slot = latest[r[1].toLongLong()];
    if (!slot.first.first.isValid() || slot.first < key) slot = {key, a};
  }
  for (const auto& r : rowsOf(bed, "SELECT id, group_id, opened_on, closed_on, status, outcome FROM cases")) {
    if (!in(r[1])) continue;
    const QDate opened = day(r[2]);
    const QDate closed = day(r[3]);
    if (during(opened)) ++f.casesOpened;
    if (during(closed)) {
      ++f.casesClosed;
      ++f.outcomes[r[5].toString()];
    }
    if (r[4].toString() != QLatin1String("referred") && opened <= last && (!closed.isValid() || closed > last)) {
      ++f.openAtEnd;
      const auto found = latest.find(r[0].toLongLong());
      if (found == latest.end()) {
        ++f.openAtEndUnscored;
      } else {
        ++f.openAtEndByBand[found->second.second.effectiveBand(policy)];
      }
    }
  }
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
  for (const auto& r : rowsOf(bed, "SELECT group_id, held_on, status FROM meetings")) {
    if (in(r[0]) && r[2].toString() == QLatin1String("held") && during(day(r[1]))) ++f.meetingsHeld;
  }
  return f;
}

void checkSame(const QuarterFigures& got, const QuarterFigures& want) {
  INFO("quarter " << got.quarter.name().toStdString());
  CHECK(got.referralsReceived == want.referralsReceived);
  CHECK(got.referralsAccepted == want.referralsAccepted);
  CHECK(got.referralsDeclined == want.referralsDeclined);
  CHECK(got.referralsByAgency == want.referralsByAgency);
  CHECK(got.referralsByTheme == want.referralsByTheme);
  CHECK(got.escalationsOut == want.escalationsOut);
  CHECK(got.escalationsIn == want.escalationsIn);
  CHECK(got.stepDownsOut == want.stepDownsOut);
  CHECK(got.stepDownsIn == want.stepDownsIn);
  CHECK(got.casesOpened == want.casesOpened);
  CHECK(got.casesClosed == want.casesClosed);
  CHECK(got.openAtEnd == want.openAtEnd);
  CHECK(got.openAtEndByBand == want.openAtEndByBand);
  CHECK(got.openAtEndUnscored == want.openAtEndUnscored);
  CHECK(got.outcomes == want.outcomes);
  CHECK(got.actionsRaised == want.actionsRaised);
  CHECK(got.actionsCompleted == want.actionsCompleted);
  CHECK(got.actionsCompletedOnTime == want.actionsCompletedOnTime);
  CHECK(got.actionsOverdueAtEnd == want.actionsOverdueAtEnd);
  CHECK(got.meetingsHeld == want.meetingsHeld);
}

std::map<QString, qint64> groupIds(TestBed& bed) {
  std::map<QString, qint64> ids;
  for (const auto& r : rowsOf(bed, "SELECT code, id FROM groups")) ids[r[0].toString()] = r[1].toLongLong();
  return ids;
}

}  // namespace

TEST_CASE("quarterly figures agree with the same figures counted from the raw rows", "[figures]") {
  TestBed bed(QDate(2024, 6, 15));
  REQUIRE(DemoService(bed.ctx).generate({400, 11}).ok());
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
  }
  SECTION("every group") {
    auto got = FiguresService(bed.ctx).quarter(quarter, {});
    REQUIRE(got.ok());
    CHECK(got->groups.size() == static_cast<qsizetype>(ids.size()));
    std::set<qint64> all;
    for (const auto& [code, id] : ids) all.insert(id);
    checkSame(got->now, recount(bed, all, quarter));
    CHECK(got->now.casesClosed > 0);
    CHECK(got->now.stepDownsIn + got->previous.stepDownsIn + got->lastYear.stepDownsIn > 0);
  }
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
