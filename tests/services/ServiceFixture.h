#pragma once

#include "ActionService.h"
#include "CaseReader.h"
#include "CaseService.h"
#include "Database.h"
#include "DirectoryRepository.h"
#include "DirectoryService.h"
#include "MeetingService.h"
#include "RiskService.h"
#include "Snapshot.h"
#include "TestSupport.h"

namespace casebook::test {

inline NewCaseInput newCase(const char* group, const char* subject, int likelihood = 3, int impact = 3) {
  NewCaseInput input;
  input.subject.name = QString::fromUtf8(subject);
  input.subject.dateOfBirth = QDate(2000, 1, 1);
  input.referral.groupCode = QString::fromLatin1(group);
  input.referral.receivedOn = QDate(2024, 5, 1);
  input.referral.reason = QStringLiteral("Test referral");
  input.referral.initialLikelihood = likelihood;
  input.referral.initialImpact = impact;
  return input;
}

// Creates a case (accepted at once unless told otherwise) and returns its reference.
inline QString createCase(TestBed& bed, NewCaseInput input, bool accept = true) {
  input.acceptNow = accept;
  auto created = CaseService(bed.ctx).create(input);
  INFO(errorText(created));
  REQUIRE(created.ok());
  return created->reference;
}

inline MemberId addMember(TestBed& bed, const char* name, const char* group = "",
                          MembershipRole role = MembershipRole::Member, const char* agency = "LA") {
  auto id = DirectoryService(bed.ctx).addMember(
      {QString::fromUtf8(name), QString::fromLatin1(agency), {}, {}, {}, QString::fromLatin1(group), role});
  INFO(errorText(id));
  REQUIRE(id.ok());
  return id.value();
}

inline CaseDetail detail(TestBed& bed, const QString& reference) {
  auto d = CaseReader(bed.ctx).get(reference);
  INFO(errorText(d));
  REQUIRE(d.ok());
  return std::move(d).value();
}


inline QString snapshot(TestBed& bed) { return snapshot(bed.ctx); }

// Checks that a call was refused with the expected kind of error, naming the expected
// field, and that state (read after the call) is what it was before.
#define CHECK_REFUSED_LEAVES(state, before, call, expectedKind, expectedField) \
  do {                                                                         \
    const auto refusal_ = (call);                                              \
    INFO("call: " #call);                                                      \
    REQUIRE_FALSE(refusal_.ok());                                              \
    INFO(refusal_.error().message());                                          \
    CHECK(refusal_.error().kind == (expectedKind));                            \
    CHECK(refusal_.error().field == QStringLiteral(expectedField));            \
    CHECK_FALSE(refusal_.error().problem.isEmpty());                           \
    CHECK((state) == (before));                                                \
  } while (false)

// ... the database showing exactly what it showed before.
#define CHECK_REFUSED_UNCHANGED(bed, before, call, expectedKind, expectedField) \
  CHECK_REFUSED_LEAVES(casebook::test::snapshot(bed), before, call, expectedKind, expectedField)

}  // namespace casebook::test
