#pragma once

#include "EnumKeys.h"
#include "Ids.h"

#include <QDateTime>
#include <QString>

#include <optional>
#include <set>

namespace casebook {

// The access model (docs/security.md, "Access model"): an account's role, and the groups its
// directory member belongs to and chairs, decide what it may do with a group's cases.

enum class Role { Administrator, Chair, Caseworker, Viewer };

template <>
struct EnumTable<Role> {
  static constexpr std::array<EnumEntry<Role>, 4> entries{{
      {Role::Administrator, "administrator", "Administrator"},
      {Role::Chair, "chair", "Chair"},
      {Role::Caseworker, "caseworker", "Caseworker"},
      {Role::Viewer, "viewer", "Viewer"},
  }};
};

enum class Operation {
  ViewCase, ChangeCase, CreateCase, DecideReferral, ManageDirectory, ManageMeeting, Import, Export, BackUp, ManageVault,
  SaveReportDraft, EnterPerformanceData
};

template <>
struct EnumTable<Operation> {
  static constexpr std::array<EnumEntry<Operation>, 12> entries{{
      {Operation::ViewCase, "view_case", "View a case"},
      {Operation::ChangeCase, "change_case", "Change a case"},
      {Operation::CreateCase, "create_case", "Create a case"},
      {Operation::DecideReferral, "decide_referral", "Decide a referral"},
      {Operation::ManageDirectory, "manage_directory", "Manage the directory"},
      {Operation::ManageMeeting, "manage_meeting", "Manage a meeting"},
      {Operation::Import, "import", "Import cases"},
      {Operation::Export, "export", "Export cases"},
      {Operation::BackUp, "back_up", "Back up the vault"},
      {Operation::ManageVault, "manage_vault", "Manage the vault"},
      {Operation::SaveReportDraft, "save_report_draft", "Save a report draft"},
      {Operation::EnterPerformanceData, "enter_performance_data", "Enter performance data"},
  }};
};

// How an account signs in: with the vault's own passphrase (the administrator who made the
// vault, and anyone signing in to a vault that has no accounts yet), or with a passphrase of
// its own that unlocks its key slot in vault.key.
enum class Credential { VaultPassphrase, OwnPassphrase };

template <>
struct EnumTable<Credential> {
  static constexpr std::array<EnumEntry<Credential>, 2> entries{{
      {Credential::VaultPassphrase, "vault_passphrase", "The vault passphrase"},
      {Credential::OwnPassphrase, "own_passphrase", "Own passphrase"},
  }};
};

struct Account {
  qint64 id = 0;
  QString name;
  Role role = Role::Viewer;
  std::optional<MemberId> memberId;  // the directory member whose groups the account reaches
  Credential credential = Credential::OwnPassphrase;
  bool active = true;
  QDateTime createdAt;
};

struct AccessProfile {
  Role role = Role::Viewer;
  std::set<qint64> memberOf;  // group ids, chaired ones included
  std::set<qint64> chairOf;
};

// The group a case belongs to, and the group above it (a sub-group's parent: the JAG).
struct GroupPlace {
  GroupId group;
  std::optional<GroupId> parent;
};

// Whether the profile may do the operation on a case of that group. Without a group: an
// operation on the whole vault, or a list across groups (which shows only the groups the
// profile reaches: reaches()).
bool permits(const AccessProfile& who, Operation what, const std::optional<GroupPlace>& where);
// The groups whose cases the profile may see: its own, and a chaired group's sub-groups.
bool reaches(const AccessProfile& who, const GroupPlace& place);
// Who may, as permits() decides it, in words for a refusal.
QString whoMay(Operation what);

}  // namespace casebook
