#include "MeetingDetailPanel.h"

#include "Dates.h"
#include "MeetingTableModel.h"

namespace casebook::gui {

namespace {

QString esc(const QString& text) { return text.toHtmlEscaped(); }

// "Name (AGENCY)", or the name alone for a member with no agency.
QString personWithAgency(const MeetingDetail& d, MemberId id) {
  const QString name = d.memberNames.value(id.value, MeetingDetailPanel::tr("member #%1").arg(id.value));
  const QString agency = d.memberAgencies.value(id.value);
  return agency.isEmpty() ? esc(name) : MeetingDetailPanel::tr("%1 (%2)").arg(esc(name), esc(agency));
}

}  // namespace

MeetingDetailPanel::MeetingDetailPanel(QWidget* parent) : QTextBrowser(parent) {
  setAccessibleName(tr("Meeting detail"));
  setOpenLinks(false);
  setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
  showMeeting(nullptr);
}

void MeetingDetailPanel::showMeeting(const MeetingRow* row) {
  if (!row) {
    setPlainText(tr("Choose a meeting above to see its agenda and attendance."));
    return;
  }
  setHtml(html(*row));
}

QString MeetingDetailPanel::html(const MeetingRow& row) {
  const MeetingDetail& d = row.detail;
  const Meeting& m = d.meeting;
  QString out;
  QString when = isoDate(m.heldOn);
  if (m.startsAt) when = tr("%1 at %2").arg(when, m.startsAt->toString(QStringLiteral("HH:mm")));
  out += QStringLiteral("<h3>") % tr("%1 meeting, %2 — %3").arg(esc(d.groupCode), when, toLabel(m.status)) %
         QStringLiteral("</h3><p>");
  if (!m.venue.isEmpty()) out += tr("Venue: %1").arg(esc(m.venue)) % QStringLiteral("<br>");
  if (!m.onlineLink.isEmpty()) out += tr("Online: %1").arg(esc(m.onlineLink)) % QStringLiteral("<br>");
  out += tr("Chair: %1").arg(m.chairId ? personWithAgency(d, *m.chairId) : tr("not recorded")) % QStringLiteral("<br>");
  out += tr("Minutes: %1").arg(m.minuteTakerId ? personWithAgency(d, *m.minuteTakerId) : tr("not recorded")) %
         QStringLiteral("<br>") % tr("Actions raised: %1").arg(row.actionsRaised) % QStringLiteral("</p>");

  out += QStringLiteral("<h4>") % tr("Agenda") % QStringLiteral("</h4>");
  if (m.agenda.empty()) out += QStringLiteral("<p>") % tr("No agenda items recorded.") % QStringLiteral("</p>");
  else {
    out += QStringLiteral("<ol>");
    for (const auto& item : m.agenda) {
      const QString kind = toLabel(item.kind);
      out += QStringLiteral("<li>") % esc(item.title.isEmpty() ? kind : item.title);
      if (!item.title.isEmpty() && item.title != kind) out += QStringLiteral(" <i>(") % esc(kind) % QStringLiteral(")</i>");
      out += QStringLiteral("</li>");
    }
    out += QStringLiteral("</ol>");
  }

  out += QStringLiteral("<h4>") % tr("Attendance: %1").arg(MeetingTableModel::attendanceSummary(row)) %
         QStringLiteral("</h4>");
  if (m.attendance.empty()) return out;
  out += QStringLiteral("<table cellpadding=\"2\">");
  for (const auto& record : m.attendance) {
    QString status = toLabel(record.status);
    if (record.deputyId) status = tr("%1: %2").arg(status, personWithAgency(d, *record.deputyId));
    else if (!record.deputyName.isEmpty()) status = tr("%1: %2").arg(status, esc(record.deputyName));
    if (record.joinedLate) status += tr("; joined late");
    if (record.leftEarly) status += tr("; left early");
    out += QStringLiteral("<tr><td>") % personWithAgency(d, record.memberId) % QStringLiteral("</td><td>") % status %
           QStringLiteral("</td></tr>");
  }
  out += QStringLiteral("</table>");
  return out;
}

}  // namespace casebook::gui
