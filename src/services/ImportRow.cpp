#include "ImportRow.h"

#include "CaseService.h"
#include "Database.h"
#include "Dates.h"
#include "Lookup.h"
#include "RiskService.h"

namespace casebook {

namespace {

// Problems found while reading a row's values, before any service is called.
class RowReader {
 public:
  RowReader(int line, const QHash<ImportColumn, QString>& values, std::vector<ImportProblem>& problems,
            std::function<QString(ImportColumn)> header)
      : m_line(line), m_values(values), m_problems(problems), m_header(std::move(header)) {}

  QString text(ImportColumn c) const { return m_values.value(c).trimmed(); }
  void problem(ImportColumn c, const QString& reason) { m_problems.push_back({m_line, m_header(c), reason}); }
  bool ok() const { return m_count == m_problems.size(); }
  void start() { m_count = m_problems.size(); }

  std::optional<QDate> date(ImportColumn c) {
    if (text(c).isEmpty()) return std::nullopt;
    auto parsed = parseSpreadsheetDate(text(c), m_header(c));
    if (!parsed) {
      problem(c, parsed.error().problem + QStringLiteral(". ") + parsed.error().fix);
      return std::nullopt;
    }
    return parsed.value();
  }
  std::optional<int> scale(ImportColumn c) {
    if (text(c).isEmpty()) return std::nullopt;
    bool isNumber = false;
    const int value = text(c).toInt(&isNumber);
    if (!isNumber || value < 1 || value > 5) {
      problem(c, QStringLiteral("'%1' is not a whole number from 1 to 5").arg(text(c)));
      return std::nullopt;
    }
    return value;
  }
  template <typename E>
  std::optional<E> key(ImportColumn c, E fallback) {
    if (text(c).isEmpty()) return fallback;
    if (auto value = enumFromKey<E>(text(c))) return value;
    problem(c, QStringLiteral("'%1' is not one of: %2").arg(text(c), allKeys<E>().join(QStringLiteral(", "))));
    return std::nullopt;
  }
  std::optional<bool> yesNo(ImportColumn c) {
    const QString v = text(c).toLower();
    if (v.isEmpty() || v == QStringLiteral("n") || v == QStringLiteral("no") || v == QStringLiteral("false") ||
        v == QStringLiteral("0")) {
      return false;
    }
    if (v == QStringLiteral("y") || v == QStringLiteral("yes") || v == QStringLiteral("true") || v == QStringLiteral("1")) {
      return true;
    }
    problem(c, QStringLiteral("'%1' is not yes or no").arg(text(c)));
    return std::nullopt;
  }

 private:
  int m_line;
  const QHash<ImportColumn, QString>& m_values;
  std::vector<ImportProblem>& m_problems;
  std::function<QString(ImportColumn)> m_header;
  std::size_t m_count = 0;
};

QStringList splitList(const QString& text) {
  QStringList items;
  for (const auto& part : QString(text).replace(QLatin1Char(';'), QLatin1Char(',')).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
    if (!part.trimmed().isEmpty()) items << part.trimmed();
  }
  return items;
}

}  // namespace

QString ImportRow::header(ImportColumn column) const {
  return m_headers.value(column, ImportColumns::canonicalName(column));
}

QString ImportRow::apply(int line, const QHash<ImportColumn, QString>& values, std::vector<ImportProblem>& problems) {
  RowReader in(line, values, problems, [this](ImportColumn c) { return header(c); });
  in.start();
  using C = ImportColumn;
  for (ImportColumn required : ImportColumns::all()) {
    if (ImportColumns::isRequired(required) && in.text(required).isEmpty()) in.problem(required, QStringLiteral("is empty"));
  }
  NewCaseInput input;
  input.reference = in.text(C::Reference);
  input.referral.groupCode = in.text(C::Group);
  input.subject.name = in.text(C::Subject);
  if (auto kind = in.key<SubjectKind>(C::SubjectType, SubjectKind::Person)) input.subject.kind = *kind;
  if (auto role = in.key<SubjectRole>(C::Role, SubjectRole::NotApplicable)) input.subjectRole = *role;
  input.subject.dateOfBirth = in.date(C::DateOfBirth);
  input.subject.ageBand = in.text(C::AgeBand);
  input.subject.address = in.text(C::Address);
  input.subject.aliases = splitList(in.text(C::Aliases));
  input.areaCode = in.text(C::Area);
  input.themes = splitList(in.text(C::Themes));
  input.leadAgencyCode = in.text(C::LeadAgency);
  input.owner = in.text(C::Owner);
  const auto status = in.key<CaseStatus>(C::CaseStatus, CaseStatus::Open);
  input.referral.receivedOn = in.date(C::ReferralDate).value_or(QDate());
  input.referral.referringAgencyCode = in.text(C::ReferringAgency);
  input.referral.referringOfficer = in.text(C::ReferringOfficer);
  input.referral.reason = in.text(C::Reason);
  if (auto criterion = in.key<ReferralCriterion>(C::Criterion, ReferralCriterion::VisibleHighRisk)) {
    input.referral.criterion = *criterion;
    if (*criterion == ReferralCriterion::ProfessionalJudgement) input.referral.concern = input.referral.reason;
  }
  input.referral.urgent = in.yesNo(C::Urgent).value_or(false);
  const auto likelihood = in.scale(C::Likelihood);
  const auto impact = in.scale(C::Impact);
  if (likelihood.has_value() != impact.has_value() && in.ok()) {
    in.problem(likelihood ? C::Impact : C::Likelihood, QStringLiteral("give both likelihood and impact, or neither"));
  }
  if (!in.text(C::Score).isEmpty()) {
    bool isNumber = false;
    const int score = in.text(C::Score).toInt(&isNumber);
    if (!likelihood || !impact) {
      in.problem(C::Score, QStringLiteral("a score alone cannot be imported: the 5x5 needs likelihood and impact"));
    } else if (!isNumber || score != *likelihood * *impact) {
      in.problem(C::Score, QStringLiteral("'%1' is not likelihood x impact (%2)").arg(in.text(C::Score)).arg(*likelihood * *impact));
    }
  }
  const auto assessedOn = in.date(C::AssessedOn);
  const auto outcome = in.text(C::Outcome).isEmpty() ? std::optional<Outcome>() : in.key<Outcome>(C::Outcome, Outcome::RiskReduced);
  const auto forum = in.text(C::Forum).isEmpty() ? std::optional<Forum>() : in.key<Forum>(C::Forum, Forum::Other);
  const auto closedOn = in.date(C::ClosedOn);
  if (!in.ok()) return {};

  // Rows from a tracker are cases the partnership already holds; a subject in two rows is
  // a person known to two groups, not a mistake (docs/import.md).
  input.allowLikelyDuplicate = true;
  input.acceptNow = status != CaseStatus::Referred;
  auto result = m_ctx.db.write([&]() -> Result<QString> {
    auto created = CaseService(m_ctx).create(input);
    if (!created) return created.error();
    if (likelihood && impact) {
      RiskAssessment a;
      a.caseId = created->id;
      a.assessedOn = assessedOn.value_or(input.referral.receivedOn);
      a.likelihood = *likelihood;
      a.impact = *impact;
      a.assessor = input.referral.referringOfficer;
      a.rationale = QStringLiteral("Imported latest score");
      auto assessed = RiskService::record(m_ctx, a);
      if (!assessed) return assessed.error();
    }
    if (status == CaseStatus::Monitoring) {
      CaseChanges changes;
      changes.status = CaseStatus::Monitoring;
      if (auto changed = CaseService(m_ctx).update(created->reference, changes); !changed) return changed.error();
    }
    if (status == CaseStatus::Closed) {
      CloseInput close;
      close.outcome = outcome;
      close.transferredTo = forum;
      close.closedOn = closedOn.value_or(QDate());
      close.note = in.text(C::ClosureNote);
      close.approvedBy = in.text(C::ApprovedBy);
      if (auto closed = CaseService(m_ctx).close(created->reference, close); !closed) return closed.error();
    }
    return created->reference;
  });
  if (!result) {
    const auto column = ImportColumns::forServiceField(result.error().field);
    QString reason = result.error().problem;
    if (!result.error().fix.isEmpty()) reason += QStringLiteral(". ") + result.error().fix;
    problems.push_back({line, column ? header(*column) : result.error().field, reason});
    return {};
  }
  return result.value();
}

}  // namespace casebook
