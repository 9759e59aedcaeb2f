#include "CaseReader.h"
#include "CaseService.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>

using namespace casebook;

TEST_CASE("a referred case gets the next reference of its group and year", "[cases]") {
  TestBed bed;
  NewCaseInput input;
  input.subject.name = QStringLiteral("Jordan Example");
  input.subject.dateOfBirth = QDate(2008, 3, 1);
  input.referral.groupCode = QStringLiteral("YJAG");
  input.referral.receivedOn = QDate(2024, 6, 1);
  input.referral.reason = QStringLiteral("Repeated ASB near the station");
  input.referral.initialLikelihood = 4;
  input.referral.initialImpact = 4;
  auto created = CaseService(bed.ctx).create(input);
  INFO(errorText(created).toStdString());
  REQUIRE(created.ok());
  CHECK(created->reference == QStringLiteral("YJAG-2024-001"));
  auto detail = CaseReader(bed.ctx).get(created->reference);
  REQUIRE(detail.ok());
  CHECK(detail->record.currentScore == 16);
  CHECK(detail->record.status == CaseStatus::Referred);
  CHECK(created->escalationPrompted);
}
