#include "ActionLogWorkbook.h"
#include "DocumentBuilder.h"
#include "MeetingDocuments.h"
#include "RecordText.h"

namespace casebook {

std::unique_ptr<QTextDocument> actionLogDocument(const MeetingRecord& r) {
  DocumentBuilder doc(recordtext::groupHeading(r) + QStringLiteral(": action log"));
  doc.marking(recordtext::protectiveMarking());
  doc.title(recordtext::groupHeading(r));
  doc.paragraph(QStringLiteral("Action log for the meeting on ") + recordtext::longDate(r.heldOn));

  if (r.actionLog.empty()) {
    doc.paragraph(QStringLiteral("No actions were raised and none are outstanding."));
    return doc.take();
  }
  doc.paragraph(QStringLiteral("Actions raised at this meeting, then those of earlier meetings still outstanding. "
                               "Overdue actions are shaded and their status says so."));
  std::vector<DocumentBuilder::Row> rows;
  for (const RecordAction& a : r.actionLog) {
    // Shading alone is lost when the log is printed in black and white.
    const QString status = a.overdue ? toLabel(a.status) + QStringLiteral(", overdue") : toLabel(a.status);
    rows.push_back({{a.reference, a.caseReference, a.text, a.owner, recordtext::shortDate(a.dueOn), status, a.update},
                    a.overdue});
  }
  QStringList headers;
  for (const QString& header : actionLogHeaders()) headers << header;
  doc.table(headers, rows, {11, 13, 26, 12, 10, 11, 17}, 9.5);
  return doc.take();
}

}  // namespace casebook
