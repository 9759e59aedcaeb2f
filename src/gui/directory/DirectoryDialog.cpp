#include "DirectoryDialog.h"

#include "DirectoryService.h"
#include "FormStyle.h"
#include "edits/Edits.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace casebook::gui {

namespace {

enum Tab { Groups, Areas, Agencies, Members };

QLineEdit* field(QWidget* parent, const QString& accessibleName, const QString& placeholder = {}) {
  auto* edit = new QLineEdit(parent);
  edit->setAccessibleName(accessibleName);
  edit->setPlaceholderText(placeholder);
  return edit;
}

void setRows(QTableWidget* table, const std::vector<QStringList>& rows) {
  table->setRowCount(static_cast<int>(rows.size()));
  for (int row = 0; row < table->rowCount(); ++row) {
    const QStringList& cells = rows[static_cast<size_t>(row)];
    for (int column = 0; column < cells.size(); ++column) table->setItem(row, column, new QTableWidgetItem(cells[column]));
  }
  table->resizeColumnsToContents();
}

}  // namespace

DirectoryDialog::DirectoryDialog(Edits& edits, QWidget* parent) : QDialog(parent), m_edits(edits) {
  setWindowTitle(tr("Partnership directory"));
  resize(860, 560);
  m_tabs = new QTabWidget(this);
  m_tabs->addTab(groupsTab(), tr("&Groups"));
  m_tabs->addTab(areasTab(), tr("A&reas"));
  m_tabs->addTab(agenciesTab(), tr("A&gencies"));
  m_tabs->addTab(membersTab(), tr("&Members"));
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  // The dialog is modal, so the main window's Edit menu is out of reach while it is open.
  auto* undo = buttons->addButton(tr("&Undo"), QDialogButtonBox::ActionRole);
  auto* redo = buttons->addButton(tr("Re&do"), QDialogButtonBox::ActionRole);
  undo->setShortcut(QKeySequence::Undo);
  redo->setShortcut(QKeySequence::Redo);
  undo->setEnabled(m_edits.stack().canUndo());
  redo->setEnabled(m_edits.stack().canRedo());
  connect(undo, &QPushButton::clicked, &m_edits.stack(), &QUndoStack::undo);
  connect(redo, &QPushButton::clicked, &m_edits.stack(), &QUndoStack::redo);
  connect(&m_edits.stack(), &QUndoStack::canUndoChanged, undo, &QWidget::setEnabled);
  connect(&m_edits.stack(), &QUndoStack::canRedoChanged, redo, &QWidget::setEnabled);
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(m_tabs, 1);
  layout->addWidget(buttons);
  // Undo and redo from the main window's Edit menu change these lists too.
  connect(&m_edits.stack(), &QUndoStack::indexChanged, this, &DirectoryDialog::reload);
  reload();
}

QWidget* DirectoryDialog::page(int index, const QStringList& header, QLayout* form, const QString& addText,
                               std::optional<QString> (DirectoryDialog::*add)()) {
  auto* widget = new QWidget(this);
  auto* table = new QTableWidget(0, static_cast<int>(header.size()), widget);
  table->setHorizontalHeaderLabels(header);
  table->verticalHeader()->hide();
  table->horizontalHeader()->setStretchLastSection(true);
  table->setEditTriggers(QAbstractItemView::NoEditTriggers);
  table->setSelectionBehavior(QAbstractItemView::SelectRows);
  m_tables[index] = table;
  auto* button = new QPushButton(addText, widget);
  button->setAccessibleName(QString(addText).remove(QLatin1Char('&')));
  m_errors[index] = makeErrorLabel(widget);
  connect(button, &QPushButton::clicked, this, [this, index, add] { showError(m_errors[index], (this->*add)()); });
  auto* layout = new QVBoxLayout(widget);
  layout->addWidget(table, 1);
  layout->addLayout(form);
  layout->addWidget(m_errors[index]);
  layout->addWidget(button, 0, Qt::AlignRight);
  return widget;
}

QWidget* DirectoryDialog::groupsTab() {
  m_groupCode = field(this, tr("Group code"), tr("Short code used in case references, e.g. SHDG"));
  m_groupName = field(this, tr("Group name"));
  m_groupParent = new QComboBox(this);
  m_groupParent->setAccessibleName(tr("Parent group"));
  m_groupCycle = new QSpinBox(this);
  m_groupCycle->setRange(7, 365);
  m_groupCycle->setValue(42);
  m_groupCycle->setSuffix(tr(" days"));
  m_groupCycle->setAccessibleName(tr("Meeting cycle in days"));
  m_groupApproval = new QCheckBox(tr("Closing a case needs the chair's approval"), this);
  auto* form = new QFormLayout;
  form->addRow(tr("Code:"), m_groupCode);
  form->addRow(tr("Name:"), m_groupName);
  form->addRow(tr("Escalates to:"), m_groupParent);
  form->addRow(tr("Meets every:"), m_groupCycle);
  form->addRow(QString(), m_groupApproval);
  auto* widget = page(Groups, {tr("Code"), tr("Name"), tr("Escalates to"), tr("Open cases"), tr("Meets every"),
                               tr("Chair approves closures")},
                      form, tr("&Add group"), &DirectoryDialog::addGroup);
  m_tables[Groups]->setAccessibleName(tr("Groups"));
  return widget;
}

QWidget* DirectoryDialog::areasTab() {
  m_areaCode = field(this, tr("Area code"), tr("e.g. a police beat, NL66"));
  m_areaName = field(this, tr("Area name"));
  auto* form = new QFormLayout;
  form->addRow(tr("Code:"), m_areaCode);
  form->addRow(tr("Name:"), m_areaName);
  auto* widget = page(Areas, {tr("Code"), tr("Name")}, form, tr("A&dd area"), &DirectoryDialog::addArea);
  m_tables[Areas]->setAccessibleName(tr("Areas"));
  return widget;
}

QWidget* DirectoryDialog::agenciesTab() {
  m_agencyCode = field(this, tr("Agency code"), tr("e.g. AMB"));
  m_agencyName = field(this, tr("Agency name"));
  auto* form = new QFormLayout;
  form->addRow(tr("Code:"), m_agencyCode);
  form->addRow(tr("Name:"), m_agencyName);
  auto* widget = page(Agencies, {tr("Code"), tr("Name")}, form, tr("Add a&gency"), &DirectoryDialog::addAgency);
  m_tables[Agencies]->setAccessibleName(tr("Agencies"));
  return widget;
}

QWidget* DirectoryDialog::membersTab() {
  m_memberName = field(this, tr("Member name"));
  m_memberAgency = new QComboBox(this);
  m_memberAgency->setAccessibleName(tr("Member's agency"));
  m_memberTitle = field(this, tr("Job title"));
  m_memberEmail = field(this, tr("Email"), tr("A secure (e.g. .gcsx or .pnn) address"));
  m_memberPhone = field(this, tr("Phone"));
  m_memberGroup = new QComboBox(this);
  m_memberGroup->setAccessibleName(tr("Group the member joins"));
  m_memberRole = new QComboBox(this);
  m_memberRole->setAccessibleName(tr("Role in the group"));
  for (const QString& key : allKeys<MembershipRole>()) m_memberRole->addItem(toLabel(*enumFromKey<MembershipRole>(key)), key);
  m_memberRole->setCurrentIndex(m_memberRole->findData(toKey(MembershipRole::Member)));
  auto* form = new QFormLayout;
  form->addRow(tr("Name:"), m_memberName);
  form->addRow(tr("Agency:"), m_memberAgency);
  form->addRow(tr("Job title:"), m_memberTitle);
  form->addRow(tr("Email:"), m_memberEmail);
  form->addRow(tr("Phone:"), m_memberPhone);
  form->addRow(tr("Joins group:"), m_memberGroup);
  form->addRow(tr("As:"), m_memberRole);
  auto* widget = page(Members, {tr("Name"), tr("Agency"), tr("Job title"), tr("Email"), tr("Phone")}, form,
                      tr("Add mem&ber"), &DirectoryDialog::addMember);
  m_tables[Members]->setAccessibleName(tr("Members"));
  return widget;
}

void DirectoryDialog::reload() {
  DirectoryService directory(m_edits.context());
  QHash<qint64, QString> groupCodes;
  QHash<qint64, QString> agencyCodes;
  const QString parent = m_groupParent->currentData().toString();
  const QString joins = m_memberGroup->currentData().toString();
  const QString agency = m_memberAgency->currentData().toString();
  m_groupParent->clear();
  m_groupParent->addItem(tr("(none: a top-level group)"), QString());
  m_memberGroup->clear();
  m_memberGroup->addItem(tr("(no group yet)"), QString());
  m_memberAgency->clear();
  m_memberAgency->addItem(tr("(none)"), QString());
  if (auto groups = directory.groups()) {
    for (const auto& g : groups.value()) groupCodes.insert(g.group.id.value, g.group.code);
    std::vector<QStringList> rows;
    for (const auto& g : groups.value()) {
      rows.push_back({g.group.code, g.group.name, g.group.parentId ? groupCodes.value(g.group.parentId->value) : QString(),
                      QString::number(g.openCases), tr("%1 days").arg(g.group.meetingCycleDays),
                      g.group.closureNeedsChairApproval ? tr("Yes") : tr("No")});
      m_groupParent->addItem(g.group.code, g.group.code);
      m_memberGroup->addItem(g.group.code, g.group.code);
    }
    setRows(m_tables[Groups], rows);
  }
  if (auto areas = directory.areas()) {
    std::vector<QStringList> rows;
    for (const auto& a : areas.value()) rows.push_back({a.code, a.name});
    setRows(m_tables[Areas], rows);
  }
  if (auto agencies = directory.agencies()) {
    std::vector<QStringList> rows;
    for (const auto& a : agencies.value()) {
      agencyCodes.insert(a.id.value, a.code);
      rows.push_back({a.code, a.name});
      m_memberAgency->addItem(QStringLiteral("%1 — %2").arg(a.code, a.name), a.code);
    }
    setRows(m_tables[Agencies], rows);
  }
  if (auto members = directory.members()) {
    std::vector<QStringList> rows;
    for (const auto& m : members.value()) {
      rows.push_back({m.name, m.agencyId ? agencyCodes.value(m.agencyId->value) : QString(), m.jobTitle, m.email, m.phone});
    }
    setRows(m_tables[Members], rows);
  }
  m_groupParent->setCurrentIndex(std::max(0, m_groupParent->findData(parent)));
  m_memberGroup->setCurrentIndex(std::max(0, m_memberGroup->findData(joins)));
  m_memberAgency->setCurrentIndex(std::max(0, m_memberAgency->findData(agency)));
}

std::optional<QString> DirectoryDialog::addGroup() {
  NewGroupInput input{m_groupCode->text().trimmed().toUpper(), m_groupName->text(),
                      m_groupParent->currentData().toString(), m_groupApproval->isChecked(), m_groupCycle->value()};
  ServiceContext& ctx = m_edits.context();
  const auto added = m_edits.run(tr("new group %1").arg(input.code), [&] { return DirectoryService(ctx).addGroup(input); });
  if (!added) return added.error().message();
  m_groupCode->clear();
  m_groupName->clear();
  return std::nullopt;
}

std::optional<QString> DirectoryDialog::addArea() {
  const QString code = m_areaCode->text().trimmed().toUpper();
  ServiceContext& ctx = m_edits.context();
  const auto added =
      m_edits.run(tr("new area %1").arg(code), [&] { return DirectoryService(ctx).addArea(code, m_areaName->text()); });
  if (!added) return added.error().message();
  m_areaCode->clear();
  m_areaName->clear();
  return std::nullopt;
}

std::optional<QString> DirectoryDialog::addAgency() {
  const QString code = m_agencyCode->text().trimmed().toUpper();
  ServiceContext& ctx = m_edits.context();
  const auto added = m_edits.run(tr("new agency %1").arg(code),
                                 [&] { return DirectoryService(ctx).addAgency(code, m_agencyName->text()); });
  if (!added) return added.error().message();
  m_agencyCode->clear();
  m_agencyName->clear();
  return std::nullopt;
}

std::optional<QString> DirectoryDialog::addMember() {
  NewMemberInput input{m_memberName->text(),  m_memberAgency->currentData().toString(), m_memberTitle->text(),
                       m_memberEmail->text(), m_memberPhone->text(),                     m_memberGroup->currentData().toString(),
                       *enumFromKey<MembershipRole>(m_memberRole->currentData().toString())};
  ServiceContext& ctx = m_edits.context();
  const auto added =
      m_edits.run(tr("new member %1").arg(input.name), [&] { return DirectoryService(ctx).addMember(input); });
  if (!added) return added.error().message();
  for (QLineEdit* edit : {m_memberName, m_memberTitle, m_memberEmail, m_memberPhone}) edit->clear();
  return std::nullopt;
}

}  // namespace casebook::gui
