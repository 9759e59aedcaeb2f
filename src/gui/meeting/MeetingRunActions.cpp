// MeetingRunWindow's toolbar and agenda pane: what the chair does to the meeting as a
// whole, as opposed to one item (MeetingRunWindow.cpp).
#include "MeetingRunWindow.h"

#include "AgendaService.h"
#include "AttendanceService.h"
#include "ItemPage.h"
#include "MeetingDocuments.h"
#include "MeetingRecordService.h"
#include "MeetingRunService.h"
#include "PresenterWindow.h"

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QTextBrowser>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace casebook::gui {

void MeetingRunWindow::buildAgendaPane() {
  auto* pane = new QWidget(this);
  m_agendaList = new QListWidget(pane);
  m_agendaList->setAccessibleName(tr("Agenda"));
  m_agendaList->setWordWrap(true);
  // Queued: moving item saves and reloads, which refills this list; that must not happen
  // inside the list's own click handling.
  connect(
      m_agendaList, &QListWidget::currentRowChanged, this,
      [this](int row) {
        if (row >= 0 && row != m_current) goTo(row);
      },
      Qt::QueuedConnection);
  auto* layout = new QVBoxLayout(pane);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(m_agendaList);
}

void MeetingRunWindow::buildToolBar() {
  QToolBar* bar = addToolBar(tr("Meeting"));
  bar->setObjectName(QStringLiteral("meetingToolBar"));
  bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
  auto add = [&](const char* name, const QString& text, const QKeySequence& keys, auto slot) {
    auto* a = new QAction(text, this);
    a->setObjectName(QString::fromLatin1(name));
    if (!keys.isEmpty()) {
      a->setShortcut(keys);
      a->setToolTip(QStringLiteral("%1 (%2)").arg(text.section(QLatin1Char('&'), 0).remove(QLatin1Char('&')),
                                                  keys.toString(QKeySequence::NativeText)));
    }
    connect(a, &QAction::triggered, this, slot);
    addAction(a);
    return a;
  };
  bar->addAction(add("previous", tr("&Previous"), QKeySequence(Qt::CTRL | Qt::Key_PageUp), [this] { previous(); }));
  bar->addAction(add("next", tr("&Next"), QKeySequence(Qt::CTRL | Qt::Key_PageDown), [this] { next(); }));
  bar->addAction(add("save", tr("&Save item"), QKeySequence::Save, [this] { saveCurrent(); }));
  bar->addSeparator();
  bar->addAction(add("build", tr("&Build agenda"), {}, [this] { rebuildAgenda(); }));
  bar->addAction(add("addCase", tr("Add &case..."), {}, [this] { addItem(true); }));
  bar->addAction(add("addItem", tr("Add &item..."), {}, [this] { addItem(false); }));
  bar->addAction(add("moveUp", tr("Move &up"), QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_Up), [this] { moveCurrent(-1); }));
  bar->addAction(add("moveDown", tr("Move &down"), QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_Down), [this] { moveCurrent(1); }));
  bar->addAction(add("drop", tr("&Drop item"), {}, [this] { dropCurrent(); }));
  bar->addSeparator();
  bar->addAction(add("presenter", tr("P&resenter view"), QKeySequence(Qt::Key_F5), [this] { openPresenter(); }));
  bar->addAction(add("invites", tr("In&vites..."), {}, [this] { editInvites(); }));
  bar->addAction(add("insight", tr("A&ttendance..."), {}, [this] { showInsight(); }));
  bar->addSeparator();
  auto* documents = new QMenu(tr("Documents"), this);
  const std::pair<const char*, std::pair<MeetingDocument, DocumentFormat>> exports[] = {
      {"Agenda pack (PDF)...", {MeetingDocument::AgendaPack, DocumentFormat::Pdf}},
      {"Agenda pack (ODT)...", {MeetingDocument::AgendaPack, DocumentFormat::Odt}},
      {"Minutes (PDF)...", {MeetingDocument::Minutes, DocumentFormat::Pdf}},
      {"Minutes (ODT)...", {MeetingDocument::Minutes, DocumentFormat::Odt}},
      {"Action log (XLSX)...", {MeetingDocument::ActionLog, DocumentFormat::Xlsx}},
      {"Action log (ODT)...", {MeetingDocument::ActionLog, DocumentFormat::Odt}},
  };
  for (const auto& [label, what] : exports) {
    const auto [which, format] = what;
    documents->addAction(tr(label), this, [this, which, format] {
      exportDocument(static_cast<int>(which), static_cast<int>(format));
    });
  }
  auto* docButton = new QToolButton(bar);
  docButton->setText(tr("D&ocuments"));
  docButton->setMenu(documents);
  docButton->setPopupMode(QToolButton::InstantPopup);
  bar->addWidget(docButton);
  bar->addAction(add("signOff", tr("Si&gn off"), {}, [this] { signOff(); }));
  bar->addAction(add("amend", tr("A&mend..."), {}, [this] { amend(); }));
}

void MeetingRunWindow::moveCurrent(int delta) {
  const int from = m_current + 1;
  const int to = from + delta;
  if (to < 1 || to > static_cast<int>(m_meeting.agenda.size()) || !saveCurrent()) return;
  saveClocks();
  if (report(AgendaService(m_ctx).moveItem(m_meetingId, from, to), tr("Move item"))) {
    m_current = to - 1;
    reload();
  }
}

void MeetingRunWindow::addItem(bool withCase) {
  if (!saveCurrent()) return;
  saveClocks();
  const QString text = withCase ? askText(tr("Add a case"), tr("Case reference (e.g. YJAG-2026-004):"))
                                : askText(tr("Add an item"), tr("Title of the item:"));
  if (text.trimmed().isEmpty()) return;
  NewAgendaItemInput input;
  input.meetingId = m_meetingId;
  if (withCase) {
    input.kind = AgendaItemKind::CaseReview;
    input.caseReference = text.trimmed();
  } else {
    input.title = text.trimmed();
  }
  auto added = AgendaService(m_ctx).addItem(input);
  if (!added) {
    tell(tr("Add to the agenda"), added.error().message());
    return;
  }
  reload();
}

void MeetingRunWindow::dropCurrent() {
  if (m_meeting.agenda.empty() || !saveCurrent()) return;
  saveClocks();
  const AgendaItem& item = m_meeting.agenda[static_cast<size_t>(m_current)];
  if (!confirm(tr("Drop item %1, \"%2\", from the agenda?").arg(item.position).arg(item.title))) return;
  if (report(AgendaService(m_ctx).removeItem(m_meetingId, item.position), tr("Drop item"))) reload();
}

void MeetingRunWindow::rebuildAgenda() {
  if (!saveCurrent()) return;
  saveClocks();
  auto added = AgendaService(m_ctx).build(m_meetingId);
  if (!added) {
    tell(tr("Build the agenda"), added.error().message());
    return;
  }
  reload();
  tell(tr("Build the agenda"), added.value() == 0 ? tr("The agenda already holds everything due.")
                                                  : tr("%n item(s) added.", nullptr, added.value()));
}

bool MeetingRunWindow::signOff() {
  if (!saveCurrent()) return false;
  if (!confirm(tr("Sign off the minutes? They are then locked: later corrections are recorded as amendments."))) {
    return false;
  }
  saveClocks();
  if (!report(MeetingRunService(m_ctx).signOff(m_meetingId), tr("Sign off"))) return false;
  reload();
  return true;
}

void MeetingRunWindow::amend() {
  bool ok = false;
  const int position = QInputDialog::getInt(this, tr("Amend the minutes"),
                                            tr("Item number (0 for the meeting as a whole):"), m_current + 1, 0,
                                            static_cast<int>(m_meeting.agenda.size()), 1, &ok);
  if (!ok) return;
  const QString text = askText(tr("Amend the minutes"), tr("The correction, as the minutes should read:"));
  if (text.trimmed().isEmpty()) return;
  if (report(MeetingRunService(m_ctx).amend(m_meetingId, position, text), tr("Amend the minutes"))) reload();
}

bool MeetingRunWindow::exportDocument(int which, int format) {
  if (!saveCurrent()) return false;
  const auto document = static_cast<MeetingDocument>(which);
  const auto kind = static_cast<DocumentFormat>(format);
  const QString path = chooseFile(tr("Save the %1").arg(toLabel(document).toLower()),
                                  defaultDocumentFileName(m_record, document, kind));
  if (path.isEmpty()) return false;
  auto writer = [document, kind](const MeetingRecord& record, const QString& to) {
    return writeMeetingDocument(record, document, kind, to);
  };
  Status written = MeetingRecordService(m_ctx).exportDocument(m_meetingId, toKey(document), path, QString(), writer);
  if (!written && written.error().field == QStringLiteral("reason")) {
    // The partnership's reason rule asks why documents leave Casebook.
    const QString reason = askText(tr("Reason for the export"), written.error().message());
    if (reason.trimmed().isEmpty()) return false;
    written = MeetingRecordService(m_ctx).exportDocument(m_meetingId, toKey(document), path, reason, writer);
  }
  return report(written, tr("Save the document"));
}

void MeetingRunWindow::showInsight() {
  auto insight = AttendanceService(m_ctx).insight(m_record.groupCode, 6);
  if (!insight) {
    tell(tr("Attendance"), insight.error().message());
    return;
  }
  auto esc = [](const QString& s) { return s.toHtmlEscaped(); };
  QString html = tr("<h3>Attendance over the last %1 meetings with a register</h3>").arg(insight->meetingsCounted);
  auto table = [&](const QString& heading, const std::vector<AttendanceRate>& rates) {
    html += QStringLiteral("<h4>%1</h4><table cellpadding='3'>").arg(heading);
    for (const auto& r : rates) {
      html += QStringLiteral("<tr><td>%1</td><td align='right'>%2%</td><td>(%3 of %4)</td></tr>")
                  .arg(esc(r.label))
                  .arg(qRound(r.rate() * 100))
                  .arg(r.represented)
                  .arg(r.meetings);
    }
    html += QStringLiteral("</table>");
  };
  table(tr("By agency"), insight->byAgency);
  table(tr("By member, lowest first"), insight->byMember);
  html += tr("<h4>Apologies without a deputy</h4>");
  if (insight->apologiesWithoutDeputy.empty()) html += tr("<p>None.</p>");
  for (const auto& missed : insight->apologiesWithoutDeputy) {
    html += QStringLiteral("<p>%1: %2 (%3)</p>")
                .arg(missed.heldOn.toString(QStringLiteral("d MMM yyyy")), esc(missed.member), esc(missed.agency));
  }
  QDialog dialog(this);
  dialog.setWindowTitle(tr("Attendance insight: %1").arg(m_record.groupCode));
  auto* view = new QTextBrowser(&dialog);
  view->setHtml(html);
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
  connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
  auto* layout = new QVBoxLayout(&dialog);
  layout->addWidget(view);
  layout->addWidget(buttons);
  dialog.resize(560, 600);
  dialog.exec();
}

void MeetingRunWindow::editInvites() {
  if (!saveCurrent()) return;
  auto suggestions = AttendanceService(m_ctx).suggestInvites(m_meetingId);
  if (!suggestions) {
    tell(tr("Invites"), suggestions.error().message());
    return;
  }
  QDialog dialog(this);
  dialog.setWindowTitle(tr("Invite list"));
  auto* list = new QListWidget(&dialog);
  list->setAccessibleName(tr("Members to invite"));
  const auto& invited = m_meeting.invited;
  for (const auto& s : suggestions.value()) {
    auto* row = new QListWidgetItem(QStringLiteral("%1 (%2): %3").arg(s.member.name, s.member.agency, s.why), list);
    row->setData(Qt::UserRole, s.member.id.value);
    const bool on = invited.empty() ? s.suggested
                                    : std::find(invited.begin(), invited.end(), s.member.id) != invited.end();
    row->setCheckState(on ? Qt::Checked : Qt::Unchecked);
  }
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
  buttons->button(QDialogButtonBox::Ok)->setText(tr("Confirm the invite list"));
  connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
  connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
  auto* layout = new QVBoxLayout(&dialog);
  layout->addWidget(list);
  layout->addWidget(buttons);
  dialog.resize(560, 480);
  if (dialog.exec() != QDialog::Accepted) return;
  QStringList members;
  for (int i = 0; i < list->count(); ++i) {
    if (list->item(i)->checkState() == Qt::Checked) members << QStringLiteral("#%1").arg(list->item(i)->data(Qt::UserRole).toLongLong());
  }
  if (report(AttendanceService(m_ctx).setInvitations(m_meetingId, members), tr("Invites"))) reload();
}

}  // namespace casebook::gui
