#include "RegisterPage.h"

#include "FormStyle.h"
#include "MeetingService.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace casebook::gui {

RegisterPage::RegisterPage(ServiceContext& ctx, QWidget* parent) : QWidget(parent), m_ctx(ctx) {
  auto* title = new QLabel(tr("<h2>Attendance and apologies</h2>"), this);
  m_table = new QTableWidget(0, ColumnCount, this);
  m_table->setHorizontalHeaderLabels({tr("Member"), tr("Agency"), tr("Attendance"), tr("Deputy attending")});
  m_table->horizontalHeader()->setSectionResizeMode(Member, QHeaderView::Stretch);
  m_table->horizontalHeader()->setSectionResizeMode(Deputy, QHeaderView::Stretch);
  m_table->setColumnWidth(Agency, 90);
  m_table->setColumnWidth(Status, 260);
  m_table->verticalHeader()->hide();
  m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
  m_table->setAccessibleName(tr("Attendance register"));
  m_allPresent = new QPushButton(tr("All &present"), this);
  m_allPresent->setToolTip(tr("Mark everyone present, then change the few who are not"));
  connect(m_allPresent, &QPushButton::clicked, this, [this] {
    for (int row = 0; row < m_table->rowCount(); ++row) setStatus(row, AttendanceStatus::Present);
  });
  m_summary = new QLabel(this);
  m_error = makeErrorLabel(this);
  auto* bar = new QHBoxLayout;
  bar->addWidget(m_allPresent);
  bar->addStretch();
  bar->addWidget(m_summary);
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(title);
  layout->addLayout(bar);
  layout->addWidget(m_table, 1);
  layout->addWidget(m_error);
}

void RegisterPage::markDirty() {
  if (m_loading) return;
  m_dirty = true;
  int present = 0;
  int apologies = 0;
  for (int row = 0; row < m_table->rowCount(); ++row) {
    const auto* box = qobject_cast<QComboBox*>(m_table->cellWidget(row, Status));
    const auto status = enumFromKey<AttendanceStatus>(box->currentData().toString());
    if (status && countsAsRepresented(*status) && *status != AttendanceStatus::UpdateSent) ++present;
    if (status == AttendanceStatus::Apologies || status == AttendanceStatus::UpdateSent) ++apologies;
  }
  m_summary->setText(tr("%1 attending, %2 apologies").arg(present).arg(apologies));
  Q_EMIT edited();
}

namespace {
// The register keeps what it does not show (late, left early) so saving it changes neither.
constexpr int kJoinedLateRole = Qt::UserRole + 1;
constexpr int kLeftEarlyRole = Qt::UserRole + 2;
}  // namespace

void RegisterPage::showRegister(const Meeting& meeting, const std::vector<GroupMember>& members,
                                const QHash<qint64, QString>& memberNames, bool locked) {
  m_loading = true;
  m_meetingId = meeting.id.value;
  m_table->setRowCount(0);
  for (const auto& member : members) {
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto* name = new QTableWidgetItem(member.name);
    name->setData(Qt::UserRole, member.id.value);
    m_table->setItem(row, Member, name);
    m_table->setItem(row, Agency, new QTableWidgetItem(member.agency));
    auto* status = new QComboBox(m_table);
    status->addItem(tr("Not recorded"), QString());
    for (const auto& entry : EnumTable<AttendanceStatus>::entries) {
      status->addItem(QString::fromLatin1(entry.label), QString::fromLatin1(entry.key));
    }
    status->setAccessibleName(tr("Attendance of %1").arg(member.name));
    auto* deputy = new QLineEdit(m_table);
    deputy->setPlaceholderText(tr("Name of the deputy"));
    deputy->setAccessibleName(tr("Deputy for %1").arg(member.name));
    for (const auto& record : meeting.attendance) {
      if (record.memberId != member.id) continue;
      status->setCurrentIndex(status->findData(toKey(record.status)));
      deputy->setText(record.deputyId ? memberNames.value(record.deputyId->value) : record.deputyName);
      name->setData(kJoinedLateRole, record.joinedLate);
      name->setData(kLeftEarlyRole, record.leftEarly);
    }
    deputy->setEnabled(!locked && status->currentData().toString() == toKey(AttendanceStatus::Deputy));
    status->setEnabled(!locked);
    connect(status, &QComboBox::currentIndexChanged, this, [this, status, deputy] {
      deputy->setEnabled(status->currentData().toString() == toKey(AttendanceStatus::Deputy));
      markDirty();
    });
    connect(deputy, &QLineEdit::textEdited, this, &RegisterPage::markDirty);
    m_table->setCellWidget(row, Status, status);
    m_table->setCellWidget(row, Deputy, deputy);
  }
  m_allPresent->setEnabled(!locked);
  showError(m_error, std::nullopt);
  m_loading = false;
  markDirty();
  m_dirty = false;
}

void RegisterPage::setStatus(int row, AttendanceStatus status, const QString& deputy) {
  auto* box = qobject_cast<QComboBox*>(m_table->cellWidget(row, Status));
  box->setCurrentIndex(box->findData(toKey(status)));
  auto* edit = qobject_cast<QLineEdit*>(m_table->cellWidget(row, Deputy));
  if (!deputy.isEmpty()) edit->setText(deputy);
  markDirty();
}

int RegisterPage::rowOf(const QString& memberName) const {
  for (int row = 0; row < m_table->rowCount(); ++row) {
    if (m_table->item(row, Member)->text() == memberName) return row;
  }
  return -1;
}

QStringList RegisterPage::attendees() const {
  QStringList names;
  for (int row = 0; row < m_table->rowCount(); ++row) {
    const auto* box = qobject_cast<QComboBox*>(m_table->cellWidget(row, Status));
    const QString key = box->currentData().toString();
    if (key == toKey(AttendanceStatus::Present)) names << m_table->item(row, Member)->text();
  }
  return names;
}

std::optional<QString> RegisterPage::save() {
  std::vector<AttendanceInput> rows;
  for (int row = 0; row < m_table->rowCount(); ++row) {
    const auto* box = qobject_cast<QComboBox*>(m_table->cellWidget(row, Status));
    const auto status = enumFromKey<AttendanceStatus>(box->currentData().toString());
    if (!status) continue;  // not recorded yet
    AttendanceInput input;
    input.member = QStringLiteral("#%1").arg(m_table->item(row, Member)->data(Qt::UserRole).toLongLong());
    input.status = *status;
    input.joinedLate = m_table->item(row, Member)->data(kJoinedLateRole).toBool();
    input.leftEarly = m_table->item(row, Member)->data(kLeftEarlyRole).toBool();
    if (*status == AttendanceStatus::Deputy) {
      input.deputy = qobject_cast<QLineEdit*>(m_table->cellWidget(row, Deputy))->text().trimmed();
    }
    rows.push_back(input);
  }
  auto saved = MeetingService(m_ctx).recordRegister(m_meetingId, rows);
  if (!saved) {
    showError(m_error, saved.error().message());
    return saved.error().message();
  }
  showError(m_error, std::nullopt);
  m_dirty = false;
  return std::nullopt;
}

}  // namespace casebook::gui
