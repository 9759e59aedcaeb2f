#include "PlanMeetingDialog.h"

#include "DirectoryService.h"
#include "FormStyle.h"
#include "MeetingService.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace casebook::gui {

PlanMeetingDialog::PlanMeetingDialog(ServiceContext& ctx, const QString& groupCode, QWidget* parent)
    : QDialog(parent), m_ctx(ctx) {
  setWindowTitle(tr("Plan a meeting"));
  m_group = new QComboBox(this);
  if (auto groups = DirectoryService(ctx).groups()) {
    for (const auto& g : groups.value()) m_group->addItem(QStringLiteral("%1: %2").arg(g.group.code, g.group.name), g.group.code);
  }
  m_group->setCurrentIndex(std::max(0, m_group->findData(groupCode)));
  m_date = new QDateEdit(ctx.clock.today().addDays(7), this);
  m_date->setCalendarPopup(true);
  m_date->setDisplayFormat(QStringLiteral("dddd d MMMM yyyy"));
  m_time = new QTimeEdit(QTime(10, 0), this);
  m_time->setDisplayFormat(QStringLiteral("HH:mm"));
  m_venue = new QLineEdit(this);
  m_venue->setPlaceholderText(tr("e.g. Civic Centre, committee room 2"));
  m_online = new QLineEdit(this);
  m_online->setPlaceholderText(tr("Online meeting link, if any"));
  m_chair = new QComboBox(this);
  m_minuteTaker = new QComboBox(this);
  fillMembers();
  m_error = makeErrorLabel(this);
  auto* form = new QFormLayout;
  form->addRow(tr("&Group:"), m_group);
  form->addRow(tr("&Date:"), m_date);
  form->addRow(tr("&Time:"), m_time);
  form->addRow(tr("&Venue:"), m_venue);
  form->addRow(tr("&Online link:"), m_online);
  form->addRow(tr("&Chair:"), m_chair);
  form->addRow(tr("&Minute-taker:"), m_minuteTaker);
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
  connect(buttons, &QDialogButtonBox::accepted, this, &PlanMeetingDialog::accept);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  auto* layout = new QVBoxLayout(this);
  layout->addLayout(form);
  layout->addWidget(m_error);
  layout->addWidget(buttons);
}

void PlanMeetingDialog::fillMembers() {
  for (QComboBox* box : {m_chair, m_minuteTaker}) {
    box->addItem(tr("Not yet known"), QString());
  }
  if (auto members = DirectoryService(m_ctx).members()) {
    for (const auto& m : members.value()) {
      if (!m.active) continue;
      for (QComboBox* box : {m_chair, m_minuteTaker}) box->addItem(m.name, QStringLiteral("#%1").arg(m.id.value));
    }
  }
}

void PlanMeetingDialog::accept() {
  NewMeetingInput input;
  input.groupCode = m_group->currentData().toString();
  input.heldOn = m_date->date();
  input.startsAt = m_time->time();
  input.venue = m_venue->text();
  input.onlineLink = m_online->text();
  input.chair = m_chair->currentData().toString();
  input.minuteTaker = m_minuteTaker->currentData().toString();
  auto added = MeetingService(m_ctx).add(input);
  if (!added) {
    showError(m_error, added.error().message());
    return;
  }
  m_meetingId = added->value;
  QDialog::accept();
}

}  // namespace casebook::gui
