#include "InjectionFields.h"

#include "PlanService.h"
#include "ReferralService.h"
#include "ServiceFixture.h"

namespace casebook::test {

namespace {

const QDate kOn(2024, 6, 10);

template <typename T>
Status statusOf(const Result<T>& result) {
  if (!result) return result.error();
  return {};
}

NewCaseInput plainCase() {
  NewCaseInput input = newCase("LEDG", "New Subject");
  input.subject.dateOfBirth = QDate(1990, 2, 3);  // not a likely duplicate of the base case
  input.acceptNow = true;
  return input;
}

// The write of a field given on a new case: the case it made is read back.
TextField onNewCase(const char* name, bool trims, std::function<void(NewCaseInput&, const QString&)> set,
                    std::function<QString(const CaseDetail&)> get) {
  return {name, trims,
          [set](InjectionScene& s, const QString& text) -> Status {
            NewCaseInput input = plainCase();
            set(input, text);
            auto created = CaseService(s.bed.ctx).create(input);
            if (!created) return created.error();
            s.written = created->reference;
            return {};
          },
          [get](InjectionScene& s) { return get(detail(s.bed, s.written)); },
          nullptr};
}

TextField onBaseCase(const char* name, bool trims, std::function<Status(InjectionScene&, const QString&)> write,
                     std::function<QString(const CaseDetail&)> get) {
  return {name, trims, std::move(write), [get](InjectionScene& s) { return get(detail(s.bed, s.baseCase)); }, nullptr};
}

Status close(InjectionScene& s, const QString& note) {
  return CaseService(s.bed.ctx).close(s.baseCase, {Outcome::RiskReduced, std::nullopt, note, kOn, {}});
}

EscalationInput escalation(const InjectionScene& s) {
  return {s.baseCase, kOn, QStringLiteral("Needs the JAG"), ReferralCriterion::Escalation, {}, QStringLiteral("PC Lee")};
}

Status escalate(InjectionScene& s, const EscalationInput& input) { return statusOf(ReferralService(s.bed.ctx).escalate(input)); }

const Referral& lastReferral(const CaseDetail& d) { return d.referrals.back(); }

Status assess(InjectionScene& s, RiskInput input) {
  input.caseReference = s.baseCase;
  input.likelihood = 4;
  input.impact = 4;
  input.assessedOn = kOn;
  auto outcome = RiskService(s.bed.ctx).assess(input);
  if (!outcome) return outcome.error();
  s.written = QString::number(outcome->id.value);
  return {};
}

RiskAssessment writtenAssessment(InjectionScene& s) {
  for (const auto& a : detail(s.bed, s.baseCase).assessments) {
    if (QString::number(a.id.value) == s.written) return a;
  }
  FAIL("the assessment written is not on the case");
  return {};
}

Result<ActionId> addAction(InjectionScene& s, const QString& text) {
  return ActionService(s.bed.ctx).add({s.baseCase, 0, 0, text, {}, QStringLiteral("POL"), kOn, QDate(2024, 7, 10)});
}

Action writtenAction(InjectionScene& s) {
  auto action = ActionService(s.bed.ctx).get(s.written.toLongLong());
  REQUIRE(action.ok());
  return action.value();
}

MeetingDetail meeting(InjectionScene& s, qint64 id) {
  auto found = MeetingService(s.bed.ctx).get(id);
  REQUIRE(found.ok());
  return found.value();
}

TextField onMember(const char* name, std::function<void(NewMemberInput&, const QString&)> set,
                   std::function<QString(const Member&)> get) {
  TextField field{name, true,
                  [set](InjectionScene& s, const QString& text) -> Status {
                    NewMemberInput input{QStringLiteral("Sam Member"), QStringLiteral("POL"), {}, {}, {}, {}, {}};
                    set(input, text);
                    auto id = DirectoryService(s.bed.ctx).addMember(input);
                    if (!id) return id.error();
                    s.written = QString::number(id->value);
                    return {};
                  },
                  [get](InjectionScene& s) {
                    for (const auto& m : DirectoryService(s.bed.ctx).members().value()) {
                      if (QString::number(m.id.value) == s.written) return get(m);
                    }
                    return QStringLiteral("(member not found)");
                  },
                  nullptr};
  return field;
}

TextField onPlan(const char* name, std::function<void(Plan&, const QString&)> set, std::function<QString(const Plan&)> get) {
  return {name, false,
          [set](InjectionScene& s, const QString& text) -> Status {
            Plan plan{PlanId(), QStringLiteral("CSP plan"), QDate(2024, 4, 1), QDate(2027, 3, 31),
                      {{QStringLiteral("Theme"), {{PriorityId(), QStringLiteral("P1"), QStringLiteral("Priority"),
                                                   {{QStringLiteral("Objective")}}}}}}};
            set(plan, text);
            return statusOf(PlanService(s.bed.ctx).add(plan));
          },
          [get](InjectionScene& s) {
            auto plan = PlanService(s.bed.ctx).current();
            REQUIRE(plan.ok());
            REQUIRE(plan->has_value());
            return get(**plan);
          },
          nullptr};
}

}  // namespace

InjectionScene::InjectionScene() {
  baseCase = createCase(bed, newCase("LEDG", "Base Subject"));
  NewCaseInput other = newCase("LEDG", "Other Subject");
  other.subject.dateOfBirth = QDate(1980, 1, 1);
  otherCase = createCase(bed, other);
  addMember(bed, "Pat Chair", "LEDG", MembershipRole::Chair, "POL");
  auto meeting = MeetingService(bed.ctx).add({QStringLiteral("LEDG"), QDate(2024, 6, 20), std::nullopt,
                                              QStringLiteral("Town Hall"), {}, {}, {}, MeetingStatus::Planned});
  REQUIRE(meeting.ok());
  meetingId = meeting->value;
}

std::vector<TextField> caseFields() {
  return {
      onNewCase("subject name", true, [](auto& in, const auto& t) { in.subject.name = t; },
                [](const auto& d) { return d.record.subject.name; }),
      onNewCase("subject alias", false, [](auto& in, const auto& t) { in.subject.aliases = QStringList{t}; },
                [](const auto& d) { return d.record.subject.aliases.join(QStringLiteral("|alias|")); }),
      onNewCase("subject address", false, [](auto& in, const auto& t) { in.subject.address = t; },
                [](const auto& d) { return d.record.subject.address; }),
      onNewCase("case lawful basis", false, [](auto& in, const auto& t) { in.lawfulBasis = t; },
                [](const auto& d) { return d.record.lawfulBasis; }),
      // The referral's reason is also the case's added reason.
      onNewCase("referral reason", false, [](auto& in, const auto& t) { in.referral.reason = t; },
                [](const CaseDetail& d) {
                  return d.record.addedReason == d.referrals.front().reason ? d.record.addedReason
                                                                             : QStringLiteral("(added reason differs)");
                }),
      onNewCase("referring officer", false, [](auto& in, const auto& t) { in.referral.referringOfficer = t; },
                [](const auto& d) { return d.referrals.front().referringOfficer; }),
      onNewCase("officer contact", false, [](auto& in, const auto& t) { in.referral.officerContact = t; },
                [](const auto& d) { return d.referrals.front().officerContact; }),
      onNewCase("referral concern", false,
                [](auto& in, const auto& t) {
                  in.referral.criterion = ReferralCriterion::ProfessionalJudgement;
                  in.referral.concern = t;
                },
                [](const auto& d) { return d.referrals.front().concern; }),
      onNewCase("referral lawful basis", false,
                [](auto& in, const auto& t) {
                  in.referral.consent = ConsentBasis::LawfulBasisWithoutConsent;
                  in.referral.lawfulBasis = t;
                },
                [](const auto& d) { return d.referrals.front().lawfulBasis; }),
  };
}

std::vector<TextField> caseChangeFields() {
  const auto update = [](auto change) {
    return [change](InjectionScene& s, const QString& t) {
      CaseChanges changes;
      change(changes, t);
      return CaseService(s.bed.ctx).update(s.baseCase, changes);
    };
  };
  return {
      onBaseCase("changed subject name", true, update([](auto& c, const auto& t) { c.subjectName = t; }),
                 [](const auto& d) { return d.record.subject.name; }),
      onBaseCase("changed aliases", false, update([](auto& c, const auto& t) { c.aliases = QStringList{t, QStringLiteral("Second")}; }),
                 [](const CaseDetail& d) {
                   const QStringList& aliases = d.record.subject.aliases;
                   return aliases.size() == 2 && aliases.at(1) == QStringLiteral("Second") ? aliases.at(0)
                                                                                            : QStringLiteral("(aliases differ)");
                 }),
      onBaseCase("changed address", false, update([](auto& c, const auto& t) { c.address = t; }),
                 [](const auto& d) { return d.record.subject.address; }),
      onBaseCase("changed lawful basis", false, update([](auto& c, const auto& t) { c.lawfulBasis = t; }),
                 [](const auto& d) { return d.record.lawfulBasis; }),
      onBaseCase("closure note", false, close, [](const auto& d) { return d.record.closureNote; }),
      onBaseCase("reopen reason", false,
                 [](InjectionScene& s, const QString& t) -> Status {
                   if (auto closed = close(s, QStringLiteral("Closed")); !closed) return closed;
                   return CaseService(s.bed.ctx).reopen(s.baseCase, t);
                 },
                 [](const CaseDetail& d) {
                   for (const auto& e : d.events) {
                     if (e.kind == QStringLiteral("reopened")) return e.detail;
                   }
                   return QStringLiteral("(no reopened event)");
                 }),
      onBaseCase("link note", false,
                 [](InjectionScene& s, const QString& t) {
                   return CaseService(s.bed.ctx).link(s.baseCase, s.otherCase, LinkRelation::Associate, t);
                 },
                 [](const auto& d) { return d.links.size() == 1 ? d.links.front().note : QStringLiteral("(no link)"); }),
      onBaseCase("note body", false,
                 [](InjectionScene& s, const QString& t) {
                   return statusOf(CaseService(s.bed.ctx).addNote(s.baseCase, t, QStringLiteral("Author")));
                 },
                 [](const auto& d) { return d.notes.back().body; }),
      onBaseCase("note author", false,
                 [](InjectionScene& s, const QString& t) {
                   return statusOf(CaseService(s.bed.ctx).addNote(s.baseCase, QStringLiteral("Body"), t));
                 },
                 [](const auto& d) { return d.notes.back().author; }),
  };
}

std::vector<TextField> referralFields() {
  return {
      {"decision reason", false,
       [](InjectionScene& s, const QString& t) -> Status {
         NewCaseInput input = plainCase();
         input.acceptNow = false;
         auto created = CaseService(s.bed.ctx).create(input);
         if (!created) return created.error();
         s.written = created->reference;
         return ReferralService(s.bed.ctx).decide({created->referralId.value, ReferralDecision::Declined, t, kOn, {}});
       },
       [](InjectionScene& s) { return detail(s.bed, s.written).referrals.front().decisionReason; }, nullptr},
      onBaseCase("new referral reason", false,
                 [](InjectionScene& s, const QString& t) {
                   ReferralInput input;
                   input.groupCode = QStringLiteral("LCDG");
                   input.receivedOn = kOn;
                   input.reason = t;
                   return statusOf(ReferralService(s.bed.ctx).refer(s.baseCase, input));
                 },
                 [](const auto& d) { return lastReferral(d).reason; }),
      onBaseCase("escalation reason", false,
                 [](InjectionScene& s, const QString& t) {
                   auto input = escalation(s);
                   input.reason = t;
                   return escalate(s, input);
                 },
                 [](const auto& d) { return lastReferral(d).reason; }),
      onBaseCase("escalation concern", false,
                 [](InjectionScene& s, const QString& t) {
                   auto input = escalation(s);
                   input.criterion = ReferralCriterion::ProfessionalJudgement;
                   input.concern = t;
                   return escalate(s, input);
                 },
                 [](const auto& d) { return lastReferral(d).concern; }),
      onBaseCase("escalation officer", false,
                 [](InjectionScene& s, const QString& t) {
                   auto input = escalation(s);
                   input.referringOfficer = t;
                   return escalate(s, input);
                 },
                 [](const auto& d) { return lastReferral(d).referringOfficer; }),
      onBaseCase("step-down reason", false,
                 [](InjectionScene& s, const QString& t) -> Status {
                   auto escalated = ReferralService(s.bed.ctx).escalate(escalation(s));
                   if (!escalated) return escalated.error();
                   ReferralService referrals(s.bed.ctx);
                   if (auto accepted = referrals.decide({escalated->value, ReferralDecision::Accepted, {}, kOn, {}}); !accepted)
                     return accepted;
                   return referrals.stepDown({s.baseCase, {}, QDate(2024, 6, 12), t});
                 },
                 [](const auto& d) { return lastReferral(d).reason; }),
  };
}

std::vector<TextField> riskActionFields() {
  return {
      {"risk rationale", false,
       [](InjectionScene& s, const QString& t) { return assess(s, {{}, 0, 0, {}, QStringLiteral("Assessor"), t, {}, {}}); },
       [](InjectionScene& s) { return writtenAssessment(s).rationale; }, nullptr},
      {"risk assessor", false,
       [](InjectionScene& s, const QString& t) { return assess(s, {{}, 0, 0, {}, t, QStringLiteral("Rationale"), {}, {}}); },
       [](InjectionScene& s) { return writtenAssessment(s).assessor; }, nullptr},
      {"risk judgement reason", false,
       [](InjectionScene& s, const QString& t) {
         return assess(s, {{}, 0, 0, {}, QStringLiteral("Assessor"), QStringLiteral("Rationale"), RiskBand::VeryHigh, t});
       },
       [](InjectionScene& s) { return writtenAssessment(s).judgementReason; }, nullptr},
      {"action text", true,
       [](InjectionScene& s, const QString& t) -> Status {
         auto id = addAction(s, t);
         if (!id) return id.error();
         s.written = QString::number(id->value);
         return {};
       },
       [](InjectionScene& s) { return writtenAction(s).text; }, nullptr},
      {"action update text", true,
       [](InjectionScene& s, const QString& t) -> Status {
         auto id = addAction(s, QStringLiteral("Visit"));
         if (!id) return id.error();
         s.written = QString::number(id->value);
         return ActionService(s.bed.ctx).update({id->value, ActionStatus::InProgress, t, QDate(2024, 6, 12), {}});
       },
       [](InjectionScene& s) {
         const Action a = writtenAction(s);
         return a.updates.size() == 1 ? a.updates.front().text : QStringLiteral("(no single update)");
       },
       nullptr},
  };
}

std::vector<TextField> meetingDirectoryFields() {
  const auto addMeeting = [](bool asVenue) {
    return [asVenue](InjectionScene& s, const QString& t) -> Status {
      NewMeetingInput input{QStringLiteral("LEDG"), QDate(2024, 7, 1), std::nullopt, {}, {}, {}, {}, MeetingStatus::Planned};
      (asVenue ? input.venue : input.onlineLink) = t;
      auto id = MeetingService(s.bed.ctx).add(input);
      if (!id) return id.error();
      s.written = QString::number(id->value);
      return {};
    };
  };
  const auto named = [](auto list, const char* code) {
    for (const auto& item : list) {
      if (item.code == QLatin1String(code)) return item.name;
    }
    return QStringLiteral("(not found)");
  };
  return {
      {"meeting venue", true, addMeeting(true), [](InjectionScene& s) { return meeting(s, s.written.toLongLong()).meeting.venue; }, nullptr},
      {"meeting online link", true, addMeeting(false),
       [](InjectionScene& s) { return meeting(s, s.written.toLongLong()).meeting.onlineLink; }, nullptr},
      {"deputy name", true,
       [](InjectionScene& s, const QString& t) {
         return MeetingService(s.bed.ctx).recordAttendance({s.meetingId, QStringLiteral("Pat Chair"), AttendanceStatus::Deputy, t, false, false});
       },
       [](InjectionScene& s) { return meeting(s, s.meetingId).meeting.attendance.front().deputyName; }, nullptr},
      {"group name", true,
       [](InjectionScene& s, const QString& t) {
         return statusOf(DirectoryService(s.bed.ctx).addGroup({QStringLiteral("TST"), t, QStringLiteral("JAG"), false, 28}));
       },
       [named](InjectionScene& s) {
         QList<Group> groups;
         for (const auto& g : DirectoryService(s.bed.ctx).groups().value()) groups << g.group;
         return named(groups, "TST");
       },
       nullptr},
      {"area name", true, [](InjectionScene& s, const QString& t) { return statusOf(DirectoryService(s.bed.ctx).addArea(QStringLiteral("ZZ1"), t)); },
       [named](InjectionScene& s) { return named(DirectoryService(s.bed.ctx).areas().value(), "ZZ1"); }, nullptr},
      {"agency name", true, [](InjectionScene& s, const QString& t) { return statusOf(DirectoryService(s.bed.ctx).addAgency(QStringLiteral("ZZA"), t)); },
       [named](InjectionScene& s) { return named(DirectoryService(s.bed.ctx).agencies().value(), "ZZA"); }, nullptr},
      onMember("member name", [](auto& in, const auto& t) { in.name = t; }, [](const Member& m) { return m.name; }),
      onMember("member job title", [](auto& in, const auto& t) { in.jobTitle = t; }, [](const Member& m) { return m.jobTitle; }),
      [] {
        auto email = onMember("member email", [](auto& in, const auto& t) { in.email = t; }, [](const Member& m) { return m.email; });
        // An e-mail address must hold an '@' (validateMember).
        email.refuses = [](const QString& t) { return !t.trimmed().contains(QLatin1Char('@')); };
        email.plain = QStringLiteral("plain@example.org");
        return email;
      }(),
      onMember("member phone", [](auto& in, const auto& t) { in.phone = t; }, [](const Member& m) { return m.phone; }),
  };
}

std::vector<TextField> planFields() {
  return {
      onPlan("plan title", [](Plan& p, const QString& t) { p.title = t; }, [](const Plan& p) { return p.title; }),
      onPlan("plan theme title", [](Plan& p, const QString& t) { p.themes[0].title = t; },
             [](const Plan& p) { return p.themes.at(0).title; }),
      onPlan("priority title", [](Plan& p, const QString& t) { p.themes[0].priorities[0].title = t; },
             [](const Plan& p) { return p.themes.at(0).priorities.at(0).title; }),
      onPlan("objective text", [](Plan& p, const QString& t) { p.themes[0].priorities[0].objectives[0].text = t; },
             [](const Plan& p) { return p.themes.at(0).priorities.at(0).objectives.at(0).text; }),
  };
}

}  // namespace casebook::test
