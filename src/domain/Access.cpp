#include "Access.h"

namespace casebook {

namespace {

bool chairs(const AccessProfile& who, const GroupPlace& place) {
  return who.chairOf.count(place.group.value) > 0 || (place.parent && who.chairOf.count(place.parent->value) > 0);
}

}  // namespace

bool reaches(const AccessProfile& who, const GroupPlace& place) {
  if (who.role == Role::Administrator) return true;
  // A YJAG case is for YJAG's members and the JAG's chair; the JAG's other members see it
  // once it is escalated into the JAG.
  return who.memberOf.count(place.group.value) > 0 || (place.parent && who.chairOf.count(place.parent->value) > 0);
}

bool permits(const AccessProfile& who, Operation what, const std::optional<GroupPlace>& where) {
  if (who.role == Role::Administrator) return true;
  const bool worker = who.role == Role::Chair || who.role == Role::Caseworker;
  switch (what) {
    case Operation::ViewCase:
      return !where || reaches(who, *where);
    case Operation::ChangeCase:
    case Operation::CreateCase:
      return where && worker && reaches(who, *where);
    case Operation::DecideReferral:
    case Operation::ManageMeeting:
      return where && who.role == Role::Chair && chairs(who, *where);
    case Operation::Import:
    case Operation::Export:
      // A group's tracker in or out: its chair's call. Across every group: administrators.
      return where && who.role == Role::Chair && chairs(who, *where);
    case Operation::BackUp:
      // A backup is the same encrypted vault again: whoever may open it may keep a copy.
      return true;
    case Operation::SaveReportDraft:
      // A draft is the partnership's narrative of aggregate figures: anyone who works on
      // cases may write one; a viewer reads and exports.
      return worker;
    case Operation::EnterPerformanceData:
      // The figures feed a public report, so the people who sign reports off keep them.
      return who.role == Role::Chair;
    case Operation::ManageDirectory:
    case Operation::ManageVault:
      return false;
  }
  return false;
}

QString whoMay(Operation what) {
  switch (what) {
    case Operation::ViewCase:
      return QStringLiteral("a group's cases are seen by its members and by the chair of the group above it");
    case Operation::ChangeCase:
    case Operation::CreateCase:
      return QStringLiteral("a group's chairs and caseworkers change and add its cases");
    case Operation::DecideReferral:
      return QStringLiteral("a group's chair decides its referrals");
    case Operation::ManageMeeting:
      return QStringLiteral("a group's chair runs its meetings");
    case Operation::Import:
    case Operation::Export:
      return QStringLiteral("a group's chair moves its tracker in and out; administrators, every group's");
    case Operation::BackUp:
      return QStringLiteral("whoever may open the vault may back it up");
    case Operation::ManageDirectory:
      return QStringLiteral("administrators keep the partnership directory");
    case Operation::ManageVault:
      return QStringLiteral("administrators manage the vault");
    case Operation::SaveReportDraft:
      return QStringLiteral("administrators, chairs and caseworkers save report drafts; viewers read and export them");
    case Operation::EnterPerformanceData:
      return QStringLiteral("administrators and chairs keep the performance data");
  }
  return {};
}

}  // namespace casebook
