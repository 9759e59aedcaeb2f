#include "DocumentBuilder.h"
#include "MeetingDocuments.h"
#include "RecordText.h"

namespace casebook {

namespace {

const QColor kDraftColour(0xB0, 0x00, 0x00);

void writeAttendance(DocumentBuilder& doc, const MeetingRecord& r) {
  QStringList present;
  QStringList apologies;
  QStringList absent;
  for (const RecordAttendee& a : r.attendees) {
    switch (a.status) {
      case AttendanceStatus::Present:
        present << recordtext::attendeeLine(a);
        break;
      case AttendanceStatus::Observer:
        present << recordtext::attendeeLine(a) + QStringLiteral(" (observer)");
        break;
      case AttendanceStatus::Deputy:
        // The deputy sits in Present; the member also gave apologies (seed 001 lists both).
        present << recordtext::attendeeLine(a);
        apologies << a.name + (a.agency.isEmpty() ? QString() : QStringLiteral(", ") + a.agency) +
                         QStringLiteral(" (deputy attended)");
        break;
      case AttendanceStatus::Apologies:
        apologies << recordtext::attendeeLine(a);
        break;
      case AttendanceStatus::UpdateSent:
        apologies << recordtext::attendeeLine(a) + QStringLiteral(": Apologies, written update sent");
        break;
      case AttendanceStatus::Absent:
        absent << recordtext::attendeeLine(a);
        break;
    }
  }
  doc.heading(QStringLiteral("Present"));
  if (present.isEmpty()) doc.paragraph(QStringLiteral("No attendance recorded."));
  doc.bulletList(present);
  doc.heading(QStringLiteral("Apologies"));
  if (apologies.isEmpty()) doc.paragraph(QStringLiteral("None."));
  doc.bulletList(apologies);
  if (!absent.isEmpty()) {
    doc.heading(QStringLiteral("Absent"));
    doc.bulletList(absent);
  }
}

void writeItem(DocumentBuilder& doc, const RecordItem& item) {
  doc.heading(QString::number(item.position) + QStringLiteral(". ") + item.title);
  if (!item.riskBefore.isEmpty()) {
    QString risk = item.riskBefore;
    if (!item.riskAfter.isEmpty()) risk += QStringLiteral(", re-scored to ") + item.riskAfter;
    doc.labelled(QStringLiteral("Risk"), risk);
  }
  if (!item.updates.empty()) {
    doc.subheading(QStringLiteral("Written updates received"));
    for (const ItemUpdate& update : item.updates) {
      doc.paragraph(update.author + QStringLiteral(", ") + recordtext::shortDate(update.writtenAt.date()) +
                    QLatin1Char(':'));
      doc.paragraphs(update.body, 1);
    }
  }
  if (!item.minutes.trimmed().isEmpty()) {
    doc.subheading(QStringLiteral("Minutes"));
    doc.paragraphs(item.minutes.trimmed());
  }
  if (item.decision != ItemDecision::None) {
    doc.labelled(QStringLiteral("Decision"), toLabel(item.decision));
    if (!item.decisionNote.isEmpty()) doc.paragraphs(item.decisionNote, 1);
  }
  if (!item.actions.empty()) {
    doc.subheading(QStringLiteral("AGREED actions"));
    std::vector<DocumentBuilder::Row> rows;
    for (const RecordAction& action : item.actions) {
      rows.push_back({{action.reference, action.text, action.owner, recordtext::shortDate(action.dueOn)}, false});
    }
    doc.table({QStringLiteral("Reference"), QStringLiteral("Action"), QStringLiteral("Owner"),
               QStringLiteral("Complete by")},
              rows, {16, 52, 18, 14});
  }
}

void writeAmendments(DocumentBuilder& doc, const std::vector<Amendment>& amendments) {
  doc.heading(QStringLiteral("Amendments"));
  doc.paragraph(QStringLiteral("Made after sign-off; the signed minutes above are unchanged."));
  std::vector<DocumentBuilder::Row> rows;
  for (const Amendment& a : amendments) {
    const QString item = a.itemPosition > 0 ? QStringLiteral("Item %1").arg(a.itemPosition)
                                            : QStringLiteral("Whole meeting");
    rows.push_back({{recordtext::shortDate(a.madeAt.date()), a.madeBy, item, a.text}, false});
  }
  doc.table({QStringLiteral("Date"), QStringLiteral("By"), QStringLiteral("Item"), QStringLiteral("Amendment")}, rows,
            {14, 20, 16, 50});
}

}  // namespace

std::unique_ptr<QTextDocument> minutesDocument(const MeetingRecord& r) {
  DocumentBuilder doc(recordtext::groupHeading(r) + QStringLiteral(": minutes"));
  doc.marking(recordtext::protectiveMarking());
  // At the top, so a draft can never be mistaken for the agreed record.
  if (!r.signedOffAt) doc.emphasised(QStringLiteral("DRAFT: not yet signed off"), kDraftColour);
  doc.title(recordtext::groupHeading(r));
  if (r.status == MeetingStatus::Cancelled) doc.emphasised(QStringLiteral("This meeting was cancelled."), kDraftColour);
  QString held = QStringLiteral("Minutes of the meeting held on ") + recordtext::longDate(r.heldOn);
  if (r.startsAt) held += QStringLiteral(" at ") + r.startsAt->toString(QStringLiteral("HH:mm"));
  doc.paragraph(held);
  if (!r.venue.isEmpty()) doc.labelled(QStringLiteral("Venue"), r.venue);
  if (!r.onlineLink.isEmpty()) doc.labelled(QStringLiteral("Online"), r.onlineLink);
  if (!r.chair.isEmpty()) doc.labelled(QStringLiteral("Chair"), r.chair);
  if (!r.minuteTaker.isEmpty()) doc.labelled(QStringLiteral("Minutes taken by"), r.minuteTaker);

  writeAttendance(doc, r);
  for (const RecordItem& item : r.items) writeItem(doc, item);

  if (r.signedOffAt) {
    doc.heading(QStringLiteral("Sign-off"));
    doc.paragraph(QStringLiteral("Signed off by ") + r.signedOffBy + QStringLiteral(" on ") +
                  recordtext::longDateTime(*r.signedOffAt));
  }
  if (!r.amendments.empty()) writeAmendments(doc, r.amendments);
  return doc.take();
}

}  // namespace casebook
