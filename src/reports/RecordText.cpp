#include "RecordText.h"

#include <QLocale>

namespace casebook::recordtext {

namespace {

const QLocale& britishEnglish() {
  static const QLocale locale(QLocale::English, QLocale::UnitedKingdom);
  return locale;
}

QString nameAndAgency(const QString& name, const QString& agency) {
  return agency.isEmpty() ? name : name + QStringLiteral(", ") + agency;
}

}  // namespace

QString longDate(const QDate& date) {
  if (!date.isValid()) return QStringLiteral("(no date)");
  return britishEnglish().toString(date, QStringLiteral("dddd d MMMM yyyy"));
}

QString shortDate(const QDate& date) {
  return date.isValid() ? date.toString(QStringLiteral("dd/MM/yyyy")) : QString();
}

QString longDateTime(const QDateTime& when) {
  return longDate(when.date()) + QStringLiteral(" at ") + when.time().toString(QStringLiteral("HH:mm"));
}

QString groupHeading(const MeetingRecord& record) {
  if (record.groupCode.isEmpty()) return record.groupName;
  if (record.groupName.isEmpty()) return record.groupCode;
  return record.groupName + QStringLiteral(" (") + record.groupCode + QLatin1Char(')');
}

QString protectiveMarking() {
  return QStringLiteral("OFFICIAL-SENSITIVE: cases are shown by reference and initials only.");
}

QString attendeeLine(const RecordAttendee& attendee) {
  if (attendee.status == AttendanceStatus::Deputy && !attendee.deputy.isEmpty()) {
    return nameAndAgency(attendee.deputy + QStringLiteral(" (deputising for ") + attendee.name + QLatin1Char(')'),
                         attendee.agency);
  }
  return nameAndAgency(attendee.name, attendee.agency);
}

}  // namespace casebook::recordtext
