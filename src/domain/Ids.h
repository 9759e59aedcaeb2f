#pragma once

#include <QtGlobal>

#include <compare>

namespace casebook {

// Strong ids: a CaseId cannot be passed where a MeetingId is wanted. 0 means "none yet".
template <typename Tag>
struct Id {
  qint64 value = 0;
  constexpr Id() = default;
  constexpr explicit Id(qint64 v) : value(v) {}
  constexpr bool isValid() const { return value > 0; }
  constexpr auto operator<=>(const Id&) const = default;
};

using GroupId = Id<struct GroupTag>;
using AreaId = Id<struct AreaTag>;
using AgencyId = Id<struct AgencyTag>;
using MemberId = Id<struct MemberTag>;
using SubjectId = Id<struct SubjectTag>;
using CaseId = Id<struct CaseTag>;
using ReferralId = Id<struct ReferralTag>;
using RiskAssessmentId = Id<struct RiskAssessmentTag>;
using ActionId = Id<struct ActionTag>;
using MeetingId = Id<struct MeetingTag>;
using AgendaItemId = Id<struct AgendaItemTag>;
using NoteId = Id<struct NoteTag>;
using ThemeId = Id<struct ThemeTag>;
using PlanId = Id<struct PlanTag>;
using PriorityId = Id<struct PriorityTag>;

}  // namespace casebook
