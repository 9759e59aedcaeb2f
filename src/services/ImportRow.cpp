#include "ImportRow.h"

#include "CaseService.h"
#include "Database.h"
#include "ImportValues.h"
#include "Lookup.h"

namespace casebook {

namespace {

using C = ImportColumn;

// Only a closed case has these; on any other row they would be silently dropped.
constexpr ImportColumn kClosureColumns[] = {C::Outcome, C::Forum, C::ClosedOn, C::ClosureNote, C::ApprovedBy};

// The rule is the group's (docs/risk.md, DOMAIN.md "Cases"): an import does not get round
// it, so the fix says how to supply the approval or close the case in Casebook instead.
const QString kApprovalFix = QStringLiteral(
    "Name the chair who approved the closure in an 'Approved by' column (a member who chairs the group: "
    "'member add --name N --group G --role chair'), or import the case as open and close it in Casebook");

}  // namespace

QString ImportRow::apply(int line, const QHash<ImportColumn, QString>& cells, std::vector<ImportProblem>& problems) {
  ImportValues in(line, cells, m_headers, problems);
  Plan plan;
  read(in, plan);
  checkNames(in, plan);
  if (!in.clean()) return {};
  auto saved = save(plan);
  if (!saved) {
    Error error = saved.error();
    if (error.field == QStringLiteral("approved by")) error.fix = kApprovalFix;
    in.problem(error);
    return {};
  }
  return saved.value();
}

void ImportRow::read(ImportValues& in, Plan& plan) {
  for (ImportColumn column : ImportColumns::all()) {
    if (ImportColumns::isRequired(column) && !in.has(column)) {
      in.problem(column, QStringLiteral("is empty, and this column is required"));
    }
  }
  NewCaseInput& input = plan.input;
  input.reference = in.text(C::Reference);
  input.referral.groupCode = in.text(C::Group);
  input.subject.name = in.text(C::Subject);
  if (auto kind = in.key<SubjectKind>(C::SubjectType, SubjectKind::Person)) input.subject.kind = *kind;
  if (auto role = in.key<SubjectRole>(C::Role, SubjectRole::NotApplicable)) input.subjectRole = *role;
  input.subject.dateOfBirth = in.date(C::DateOfBirth);
  input.subject.ageBand = in.text(C::AgeBand);
  input.subject.address = in.text(C::Address);
  input.subject.aliases = in.list(C::Aliases);
  input.areaCode = in.text(C::Area);
  input.themes = in.list(C::Themes);
  input.leadAgencyCode = in.text(C::LeadAgency);
  input.owner = in.text(C::Owner);
  if (auto status = in.key<CaseStatus>(C::CaseStatus, CaseStatus::Open)) plan.status = *status;
  input.referral.receivedOn = in.date(C::ReferralDate).value_or(QDate());
  input.referral.referringAgencyCode = in.text(C::ReferringAgency);
  input.referral.referringOfficer = in.text(C::ReferringOfficer);
  input.referral.reason = in.text(C::Reason);
  if (auto criterion = in.key<ReferralCriterion>(C::Criterion, ReferralCriterion::VisibleHighRisk)) {
    input.referral.criterion = *criterion;
    // Professional judgement must state the concern; a tracker's reason is that concern.
    if (*criterion == ReferralCriterion::ProfessionalJudgement) input.referral.concern = input.referral.reason;
  }
  input.referral.urgent = in.yesNo(C::Urgent).value_or(false);
  // Rows from a tracker are cases the partnership already holds; a subject in two rows is
  // a person known to two groups, not a mistake (docs/import.md).
  input.allowLikelyDuplicate = true;
  input.acceptNow = plan.status != CaseStatus::Referred;
  readScore(in, plan);
  readClosure(in, plan);
}

void ImportRow::readScore(ImportValues& in, Plan& plan) {
  plan.likelihood = in.scale(C::Likelihood);
  plan.impact = in.scale(C::Impact);
  const bool likelihoodGiven = in.has(C::Likelihood);
  const bool impactGiven = in.has(C::Impact);
  if (likelihoodGiven != impactGiven) {
    in.problem(likelihoodGiven ? C::Impact : C::Likelihood,
               QStringLiteral("is empty: give both likelihood and impact, or neither"));
  }
  if (in.has(C::Score)) {
    bool isNumber = false;
    const int score = in.text(C::Score).toInt(&isNumber);
    if (!likelihoodGiven && !impactGiven) {
      in.problem(C::Score, QStringLiteral("a score alone cannot be imported: the 5x5 history needs likelihood and "
                                          "impact. Add Likelihood and Impact columns, or clear the score"));
    } else if (plan.likelihood && plan.impact && (!isNumber || score != *plan.likelihood * *plan.impact)) {
      in.problem(C::Score, QStringLiteral("'%1' is not likelihood x impact (%2 x %3 = %4)")
                               .arg(in.text(C::Score))
                               .arg(*plan.likelihood)
                               .arg(*plan.impact)
                               .arg(*plan.likelihood * *plan.impact));
    }
  }
  plan.assessedOn = in.date(C::AssessedOn);
  if (in.has(C::AssessedOn) && !likelihoodGiven && !impactGiven) {
    in.problem(C::AssessedOn, QStringLiteral("there is no score to date: give likelihood and impact, or clear it"));
  }
}

void ImportRow::readClosure(ImportValues& in, Plan& plan) {
  // A status that could not be read is reported already; guessing it would add noise.
  if (in.has(C::CaseStatus) && !enumFromKey<CaseStatus>(in.text(C::CaseStatus))) return;
  if (plan.status != CaseStatus::Closed) {
    for (ImportColumn column : kClosureColumns) {
      if (!in.has(column)) continue;
      in.problem(column, QStringLiteral("only a closed case has this, but the status is %1: set Status to closed, "
                                        "or clear the cell").arg(toKey(plan.status)));
    }
    return;
  }
  plan.close.outcome = in.key<Outcome>(C::Outcome, std::nullopt);
  if (!in.has(C::Outcome)) {
    in.problem(C::Outcome, QStringLiteral("a closed case needs its outcome: one of %1")
                               .arg(allKeys<Outcome>().join(QStringLiteral(", "))));
  }
  plan.close.transferredTo = in.key<Forum>(C::Forum, std::nullopt);
  if (in.has(C::Forum) && plan.close.outcome && *plan.close.outcome != Outcome::TransferredToOtherForum) {
    in.problem(C::Forum, QStringLiteral("only a transfer names a forum, but the outcome is %1: set the outcome to "
                                        "transferred, or clear the cell").arg(toKey(*plan.close.outcome)));
  }
  // The quarterly report counts closures by date, so the import day is no stand-in.
  if (auto closedOn = in.date(C::ClosedOn)) {
    plan.close.closedOn = *closedOn;
  } else if (!in.has(C::ClosedOn)) {
    in.problem(C::ClosedOn, QStringLiteral("a closed case needs the date it was closed"));
  }
  plan.close.note = in.text(C::ClosureNote);
  plan.close.approvedBy = in.text(C::ApprovedBy);
}

void ImportRow::checkNames(ImportValues& in, const Plan& plan) {
  Lookup lookup(m_ctx);
  const NewCaseInput& input = plan.input;
  auto report = [&in](const auto& found) {
    if (!found) in.problem(found.error());
  };
  if (in.has(C::Group)) report(lookup.group(input.referral.groupCode));
  report(lookup.optionalArea(input.areaCode));
  report(lookup.optionalAgency(input.leadAgencyCode, QStringLiteral("lead agency")));
  report(lookup.optionalAgency(input.referral.referringAgencyCode, QStringLiteral("referring agency")));
  report(lookup.optionalMember(input.owner, QStringLiteral("owner")));
  report(lookup.themes(input.themes));
  report(lookup.optionalMember(plan.close.approvedBy, QStringLiteral("approved by")));
}

Result<QString> ImportRow::save(const Plan& plan) {
  return m_ctx.db.write([&]() -> Result<QString> {
    NewCaseInput input = plan.input;
    if (plan.likelihood && plan.impact) {
      RiskAssessment a;
      a.assessedOn = plan.assessedOn.value_or(plan.input.referral.receivedOn);
      a.likelihood = *plan.likelihood;
      a.impact = *plan.impact;
      a.assessor = plan.input.referral.referringOfficer;
      a.rationale = QStringLiteral("Imported latest score");
      input.heldScore = a;
    }
    auto created = CaseService(m_ctx).create(input);
    if (!created) return created.error();
    if (plan.status == CaseStatus::Monitoring) {
      CaseChanges changes;
      changes.status = CaseStatus::Monitoring;
      if (auto changed = CaseService(m_ctx).update(created->reference, changes); !changed) return changed.error();
    }
    if (plan.status == CaseStatus::Closed) {
      if (auto closed = CaseService(m_ctx).close(created->reference, plan.close); !closed) return closed.error();
    }
    return created->reference;
  });
}

}  // namespace casebook
