#include "ImportColumns.h"

#include "CsvReader.h"
#include "TextDecoding.h"

#include <QFile>
#include <QRegularExpression>

#include <utility>

namespace casebook {

namespace {

struct ColumnInfo {
  ImportColumn column;
  const char* name;
  bool required;
  std::initializer_list<const char*> variants;  // already folded
  std::initializer_list<const char*> serviceFields;
};

const ColumnInfo kColumns[] = {
    {ImportColumn::Reference, "Reference", false, {"reference", "ref", "caseref", "casereference", "caseno", "casenumber", "id"}, {"reference"}},
    {ImportColumn::Group, "Group", true, {"group", "forum", "subgroup", "meeting", "jaggroup"}, {"group"}},
    {ImportColumn::Subject, "Subject", true, {"subject", "name", "subjectname", "client", "person", "fullname", "individual"}, {"subject"}},
    {ImportColumn::SubjectType, "Subject type", false, {"subjecttype", "type", "casetype", "kind"}, {}},
    {ImportColumn::Role, "Role", false, {"role", "victimperpetrator", "victimoffender"}, {}},
    {ImportColumn::DateOfBirth, "Date of birth", false, {"dateofbirth", "dob", "birthdate", "born"}, {"date of birth"}},
    {ImportColumn::AgeBand, "Age band", false, {"ageband", "agerange", "age"}, {"age band"}},
    {ImportColumn::Address, "Address", false, {"address", "location", "addressorlocation"}, {}},
    {ImportColumn::Aliases, "Aliases", false, {"aliases", "alias", "aka", "alsoknownas", "othernames"}, {}},
    {ImportColumn::Area, "Area", false, {"area", "beat", "ward", "policebeat", "locality", "npa"}, {"area"}},
    {ImportColumn::Themes, "Themes", false, {"themes", "theme", "issues", "issue", "concerns", "categories"}, {"themes"}},
    {ImportColumn::LeadAgency, "Lead agency", false, {"leadagency", "lead", "leadpartner"}, {"lead agency"}},
    {ImportColumn::Owner, "Owner", false, {"owner", "caseowner", "leadofficer", "keyworker", "assignedto"}, {"owner"}},
    {ImportColumn::CaseStatus, "Status", false, {"status", "casestatus", "state"}, {"status"}},
    {ImportColumn::ReferralDate, "Referral date", true, {"referraldate", "datereferred", "dateofreferral", "referred", "datereceived", "received"}, {"referral date"}},
    {ImportColumn::ReferringAgency, "Referring agency", false, {"referringagency", "referrer agency", "referredby", "referreragency", "sourceagency"}, {"referring agency"}},
    {ImportColumn::ReferringOfficer, "Referring officer", false, {"referringofficer", "referrer", "referrername", "officer"}, {}},
    {ImportColumn::Reason, "Reason", true, {"reason", "reasonforreferral", "referralreason", "concern", "summary"}, {"reason", "concern"}},
    {ImportColumn::Criterion, "Criterion", false, {"criterion", "criteria", "referralcriterion"}, {}},
    {ImportColumn::Urgent, "Urgent", false, {"urgent", "urgency", "priorityflag"}, {}},
    {ImportColumn::Likelihood, "Likelihood", false, {"likelihood", "l", "probability"}, {"likelihood"}},
    {ImportColumn::Impact, "Impact", false, {"impact", "i", "severity", "harm"}, {"impact"}},
    {ImportColumn::Score, "Score", false, {"score", "riskscore", "risk", "total"}, {}},
    {ImportColumn::AssessedOn, "Assessed on", false, {"assessedon", "riskdate", "dateassessed", "lastreview", "lastreviewed"}, {"date"}},
    {ImportColumn::Outcome, "Outcome", false, {"outcome", "closureoutcome", "result"}, {"outcome"}},
    {ImportColumn::Forum, "Transferred to", false, {"transferredto", "transferforum", "onwardforum"}, {"forum"}},
    {ImportColumn::ClosedOn, "Closed on", false, {"closedon", "dateclosed", "closuredate", "closed"}, {"closed on"}},
    {ImportColumn::ClosureNote, "Closure note", false, {"closurenote", "closurereason", "reasonclosed"}, {}},
    {ImportColumn::ApprovedBy, "Approved by", false, {"approvedby", "closureapprovedby", "chairapproval"}, {"approved by"}},
};

const ColumnInfo& info(ImportColumn column) {
  for (const auto& c : kColumns) {
    if (c.column == column) return c;
  }
  return kColumns[0];
}

}  // namespace

QString ImportColumns::fold(const QString& header) {
  static const QRegularExpression nonAlnum(QStringLiteral("[^a-z0-9]"));
  QString folded = header.toLower();
  folded.remove(nonAlnum);
  return folded;
}

QString ImportColumns::canonicalName(ImportColumn column) { return QString::fromLatin1(info(column).name); }

const std::vector<ImportColumn>& ImportColumns::all() {
  static const std::vector<ImportColumn> columns = [] {
    std::vector<ImportColumn> result;
    for (const auto& c : kColumns) result.push_back(c.column);
    return result;
  }();
  return columns;
}

bool ImportColumns::isRequired(ImportColumn column) { return info(column).required; }

std::optional<ImportColumn> ImportColumns::recognise(const QString& header) {
  const QString folded = fold(header);
  for (const auto& c : kColumns) {
    if (fold(QString::fromLatin1(c.name)) == folded) return c.column;
    for (const char* variant : c.variants) {
      if (fold(QString::fromLatin1(variant)) == folded) return c.column;
    }
  }
  return std::nullopt;
}

std::optional<ImportColumn> ImportColumns::forServiceField(const QString& field) {
  for (const auto& c : kColumns) {
    for (const char* name : c.serviceFields) {
      if (field == QString::fromLatin1(name)) return c.column;
    }
  }
  return std::nullopt;
}

Result<QHash<QString, ImportColumn>> ImportColumns::readMap(const QString& path) {
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly)) {
    return Error::invalid(QStringLiteral("map file"), QStringLiteral("cannot read %1").arg(path),
                          QStringLiteral("Check the path given to --map"));
  }
  auto text = decodeSpreadsheetText(file.readAll(), QStringLiteral("auto"));
  if (!text) return Error::invalid(QStringLiteral("map file"), text.error().problem, text.error().fix);
  QHash<QString, ImportColumn> map;
  int line = 0;
  for (const QString& raw : text->text.split(QLatin1Char('\n'))) {
    ++line;
    const QString entry = raw.trimmed();
    if (entry.isEmpty() || entry.startsWith(QLatin1Char('#'))) continue;
    auto parsed = CsvReader::parse(QStringLiteral("x\n") + entry + QLatin1Char('\n'));
    if (!parsed || parsed->rows.empty() || parsed->rows.front().cells.size() != 2) {
      return Error::invalid(QStringLiteral("map file line %1").arg(line),
                            QStringLiteral("expected two columns: their header, Casebook's column"),
                            QStringLiteral("For example: Young person,Subject"));
    }
    const QStringList cells = parsed->rows.front().cells;
    // A header row such as "Their header,Casebook column" is allowed and skipped.
    if (map.isEmpty() && fold(cells.at(1)) == QStringLiteral("casebookcolumn")) continue;
    if (cells.at(0).isEmpty()) {
      return Error::invalid(QStringLiteral("map file line %1").arg(line), QStringLiteral("their header is empty"),
                            QStringLiteral("Write the header as it appears in your tracker, e.g. Young person,Subject"));
    }
    const auto target = recognise(cells.at(1));
    if (!target) {
      return Error::invalid(QStringLiteral("map file line %1").arg(line),
                            QStringLiteral("'%1' is not a Casebook column").arg(cells.at(1)),
                            QStringLiteral("Use a column named in docs/import.md, e.g. Subject or Referral date"));
    }
    map.insert(fold(cells.at(0)), *target);
  }
  return map;
}

Result<std::vector<std::optional<ImportColumn>>> ImportColumns::resolveHeader(const QStringList& header,
                                                                              const QHash<QString, ImportColumn>& map) {
  std::vector<std::optional<ImportColumn>> columns;
  QHash<int, QString> seen;
  for (const QString& name : header) {
    std::optional<ImportColumn> column;
    if (map.contains(fold(name))) column = map.value(fold(name));
    else column = recognise(name);
    if (!column && !name.trimmed().isEmpty()) {
      // Unknown columns are refused rather than silently dropped: the data in them
      // would otherwise be lost without anyone noticing.
      return Error::invalid(QStringLiteral("column %1").arg(name),
                            QStringLiteral("Casebook does not know this column"),
                            QStringLiteral("Rename it, map it with --map, or delete it before importing"));
    }
    if (column) {
      const int key = static_cast<int>(*column);
      if (seen.contains(key)) {
        return Error::invalid(QStringLiteral("column %1").arg(name),
                              QStringLiteral("it holds %1, like column %2").arg(canonicalName(*column), seen.value(key)),
                              QStringLiteral("Keep one of them"));
      }
      seen.insert(key, name);
    }
    columns.push_back(column);
  }
  for (const auto& c : kColumns) {
    if (c.required && !seen.contains(static_cast<int>(c.column))) {
      return Error::invalid(QStringLiteral("column %1").arg(QString::fromLatin1(c.name)),
                            QStringLiteral("the required column is missing"),
                            QStringLiteral("Add a column headed '%1' (or map yours with --map)").arg(QString::fromLatin1(c.name)));
    }
  }
  return columns;
}

}  // namespace casebook
