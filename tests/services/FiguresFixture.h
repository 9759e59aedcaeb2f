#pragma once

// What the two quarterly-figures tests share: the demo database with what the demo leaves
// out added, raw rows read back, and the figure-by-figure comparison.
#include "DemoService.h"
#include "FiguresService.h"
#include "SqlStatement.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <map>
#include <optional>
#include <vector>

namespace casebook::test {

using Row = std::vector<QVariant>;

// Every row of a query, its parameters bound in order.
inline std::vector<Row> rowsOf(TestBed& bed, const char* sql, const std::vector<QVariant>& params = {}) {
  auto read = bed.db->read([&]() -> Result<std::vector<Row>> {
    SqlStatement q(*bed.db, QString::fromLatin1(sql));
    for (const auto& p : params) q.bind(p);
    q.exec();
    std::vector<Row> rows;
    while (q.next()) {
      Row row;
      for (int c = 0; c < q.columnCount(); ++c) row.push_back(q.value(c));
      rows.push_back(row);
    }
    return rows;
  });
  INFO(errorText(read));
  REQUIRE(read.ok());
  return read.value();
}

inline void execute(TestBed& bed, const char* sql) {
  auto done = bed.db->write([&]() -> Status {
    SqlStatement(*bed.db, QString::fromLatin1(sql)).exec();
    return {};
  });
  INFO(errorText(done));
  REQUIRE(done.ok());
}

inline std::map<QString, qint64> groupIds(TestBed& bed) {
  std::map<QString, qint64> ids;
  for (const auto& r : rowsOf(bed, "SELECT code, id FROM groups")) ids[r[0].toString()] = r[1].toLongLong();
  return ids;
}

// The demo invites no one, has no member without an agency and takes every held meeting's
// register; the attendance figures need each, so they are added: invitations to members on
// and off the register, a member without an agency, and held meetings whose register was
// never taken (left out of attendance, though people were invited). Every case is tagged
// afresh, whatever the demo gave it, so that two plans share a code (P1 counts once,
// whichever plan) and some cases have no priority.
inline void demoWithWhatTheFiguresNeed(TestBed& bed, int cases) {
  REQUIRE(DemoService(bed.ctx).generate({cases, 11}).ok());
  execute(bed, "INSERT INTO plans (id, title, starts_on, ends_on) VALUES "
               "(901, 'Plan 2022-25', '2022-04-01', '2024-03-31'), (902, 'Plan 2024-27', '2024-04-01', '2027-03-31')");
  execute(bed, "INSERT INTO plan_themes (id, plan_id, position, title) VALUES (911, 901, 1, 'Safer'), "
               "(912, 902, 1, 'Safer still')");
  execute(bed, "INSERT INTO priorities (id, plan_theme_id, code, title) VALUES (921, 911, 'P1', 'Fewer victims'), "
               "(922, 911, 'P2', 'Less harm'), (923, 912, 'P1', 'Fewer victims again')");
  execute(bed, "UPDATE cases SET priority_id = CASE id % 5 WHEN 0 THEN 921 WHEN 1 THEN 922 WHEN 2 THEN 923 END");
  execute(bed, "INSERT INTO members (id, name, agency_id) VALUES (990, 'Fixture Invitee', NULL)");
  // Invited everywhere a third of the time: sometimes on the register as present (id % 7),
  // otherwise missing from it, so absent.
  execute(bed, "INSERT INTO attendance (meeting_id, member_id, status) "
               "SELECT id, 990, 'present' FROM meetings WHERE status = 'held' AND id % 7 = 0");
  execute(bed, "INSERT INTO meeting_invitations (meeting_id, member_id) "
               "SELECT id, 990 FROM meetings WHERE status = 'held' AND id % 3 = 0");
  execute(bed, "INSERT INTO meeting_invitations (meeting_id, member_id) "
               "SELECT meeting_id, member_id FROM attendance WHERE meeting_id % 3 = 0 AND member_id <> 990");
  execute(bed, "DELETE FROM attendance WHERE meeting_id % 10 = 0");
}

inline void checkSame(const QuarterFigures& got, const QuarterFigures& want) {
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
  CHECK(got.openAtEndByPriority == want.openAtEndByPriority);
  CHECK(got.outcomes == want.outcomes);
  CHECK(got.riskFell == want.riskFell);
  CHECK(got.riskRose == want.riskRose);
  CHECK(got.riskStayed == want.riskStayed);
  CHECK(got.riskMedianChange == want.riskMedianChange);
  CHECK(got.reviewsDone == want.reviewsDone);
  CHECK(got.reviewsOnTime == want.reviewsOnTime);
  CHECK(got.actionsRaised == want.actionsRaised);
  CHECK(got.actionsCompleted == want.actionsCompleted);
  CHECK(got.actionsCompletedOnTime == want.actionsCompletedOnTime);
  CHECK(got.actionsOverdueAtEnd == want.actionsOverdueAtEnd);
  CHECK(got.meetingsHeld == want.meetingsHeld);
  CHECK(got.attendanceByAgency.size() == want.attendanceByAgency.size());
  for (const auto& [agency, wanted] : want.attendanceByAgency) {
    INFO("agency '" << agency.toStdString() << "'");
    const auto found = got.attendanceByAgency.find(agency);
    REQUIRE(found != got.attendanceByAgency.end());
    CHECK(found->second.expected == wanted.expected);
    CHECK(found->second.present == wanted.present);
    CHECK(found->second.deputy == wanted.deputy);
    CHECK(found->second.apologies == wanted.apologies);
    CHECK(found->second.absent == wanted.absent);
    CHECK(found->second.updateSent == wanted.updateSent);
    CHECK(found->second.observer == wanted.observer);
  }
}

// The median of a list, the plain way (sorted, the middle one or the mean of the two).
inline std::optional<double> medianOf(std::vector<int> values) {
  if (values.empty()) return std::nullopt;
  std::sort(values.begin(), values.end());
  const std::size_t n = values.size();
  return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0;
}

}  // namespace casebook::test
