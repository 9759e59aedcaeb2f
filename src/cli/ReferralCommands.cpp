#include "CliSession.h"
#include "Commands.h"
#include "Dates.h"
#include "ReferralArgs.h"
#include "ReferralService.h"
#include "RiskService.h"

#include <CLI/CLI.hpp>

#include <memory>

namespace casebook::cli {

void addReferralCommands(CLI::App& app, CliSession& s) {
  struct ReferArgs {
    std::string reference;
    ReferralArgs referral;
  };
  auto refer = std::make_shared<ReferArgs>();
  auto* referCmd = app.add_subcommand("refer", "Refer an existing case to a group (again)");
  referCmd->add_option("reference", refer->reference, "Case reference")->required();
  addReferralOptions(referCmd, refer->referral);
  referCmd->callback([&s, refer] {
    auto input = toReferralInput(s, refer->referral);
    if (!input) return;
    auto* ctx = s.open();
    if (!ctx) return;
    auto id = ReferralService(*ctx).refer(qs(refer->reference), *input);
    if (s.check(id)) s.print(QStringLiteral("Referral %1 awaits the decision of %2").arg(id->value).arg(input->groupCode));
  });

  struct DecideArgs {
    qint64 id = 0;
    bool accept = false, decline = false;
    std::string redirect, reason, date;
  };
  auto decide = std::make_shared<DecideArgs>();
  auto* decideCmd = app.add_subcommand("decide", "Accept, decline or redirect a referral");
  decideCmd->add_option("referral", decide->id, "Referral number (see 'case show')")->required();
  auto* acceptFlag = decideCmd->add_flag("--accept", decide->accept, "Accept the referral");
  auto* declineFlag = decideCmd->add_flag("--decline", decide->decline, "Decline it (give --reason)");
  auto* redirectOpt = decideCmd->add_option("--redirect", decide->redirect, "Redirect it to another group");
  acceptFlag->excludes(declineFlag)->excludes(redirectOpt);
  declineFlag->excludes(redirectOpt);
  decideCmd->add_option("--reason", decide->reason, "Reason for the decision");
  decideCmd->add_option("--date", decide->date, "Decision date, YYYY-MM-DD (default: today)");
  decideCmd->callback([&s, decide] {
    DecisionInput input;
    input.referralId = decide->id;
    input.decision = decide->accept    ? ReferralDecision::Accepted
                     : decide->decline ? ReferralDecision::Declined
                     : !decide->redirect.empty() ? ReferralDecision::Redirected
                                                 : ReferralDecision::Pending;
    if (input.decision == ReferralDecision::Pending) {
      s.invalid(QStringLiteral("decision"), QStringLiteral("no decision given"),
                QStringLiteral("Add --accept, --decline or --redirect GROUP"));
      return;
    }
    input.reason = qs(decide->reason);
    input.redirectToGroupCode = qs(decide->redirect);
    if (!s.readDate(decide->date, "--date", input.decidedOn)) return;
    auto* ctx = s.open();
    if (!ctx) return;
    if (s.check(ReferralService(*ctx).decide(input))) {
      s.print(QStringLiteral("Referral %1 %2").arg(decide->id).arg(toKey(input.decision)));
    }
  });

  struct EscalateArgs {
    std::string reference, reason, criterion = "escalation", concern, date, officer;
  };
  auto esc = std::make_shared<EscalateArgs>();
  auto* escCmd = app.add_subcommand("escalate", "Refer a sub-group case up to the JAG");
  escCmd->add_option("reference", esc->reference, "Case reference")->required();
  escCmd->add_option("--reason", esc->reason, "Why the JAG should take it")->required();
  escCmd->add_option("--criterion", esc->criterion, "escalation | professional_judgement | visible_high_risk");
  escCmd->add_option("--concern", esc->concern, "The concern, with professional judgement");
  escCmd->add_option("--date", esc->date, "Date, YYYY-MM-DD (default: today)");
  escCmd->add_option("--officer", esc->officer, "Who escalates it (default: you)");
  escCmd->callback([&s, esc] {
    EscalationInput input;
    input.caseReference = qs(esc->reference);
    input.reason = qs(esc->reason);
    auto criterion = s.enumValue<ReferralCriterion>(esc->criterion, "--criterion");
    if (!criterion) return;
    input.criterion = *criterion;
    input.concern = qs(esc->concern);
    input.referringOfficer = qs(esc->officer);
    if (!s.readDate(esc->date, "--date", input.on)) return;
    auto* ctx = s.open();
    if (!ctx) return;
    auto id = ReferralService(*ctx).escalate(input);
    if (s.check(id)) {
      s.print(QStringLiteral("Escalation referral %1 awaits the JAG's decision ('casebook-cli decide %1 --accept')")
                  .arg(id->value));
    }
  });

  struct StepArgs {
    std::string reference, to, reason, date;
  };
  auto step = std::make_shared<StepArgs>();
  auto* stepCmd = app.add_subcommand("stepdown", "Return a JAG case to a sub-group");
  stepCmd->add_option("reference", step->reference, "Case reference")->required();
  stepCmd->add_option("--to", step->to, "Sub-group (default: the one it was escalated from)");
  stepCmd->add_option("--reason", step->reason, "Why the JAG no longer needs to hold it")->required();
  stepCmd->add_option("--date", step->date, "Date, YYYY-MM-DD (default: today)");
  stepCmd->callback([&s, step] {
    StepDownInput input;
    input.caseReference = qs(step->reference);
    input.toGroupCode = qs(step->to);
    input.reason = qs(step->reason);
    if (!s.readDate(step->date, "--date", input.on)) return;
    auto* ctx = s.open();
    if (!ctx) return;
    if (s.check(ReferralService(*ctx).stepDown(input))) s.print(QStringLiteral("Stepped down %1").arg(input.caseReference));
  });

  struct RiskArgs {
    std::string reference, date, assessor, rationale, raiseTo, judgementReason;
    int likelihood = 0, impact = 0;
  };
  auto risk = std::make_shared<RiskArgs>();
  auto* riskCmd = app.add_subcommand("risk", "5x5 risk assessments");
  riskCmd->require_subcommand(1);
  auto* riskAdd = riskCmd->add_subcommand("add", "Record a 5x5 risk assessment");
  riskAdd->add_option("reference", risk->reference, "Case reference")->required();
  riskAdd->add_option("--likelihood", risk->likelihood, "1 rare ... 5 almost certain")->required();
  riskAdd->add_option("--impact", risk->impact, "1 negligible ... 5 severe")->required();
  riskAdd->add_option("--rationale", risk->rationale, "Why it is scored so")->required();
  riskAdd->add_option("--date", risk->date, "Date assessed, YYYY-MM-DD (default: today)");
  riskAdd->add_option("--assessor", risk->assessor, "Who assessed it (default: you)");
  riskAdd->add_option("--raise-to", risk->raiseTo, "Professional judgement: raise the band to medium, high or very_high");
  riskAdd->add_option("--judgement-reason", risk->judgementReason, "Why the band is raised");
  riskAdd->callback([&s, risk] {
    RiskInput input;
    input.caseReference = qs(risk->reference);
    input.likelihood = risk->likelihood;
    input.impact = risk->impact;
    input.rationale = qs(risk->rationale);
    input.assessor = qs(risk->assessor);
    if (!s.readDate(risk->date, "--date", input.assessedOn)) return;
    if (!risk->raiseTo.empty()) {
      auto band = s.enumValue<RiskBand>(risk->raiseTo, "--raise-to");
      if (!band) return;
      input.judgedBand = band;
    }
    input.judgementReason = qs(risk->judgementReason);
    auto* ctx = s.open();
    if (!ctx) return;
    auto outcome = RiskService(*ctx).assess(input);
    if (!s.check(outcome)) return;
    s.print(QStringLiteral("%1: score %2, %3; next review %4")
                .arg(input.caseReference)
                .arg(outcome->score)
                .arg(toLabel(outcome->band), isoDate(outcome->nextReviewOn)));
    if (outcome->escalationPrompted) {
      s.note(QStringLiteral("note: the score meets the escalation threshold; consider 'casebook-cli escalate %1'")
                 .arg(input.caseReference));
    }
  });
}

}  // namespace casebook::cli
