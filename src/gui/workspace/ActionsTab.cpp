#include "ActionsTab.h"

#include "ActionService.h"
#include "Dates.h"
#include "FormStyle.h"
#include "edits/Edits.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace casebook::gui {

namespace {

enum Column { Number, Text, Owner, Due, StatusColumn, Latest, ColumnCount };
constexpr int kActionIdRole = Qt::UserRole + 1;

void fillStatuses(QComboBox* combo) {
  for (const QString& key : allKeys<ActionStatus>()) combo->addItem(toLabel(*enumFromKey<ActionStatus>(key)), key);
}

// The status cell edits in place: a list of statuses whose choice becomes a dated update,
// not a write to the table.
class StatusDelegate final : public QStyledItemDelegate {
 public:
  using Chosen = std::function<void(int row, ActionStatus status)>;
  StatusDelegate(Chosen chosen, QObject* parent) : QStyledItemDelegate(parent), m_chosen(std::move(chosen)) {}
  QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem&, const QModelIndex&) const override {
    auto* combo = new QComboBox(parent);
    combo->setAccessibleName(QObject::tr("Action status"));
    fillStatuses(combo);
    return combo;
  }
  void setEditorData(QWidget* editor, const QModelIndex& index) const override {
    auto* combo = static_cast<QComboBox*>(editor);
    combo->setCurrentIndex(combo->findData(index.data(Qt::UserRole + 2)));
  }
  void setModelData(QWidget* editor, QAbstractItemModel*, const QModelIndex& index) const override {
    const auto status = enumFromKey<ActionStatus>(static_cast<QComboBox*>(editor)->currentData().toString());
    if (status && toKey(*status) != index.data(Qt::UserRole + 2).toString()) m_chosen(index.row(), *status);
  }

 private:
  Chosen m_chosen;
};

QDateEdit* dateEdit(QWidget* parent, const QString& accessibleName) {
  auto* edit = new QDateEdit(parent);
  edit->setCalendarPopup(true);
  edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
  edit->setAccessibleName(accessibleName);
  return edit;
}

}  // namespace

ActionsTab::ActionsTab(Edits& edits, QWidget* parent) : QWidget(parent), m_edits(edits) {
  const QDate today = m_edits.context().clock.today();
  m_table = new QTableWidget(0, ColumnCount, this);
  m_table->setHorizontalHeaderLabels({tr("#"), tr("Action"), tr("Owner"), tr("Due"), tr("Status"), tr("Latest update")});
  m_table->verticalHeader()->hide();
  m_table->horizontalHeader()->setSectionResizeMode(Text, QHeaderView::Stretch);
  m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
  m_table->setSelectionMode(QAbstractItemView::SingleSelection);
  m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                           QAbstractItemView::SelectedClicked);
  m_table->setAccessibleName(tr("Actions"));
  m_table->setToolTip(tr("Double-click or press F2 on a status to change it"));
  m_table->setItemDelegateForColumn(StatusColumn, new StatusDelegate(
                                                      [this](int row, ActionStatus status) {
                                                        const qint64 id = m_rows.at(static_cast<size_t>(row)).action.id.value;
                                                        // After the editor has closed: the edit reloads the table.
                                                        QTimer::singleShot(0, this, [this, id, status] {
                                                          showOutcome(recordUpdate(id, status, QString(), QDate()));
                                                        });
                                                      },
                                                      this));
  connect(m_table, &QTableWidget::itemSelectionChanged, this, &ActionsTab::showUpdatesOfSelected);

  m_updates = new QListWidget(this);
  m_updates->setAccessibleName(tr("Updates of the selected action"));
  m_updates->setMaximumHeight(90);
  m_updateOn = dateEdit(this, tr("Update date"));
  m_updateOn->setDate(today);
  m_updateStatus = new QComboBox(this);
  m_updateStatus->setAccessibleName(tr("Status after the update"));
  fillStatuses(m_updateStatus);
  m_updateText = new QLineEdit(this);
  m_updateText->setAccessibleName(tr("Update text"));
  m_updateText->setPlaceholderText(tr("What happened, e.g. \"Visit made, engaging with support\""));
  m_carryTo = dateEdit(this, tr("Carry forward to"));
  m_carryTo->setSpecialValueText(tr("not carried forward"));
  m_carryTo->setMinimumDate(today.addDays(-1));
  m_carryTo->setDate(m_carryTo->minimumDate());
  m_update = new QPushButton(tr("Record &update"), this);
  m_update->setAccessibleName(tr("Record update"));
  connect(m_update, &QPushButton::clicked, this, &ActionsTab::submitUpdate);
  connect(m_updateText, &QLineEdit::returnPressed, this, &ActionsTab::submitUpdate);

  auto* updateBox = new QGroupBox(tr("Updates of the selected action"), this);
  auto* updateRow = new QHBoxLayout;
  updateRow->addWidget(m_updateOn);
  updateRow->addWidget(m_updateStatus);
  updateRow->addWidget(m_updateText, 1);
  updateRow->addWidget(new QLabel(tr("Carry to:"), this));
  updateRow->addWidget(m_carryTo);
  updateRow->addWidget(m_update);
  auto* updateLayout = new QVBoxLayout(updateBox);
  updateLayout->addWidget(m_updates);
  updateLayout->addLayout(updateRow);

  m_newText = new QLineEdit(this);
  m_newText->setAccessibleName(tr("New action"));
  m_newText->setPlaceholderText(tr("New action, e.g. \"Joint visit by housing and police\""));
  m_newOwner = new QComboBox(this);
  m_newOwner->setAccessibleName(tr("Owner of the new action"));
  m_newDue = dateEdit(this, tr("Due date of the new action"));
  m_newDue->setDate(today.addDays(28));
  m_add = new QPushButton(tr("Add ac&tion"), this);
  m_add->setAccessibleName(tr("Add action"));
  connect(m_add, &QPushButton::clicked, this, &ActionsTab::submitNewAction);
  connect(m_newText, &QLineEdit::returnPressed, this, &ActionsTab::submitNewAction);
  auto* newRow = new QHBoxLayout;
  newRow->addWidget(m_newText, 1);
  newRow->addWidget(new QLabel(tr("Owner:"), this));
  newRow->addWidget(m_newOwner);
  newRow->addWidget(new QLabel(tr("Due:"), this));
  newRow->addWidget(m_newDue);
  newRow->addWidget(m_add);

  m_error = makeErrorLabel(this);
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(m_table, 1);
  layout->addWidget(updateBox);
  layout->addLayout(newRow);
  layout->addWidget(m_error);
}

void ActionsTab::setOwners(const QStringList& memberNames, const QStringList& agencyCodes) {
  m_newOwner->clear();
  for (const QString& name : memberNames) m_newOwner->addItem(name, name);
  for (const QString& code : agencyCodes) m_newOwner->addItem(tr("%1 (agency)").arg(code), QString(QStringLiteral("agency:") + code));
}

void ActionsTab::showCase(const CaseDetail& detail) {
  const qint64 selected = selectedActionId();
  m_reference = detail.record.reference;
  m_rows = detail.actions;
  m_table->setRowCount(static_cast<int>(m_rows.size()));
  int row = 0;
  for (const auto& a : m_rows) {
    const QStringList cells{a.action.reference.isEmpty() ? QString::number(a.action.id.value) : a.action.reference,
                            a.action.text,
                            a.ownerName.isEmpty() ? a.ownerAgencyCode : a.ownerName,
                            isoDate(a.action.dueOn),
                            toLabel(a.action.status) + (a.overdue ? tr(" — overdue") : QString()),
                            a.latestUpdate};
    for (int column = 0; column < ColumnCount; ++column) {
      auto* item = new QTableWidgetItem(cells[column]);
      item->setData(kActionIdRole, a.action.id.value);
      Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
      if (column == StatusColumn) {
        flags |= Qt::ItemIsEditable;
        item->setData(Qt::UserRole + 2, toKey(a.action.status));
      }
      item->setFlags(flags);
      m_table->setItem(row, column, item);
    }
    if (a.action.id.value == selected) m_table->selectRow(row);
    ++row;
  }
  m_table->resizeColumnToContents(Due);
  m_table->resizeColumnToContents(StatusColumn);
  showUpdatesOfSelected();
}

qint64 ActionsTab::selectedActionId() const {
  const auto rows = m_table->selectionModel() ? m_table->selectionModel()->selectedRows() : QModelIndexList();
  return rows.isEmpty() ? 0 : rows.front().data(kActionIdRole).toLongLong();
}

void ActionsTab::showUpdatesOfSelected() {
  m_updates->clear();
  const qint64 id = selectedActionId();
  const bool chosen = id != 0;
  for (auto* w : std::initializer_list<QWidget*>{m_updateOn, m_updateStatus, m_updateText, m_carryTo, m_update}) {
    w->setEnabled(chosen);
  }
  if (!chosen) {
    m_updates->addItem(tr("Choose an action above to see and add its dated updates."));
    return;
  }
  for (const auto& a : m_rows) {
    if (a.action.id.value != id) continue;
    m_updateStatus->setCurrentIndex(m_updateStatus->findData(toKey(a.action.status)));
    m_updates->addItem(tr("%1  raised, due %2").arg(isoDate(a.action.raisedOn), isoDate(a.action.dueOn)));
    for (const auto& u : a.action.updates) {
      m_updates->addItem(QStringLiteral("%1  %2 — %3").arg(isoDate(u.on), toLabel(u.statusAfter), u.text));
    }
    m_updates->scrollToBottom();
  }
}

std::optional<QString> ActionsTab::addAction(const QString& text, const QString& owner, const QDate& due) {
  NewActionInput input;
  input.caseReference = m_reference;
  input.text = text;
  if (owner.startsWith(QStringLiteral("agency:"))) {
    input.ownerAgency = owner.mid(7);
  } else {
    input.owner = owner;
  }
  input.dueOn = due;
  ServiceContext& ctx = m_edits.context();
  return m_edits.attempt(tr("new action on %1").arg(m_reference), [&] { return ActionService(ctx).add(input); });
}

std::optional<QString> ActionsTab::recordUpdate(qint64 actionId, std::optional<ActionStatus> status, const QString& text,
                                                const QDate& on, std::optional<QDate> carryTo) {
  ActionUpdateInput input;
  input.actionId = actionId;
  input.status = status;
  input.text = text;
  if (input.text.trimmed().isEmpty() && status) input.text = tr("Status: %1").arg(toLabel(*status));
  input.on = on;
  input.newDueOn = carryTo;
  ServiceContext& ctx = m_edits.context();
  return m_edits.attempt(tr("update of an action on %1").arg(m_reference),
                         [&] { return ActionService(ctx).update(input); });
}

void ActionsTab::submitNewAction() {
  const auto problem = addAction(m_newText->text(), m_newOwner->currentData().toString(), m_newDue->date());
  if (!problem) m_newText->clear();
  showOutcome(problem);
}

void ActionsTab::submitUpdate() {
  const auto status = enumFromKey<ActionStatus>(m_updateStatus->currentData().toString());
  std::optional<QDate> carry;
  if (m_carryTo->date() != m_carryTo->minimumDate()) carry = m_carryTo->date();
  const auto problem = recordUpdate(selectedActionId(), status, m_updateText->text(), m_updateOn->date(), carry);
  if (!problem) m_updateText->clear();
  showOutcome(problem);
}

void ActionsTab::showOutcome(const std::optional<QString>& problem) { showError(m_error, problem); }

}  // namespace casebook::gui
