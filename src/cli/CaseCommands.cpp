#include "CaseReader.h"
#include "CaseService.h"
#include "CliSession.h"
#include "Commands.h"
#include "CsvWriter.h"
#include "Dates.h"
#include "JsonViews.h"
#include "ReferralArgs.h"
#include "TextTable.h"
#include "CaseDetailText.h"

#include <QJsonArray>

#include <CLI/CLI.hpp>

#include <memory>

namespace casebook::cli {

namespace {

QStringList toQStringList(const std::vector<std::string>& items) {
  QStringList result;
  for (const auto& item : items) {
    for (const auto& part : qs(item).split(QLatin1Char(','), Qt::SkipEmptyParts)) result << part.trimmed();
  }
  return result;
}

QString bandCell(const CaseSummary& row) {
  if (!row.score) return QStringLiteral("-");
  return QStringLiteral("%1 (%2)").arg(toLabel(*row.band)).arg(*row.score);
}

void printCases(CliSession& session, const CasePage& page, Format format, const char* jsonFormat) {
  const QStringList header{QStringLiteral("Reference"), QStringLiteral("Group"),  QStringLiteral("Subject"),
                           QStringLiteral("Status"),    QStringLiteral("Risk"),   QStringLiteral("Next review"),
                           QStringLiteral("Owner"),     QStringLiteral("Area"),   QStringLiteral("Themes"),
                           QStringLiteral("Flags")};
  if (format == Format::Json) {
    QJsonArray cases;
    for (const auto& row : page.rows) cases.append(caseSummaryJson(row));
    session.printRaw(envelope(jsonFormat, {{QStringLiteral("total"), page.total},
                                           {QStringLiteral("count"), static_cast<int>(page.rows.size())},
                                           {QStringLiteral("cases"), cases}}));
    return;
  }
  TextTable table(header);
  for (const auto& row : page.rows) {
    QStringList flags;
    if (row.reviewOverdue) flags << QStringLiteral("review overdue");
    if (row.openInSeveralGroups) flags << QStringLiteral("open in several groups");
    table.add({row.reference, row.groupCode, row.subjectName, toKey(row.status), bandCell(row),
               row.nextReviewOn ? isoDate(*row.nextReviewOn) : QStringLiteral("-"), row.ownerName, row.areaCode,
               row.themes.join(QStringLiteral(", ")), flags.join(QStringLiteral("; "))});
  }
  if (format == Format::Csv) {
    session.printRaw(CsvWriter::line(header));
    for (const auto& row : table.rows()) session.printRaw(CsvWriter::line(row));
    return;
  }
  session.printRaw(table.render().toUtf8());
  session.print(QStringLiteral("%1 of %2 cases").arg(page.rows.size()).arg(page.total));
}

struct CaseAddArgs {
  ReferralArgs referral;
  std::string sameSubjectAs;
  std::string reference, subject, kind = "person", dob, ageBand, address, role = "not_applicable", area, lead,
      owner, lawfulBasis, priority;
  std::vector<std::string> aliases, themes;
  bool accept = false, notDuplicate = false;
};

void runCaseAdd(CliSession& s, const CaseAddArgs& a) {
  NewCaseInput input;
  auto referral = toReferralInput(s, a.referral);
  if (!referral) return;
  input.referral = *referral;
  input.reference = qs(a.reference);
  input.sameSubjectAs = qs(a.sameSubjectAs);
  if (a.subject.empty() == a.sameSubjectAs.empty()) {
    s.invalid(QStringLiteral("--subject"), QStringLiteral("give either --subject or --subject-of, not both or neither"),
              QStringLiteral("--subject-of REF opens a case for the subject of an existing case"));
    return;
  }
  input.subject.name = qs(a.subject);
  auto kind = s.enumValue<SubjectKind>(a.kind, "--type");
  auto role = s.enumValue<SubjectRole>(a.role, "--role");
  if (!kind || !role) return;
  input.subject.kind = *kind;
  input.subjectRole = *role;
  auto dob = s.date(a.dob, "--dob");
  if (!dob) return;
  input.subject.dateOfBirth = *dob;
  input.subject.ageBand = qs(a.ageBand);
  input.subject.address = qs(a.address);
  for (const auto& alias : a.aliases) input.subject.aliases << qs(alias);
  input.areaCode = qs(a.area);
  input.leadAgencyCode = qs(a.lead);
  input.owner = qs(a.owner);
  input.themes = toQStringList(a.themes);
  input.priorityCode = qs(a.priority);
  input.lawfulBasis = qs(a.lawfulBasis);
  input.acceptNow = a.accept;
  input.allowLikelyDuplicate = a.notDuplicate;
  auto* ctx = s.open();
  if (!ctx) return;
  auto created = CaseService(*ctx).create(input);
  if (!s.check(created)) return;
  s.print(QStringLiteral("Created %1 (referral %2%3)")
              .arg(created->reference)
              .arg(created->referralId.value)
              .arg(a.accept ? QStringLiteral(", accepted") : QStringLiteral(", awaiting decision")));
  if (created->repeatReferral) s.note(QStringLiteral("note: repeat referral (the subject was referred within 12 months)"));
  if (created->escalationPrompted) {
    s.note(QStringLiteral("note: the score meets the escalation threshold; consider 'casebook-cli escalate %1'")
               .arg(created->reference));
  }
}

struct CaseListArgs {
  std::string group, status, band, theme, area, owner, sort = "reference", text;
  bool overdue = false, several = false, descending = false;
  int limit = 200, offset = 0;
};

std::optional<CaseQuery::Sort> sortKey(CliSession& s, const std::string& text) {
  static const std::pair<const char*, CaseQuery::Sort> keys[] = {
      {"reference", CaseQuery::Sort::Reference}, {"subject", CaseQuery::Sort::Subject},
      {"group", CaseQuery::Sort::Group},         {"status", CaseQuery::Sort::CaseStatus},
      {"score", CaseQuery::Sort::Score},         {"next-review", CaseQuery::Sort::NextReview},
      {"opened", CaseQuery::Sort::Opened}};
  for (const auto& [key, sort] : keys) {
    if (text == key) return sort;
  }
  s.invalid(QStringLiteral("--sort"), QStringLiteral("'%1' is not a sort order").arg(qs(text)),
            QStringLiteral("Use reference, subject, group, status, score, next-review or opened"));
  return std::nullopt;
}

void runCaseList(CliSession& s, const CaseListArgs& a, const char* jsonFormat) {
  auto format = s.outputFormat();
  if (!format) return;
  CaseListRequest request;
  request.groupCode = qs(a.group);
  for (const auto& part : qs(a.status).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
    auto status = s.enumValue<CaseStatus>(part.toStdString(), "--status");
    if (!status) return;
    request.statuses.push_back(*status);
  }
  if (!a.band.empty()) {
    auto band = s.enumValue<RiskBand>(a.band, "--band");
    if (!band) return;
    request.band = band;
  }
  auto sort = sortKey(s, a.sort);
  if (!sort) return;
  request.sort = *sort;
  request.descending = a.descending;
  request.themeCode = qs(a.theme);
  request.areaCode = qs(a.area);
  request.owner = qs(a.owner);
  request.overdueReviewOnly = a.overdue;
  request.openInSeveralGroupsOnly = a.several;
  request.text = qs(a.text);
  request.limit = a.limit;
  request.offset = a.offset;
  auto* ctx = s.open();
  if (!ctx) return;
  auto page = CaseReader(*ctx).list(request);
  if (!s.check(page)) return;
  printCases(s, page.value(), *format, jsonFormat);
}

void addListFilters(CLI::App* c, CaseListArgs& a) {
  c->add_option("--group", a.group, "Only this group's cases");
  c->add_option("--status", a.status, "referred, open, monitoring, closed (comma-separated)");
  c->add_option("--band", a.band, "low, medium, high, very_high");
  c->add_option("--theme", a.theme, "Theme code, e.g. cce");
  c->add_option("--area", a.area, "Area or beat code, e.g. NL62");
  c->add_option("--owner", a.owner, "Case owner (member name or #id)");
  c->add_flag("--overdue-review", a.overdue, "Only cases whose review is overdue");
  c->add_flag("--several-groups", a.several, "Only subjects open in more than one group");
  c->add_option("--sort", a.sort, "reference, subject, group, status, score, next-review, opened");
  c->add_flag("--desc", a.descending, "Sort descending");
  c->add_option("--limit", a.limit, "At most this many rows (default 200)");
  c->add_option("--offset", a.offset, "Skip this many rows");
}

}  // namespace

void addCaseCommands(CLI::App& app, CliSession& s) {
  auto* cases = app.add_subcommand("case", "Add, list, show, change, close and link cases");
  cases->require_subcommand(1);

  auto add = std::make_shared<CaseAddArgs>();
  auto* addCmd = cases->add_subcommand("add", "Add a case with the referral that brings it");
  addCmd->add_option("--subject", add->subject, "Person's name, household, address or cohort");
  addCmd->add_option("--subject-of", add->sameSubjectAs, "Or: the subject of this existing case (known to another group)");
  addCmd->add_option("--type", add->kind, "person | household | location | cohort");
  addCmd->add_option("--role", add->role, "victim | perpetrator | both | not_applicable");
  addCmd->add_option("--dob", add->dob, "Date of birth, YYYY-MM-DD");
  addCmd->add_option("--age-band", add->ageBand, "When the date of birth is unknown, e.g. 16-17");
  addCmd->add_option("--address", add->address, "Address");
  addCmd->add_option("--alias", add->aliases, "Another name the subject is known by (repeatable)");
  addCmd->add_option("--area", add->area, "Area or beat code");
  addCmd->add_option("--lead-agency", add->lead, "Lead agency code");
  addCmd->add_option("--owner", add->owner, "Case owner (member name or #id)");
  addCmd->add_option("--theme", add->themes, "Theme code (repeatable or comma-separated)");
  addCmd->add_option("--case-lawful-basis", add->lawfulBasis, "Consent note or lawful basis for the case");
  addCmd->add_option("--priority", add->priority, "CSP plan priority code, e.g. P1");
  addCmd->add_option("--reference", add->reference, "Use this reference instead of the next free one");
  addCmd->add_flag("--accept", add->accept, "The group accepts the referral now");
  addCmd->add_flag("--not-duplicate", add->notDuplicate, "Save even if it looks like an existing subject");
  addReferralOptions(addCmd, add->referral);
  addCmd->callback([&s, add] { runCaseAdd(s, *add); });

  auto list = std::make_shared<CaseListArgs>();
  auto* listCmd = cases->add_subcommand("list", "List cases, filtered and sorted");
  addListFilters(listCmd, *list);
  listCmd->add_option("--text", list->text, "Full-text search as well");
  listCmd->add_option("--format", s.format, "table | csv | json");
  listCmd->callback([&s, list] { runCaseList(s, *list, "casebook/case-list"); });

  auto showRef = std::make_shared<std::string>();
  auto showReason = std::make_shared<std::string>();
  auto* showCmd = cases->add_subcommand("show", "Show one case in full (recorded in the audit trail)");
  showCmd->add_option("reference", *showRef, "Case reference, e.g. YJAG-2024-017")->required();
  showCmd->add_option("--reason", *showReason, "Why you are viewing it (required when the partnership says so)");
  showCmd->add_option("--format", s.format, "table | json");
  showCmd->callback([&s, showRef, showReason] {
    auto format = s.outputFormat();
    if (!format) return;
    if (*format == Format::Csv) {
      s.invalid(QStringLiteral("--format"), QStringLiteral("a single case has no CSV form"),
                QStringLiteral("Use table or json, or 'export cases'"));
      return;
    }
    auto* ctx = s.open();
    if (!ctx) return;
    auto detail = CaseReader(*ctx).get(qs(*showRef), qs(*showReason));
    if (!s.check(detail)) return;
    if (*format == Format::Json) {
      s.printRaw(envelope("casebook/case", {{QStringLiteral("case"), caseDetailJson(detail.value())}}));
    } else {
      printDetail(s, detail.value());
    }
  });

  struct UpdateArgs {
    std::string reference, subject, dob, ageBand, address, role, area, lead, owner, lawfulBasis, status, priority;
    std::vector<std::string> themes, aliases;
  };
  auto upd = std::make_shared<UpdateArgs>();
  auto* updCmd = cases->add_subcommand("update", "Change a case's details");
  updCmd->add_option("reference", upd->reference, "Case reference")->required();
  updCmd->add_option("--subject", upd->subject, "New subject name");
  updCmd->add_option("--dob", upd->dob, "Date of birth, YYYY-MM-DD");
  updCmd->add_option("--age-band", upd->ageBand, "Age band");
  updCmd->add_option("--address", upd->address, "Address");
  updCmd->add_option("--alias", upd->aliases, "Replace the aliases (repeatable)");
  updCmd->add_option("--role", upd->role, "victim | perpetrator | both | not_applicable");
  updCmd->add_option("--area", upd->area, "Area code");
  updCmd->add_option("--lead-agency", upd->lead, "Lead agency code");
  updCmd->add_option("--owner", upd->owner, "Case owner (member name or #id)");
  updCmd->add_option("--theme", upd->themes, "Replace the themes (repeatable or comma-separated)");
  updCmd->add_option("--case-lawful-basis", upd->lawfulBasis, "Consent note or lawful basis");
  updCmd->add_option("--status", upd->status, "open | monitoring");
  updCmd->add_option("--priority", upd->priority, "CSP plan priority code (empty to remove)");
  updCmd->callback([&s, upd, updCmd] {
    CaseChanges ch;
    auto given = [&](const char* option) { return updCmd->count(option) > 0; };
    if (given("--subject")) ch.subjectName = qs(upd->subject);
    if (given("--dob")) {
      auto dob = s.date(upd->dob, "--dob");
      if (!dob) return;
      ch.dateOfBirth = *dob;
    }
    if (given("--age-band")) ch.ageBand = qs(upd->ageBand);
    if (given("--address")) ch.address = qs(upd->address);
    if (given("--alias")) {
      QStringList aliases;
      for (const auto& alias : upd->aliases) aliases << qs(alias);
      ch.aliases = aliases;
    }
    if (given("--role")) {
      auto role = s.enumValue<SubjectRole>(upd->role, "--role");
      if (!role) return;
      ch.subjectRole = role;
    }
    if (given("--area")) ch.areaCode = qs(upd->area);
    if (given("--lead-agency")) ch.leadAgencyCode = qs(upd->lead);
    if (given("--owner")) ch.owner = qs(upd->owner);
    if (given("--theme")) ch.themes = toQStringList(upd->themes);
    if (given("--case-lawful-basis")) ch.lawfulBasis = qs(upd->lawfulBasis);
    if (given("--priority")) ch.priorityCode = qs(upd->priority);
    if (given("--status")) {
      auto status = s.enumValue<CaseStatus>(upd->status, "--status");
      if (!status) return;
      ch.status = status;
    }
    auto* ctx = s.open();
    if (!ctx) return;
    if (s.check(CaseService(*ctx).update(qs(upd->reference), ch))) s.print(QStringLiteral("Updated %1").arg(qs(upd->reference)));
  });

  struct CloseArgs {
    std::string reference, outcome, forum, note, date, approvedBy;
  };
  auto cl = std::make_shared<CloseArgs>();
  auto* closeCmd = cases->add_subcommand("close", "Close a case with its outcome");
  closeCmd->add_option("reference", cl->reference, "Case reference")->required();
  closeCmd->add_option("--outcome", cl->outcome, "risk_reduced, engaged_with_support, enforcement, rehoused, "
                                                 "moved_out_of_area, transferred, disengaged, deceased, duplicate");
  closeCmd->add_option("--forum", cl->forum, "With outcome 'transferred': marac, mappa, channel, mash, ...");
  closeCmd->add_option("--note", cl->note, "Why the case leaves the group");
  closeCmd->add_option("--date", cl->date, "Date closed, YYYY-MM-DD (default: today)");
  closeCmd->add_option("--approved-by", cl->approvedBy, "The chair who approved closure (member name or #id)");
  closeCmd->callback([&s, cl] {
    CloseInput input;
    if (!cl->outcome.empty()) {
      auto outcome = s.enumValue<Outcome>(cl->outcome, "--outcome");
      if (!outcome) return;
      input.outcome = outcome;
    }
    if (!cl->forum.empty()) {
      auto forum = s.enumValue<Forum>(cl->forum, "--forum");
      if (!forum) return;
      input.transferredTo = forum;
    }
    if (!s.readDate(cl->date, "--date", input.closedOn)) return;
    input.note = qs(cl->note);
    input.approvedBy = qs(cl->approvedBy);
    auto* ctx = s.open();
    if (!ctx) return;
    if (s.check(CaseService(*ctx).close(qs(cl->reference), input))) s.print(QStringLiteral("Closed %1").arg(qs(cl->reference)));
  });

  auto reopenArgs = std::make_shared<std::pair<std::string, std::string>>();
  auto* reopenCmd = cases->add_subcommand("reopen", "Reopen a closed case");
  reopenCmd->add_option("reference", reopenArgs->first, "Case reference")->required();
  reopenCmd->add_option("--reason", reopenArgs->second, "What has changed")->required();
  reopenCmd->callback([&s, reopenArgs] {
    auto* ctx = s.open();
    if (!ctx) return;
    if (s.check(CaseService(*ctx).reopen(qs(reopenArgs->first), qs(reopenArgs->second)))) {
      s.print(QStringLiteral("Reopened %1").arg(qs(reopenArgs->first)));
    }
  });

  struct LinkArgs {
    std::string from, to, relation = "other", note;
  };
  auto ln = std::make_shared<LinkArgs>();
  auto* linkCmd = cases->add_subcommand("link", "Link two cases (household, cuckooing, ...)");
  linkCmd->add_option("reference", ln->from, "Case reference")->required();
  linkCmd->add_option("other", ln->to, "The other case's reference")->required();
  linkCmd->add_option("--relation", ln->relation, "household, same_address, victim_of, associate, cuckooing, other");
  linkCmd->add_option("--note", ln->note, "Why they are linked");
  linkCmd->callback([&s, ln] {
    auto relation = s.enumValue<LinkRelation>(ln->relation, "--relation");
    if (!relation) return;
    auto* ctx = s.open();
    if (!ctx) return;
    if (s.check(CaseService(*ctx).link(qs(ln->from), qs(ln->to), *relation, qs(ln->note)))) {
      s.print(QStringLiteral("Linked %1 and %2").arg(qs(ln->from), qs(ln->to)));
    }
  });

  auto note = std::make_shared<std::array<std::string, 3>>();
  auto* notes = app.add_subcommand("note", "Case notes");
  notes->require_subcommand(1);
  auto* noteAdd = notes->add_subcommand("add", "Add a note to a case");
  noteAdd->add_option("reference", (*note)[0], "Case reference")->required();
  noteAdd->add_option("--text", (*note)[1], "The note")->required();
  noteAdd->add_option("--author", (*note)[2], "Who wrote it (default: you)");
  noteAdd->callback([&s, note] {
    auto* ctx = s.open();
    if (!ctx) return;
    auto added = CaseService(*ctx).addNote(qs((*note)[0]), qs((*note)[1]), qs((*note)[2]));
    if (s.check(added)) s.print(QStringLiteral("Added note %1 to %2").arg(added->value).arg(qs((*note)[0])));
  });

  auto search = std::make_shared<CaseListArgs>();
  auto* searchCmd = app.add_subcommand("search", "Find cases by subject, alias, reference or note text");
  searchCmd->add_option("text", search->text, "Words to find (each as a prefix)")->required();
  addListFilters(searchCmd, *search);
  searchCmd->add_option("--format", s.format, "table | csv | json");
  searchCmd->callback([&s, search] { runCaseList(s, *search, "casebook/search"); });
}

}  // namespace casebook::cli
