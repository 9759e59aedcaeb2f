#pragma once

#include "Result.h"

#include <QHash>
#include <QStringList>

#include <optional>

namespace casebook {

// The columns of a JAG tracker that Casebook reads (docs/import.md). Each has a canonical
// header, used by export too, and the variants partnerships' spreadsheets use.
enum class ImportColumn {
  Reference, Group, Subject, SubjectType, Role, DateOfBirth, AgeBand, Address, Aliases, Area, Themes, LeadAgency,
  Owner, CaseStatus, ReferralDate, ReferringAgency, ReferringOfficer, Reason, Criterion, Urgent, Likelihood, Impact,
  Score, AssessedOn, Outcome, Forum, ClosedOn, ClosureNote, ApprovedBy,
};

class ImportColumns final {
 public:
  static QString canonicalName(ImportColumn column);
  static const std::vector<ImportColumn>& all();
  static bool isRequired(ImportColumn column);
  // Case, spaces and punctuation are ignored: "Date of Referral", "date_of_referral".
  static std::optional<ImportColumn> recognise(const QString& header);
  // The service field named in an Error ("referral date", "likelihood") to its column.
  static std::optional<ImportColumn> forServiceField(const QString& field);

  // Reads a mapping file: lines "their header,casebook column"; '#' starts a comment.
  static Result<QHash<QString, ImportColumn>> readMap(const QString& path);

  // Header row -> which column each position holds; errors on a missing required column,
  // an unknown header or the same column twice.
  static Result<std::vector<std::optional<ImportColumn>>> resolveHeader(const QStringList& header,
                                                                        const QHash<QString, ImportColumn>& map);
  static QString fold(const QString& header);
};

}  // namespace casebook
