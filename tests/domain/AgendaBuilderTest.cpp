// The agenda that builds itself (issue 6, first step): the partnership's order, each case
// once, reviews by date, initials only in titles.
#include "AgendaBuilder.h"

#include <catch2/catch.hpp>

using namespace casebook;

namespace {

AgendaCase aCase(qint64 id, const char* reference, std::optional<QDate> review = std::nullopt,
                 std::optional<RiskBand> band = RiskBand::Medium) {
  return {CaseId(id), QString::fromLatin1(reference), QStringLiteral("A. B."), band, review};
}

QStringList titles(const std::vector<AgendaItem>& agenda) {
  QStringList out;
  for (const auto& item : agenda) out << item.title;
  return out;
}

}  // namespace

TEST_CASE("agenda: the partnership's order, each case once, positions from 1", "[agenda]") {
  AgendaSources sources;
  sources.meetingOn = QDate(2026, 12, 1);
  sources.newReferrals = {aCase(1, "YJAG-2026-010")};
  sources.escalationsIn = {aCase(2, "YJAG-2026-004")};
  sources.openCases = {
      aCase(3, "YJAG-2026-001", QDate(2026, 12, 1)),                        // due on the day
      aCase(4, "YJAG-2026-002", QDate(2026, 11, 1)),                        // overdue: first
      aCase(5, "YJAG-2026-003", QDate(2027, 1, 15)),                        // not due
      aCase(6, "YJAG-2026-005", QDate(2027, 2, 1), RiskBand::VeryHigh),     // not due, very high risk
      aCase(2, "YJAG-2026-004", QDate(2026, 10, 1), RiskBand::VeryHigh),    // already an escalation
  };
  sources.standingItems = {QStringLiteral("Beat NL62 hotspots"), QStringLiteral("  "), QStringLiteral("Night-time economy")};
  const auto agenda = buildAgenda(sources);
  CHECK(titles(agenda) == QStringList{
                              QStringLiteral("Attendance and apologies"),
                              QStringLiteral("Minutes and actions of the last meeting"),
                              QStringLiteral("New referral: YJAG-2026-010 (A. B.)"),
                              QStringLiteral("Escalation in: YJAG-2026-004 (A. B.)"),
                              QStringLiteral("Review overdue: YJAG-2026-002 (A. B.)"),
                              QStringLiteral("Review due: YJAG-2026-001 (A. B.)"),
                              QStringLiteral("Very high risk: YJAG-2026-005 (A. B.)"),
                              QStringLiteral("Beat NL62 hotspots"),
                              QStringLiteral("Night-time economy"),
                              QStringLiteral("Any other business"),
                          });
  for (std::size_t i = 0; i < agenda.size(); ++i) CHECK(agenda[i].position == static_cast<int>(i) + 1);
  CHECK(agenda[2].kind == AgendaItemKind::NewReferral);
  CHECK(agenda[2].caseId == CaseId(1));
  CHECK(agenda[4].kind == AgendaItemKind::CaseReview);
  CHECK(agenda.back().kind == AgendaItemKind::Other);
  CHECK_FALSE(agenda.front().caseId.has_value());
}

TEST_CASE("agenda: a group with nothing due still has its fixed items", "[agenda]") {
  AgendaSources sources;
  sources.meetingOn = QDate(2026, 12, 1);
  sources.openCases = {aCase(5, "LEDG-2026-003", QDate(2027, 1, 15)), aCase(7, "LEDG-2026-009")};  // no review date yet
  CHECK(titles(buildAgenda(sources)) == QStringList{QStringLiteral("Attendance and apologies"),
                                                    QStringLiteral("Minutes and actions of the last meeting"),
                                                    QStringLiteral("Any other business")});
  CHECK_FALSE(isDueForReview(sources.openCases[1], sources.meetingOn));
}
