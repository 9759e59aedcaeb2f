#include "MeetingRunWindow.h"

#include "AttendanceService.h"
#include "ItemPage.h"
#include "MeetingRecordService.h"
#include "MeetingRunService.h"
#include "MeetingService.h"
#include "PresenterWindow.h"
#include "RegisterPage.h"

#include <QAction>
#include <QCloseEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace casebook::gui {

namespace {

QString clockText(int seconds) {
  return QStringLiteral("%1:%2").arg(seconds / 60, 2, 10, QLatin1Char('0')).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

}  // namespace

MeetingRunWindow::MeetingRunWindow(ServiceContext& ctx, qint64 meetingId, QWidget* parent)
    : QMainWindow(parent), m_ctx(ctx), m_meetingId(meetingId) {
  chooseFile = [this](const QString& title, const QString& suggested) {
    return QFileDialog::getSaveFileName(this, title, suggested);
  };
  confirm = [this](const QString& question) {
    return QMessageBox::question(this, tr("Meeting"), question) == QMessageBox::Yes;
  };
  askText = [this](const QString& title, const QString& label) {
    bool ok = false;
    const QString text = QInputDialog::getMultiLineText(this, title, label, QString(), &ok);
    return ok ? text : QString();
  };
  tell = [this](const QString& title, const QString& message) { QMessageBox::information(this, title, message); };

  m_register = new RegisterPage(ctx, this);
  m_item = new ItemPage(ctx, this);
  m_pages = new QStackedWidget(this);
  m_pages->addWidget(m_register);
  m_pages->addWidget(m_item);
  buildAgendaPane();
  auto* split = new QSplitter(this);
  split->addWidget(m_agendaList->parentWidget());
  split->addWidget(m_pages);
  split->setStretchFactor(1, 1);
  split->setSizes({330, 900});
  setCentralWidget(split);
  buildToolBar();
  m_clock = new QLabel(this);
  m_clock->setAccessibleName(tr("Clocks"));
  m_status = new QLabel(this);
  statusBar()->addWidget(m_status, 1);
  statusBar()->addPermanentWidget(m_clock);

  m_timer = new QTimer(this);
  m_timer->setInterval(1000);
  connect(m_timer, &QTimer::timeout, this, &MeetingRunWindow::tick);
  connect(m_item, &ItemPage::edited, this, [this] { m_status->setText(tr("Unsaved: moves to another item save it (Ctrl+S saves now)")); });
  connect(m_register, &RegisterPage::edited, this, [this] { m_status->setText(tr("Register not yet saved")); });
  resize(1280, 820);
  // The clocks time the meeting itself, not planning sessions days before it.
  if (reload() && m_meeting.heldOn <= m_ctx.clock.today()) m_timer->start();
}

// Closed without a close event (the vault locking, the main window going): what was typed
// is saved rather than lost. The session outlives this window (Launcher::lock).
MeetingRunWindow::~MeetingRunWindow() {
  if (locked() || m_meeting.agenda.empty()) return;
  if (m_pages->currentWidget() == m_register && m_register->isDirty()) {
    m_register->save();
  } else if (m_pages->currentWidget() == m_item && m_item->isDirty()) {
    if (!m_item->save(m_itemSeconds[currentItemId()])) m_clockMoved[currentItemId()] = false;
  }
  saveClocks();
}

QAction* MeetingRunWindow::action(const QString& objectName) const { return findChild<QAction*>(objectName); }

bool MeetingRunWindow::report(const Status& status, const QString& title) {
  if (status) return true;
  tell(title, status.error().message());
  return false;
}

bool MeetingRunWindow::reload() {
  auto detail = MeetingService(m_ctx).get(m_meetingId);
  auto record = MeetingRecordService(m_ctx).record(m_meetingId);
  if (!detail || !record) {
    m_status->setText(detail ? record.error().message() : detail.error().message());
    return false;
  }
  m_meeting = detail->meeting;
  m_memberNames = detail->memberNames;
  m_record = record.value();
  // The register lists the group's members; AttendanceService decides who they are.
  auto members = AttendanceService(m_ctx).suggestInvites(m_meetingId);
  m_members.clear();
  if (members) {
    for (const auto& s : members.value()) m_members.push_back(s.member);
  }
  for (const auto& item : m_meeting.agenda) {
    if (!m_clockMoved[item.id.value]) m_itemSeconds[item.id.value] = item.secondsSpent;
  }
  setWindowTitle(tr("%1 meeting, %2%3 - Casebook meeting mode")
                     .arg(m_record.groupCode, m_meeting.heldOn.toString(QStringLiteral("d MMMM yyyy")),
                          locked() ? tr(" (signed off)") : QString()));
  m_agendaList->clear();
  for (const auto& item : m_meeting.agenda) {
    auto* row = new QListWidgetItem(QStringLiteral("%1. %2").arg(item.position).arg(item.title), m_agendaList);
    if (item.decision != ItemDecision::None || !item.minutes.isEmpty()) {
      row->setToolTip(tr("Minuted"));
      row->setText(row->text() + QStringLiteral("  \u2713"));
    }
  }
  for (const char* name : {"build", "moveUp", "moveDown", "addCase", "addItem", "drop", "signOff", "invites"}) {
    if (QAction* a = action(QString::fromLatin1(name))) a->setEnabled(!locked());
  }
  if (QAction* a = action(QStringLiteral("amend"))) a->setEnabled(locked());
  m_current = std::clamp(m_current, 0, std::max(0, static_cast<int>(m_meeting.agenda.size()) - 1));
  showCurrent();
  return true;
}

void MeetingRunWindow::showCurrent() {
  if (m_meeting.agenda.empty()) return;
  const AgendaItem& item = m_meeting.agenda[static_cast<size_t>(m_current)];
  {
    const QSignalBlocker block(m_agendaList);
    m_agendaList->setCurrentRow(m_current);
  }
  if (item.kind == AgendaItemKind::Attendance) {
    m_register->showRegister(m_meeting, m_members, m_memberNames, locked());
    m_pages->setCurrentWidget(m_register);
  } else {
    QStringList owners = m_register->attendees();
    for (const auto& m : m_members) {
      if (!owners.contains(m.name)) owners << m.name;
    }
    const QString reference = m_record.items[static_cast<size_t>(m_current)].caseReference;
    m_item->showItem(m_meetingId, item, reference, owners, locked());
    m_pages->setCurrentWidget(m_item);
  }
  m_status->setText(locked() ? tr("Signed off by %1: corrections are amendments").arg(m_meeting.signedOffBy)
                             : tr("Ctrl+PgDown: next item, Ctrl+PgUp: previous, Ctrl+S: save"));
  refreshPresenter();
  refreshClocks();
}

bool MeetingRunWindow::saveCurrent() {
  if (locked() || m_meeting.agenda.empty()) return true;
  const AgendaItem& item = m_meeting.agenda[static_cast<size_t>(m_current)];
  std::optional<QString> problem;
  if (m_pages->currentWidget() == m_register) {
    if (m_register->isDirty()) problem = m_register->save();
  } else if (m_item->isDirty()) {
    problem = m_item->save(m_itemSeconds[item.id.value]);
    if (!problem) m_clockMoved[item.id.value] = false;
  }
  if (problem) {
    m_status->setText(*problem);
    return false;
  }
  return reload();
}

bool MeetingRunWindow::goTo(int index) {
  if (index < 0 || index >= static_cast<int>(m_meeting.agenda.size())) return false;
  if (!saveCurrent()) {
    const QSignalBlocker block(m_agendaList);
    m_agendaList->setCurrentRow(m_current);
    return false;
  }
  m_current = index;
  showCurrent();
  return true;
}

qint64 MeetingRunWindow::currentItemId() const {
  return m_meeting.agenda.empty() ? 0 : m_meeting.agenda[static_cast<size_t>(m_current)].id.value;
}

void MeetingRunWindow::tick() {
  if (!locked() && !m_meeting.agenda.empty()) {
    ++m_meetingSeconds;
    ++m_itemSeconds[currentItemId()];
    m_clockMoved[currentItemId()] = true;
  }
  refreshClocks();
}

void MeetingRunWindow::refreshClocks() {
  const QString item = clockText(m_itemSeconds[currentItemId()]);
  const QString meeting = clockText(m_meetingSeconds);
  m_clock->setText(tr("Item %1   Meeting %2").arg(item, meeting));
  if (m_presenter) m_presenter->setClocks(meeting, item);
}

// Items moved through without anything recorded keep their time too (one call, on leaving).
void MeetingRunWindow::saveClocks() {
  if (locked()) return;
  std::vector<std::pair<int, int>> moved;
  for (const auto& item : m_meeting.agenda) {
    if (m_clockMoved[item.id.value]) moved.emplace_back(item.position, m_itemSeconds[item.id.value]);
  }
  if (moved.empty()) return;
  if (MeetingRunService(m_ctx).saveClocks(m_meetingId, moved)) {
    for (auto& entry : m_clockMoved) entry.second = false;
  }
}

void MeetingRunWindow::closeEvent(QCloseEvent* event) {
  if (!saveCurrent() && !confirm(tr("This item could not be saved:\n%1\n\nClose and lose it?").arg(m_status->text()))) {
    event->ignore();
    return;
  }
  saveClocks();
  if (m_presenter) m_presenter->close();
  m_timer->stop();
  event->accept();
}

void MeetingRunWindow::openPresenter() {
  if (!m_presenter) {
    m_presenter = new PresenterWindow(this);
    m_presenter->setAttribute(Qt::WA_DeleteOnClose, false);
  }
  refreshPresenter();
  m_presenter->show();
  m_presenter->raise();
}

void MeetingRunWindow::refreshPresenter() {
  if (!m_presenter || m_meeting.agenda.empty()) return;
  QStringList titles;
  for (const auto& item : m_meeting.agenda) titles << QStringLiteral("%1. %2").arg(item.position).arg(item.title);
  m_presenter->setMeetingTitle(tr("%1 meeting, %2").arg(m_record.groupName, m_meeting.heldOn.toString(QStringLiteral("d MMMM yyyy"))));
  m_presenter->setAgenda(titles, m_current);
  const AgendaItem& item = m_meeting.agenda[static_cast<size_t>(m_current)];
  const bool onItemPage = m_pages->currentWidget() == m_item;
  m_presenter->showItem(titles[m_current], onItemPage ? m_item->maskedCase() : nullptr, item.riskBefore, item.riskAfter);
}

}  // namespace casebook::gui
