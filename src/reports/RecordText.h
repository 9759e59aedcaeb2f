#pragma once

#include "MeetingRecord.h"

#include <QString>

// How the meeting papers spell dates, people and the protective marking, shared by every
// layout so the agenda, minutes and action log read alike.
namespace casebook::recordtext {

// The partnership papers' own forms (seeds): "Tuesday 24 November 2026" and "24/11/2026".
// British English whatever the machine's locale: the papers go to UK partners.
QString longDate(const QDate& date);
QString shortDate(const QDate& date);
QString longDateTime(const QDateTime& when);  // "Tuesday 24 November 2026 at 16:05"

QString groupHeading(const MeetingRecord& record);  // "Youth JAG (YJAG)"
QString protectiveMarking();

// "Sam Officer, Police"; a deputy: "Ali Deputy (deputising for Sam Officer), Police".
QString attendeeLine(const RecordAttendee& attendee);

}  // namespace casebook::recordtext
