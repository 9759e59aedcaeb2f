#include "JsonViews.h"

#include "Dates.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace casebook::cli {

namespace {

QJsonValue optionalDate(const std::optional<QDate>& d) { return d ? QJsonValue(isoDate(*d)) : QJsonValue(); }
QJsonValue optionalInt(const std::optional<int>& v) { return v ? QJsonValue(*v) : QJsonValue(); }
QJsonValue text(const QString& s) { return s.isEmpty() ? QJsonValue() : QJsonValue(s); }
template <typename E>
QJsonValue optionalKey(const std::optional<E>& v) {
  return v ? QJsonValue(toKey(*v)) : QJsonValue();
}

QJsonObject referralJson(const Referral& r, const CaseDetail& d) {
  return {{QStringLiteral("id"), r.id.value},
          {QStringLiteral("kind"), toKey(r.kind)},
          {QStringLiteral("to_group"), d.groupCodes.value(r.toGroupId.value)},
          {QStringLiteral("from_group"), r.fromGroupId ? QJsonValue(d.groupCodes.value(r.fromGroupId->value)) : QJsonValue()},
          {QStringLiteral("received_on"), isoDate(r.receivedOn)},
          {QStringLiteral("referring_agency"),
           r.referringAgencyId ? QJsonValue(d.agencyCodes.value(r.referringAgencyId->value)) : QJsonValue()},
          {QStringLiteral("referring_officer"), text(r.referringOfficer)},
          {QStringLiteral("reason"), r.reason},
          {QStringLiteral("criterion"), toKey(r.criterion)},
          {QStringLiteral("concern"), text(r.concern)},
          {QStringLiteral("initial_likelihood"), optionalInt(r.initialLikelihood)},
          {QStringLiteral("initial_impact"), optionalInt(r.initialImpact)},
          {QStringLiteral("urgent"), r.urgent},
          {QStringLiteral("safe_to_phone"), r.safeToPhone},
          {QStringLiteral("consent"), toKey(r.consent)},
          {QStringLiteral("repeat"), r.repeat},
          {QStringLiteral("decision"), toKey(r.decision)},
          {QStringLiteral("decision_reason"), text(r.decisionReason)},
          {QStringLiteral("decided_on"), optionalDate(r.decidedOn)},
          {QStringLiteral("redirected_to"),
           r.redirectedToGroupId ? QJsonValue(d.groupCodes.value(r.redirectedToGroupId->value)) : QJsonValue()}};
}

}  // namespace

QJsonObject caseSummaryJson(const CaseSummary& s) {
  return {{QStringLiteral("reference"), s.reference},
          {QStringLiteral("group"), s.groupCode},
          {QStringLiteral("subject"), s.subjectName},
          {QStringLiteral("subject_kind"), toKey(s.subjectKind)},
          {QStringLiteral("status"), toKey(s.status)},
          {QStringLiteral("score"), optionalInt(s.score)},
          {QStringLiteral("band"), optionalKey(s.band)},
          {QStringLiteral("next_review_on"), optionalDate(s.nextReviewOn)},
          {QStringLiteral("review_overdue"), s.reviewOverdue},
          {QStringLiteral("owner"), text(s.ownerName)},
          {QStringLiteral("area"), text(s.areaCode)},
          {QStringLiteral("themes"), QJsonArray::fromStringList(s.themes)},
          {QStringLiteral("opened_on"), isoDate(s.openedOn)},
          {QStringLiteral("open_in_several_groups"), s.openInSeveralGroups}};
}

QJsonObject caseDetailJson(const CaseDetail& d) {
  const Case& c = d.record;
  QJsonArray referrals;
  for (const auto& r : d.referrals) referrals.append(referralJson(r, d));
  QJsonArray risk;
  for (const auto& a : d.assessments) {
    risk.append(QJsonObject{{QStringLiteral("assessed_on"), isoDate(a.assessedOn)},
                            {QStringLiteral("likelihood"), a.likelihood},
                            {QStringLiteral("impact"), a.impact},
                            {QStringLiteral("score"), a.score()},
                            {QStringLiteral("judged_band"), optionalKey(a.judgedBand)},
                            {QStringLiteral("judgement_reason"), text(a.judgementReason)},
                            {QStringLiteral("assessor"), text(a.assessor)},
                            {QStringLiteral("rationale"), a.rationale}});
  }
  QJsonArray actions;
  for (const auto& a : d.actions) actions.append(actionJson(a));
  QJsonArray notes;
  for (const auto& n : d.notes) {
    notes.append(QJsonObject{{QStringLiteral("written_at"), n.writtenAt.toString(Qt::ISODate)},
                             {QStringLiteral("author"), text(n.author)},
                             {QStringLiteral("text"), n.body}});
  }
  QJsonArray links;
  for (const auto& l : d.links) {
    links.append(QJsonObject{{QStringLiteral("reference"), l.reference},
                             {QStringLiteral("relation"), toKey(l.relation)},
                             {QStringLiteral("note"), text(l.note)}});
  }
  QJsonArray others;
  for (const auto& p : d.otherCasesOfSubject) {
    others.append(QJsonObject{{QStringLiteral("reference"), p.reference},
                              {QStringLiteral("group"), p.groupCode},
                              {QStringLiteral("status"), toKey(p.status)}});
  }
  QJsonArray events;
  for (const auto& e : d.events) {
    events.append(QJsonObject{{QStringLiteral("on"), isoDate(e.on)},
                              {QStringLiteral("kind"), e.kind},
                              {QStringLiteral("group"), e.groupId ? QJsonValue(d.groupCodes.value(e.groupId->value)) : QJsonValue()},
                              {QStringLiteral("detail"), text(e.detail)}});
  }
  const QJsonObject subject{{QStringLiteral("kind"), toKey(c.subject.kind)},
                            {QStringLiteral("name"), c.subject.name},
                            {QStringLiteral("aliases"), QJsonArray::fromStringList(c.subject.aliases)},
                            {QStringLiteral("date_of_birth"), optionalDate(c.subject.dateOfBirth)},
                            {QStringLiteral("age_band"), text(c.subject.ageBand)},
                            {QStringLiteral("address"), text(c.subject.address)},
                            {QStringLiteral("role"), toKey(c.subjectRole)}};
  return {{QStringLiteral("reference"), c.reference},
          {QStringLiteral("group"), d.groupCode},
          {QStringLiteral("status"), toKey(c.status)},
          {QStringLiteral("subject"), subject},
          {QStringLiteral("area"), text(d.areaCode)},
          {QStringLiteral("lead_agency"), text(d.leadAgencyCode)},
          {QStringLiteral("owner"), text(d.ownerName)},
          {QStringLiteral("themes"), QJsonArray::fromStringList(c.themes)},
          {QStringLiteral("priority"), text(d.priorityCode)},
          {QStringLiteral("lawful_basis"), text(c.lawfulBasis)},
          {QStringLiteral("added_reason"), text(c.addedReason)},
          {QStringLiteral("opened_on"), isoDate(c.openedOn)},
          {QStringLiteral("closed_on"), optionalDate(c.closedOn)},
          {QStringLiteral("outcome"), optionalKey(c.outcome)},
          {QStringLiteral("transferred_to"), optionalKey(c.transferredTo)},
          {QStringLiteral("closure_note"), text(c.closureNote)},
          {QStringLiteral("closure_approved_by"), text(d.closureApprovedByName)},
          {QStringLiteral("score"), optionalInt(c.currentScore)},
          {QStringLiteral("band"), optionalKey(c.currentBand)},
          {QStringLiteral("next_review_on"), optionalDate(c.nextReviewOn)},
          {QStringLiteral("review_overdue"), d.reviewOverdue},
          {QStringLiteral("open_in_several_groups"), d.openInSeveralGroups},
          {QStringLiteral("other_cases_of_subject"), others},
          {QStringLiteral("referrals"), referrals},
          {QStringLiteral("risk_assessments"), risk},
          {QStringLiteral("actions"), actions},
          {QStringLiteral("notes"), notes},
          {QStringLiteral("links"), links},
          {QStringLiteral("events"), events}};
}

QJsonObject actionJson(const ActionRow& row) {
  const Action& a = row.action;
  QJsonArray updates;
  for (const auto& u : a.updates) {
    updates.append(QJsonObject{{QStringLiteral("on"), isoDate(u.on)},
                               {QStringLiteral("text"), text(u.text)},
                               {QStringLiteral("status"), toKey(u.statusAfter)}});
  }
  return {{QStringLiteral("id"), a.id.value},
          {QStringLiteral("case"), text(row.caseReference)},
          {QStringLiteral("meeting_id"), a.meetingId ? QJsonValue(a.meetingId->value) : QJsonValue()},
          {QStringLiteral("reference"), text(a.reference)},
          {QStringLiteral("text"), a.text},
          {QStringLiteral("owner"), text(row.ownerName)},
          {QStringLiteral("owner_agency"), text(row.ownerAgencyCode)},
          {QStringLiteral("raised_on"), isoDate(a.raisedOn)},
          {QStringLiteral("due_on"), isoDate(a.dueOn)},
          {QStringLiteral("status"), toKey(a.status)},
          {QStringLiteral("overdue"), row.overdue},
          {QStringLiteral("status_reported_on"), optionalDate(a.statusReportedOn)},
          {QStringLiteral("completed_on"), optionalDate(a.completedOn)},
          {QStringLiteral("carried_forward"), a.carriedForward},
          {QStringLiteral("updates"), updates}};
}

QJsonObject meetingJson(const MeetingDetail& d) {
  const Meeting& m = d.meeting;
  QJsonArray agenda;
  for (const auto& item : m.agenda) {
    agenda.append(QJsonObject{{QStringLiteral("position"), item.position},
                              {QStringLiteral("kind"), toKey(item.kind)},
                              {QStringLiteral("title"), item.title},
                              {QStringLiteral("minutes"), text(item.minutes)},
                              {QStringLiteral("case"), item.caseId ? QJsonValue(item.caseId->value) : QJsonValue()},
                              {QStringLiteral("updates"), static_cast<int>(item.updates.size())},
                              {QStringLiteral("decision"), toKey(item.decision)},
                              {QStringLiteral("decision_note"), text(item.decisionNote)},
                              {QStringLiteral("risk_before"), text(item.riskBefore)},
                              {QStringLiteral("risk_after"), text(item.riskAfter)},
                              {QStringLiteral("seconds"), item.secondsSpent}});
  }
  QJsonArray attendance;
  for (const auto& r : m.attendance) {
    attendance.append(QJsonObject{
        {QStringLiteral("member"), d.memberNames.value(r.memberId.value)},
        {QStringLiteral("agency"), text(d.memberAgencies.value(r.memberId.value))},
        {QStringLiteral("status"), toKey(r.status)},
        {QStringLiteral("deputy"), r.deputyId ? QJsonValue(d.memberNames.value(r.deputyId->value)) : text(r.deputyName)},
        {QStringLiteral("joined_late"), r.joinedLate},
        {QStringLiteral("left_early"), r.leftEarly}});
  }
  return {{QStringLiteral("id"), m.id.value},
          {QStringLiteral("group"), d.groupCode},
          {QStringLiteral("held_on"), isoDate(m.heldOn)},
          {QStringLiteral("starts_at"), m.startsAt ? QJsonValue(m.startsAt->toString(QStringLiteral("HH:mm"))) : QJsonValue()},
          {QStringLiteral("venue"), text(m.venue)},
          {QStringLiteral("online_link"), text(m.onlineLink)},
          {QStringLiteral("chair"), m.chairId ? QJsonValue(d.memberNames.value(m.chairId->value)) : QJsonValue()},
          {QStringLiteral("minute_taker"),
           m.minuteTakerId ? QJsonValue(d.memberNames.value(m.minuteTakerId->value)) : QJsonValue()},
          {QStringLiteral("status"), toKey(m.status)},
          {QStringLiteral("signed_off_at"),
           m.signedOffAt ? QJsonValue(m.signedOffAt->toString(Qt::ISODate)) : QJsonValue()},
          {QStringLiteral("signed_off_by"), text(m.signedOffBy)},
          {QStringLiteral("agenda"), agenda},
          {QStringLiteral("attendance"), attendance}};
}

QByteArray envelope(const char* format, const QJsonObject& body) {
  QJsonObject out = body;
  out.insert(QStringLiteral("format"), QString::fromLatin1(format));
  out.insert(QStringLiteral("version"), 1);
  return QJsonDocument(out).toJson(QJsonDocument::Indented);
}

}  // namespace casebook::cli
