#include "MeetingListView.h"

#include "ActionService.h"
#include "DirectoryService.h"
#include "FormStyle.h"
#include "MeetingDetailPanel.h"
#include "MeetingTableModel.h"
#include "meeting/MeetingRunWindow.h"
#include "meeting/PlanMeetingDialog.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace casebook::gui {

MeetingListView::MeetingListView(ServiceContext& ctx, QWidget* parent) : QWidget(parent), m_ctx(ctx) {
  m_model = new MeetingTableModel(this);

  m_group = new QComboBox(this);
  m_group->setAccessibleName(tr("Group"));
  m_group->setSizeAdjustPolicy(QComboBox::AdjustToContents);
  auto* groupLabel = new QLabel(tr("Meetings of &group:"), this);
  groupLabel->setBuddy(m_group);

  m_count = new QLabel(this);
  m_count->setAccessibleName(tr("Meeting count"));
  m_count->setTextInteractionFlags(Qt::TextSelectableByMouse);

  m_table = makeRowTable(this, m_model, tr("Meetings"));
  QHeaderView* header = m_table->horizontalHeader();
  header->setSectionResizeMode(MeetingTableModel::Attendance, QHeaderView::Stretch);
  const auto width = [this](const QString& sample) { return m_table->fontMetrics().horizontalAdvance(sample) + 24; };
  m_table->setColumnWidth(MeetingTableModel::Date, width(QStringLiteral("2024-00-00")));
  m_table->setColumnWidth(MeetingTableModel::Time, width(QStringLiteral("00:00")));
  m_table->setColumnWidth(MeetingTableModel::Status, width(toLabel(MeetingStatus::Cancelled)));
  m_table->setColumnWidth(MeetingTableModel::Venue, width(QStringLiteral("Police station, meeting room 4")));
  m_table->setColumnWidth(MeetingTableModel::Chair, 130);
  m_table->setColumnWidth(MeetingTableModel::AgendaItems, width(tr("Items")));
  m_table->setColumnWidth(MeetingTableModel::Actions, width(tr("Actions")));

  m_detail = new MeetingDetailPanel(this);
  m_plan = new QPushButton(tr("&Plan a meeting..."), this);
  m_run = new QPushButton(tr("&Run meeting"), this);
  m_run->setToolTip(tr("Meeting mode: register, agenda item by item, minutes and actions"));
  m_run->setEnabled(false);
  connect(m_plan, &QPushButton::clicked, this, &MeetingListView::planMeeting);
  connect(m_run, &QPushButton::clicked, this, &MeetingListView::runSelected);
  connect(m_table, &QTableView::activated, this, &MeetingListView::runSelected);

  auto* top = new QHBoxLayout;
  top->addWidget(groupLabel);
  top->addWidget(m_group);
  top->addStretch();
  top->addWidget(m_count);
  top->addWidget(m_plan);
  top->addWidget(m_run);
  auto* split = new QSplitter(Qt::Vertical, this);
  split->addWidget(m_table);
  split->addWidget(m_detail);
  split->setStretchFactor(0, 3);
  split->setStretchFactor(1, 2);
  split->setChildrenCollapsible(false);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addLayout(top);
  layout->addWidget(split, 1);
  setTabOrder(m_group, m_table);
  setTabOrder(m_table, m_detail);

  connect(m_group, &QComboBox::currentIndexChanged, this, &MeetingListView::reload);
  connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MeetingListView::showSelected);

  fillGroups();
  reload();
}

void MeetingListView::fillGroups() {
  const QSignalBlocker block(m_group);
  m_group->clear();
  const auto groups = DirectoryService(m_ctx).groups();
  if (!groups) {
    m_groupsError = groups.error().message();
    return;
  }
  m_groupsError.clear();
  for (const auto& g : groups.value()) {
    m_group->addItem(tr("%1 — %2").arg(g.group.code, g.group.name), g.group.code);
  }
}

void MeetingListView::setGroup(const QString& groupCode) {
  const int index = m_group->findData(groupCode);
  if (index >= 0 && index != m_group->currentIndex()) m_group->setCurrentIndex(index);  // reloads
  else reload();
}

QString MeetingListView::groupCode() const { return m_group->currentData().toString(); }

void MeetingListView::reload() {
  const MeetingId selected = [this] {
    const MeetingRow* row = m_model->rowAt(m_table->currentIndex().row());
    return row ? row->detail.meeting.id : MeetingId();
  }();
  std::vector<MeetingRow> rows;
  QString error = m_groupsError;
  if (!groupCode().isEmpty()) {
    MeetingService meetings(m_ctx);
    ActionService actions(m_ctx);
    const auto list = meetings.listForGroup(groupCode());
    if (!list) error = list.error().message();
    // One read per meeting: a group meets every few weeks, so a list holds tens of
    // meetings, and get() brings the names and agencies the detail panel shows.
    for (const Meeting& listed : list.value_or({})) {
      auto detail = meetings.get(listed.id.value);
      if (!detail) {
        error = detail.error().message();
        continue;
      }
      ActionListRequest raised;
      raised.meetingId = listed.id.value;
      raised.withUpdates = false;
      raised.limit = 100000;  // a count, not a page
      const auto actionRows = actions.list(raised);
      if (!actionRows) error = actionRows.error().message();
      MeetingRow row{std::move(detail).value(), {}, actionRows ? static_cast<int>(actionRows->size()) : 0};
      row.attendance = AttendanceCounts::of(row.detail.meeting);
      rows.push_back(std::move(row));
    }
  }
  m_model->setRows(std::move(rows));
  m_count->setText(error.isEmpty() ? tr("%n meeting(s)", nullptr, m_model->rowCount())
                                   : tr("Could not load meetings: %1").arg(error));
  const int keep = m_model->rowOf(selected);
  if (keep >= 0) m_table->setCurrentIndex(m_model->index(keep, 0));
  showSelected();
}

void MeetingListView::showSelected() {
  const MeetingRow* row = m_model->rowAt(m_table->currentIndex().row());
  m_detail->showMeeting(row);
  const bool mayRun = row && m_ctx.allow(Operation::ManageMeeting, row->detail.meeting.groupId).ok();
  m_run->setEnabled(mayRun && row->detail.meeting.status != MeetingStatus::Cancelled);
  m_run->setToolTip(row && !mayRun ? tr("Only the group's chair or an administrator runs its meetings")
                                   : tr("Meeting mode: register, agenda item by item, minutes and actions"));
}

void MeetingListView::planMeeting() {
  PlanMeetingDialog dialog(m_ctx, groupCode(), this);
  if (dialog.exec() != QDialog::Accepted) return;
  setGroup(dialog.group()->currentData().toString());
  const int row = m_model->rowOf(MeetingId(dialog.meetingId()));
  if (row >= 0) m_table->setCurrentIndex(m_model->index(row, 0));
  runSelected();
}

MeetingRunWindow* MeetingListView::runSelected() {
  const MeetingRow* row = m_model->rowAt(m_table->currentIndex().row());
  if (!row || row->detail.meeting.status == MeetingStatus::Cancelled ||
      !m_ctx.allow(Operation::ManageMeeting, row->detail.meeting.groupId)) {
    return nullptr;
  }
  // Its own top-level window (QMainWindow always is), owned by the main window so it cannot
  // outlive the session it works in.
  auto* run = new MeetingRunWindow(m_ctx, row->detail.meeting.id.value, window());
  run->setAttribute(Qt::WA_DeleteOnClose);
  connect(run, &QObject::destroyed, this, &MeetingListView::reload);
  run->show();
  return run;
}

}  // namespace casebook::gui
