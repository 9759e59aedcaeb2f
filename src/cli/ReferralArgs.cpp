#include "ReferralArgs.h"

#include "CliSession.h"

#include <CLI/CLI.hpp>

namespace casebook::cli {

void addReferralOptions(CLI::App* c, ReferralArgs& a) {
  c->add_option("--group", a.group, "Group the case is referred to (JAG, AARG, YJAG, ...)")->required();
  c->add_option("--referral-date", a.date, "Date received, YYYY-MM-DD (default: today)");
  c->add_option("--referring-agency", a.agency, "Agency code of the referrer (POL, LA, ...)");
  c->add_option("--officer", a.officer, "Referring officer");
  c->add_option("--contact", a.contact, "Referring officer's contact");
  c->add_option("--reason", a.reason, "Why the case needs a multi-agency response")->required();
  c->add_option("--criterion", a.criterion,
                "visible_high_risk | professional_judgement | escalation | repeat");
  c->add_option("--concern", a.concern, "The concern, with professional judgement");
  c->add_option("--likelihood", a.likelihood, "Initial likelihood 1-5");
  c->add_option("--impact", a.impact, "Initial impact 1-5");
  c->add_flag("--urgent", a.urgent, "Urgent: goes to the next meeting even if late");
  c->add_flag("--safe-to-phone", a.safeToPhone, "The subject may safely be phoned");
  c->add_option("--consent", a.consent, "consent | lawful_basis | not_known");
  c->add_option("--lawful-basis", a.lawfulBasis, "Lawful basis for sharing without consent");
}

std::optional<ReferralInput> toReferralInput(CliSession& session, const ReferralArgs& a) {
  ReferralInput r;
  r.groupCode = qs(a.group);
  auto date = session.date(a.date, "--referral-date");
  if (!date) return std::nullopt;
  r.receivedOn = date->value_or(QDate::currentDate());
  r.referringAgencyCode = qs(a.agency);
  r.referringOfficer = qs(a.officer);
  r.officerContact = qs(a.contact);
  r.reason = qs(a.reason);
  auto criterion = session.enumValue<ReferralCriterion>(a.criterion, "--criterion");
  if (!criterion) return std::nullopt;
  r.criterion = *criterion;
  r.concern = qs(a.concern);
  // Text, not int, so that an explicit 0 is seen (and rejected by the rules) rather than
  // taken for "not given".
  auto scale = [&](const std::string& text, const char* option, std::optional<int>& into) {
    if (text.empty()) return true;
    bool ok = false;
    const int value = qs(text).toInt(&ok);
    if (!ok) {
      session.invalid(QString::fromLatin1(option), QStringLiteral("'%1' is not a number").arg(qs(text)),
                      QStringLiteral("Use a whole number from 1 to 5"));
      return false;
    }
    into = value;
    return true;
  };
  if (!scale(a.likelihood, "--likelihood", r.initialLikelihood) || !scale(a.impact, "--impact", r.initialImpact)) {
    return std::nullopt;
  }
  r.urgent = a.urgent;
  r.safeToPhone = a.safeToPhone;
  auto consent = session.enumValue<ConsentBasis>(a.consent, "--consent");
  if (!consent) return std::nullopt;
  r.consent = *consent;
  r.lawfulBasis = qs(a.lawfulBasis);
  return r;
}

}  // namespace casebook::cli
