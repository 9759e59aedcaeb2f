#include "ActionService.h"
#include "DemoService.h"
#include "IntegrityCheck.h"
#include "MeetingService.h"
#include "PerformanceDataService.h"
#include "RiskService.h"
#include "ServiceFixture.h"
#include "TableCounts.h"

#include <QElapsedTimer>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <algorithm>
#include <map>

using namespace casebook;

namespace {

constexpr int kCases = 300;

std::map<QString, qint64> tableCounts(Database& db) {
  auto counts = db.read([&]() -> Result<std::vector<TableCount>> { return TableCounts(db).all(); });
  REQUIRE(counts.ok());
  std::map<QString, qint64> result;
  for (const auto& entry : counts.value()) result[entry.table] = entry.rows;
  return result;
}

// Everything the services show, and the size of every table (subjects, aliases, themes,
// agenda items and the search indexes too).
QString contents(TestBed& bed) {
  QString text = test::snapshot(bed);
  for (const auto& [table, rows] : tableCounts(*bed.db)) text += QStringLiteral("\n%1 %2").arg(table).arg(rows);
  return text;
}

QStringList integrityFindings(Database& db) {
  auto findings = db.read([&]() -> Result<QStringList> { return IntegrityCheck(db).run(); });
  REQUIRE(findings.ok());
  return findings.value();
}

std::vector<CaseDetail> allCases(TestBed& bed) {
  CaseListRequest all;
  all.limit = 100000;
  auto page = CaseReader(bed.ctx).list(all);
  REQUIRE(page.ok());
  std::vector<CaseDetail> result;
  for (const auto& row : page->rows) result.push_back(test::detail(bed, row.reference));
  return result;
}

int ageOn(const QDate& born, const QDate& day) {
  int age = day.year() - born.year();
  if (day.month() < born.month() || (day.month() == born.month() && day.day() < born.day())) --age;
  return age;
}

TestBed& generated(TestBed& bed, quint64 seed = 7) {
  auto summary = DemoService(bed.ctx).generate({kCases, seed});
  INFO(errorText(summary));
  REQUIRE(summary.ok());
  return bed;
}

}  // namespace

TEST_CASE("demo data: the same seed gives the same database, another seed another", "[demo]") {
  TestBed first;
  auto summary = DemoService(first.ctx).generate({kCases, 7});
  INFO(errorText(summary));
  REQUIRE(summary.ok());
  CHECK(summary->cases == kCases);
  CHECK(summary->members >= 5 * 8);
  CHECK(summary->meetings > 5 * 15);
  CHECK(summary->referrals > kCases);
  CHECK(summary->assessments > 3 * kCases);
  CHECK(summary->actions > kCases);
  CHECK(summary->notes > kCases);
  // The summary counts what was written.
  const auto counts = tableCounts(*first.db);
  CHECK(counts.at(QStringLiteral("cases")) == summary->cases);
  CHECK(counts.at(QStringLiteral("members")) == summary->members);
  CHECK(counts.at(QStringLiteral("meetings")) == summary->meetings);
  CHECK(counts.at(QStringLiteral("referrals")) == summary->referrals);
  CHECK(counts.at(QStringLiteral("risk_assessments")) == summary->assessments);
  CHECK(counts.at(QStringLiteral("actions")) == summary->actions);
  CHECK(counts.at(QStringLiteral("notes")) == summary->notes);
  CHECK(counts.at(QStringLiteral("case_search")) == summary->cases);
  CHECK(counts.at(QStringLiteral("note_search")) == summary->notes);

  TestBed second;
  REQUIRE(DemoService(second.ctx).generate({kCases, 7}).ok());
  CHECK(contents(first) == contents(second));

  TestBed other;
  REQUIRE(DemoService(other.ctx).generate({kCases, 8}).ok());
  CHECK(contents(first) != contents(other));
  const auto firstPage = CaseReader(first.ctx).list({});
  const auto otherPage = CaseReader(other.ctx).list({});
  QStringList firstNames, otherNames;
  for (const auto& row : firstPage->rows) firstNames << row.subjectName;
  for (const auto& row : otherPage->rows) otherNames << row.subjectName;
  CHECK(firstNames != otherNames);
}

TEST_CASE("demo data passes the integrity check and keeps the services' rules", "[demo]") {
  TestBed bed;
  generated(bed);
  CHECK(integrityFindings(*bed.db).isEmpty());
  const RiskPolicy policy = RiskService(bed.ctx).policy().value();
  const QDate today = bed.clock.today();

  std::map<QString, std::vector<std::pair<int, QDate>>> numbers;  // "YJAG-2024" -> (number, opened)
  int closed = 0, closedWithOutcome = 0, declined = 0, redirected = 0, subGroupCases = 0, escalatedToJag = 0,
      inJagByEscalation = 0, steppedDown = 0, linked = 0, monitoring = 0;
  for (const auto& d : allCases(bed)) {
    const Case& c = d.record;
    INFO(c.reference.toStdString());
    const QStringList parts = c.reference.split(QLatin1Char('-'));
    REQUIRE(parts.size() == 3);
    numbers[parts[0] + QLatin1Char('-') + parts[1]].push_back({parts[2].toInt(), c.openedOn});
    CHECK(parts[1].toInt() == c.openedOn.year());

    // The case's score is its latest assessment, as RiskService::record leaves it.
    REQUIRE_FALSE(d.assessments.empty());
    const RiskAssessment& latest = d.assessments.back();
    CHECK(c.currentScore == std::optional<int>(latest.score()));
    CHECK(c.currentBand == std::optional<RiskBand>(latest.effectiveBand(policy)));
    CHECK(c.nextReviewOn == std::optional<QDate>(policy.nextReviewDate(latest.effectiveBand(policy), latest.assessedOn)));
    for (const auto& a : d.assessments) {
      CHECK(a.assessedOn <= today);
      CHECK(a.assessedOn >= c.openedOn);
      CHECK_FALSE(a.rationale.isEmpty());
      if (a.judgedBand) CHECK(*a.judgedBand > policy.bandFor(a.score()));
    }
    for (std::size_t i = 1; i < d.events.size(); ++i) CHECK(d.events[i - 1].on <= d.events[i].on);
    for (std::size_t i = 1; i < d.assessments.size(); ++i) {
      CHECK(d.assessments[i - 1].assessedOn < d.assessments[i].assessedOn);
    }

    // Referral decisions agree with the case's status.
    REQUIRE_FALSE(d.referrals.empty());
    const Referral& first = d.referrals.front();
    CHECK(first.kind == ReferralKind::New);
    CHECK((c.status == CaseStatus::Referred) == (first.decision == ReferralDecision::Pending));
    if (first.decision == ReferralDecision::Declined) {
      ++declined;
      CHECK(c.status == CaseStatus::Closed);
      CHECK(c.outcome == std::optional<Outcome>(Outcome::ReferralDeclined));
    }
    if (first.decision == ReferralDecision::Redirected) {
      ++redirected;
      REQUIRE(d.referrals.size() > 1);
      CHECK(first.redirectedToGroupId.has_value());
      CHECK(d.referrals[1].kind == ReferralKind::Redirect);
      CHECK(std::optional<GroupId>(d.referrals[1].toGroupId) == first.redirectedToGroupId);
    }
    if (d.groupCodes.value(first.toGroupId.value) != QStringLiteral("JAG")) ++subGroupCases;
    std::optional<GroupId> escalatedFrom;
    bool heldByJagAfterEscalation = false;
    for (const auto& r : d.referrals) {
      CHECK(r.receivedOn <= today);
      if (r.decidedOn) CHECK(*r.decidedOn >= r.receivedOn);
      if (r.kind == ReferralKind::Escalation) {
        CHECK(d.groupCodes.value(r.toGroupId.value) == QStringLiteral("JAG"));
        REQUIRE(r.fromGroupId.has_value());
        CHECK(d.groupCodes.value(r.fromGroupId->value) != QStringLiteral("JAG"));
        if (r.decision == ReferralDecision::Accepted) {
          ++escalatedToJag;
          escalatedFrom = r.fromGroupId;
          heldByJagAfterEscalation = true;
        }
      }
      if (r.kind == ReferralKind::StepDown) {
        ++steppedDown;
        CHECK(escalatedFrom == std::optional<GroupId>(r.toGroupId));
        CHECK(r.decision == ReferralDecision::Accepted);
        heldByJagAfterEscalation = false;
      }
    }
    if (heldByJagAfterEscalation) {
      ++inJagByEscalation;
      CHECK(d.groupCode == QStringLiteral("JAG"));
    }

    if (c.status == CaseStatus::Closed) {
      ++closed;
      REQUIRE(c.outcome.has_value());
      REQUIRE(c.closedOn.has_value());
      CHECK(*c.closedOn >= c.openedOn);
      CHECK(*c.closedOn <= today);
      CHECK(latest.assessedOn <= *c.closedOn);
      if (*c.outcome != Outcome::ReferralDeclined) ++closedWithOutcome;
      CHECK(c.transferredTo.has_value() == (*c.outcome == Outcome::TransferredToOtherForum));
      for (const auto& a : d.actions) CHECK_FALSE(isOutstanding(a.action.status));
    }
    if (c.status == CaseStatus::Monitoring) ++monitoring;
    if (!d.links.empty()) ++linked;

    // Ages suit the group the person was referred to.
    if (c.subject.kind == SubjectKind::Person && c.subject.dateOfBirth) {
      const int age = ageOn(*c.subject.dateOfBirth, c.openedOn);
      if (parts[0] == QStringLiteral("YJAG")) CHECK((age >= 11 && age <= 17));
      if (parts[0] == QStringLiteral("AARG")) CHECK(age >= 18);
    }
  }
  // GROUP-YEAR-NNN: numbered from 1 without gaps, in the order the cases were opened.
  for (auto& [prefix, list] : numbers) {
    INFO(prefix.toStdString());
    std::sort(list.begin(), list.end());
    for (std::size_t i = 0; i < list.size(); ++i) {
      CHECK(list[i].first == static_cast<int>(i) + 1);
      if (i > 0) CHECK(list[i - 1].second <= list[i].second);
    }
  }
  CHECK(closed > kCases * 30 / 100);
  CHECK(closed < kCases * 55 / 100);
  CHECK(closedWithOutcome > 0);
  CHECK(declined > 0);
  CHECK(redirected > 0);
  CHECK(escalatedToJag > subGroupCases * 3 / 100);
  CHECK(escalatedToJag < subGroupCases * 15 / 100);
  CHECK(inJagByEscalation > 0);
  CHECK(steppedDown > 0);
  CHECK(linked > 0);
  CHECK(monitoring > 0);

  CaseListRequest several;
  several.openInSeveralGroupsOnly = true;
  CHECK(CaseReader(bed.ctx).list(several)->total > 0);
  // The search index, rebuilt once at the end, covers every case.
  const auto page = CaseReader(bed.ctx).list({});
  const CaseSummary anyCase = page->rows.at(0);
  CaseListRequest search;
  search.text = anyCase.reference;
  CHECK(CaseReader(bed.ctx).list(search)->total >= 1);
}

TEST_CASE("demo meetings run every four to six weeks with attendance and actions", "[demo]") {
  TestBed bed;
  generated(bed);
  const QDate today = bed.clock.today();
  std::map<AttendanceStatus, int> attendance;
  int deputiesNamed = 0, lateOrEarly = 0;
  for (const auto& g : DirectoryService(bed.ctx).groups().value()) {
    INFO(g.group.code.toStdString());
    CaseListRequest cases;
    cases.groupCode = g.group.code;
    CHECK(CaseReader(bed.ctx).list(cases)->total > 0);
    const auto members = bed.db->read([&]() -> Result<std::vector<Membership>> {
      return DirectoryRepository(*bed.db).membershipsOfGroup(g.group.id);
    });
    REQUIRE(members.ok());
    CHECK(members->size() >= 8u);
    CHECK(std::count_if(members->begin(), members->end(), [](const Membership& m) { return m.role == MembershipRole::Chair; }) == 1);
    CHECK(std::count_if(members->begin(), members->end(), [](const Membership& m) { return m.role == MembershipRole::MinuteTaker; }) == 1);

    auto meetings = MeetingService(bed.ctx).listForGroup(g.group.code).value();
    std::sort(meetings.begin(), meetings.end(), [](const Meeting& a, const Meeting& b) { return a.heldOn < b.heldOn; });
    REQUIRE(meetings.size() > 15u);
    CHECK(meetings.front().heldOn <= today.addDays(-700));
    int cancelled = 0, planned = 0;
    for (std::size_t i = 0; i < meetings.size(); ++i) {
      if (i > 0) {
        const auto gap = meetings[i - 1].heldOn.daysTo(meetings[i].heldOn);
        CHECK((gap >= 28 && gap <= 44));
      }
      const auto full = MeetingService(bed.ctx).get(meetings[i].id.value).value();
      CHECK(full.meeting.heldOn.dayOfWeek() <= 5);
      if (full.meeting.status == MeetingStatus::Planned) {
        ++planned;
        CHECK(full.meeting.heldOn > today);
      } else {
        CHECK(full.meeting.heldOn <= today);
      }
      if (full.meeting.status != MeetingStatus::Held) {
        cancelled += full.meeting.status == MeetingStatus::Cancelled ? 1 : 0;
        CHECK(full.meeting.attendance.empty());
        continue;
      }
      CHECK(full.meeting.attendance.size() == members->size());
      for (const auto& r : full.meeting.attendance) {
        ++attendance[r.status];
        CHECK(validateAttendance(r).ok());
        deputiesNamed += r.status == AttendanceStatus::Deputy && !r.deputyName.isEmpty() ? 1 : 0;
        lateOrEarly += r.joinedLate || r.leftEarly ? 1 : 0;
      }
    }
    CHECK((cancelled >= 1 && cancelled <= 2));
    CHECK(planned == 1);
  }
  int recorded = 0;
  for (const auto& [status, count] : attendance) recorded += count;
  CHECK(attendance[AttendanceStatus::Present] > recorded * 60 / 100);
  CHECK(attendance[AttendanceStatus::Apologies] > 0);
  CHECK(attendance[AttendanceStatus::Absent] > 0);
  CHECK(attendance[AttendanceStatus::UpdateSent] > 0);
  CHECK(deputiesNamed > 0);
  CHECK(deputiesNamed == attendance[AttendanceStatus::Deputy]);
  CHECK(lateOrEarly > 0);

  ActionListRequest all;
  all.limit = 100000;
  int late = 0, onTime = 0, carried = 0, meetingActions = 0, notDone = 0;
  for (const auto& row : ActionService(bed.ctx).list(all).value()) {
    const Action& a = row.action;
    CHECK(validateNewAction(a, today).ok());
    CHECK_FALSE(row.ownerName.isEmpty());
    if (a.completedOn) (*a.completedOn > a.dueOn ? late : onTime) += 1;
    carried += a.carriedForward > 0 ? 1 : 0;
    meetingActions += a.meetingId ? 1 : 0;
    notDone += a.status == ActionStatus::NotCompletedAgency || a.status == ActionStatus::NotCompletedCircumstances ? 1 : 0;
    CHECK((a.status == ActionStatus::Complete) == a.completedOn.has_value());
    QDate previous = a.raisedOn;
    for (const auto& u : a.updates) {
      CHECK(u.on >= previous);
      CHECK(u.on <= today);
      previous = u.on;
    }
  }
  CHECK(onTime > late);
  CHECK(late > 0);
  CHECK(carried > 0);
  CHECK(meetingActions > 0);
  CHECK(notDone > 0);
  ActionListRequest overdue;
  overdue.overdueOnly = true;
  CHECK(!ActionService(bed.ctx).list(overdue)->empty());
}

TEST_CASE("demo data refuses a database with cases, and a cancel saves nothing", "[demo]") {
  TestBed bed;
  REQUIRE(CaseService(bed.ctx).create(test::newCase("YJAG", "Real Case")).ok());
  const QString before = test::snapshot(bed);
  CHECK_REFUSED_UNCHANGED(bed, before, DemoService(bed.ctx).generate({50, 1}), Error::Kind::Conflict, "database");
  CHECK_REFUSED_UNCHANGED(bed, before, DemoService(bed.ctx).generate({0, 1}), Error::Kind::Invalid, "cases");

  // Nor where people have entered performance figures or a plan, with no case yet.
  TestBed figures;
  REQUIRE(PerformanceDataService(figures.ctx).set(QStringLiteral("Vehicle crime"), Quarter::calendar(2024, 1), 120).ok());
  const QString withFigures = test::snapshot(figures);
  CHECK_REFUSED_UNCHANGED(figures, withFigures, DemoService(figures.ctx).generate({50, 1}), Error::Kind::Conflict, "database");

  TestBed fresh;
  const auto emptyCounts = tableCounts(*fresh.db);
  int calls = 0;
  auto cancelled = DemoService(fresh.ctx).generate({2000, 1}, [&](int done, int total) {
    CHECK(done <= total);
    return ++calls < 2;
  });
  REQUIRE_FALSE(cancelled.ok());
  CHECK(cancelled.error().problem == QStringLiteral("cancelled"));
  CHECK(calls == 2);
  CHECK(tableCounts(*fresh.db) == emptyCounts);
  CHECK_FALSE(DemoService(fresh.ctx).isDemo().value());
  // The rollback brought the search triggers back: a case added by hand is found.
  const QString reference = test::createCase(fresh, test::newCase("LCDG", "Quillon Zephyrine"));
  CaseListRequest search;
  search.text = QStringLiteral("Zephyrine");
  auto found = CaseReader(fresh.ctx).list(search);
  REQUIRE(found->rows.size() == 1u);
  CHECK(found->rows.front().reference == reference);
  CHECK(integrityFindings(*fresh.db).isEmpty());
}

TEST_CASE("demo data sets up the default groups in an empty database", "[demo]") {
  auto db = std::move(Database::openInMemory()).value();
  FixedClock clock(QDate(2024, 6, 15));
  AllowAllAccess access;
  ServiceContext ctx{*db, clock, Actor{QStringLiteral("tester"), Role::Administrator}, access};
  int reported = 0;
  auto summary = DemoService(ctx).generate({1200, 3}, [&](int done, int total) {
    CHECK(total == 1200);
    reported = done;
    return true;
  });
  INFO(errorText(summary));
  REQUIRE(summary.ok());
  CHECK(reported == 1200);
  CHECK(DirectoryService(ctx).groups()->size() == 5u);
  CHECK(CaseReader(ctx).list({})->total == 1200);
  CHECK(DemoService(ctx).isDemo().value());
  CHECK(integrityFindings(*db).isEmpty());
}

// Not run by ctest (hidden tag). Times the full-size demo in a file database:
//   test_demo "[bench]"   (CASEBOOK_DEMO_CASES overrides the 100,000 cases)
TEST_CASE("demo data at full size, timed", "[.bench]") {
  const int cases = qEnvironmentVariableIsSet("CASEBOOK_DEMO_CASES") ? qEnvironmentVariableIntValue("CASEBOOK_DEMO_CASES")
                                                                     : 100000;
  QTemporaryDir dir;
  REQUIRE(dir.isValid());
  auto db = std::move(Database::open(dir.filePath(QStringLiteral("demo.db")), Database::Mode::CreateIfMissing)).value();
  FixedClock clock(QDate(2024, 6, 15));
  AllowAllAccess access;
  ServiceContext ctx{*db, clock, Actor{QStringLiteral("bench"), Role::Administrator}, access};
  REQUIRE(DirectoryService(ctx).seedDefaults().ok());
  QElapsedTimer timer;
  timer.start();
  auto summary = DemoService(ctx).generate({cases, 1});
  const double seconds = static_cast<double>(timer.elapsed()) / 1000.0;
  REQUIRE(summary.ok());
  WARN("demo data: " << cases << " cases, " << summary->assessments << " assessments, " << summary->referrals
                     << " referrals, " << summary->actions << " actions, " << summary->notes << " notes in " << seconds
                     << " s");
  timer.restart();
  CHECK(integrityFindings(*db).isEmpty());
  WARN("integrity check: " << static_cast<double>(timer.elapsed()) / 1000.0 << " s");
  CHECK(seconds < 60.0);
}
