#include "DocumentBuilder.h"
#include "MeetingDocuments.h"
#include "RecordText.h"

namespace casebook {

namespace {

QString meetingWhen(const MeetingRecord& r) {
  QString when = QStringLiteral("Meeting on ") + recordtext::longDate(r.heldOn);
  if (r.startsAt) when += QStringLiteral(" at ") + r.startsAt->toString(QStringLiteral("HH:mm"));
  return when;
}

void writeUpdates(DocumentBuilder& doc, const std::vector<ItemUpdate>& updates) {
  for (const ItemUpdate& update : updates) {
    doc.labelled(QStringLiteral("Written update"),
                 update.author + QStringLiteral(", ") + recordtext::shortDate(update.writtenAt.date()));
    doc.paragraphs(update.body, 1);
  }
}

}  // namespace

// The pack goes out before the meeting, so it carries what members need to prepare (who
// is coming, the items, the written updates) and nothing decided at the meeting itself.
std::unique_ptr<QTextDocument> agendaPackDocument(const MeetingRecord& r) {
  DocumentBuilder doc(recordtext::groupHeading(r) + QStringLiteral(": agenda"));
  doc.marking(recordtext::protectiveMarking());
  doc.title(recordtext::groupHeading(r));
  if (r.status == MeetingStatus::Cancelled) {
    doc.emphasised(QStringLiteral("This meeting has been cancelled."), QColor(0xB0, 0x00, 0x00));
  }
  doc.paragraph(meetingWhen(r));
  if (!r.venue.isEmpty()) doc.labelled(QStringLiteral("Venue"), r.venue);
  if (!r.onlineLink.isEmpty()) doc.labelled(QStringLiteral("Online"), r.onlineLink);
  if (!r.chair.isEmpty()) doc.labelled(QStringLiteral("Chair"), r.chair);
  if (!r.minuteTaker.isEmpty()) doc.labelled(QStringLiteral("Minute-taker"), r.minuteTaker);

  doc.heading(QStringLiteral("Invited"));
  QStringList invited;
  for (const QString& name : r.invited) invited << name;
  if (invited.isEmpty()) {
    doc.paragraph(QStringLiteral("The invitation list has not been sent yet."));
  } else {
    doc.bulletList(invited);
  }

  doc.heading(QStringLiteral("Agenda"));
  if (r.items.empty()) doc.paragraph(QStringLiteral("No items yet."));
  for (const RecordItem& item : r.items) {
    doc.subheading(QString::number(item.position) + QStringLiteral(". ") + item.title);
    if (!item.riskBefore.isEmpty()) doc.labelled(QStringLiteral("Current risk"), item.riskBefore);
    writeUpdates(doc, item.updates);
  }
  return doc.take();
}

}  // namespace casebook
