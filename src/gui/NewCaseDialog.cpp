#include "NewCaseDialog.h"

#include "CaseService.h"
#include "DirectoryService.h"
#include "FormStyle.h"
#include "PriorityPicker.h"
#include "ThemePicker.h"
#include "edits/Edits.h"
#include "ui_NewCaseDialog.h"

namespace casebook::gui {

namespace {

template <typename E>
void fillEnum(QComboBox* combo, E selected) {
  for (const QString& key : allKeys<E>()) combo->addItem(toLabel(*enumFromKey<E>(key)), key);
  combo->setCurrentIndex(combo->findData(toKey(selected)));
}

template <typename E>
E chosen(const QComboBox* combo) {
  return *enumFromKey<E>(combo->currentData().toString());
}

QStringList commaList(const QString& text) {
  QStringList items;
  for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
    if (!part.trimmed().isEmpty()) items << part.trimmed();
  }
  return items;
}

}  // namespace

NewCaseDialog::NewCaseDialog(Edits& edits, const QString& groupCode, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::NewCaseDialog>()), m_edits(edits) {
  m_ui->setupUi(this);
  const QDate today = m_edits.context().clock.today();
  m_ui->receivedOn->setDate(today);
  m_ui->receivedOn->setMaximumDate(today);
  m_ui->dateOfBirth->setMaximumDate(today);
  m_ui->dateOfBirth->setDate(today.addYears(-30));
  m_ui->dateOfBirth->setEnabled(false);
  connect(m_ui->dobUnknown, &QCheckBox::toggled, m_ui->dateOfBirth, [this](bool unknown) {
    m_ui->dateOfBirth->setEnabled(!unknown);
  });
  fillEnum(m_ui->kind, SubjectKind::Person);
  fillEnum(m_ui->role, SubjectRole::NotApplicable);
  fillEnum(m_ui->criterion, ReferralCriterion::VisibleHighRisk);
  fillEnum(m_ui->consent, ConsentBasis::NotYetKnown);
  m_ui->officer->setText(m_edits.context().actor.userName);
  fillChoices(groupCode);
  m_ui->themes->load(m_edits.context());
  m_ui->priority->load(m_edits.context());
  m_ui->error->hide();
  QFont bold = m_ui->error->font();
  bold.setBold(true);
  m_ui->error->setFont(bold);
  m_ui->notDuplicate->hide();
  connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &NewCaseDialog::accept);
  connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  m_ui->name->setFocus();
}

NewCaseDialog::~NewCaseDialog() = default;

void NewCaseDialog::fillChoices(const QString& groupCode) {
  DirectoryService directory(m_edits.context());
  if (auto groups = directory.groups()) {
    for (const auto& g : groups.value()) m_ui->group->addItem(QStringLiteral("%1 — %2").arg(g.group.code, g.group.name), g.group.code);
  }
  const int group = m_ui->group->findData(groupCode);
  if (group >= 0) m_ui->group->setCurrentIndex(group);
  m_ui->area->addItem(tr("(none)"), QString());
  if (auto areas = directory.areas()) {
    for (const auto& a : areas.value()) m_ui->area->addItem(QStringLiteral("%1 — %2").arg(a.code, a.name), a.code);
  }
  m_ui->leadAgency->addItem(tr("(none)"), QString());
  m_ui->referringAgency->addItem(tr("(none)"), QString());
  if (auto agencies = directory.agencies()) {
    for (const auto& a : agencies.value()) {
      m_ui->leadAgency->addItem(QStringLiteral("%1 — %2").arg(a.code, a.name), a.code);
      m_ui->referringAgency->addItem(QStringLiteral("%1 — %2").arg(a.code, a.name), a.code);
    }
  }
  m_ui->owner->addItem(tr("(none)"), QString());
  if (auto members = directory.members()) {
    for (const auto& m : members.value()) m_ui->owner->addItem(m.name, QString(QStringLiteral("#") + QString::number(m.id.value)));
  }
}

NewCaseInput NewCaseDialog::input() const {
  NewCaseInput in;
  in.subject.kind = chosen<SubjectKind>(m_ui->kind);
  in.subject.name = m_ui->name->text();
  in.subject.aliases = commaList(m_ui->aliases->text());
  if (!m_ui->dobUnknown->isChecked()) in.subject.dateOfBirth = m_ui->dateOfBirth->date();
  in.subject.ageBand = m_ui->ageBand->text().trimmed();
  in.subject.address = m_ui->address->text();
  in.subjectRole = chosen<SubjectRole>(m_ui->role);
  in.areaCode = m_ui->area->currentData().toString();
  in.leadAgencyCode = m_ui->leadAgency->currentData().toString();
  in.owner = m_ui->owner->currentData().toString();
  in.themes = m_ui->themes->checkedCodes();
  in.priorityCode = m_ui->priority->code();
  in.lawfulBasis = m_ui->lawfulBasis->text();
  in.referral.groupCode = m_ui->group->currentData().toString();
  in.referral.receivedOn = m_ui->receivedOn->date();
  in.referral.referringAgencyCode = m_ui->referringAgency->currentData().toString();
  in.referral.referringOfficer = m_ui->officer->text();
  in.referral.reason = m_ui->reason->toPlainText();
  in.referral.criterion = chosen<ReferralCriterion>(m_ui->criterion);
  if (m_ui->likelihood->value() > 0) in.referral.initialLikelihood = m_ui->likelihood->value();
  if (m_ui->impact->value() > 0) in.referral.initialImpact = m_ui->impact->value();
  in.referral.urgent = m_ui->urgent->isChecked();
  in.referral.consent = chosen<ConsentBasis>(m_ui->consent);
  in.referral.lawfulBasis = in.lawfulBasis;
  in.allowLikelyDuplicate = m_ui->notDuplicate->isVisible() && m_ui->notDuplicate->isChecked();
  in.acceptNow = m_ui->acceptNow->isChecked();
  return in;
}

std::optional<QString> NewCaseDialog::submit() {
  const NewCaseInput in = input();
  ServiceContext& ctx = m_edits.context();
  const auto created = m_edits.run(tr("new case for %1").arg(in.referral.groupCode), [&] { return CaseService(ctx).create(in); });
  if (!created) {
    // A likely duplicate is a question for the user, not a dead end.
    if (created.error().problem.contains(QStringLiteral("likely duplicate"))) m_ui->notDuplicate->show();
    showError(m_ui->error, created.error().message());
    return created.error().message();
  }
  m_created = created->reference;
  return std::nullopt;
}

void NewCaseDialog::accept() {
  if (!submit()) QDialog::accept();
}

}  // namespace casebook::gui
