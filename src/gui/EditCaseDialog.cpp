#include "EditCaseDialog.h"

#include "CaseService.h"
#include "DirectoryService.h"
#include "FormStyle.h"
#include "PriorityPicker.h"
#include "ThemePicker.h"
#include "edits/Edits.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace casebook::gui {

namespace {

QLineEdit* field(QWidget* parent, const QString& text, const QString& accessibleName) {
  auto* edit = new QLineEdit(text, parent);
  edit->setAccessibleName(accessibleName);
  return edit;
}

QComboBox* combo(QWidget* parent, const QString& accessibleName) {
  auto* box = new QComboBox(parent);
  box->setAccessibleName(accessibleName);
  box->addItem(QObject::tr("(none)"), QString());
  return box;
}

void choose(QComboBox* box, const QString& data) { box->setCurrentIndex(std::max(0, box->findData(data))); }

QStringList splitAliases(const QString& text) {
  QStringList aliases;
  for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
    if (!part.trimmed().isEmpty()) aliases << part.trimmed();
  }
  return aliases;
}

}  // namespace

EditCaseDialog::EditCaseDialog(Edits& edits, const CaseDetail& detail, QWidget* parent)
    : QDialog(parent), m_edits(edits), m_before(detail) {
  const Case& c = detail.record;
  setWindowTitle(tr("Edit %1").arg(c.reference));
  m_name = field(this, c.subject.name, tr("Subject name"));
  m_aliases = field(this, c.subject.aliases.join(QStringLiteral(", ")), tr("Aliases"));
  m_dobKnown = new QCheckBox(tr("Date of birth known"), this);
  m_dobKnown->setChecked(c.subject.dateOfBirth.has_value());
  m_dob = new QDateEdit(c.subject.dateOfBirth.value_or(QDate(2000, 1, 1)), this);
  m_dob->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
  m_dob->setCalendarPopup(true);
  m_dob->setAccessibleName(tr("Date of birth"));
  m_dob->setEnabled(m_dobKnown->isChecked());
  connect(m_dobKnown, &QCheckBox::toggled, m_dob, &QWidget::setEnabled);
  m_ageBand = field(this, c.subject.ageBand, tr("Age band"));
  m_address = field(this, c.subject.address, tr("Address"));
  m_role = new QComboBox(this);
  m_role->setAccessibleName(tr("Subject role"));
  for (const QString& key : allKeys<SubjectRole>()) m_role->addItem(toLabel(*enumFromKey<SubjectRole>(key)), key);
  choose(m_role, toKey(c.subjectRole));

  DirectoryService directory(m_edits.context());
  m_area = combo(this, tr("Area"));
  if (auto areas = directory.areas()) for (const auto& a : areas.value()) m_area->addItem(a.code + QStringLiteral(" — ") + a.name, a.code);
  choose(m_area, detail.areaCode);
  m_lead = combo(this, tr("Lead agency"));
  if (auto agencies = directory.agencies()) for (const auto& a : agencies.value()) m_lead->addItem(a.code + QStringLiteral(" — ") + a.name, a.code);
  choose(m_lead, detail.leadAgencyCode);
  m_owner = combo(this, tr("Case owner"));
  if (auto members = directory.members()) for (const auto& m : members.value()) m_owner->addItem(m.name, m.name);
  choose(m_owner, detail.ownerName);
  m_themes = new ThemePicker(this);
  m_themes->load(m_edits.context());
  m_themes->setCheckedCodes(c.themes);
  m_priority = new PriorityPicker(this);
  m_priority->load(m_edits.context());
  m_priority->setCode(detail.priorityCode);
  // Tagged to a priority the plan in force does not have: kept unless another is chosen.
  if (c.priorityId && detail.priorityCode.isEmpty()) m_priority->showEarlierPlansPriority();
  m_lawful = field(this, c.lawfulBasis, tr("Lawful basis"));
  m_status = new QComboBox(this);
  m_status->setAccessibleName(tr("Status"));
  // Only open and monitoring are chosen here: referral decisions and closure have their own steps.
  if (c.status == CaseStatus::Open || c.status == CaseStatus::Monitoring) {
    for (CaseStatus s : {CaseStatus::Open, CaseStatus::Monitoring}) m_status->addItem(toLabel(s), toKey(s));
  } else {
    m_status->addItem(toLabel(c.status), toKey(c.status));
    m_status->setEnabled(false);
  }
  choose(m_status, toKey(c.status));

  auto* form = new QFormLayout;
  form->addRow(tr("&Name:"), m_name);
  form->addRow(tr("A&liases:"), m_aliases);
  form->addRow(m_dobKnown, m_dob);
  form->addRow(tr("Age &band:"), m_ageBand);
  form->addRow(tr("Addr&ess:"), m_address);
  form->addRow(tr("R&ole:"), m_role);
  form->addRow(tr("&Area:"), m_area);
  form->addRow(tr("Lead a&gency:"), m_lead);
  form->addRow(tr("O&wner:"), m_owner);
  form->addRow(tr("T&hemes:"), m_themes);
  form->addRow(tr("CSP &priority:"), m_priority);
  form->addRow(tr("Lawful &basis:"), m_lawful);
  form->addRow(tr("&Status:"), m_status);
  m_error = makeErrorLabel(this);
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
  connect(buttons, &QDialogButtonBox::accepted, this, &EditCaseDialog::accept);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  auto* layout = new QVBoxLayout(this);
  layout->addLayout(form);
  layout->addWidget(m_error);
  layout->addWidget(buttons);
}

CaseChanges EditCaseDialog::changes() const {
  const Case& c = m_before.record;
  CaseChanges ch;
  if (m_name->text() != c.subject.name) ch.subjectName = m_name->text();
  if (splitAliases(m_aliases->text()) != c.subject.aliases) ch.aliases = splitAliases(m_aliases->text());
  const std::optional<QDate> dob = m_dobKnown->isChecked() ? std::optional<QDate>(m_dob->date()) : std::nullopt;
  if (dob != c.subject.dateOfBirth) ch.dateOfBirth = dob;
  if (m_ageBand->text().trimmed() != c.subject.ageBand) ch.ageBand = m_ageBand->text().trimmed();
  if (m_address->text() != c.subject.address) ch.address = m_address->text();
  const SubjectRole role = *enumFromKey<SubjectRole>(m_role->currentData().toString());
  if (role != c.subjectRole) ch.subjectRole = role;
  if (m_area->currentData().toString() != m_before.areaCode) ch.areaCode = m_area->currentData().toString();
  if (m_lead->currentData().toString() != m_before.leadAgencyCode) ch.leadAgencyCode = m_lead->currentData().toString();
  if (m_owner->currentData().toString() != m_before.ownerName) ch.owner = m_owner->currentData().toString();
  if (m_themes->checkedCodes() != c.themes) ch.themes = m_themes->checkedCodes();
  if (!m_priority->keepsEarlierPlansPriority() && m_priority->code() != m_before.priorityCode) ch.priorityCode = m_priority->code();
  if (m_lawful->text() != c.lawfulBasis) ch.lawfulBasis = m_lawful->text();
  const CaseStatus status = *enumFromKey<CaseStatus>(m_status->currentData().toString());
  if (status != c.status) ch.status = status;
  return ch;
}

std::optional<QString> EditCaseDialog::submit() {
  const CaseChanges ch = changes();
  ServiceContext& ctx = m_edits.context();
  const QString reference = m_before.record.reference;
  return m_edits.attempt(tr("details of %1").arg(reference), [&] { return CaseService(ctx).update(reference, ch); });
}

void EditCaseDialog::accept() {
  const auto problem = submit();
  showError(m_error, problem);
  if (!problem) QDialog::accept();
}

}  // namespace casebook::gui
