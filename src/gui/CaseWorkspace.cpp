#include "CaseWorkspace.h"
#include "AuditService.h"

#include "CaseReader.h"
#include "CloseCaseDialog.h"
#include "EditCaseDialog.h"
#include "DirectoryService.h"
#include "CaseService.h"
#include "ReferralService.h"
#include "edits/Edits.h"
#include "workspace/ActionsTab.h"
#include "workspace/LinksTab.h"
#include "workspace/NotesTab.h"
#include "workspace/ReferralsTab.h"

#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include "Dates.h"
#include "RiskBandStyle.h"
#include "RiskPanel.h"

#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableWidget>
#include <QHBoxLayout>
#include <QPushButton>
#include <QVBoxLayout>

namespace casebook::gui {

namespace {

QString orDash(const QString& text) { return text.isEmpty() ? QStringLiteral("-") : text; }

}  // namespace

CaseWorkspace::CaseWorkspace(Edits& edits, QWidget* parent)
    : QWidget(parent), m_ctx(edits.context()), m_edits(edits) {
  // Until a case is chosen the workspace says how to choose one, rather than showing empty,
  // disabled tabs; the tabs also cost the window's first paint over a millisecond.
  m_empty = new QLabel(this);
  m_empty->setAlignment(Qt::AlignCenter);
  m_empty->setWordWrap(true);
  m_empty->setTextFormat(Qt::PlainText);
  m_empty->setForegroundRole(QPalette::PlaceholderText);
  m_case = new QWidget(this);
  m_title = new QLabel(m_case);
  QFont titleFont = m_title->font();
  titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
  titleFont.setBold(true);
  m_title->setFont(titleFont);
  m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
  // Palette roles, not fixed colours: the banner reads the same in light and dark themes.
  // Set as roles, not a style sheet, which would start the style sheet engine for one label:
  // the frame draws its border in its foreground role (the highlight), the label its text.
  m_bannerFrame = new QFrame(m_case);
  m_bannerFrame->setFrameStyle(QFrame::Box | QFrame::Plain);
  m_bannerFrame->setLineWidth(2);
  m_bannerFrame->setForegroundRole(QPalette::Highlight);
  m_bannerFrame->setAutoFillBackground(true);
  m_bannerFrame->setBackgroundRole(QPalette::AlternateBase);
  m_banner = new QLabel(m_bannerFrame);
  m_banner->setWordWrap(true);
  m_banner->setForegroundRole(QPalette::Text);
  m_banner->setMargin(6);
  QFont bannerFont = m_banner->font();
  bannerFont.setBold(true);
  m_banner->setFont(bannerFont);
  auto* bannerLayout = new QVBoxLayout(m_bannerFrame);
  bannerLayout->setContentsMargins(0, 0, 0, 0);
  bannerLayout->addWidget(m_banner);
  m_bannerFrame->hide();

  m_tabs = new QTabWidget(m_case);
  m_details = new QLabel(m_case);
  m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
  m_details->setTextFormat(Qt::PlainText);
  m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
  m_details->setMargin(8);
  m_close = new QPushButton(tr("&Close case..."), m_case);
  m_close->setToolTip(tr("Close the case with its outcome"));
  connect(m_close, &QPushButton::clicked, this, &CaseWorkspace::askToClose);
  m_edit = new QPushButton(tr("Ed&it details..."), m_case);
  m_edit->setToolTip(tr("Subject, owner, area, themes, open or monitoring"));
  connect(m_edit, &QPushButton::clicked, this, &CaseWorkspace::askToEdit);
  m_escalate = new QPushButton(tr("&Escalate to JAG..."), m_case);
  m_escalate->setToolTip(tr("Refer this sub-group case up to the JAG"));
  connect(m_escalate, &QPushButton::clicked, this, &CaseWorkspace::askToEscalate);
  m_stepDown = new QPushButton(tr("Step &down..."), m_case);
  m_stepDown->setToolTip(tr("Return this case from the JAG to the sub-group it came from"));
  connect(m_stepDown, &QPushButton::clicked, this, &CaseWorkspace::askToStepDown);
  m_tabs->addTab(m_details, tr("&Details"));
  // Until a case is shown the other tabs are empty pages under their names (buildTabs):
  // the risk chart alone would add a tenth to the window's start.
  for (const QString& name : {tr("Re&ferrals"), tr("&Risk"), tr("&Actions"), tr("&Notes"), tr("&Linked cases")}) {
    m_tabs->addTab(new QWidget(m_case), name);
  }

  auto* header = new QHBoxLayout;
  header->addWidget(m_title, 1);
  header->addWidget(m_edit);
  header->addWidget(m_escalate);
  header->addWidget(m_stepDown);
  header->addWidget(m_close);
  auto* caseLayout = new QVBoxLayout(m_case);
  caseLayout->setContentsMargins(0, 0, 0, 0);
  caseLayout->addLayout(header);
  caseLayout->addWidget(m_bannerFrame);
  caseLayout->addWidget(m_tabs, 1);
  m_pages = new QStackedWidget(this);
  m_pages->addWidget(m_empty);
  m_pages->addWidget(m_case);
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(m_pages);

  clear();
}

void CaseWorkspace::buildTabs() {
  if (m_referrals) return;
  m_referrals = new ReferralsTab(m_edits, this);
  m_risk = new RiskPanel(m_edits, this);
  m_actions = new ActionsTab(m_edits, this);
  m_actions->setOwners(m_owners, m_agencies);
  m_notes = new NotesTab(m_edits, this);
  m_links = new LinksTab(m_edits, this);
  connect(m_links, &LinksTab::caseActivated, this, [this](const QString& reference) { showCase(reference); });
  const int current = m_tabs->currentIndex();
  QWidget* const built[] = {m_referrals, m_risk, m_actions, m_notes, m_links};
  for (int i = 0; i < 5; ++i) {
    const int index = i + 1;
    QWidget* placeholder = m_tabs->widget(index);
    const QString name = m_tabs->tabText(index);
    m_tabs->removeTab(index);
    m_tabs->insertTab(index, built[i], name);
    delete placeholder;
  }
  m_tabs->setCurrentIndex(current);
  // Built after the rest of the window, the pages would come last in its keyboard order
  // (Tab from a page would leave the workspace); their fields go back after the tab bar.
  // setTabOrder ignores widgets that take no focus, so only those that do are chained.
  QWidget* previous = m_tabs->tabBar();
  for (QWidget* page : built) {
    QWidgetList fields;
    for (QWidget* w = page->nextInFocusChain(); w != page && page->isAncestorOf(w); w = w->nextInFocusChain()) {
      if (w->focusPolicy() != Qt::NoFocus) fields << w;
    }
    for (QWidget* w : fields) {
      setTabOrder(previous, w);
      previous = w;
    }
  }
}

void CaseWorkspace::setActionChoices(const QStringList& owners, const QStringList& agencies) {
  m_owners = owners;
  m_agencies = agencies;
  if (m_actions) m_actions->setOwners(owners, agencies);
}

void CaseWorkspace::clear() {
  m_reference.clear();
  m_pages->setCurrentWidget(m_empty);
  m_empty->setText(tr("No case selected\n\nChoose a case in the list above to see its details, referrals, risk, "
                      "actions and notes.\nCtrl+F searches the cases; Ctrl+N starts a new case and referral."));
  m_title->clear();
  m_bannerFrame->hide();
  m_details->clear();
  m_tabs->setEnabled(false);
  m_stepDown->setVisible(false);
  m_close->setEnabled(false);
  m_edit->setEnabled(false);
  m_escalate->setEnabled(false);
}

bool CaseWorkspace::showCase(const QString& reference) {
  // Opening another case is a view, recorded in the audit trail (with a reason when the
  // partnership requires one); showing the open case again after an edit is not.
  const bool sameCase = !m_reference.isEmpty() && reference.compare(m_reference, Qt::CaseInsensitive) == 0;
  QString reason;
  if (!sameCase && AuditService(m_ctx).reasonRule().value_or(ReasonRule::Never) == ReasonRule::ViewsAndExports) {
    bool ok = false;
    reason = QInputDialog::getText(this, tr("Reason for viewing"),
                                   tr("The partnership asks why you are opening %1:").arg(reference), QLineEdit::Normal,
                                   QString(), &ok);
    if (!ok) return false;
  }
  auto detail = sameCase ? CaseReader(m_ctx).refresh(reference) : CaseReader(m_ctx).get(reference, reason);
  if (!detail) {
    clear();
    m_empty->setText(detail.error().message());
    return false;
  }
  m_reference = reference;
  m_pages->setCurrentWidget(m_case);
  m_tabs->setEnabled(true);
  m_edit->setEnabled(true);
  m_close->setEnabled(detail->record.status != CaseStatus::Closed);
  const bool active = detail->record.status == CaseStatus::Open || detail->record.status == CaseStatus::Monitoring;
  bool pending = false;
  for (const auto& r : detail->referrals) pending |= r.decision == ReferralDecision::Pending;
  m_escalate->setVisible(detail->groupIsSubGroup);
  m_escalate->setEnabled(active && !pending);
  bool escalatedHere = false;
  for (const auto& r : detail->referrals) {
    escalatedHere |= r.kind == ReferralKind::Escalation && r.decision == ReferralDecision::Accepted &&
                     r.toGroupId == detail->record.groupId;
  }
  m_stepDown->setVisible(!detail->groupIsSubGroup && escalatedHere);
  m_stepDown->setEnabled(active && !pending);
  const CaseDetail& d = detail.value();
  QString title = QStringLiteral("%1  ·  %2  ·  %3").arg(d.record.reference, d.groupCode, toLabel(d.record.status));
  if (d.record.currentBand) title += QStringLiteral("  ·  ") + RiskBandStyle::chipText(*d.record.currentBand, *d.record.currentScore);
  m_title->setText(title);
  if (d.openInSeveralGroups) {
    QStringList where;
    for (const auto& p : d.otherCasesOfSubject) {
      if (isActive(p.status)) where << QStringLiteral("%1 (%2)").arg(p.reference, p.groupCode);
    }
    m_banner->setText(tr("⚠ This subject is also open in: %1. Agree which group leads before discussing it.")
                          .arg(where.join(QStringLiteral(", "))));
    m_bannerFrame->show();
  } else {
    m_bannerFrame->hide();
  }
  fillDetails(d);
  buildTabs();
  m_referrals->showCase(d);
  m_risk->showCase(d);
  m_actions->showCase(d);
  m_notes->showCase(d);
  m_links->showCase(d);
  return true;
}

std::optional<QString> CaseWorkspace::closeCurrentCase(const CloseInput& input) {
  // The stack's indexChanged refreshes the screens.
  return m_edits.attempt(tr("closing %1").arg(m_reference), [&] { return CaseService(m_ctx).close(m_reference, input); });
}

std::optional<QString> CaseWorkspace::escalateCurrentCase(const QString& reason) {
  EscalationInput input;
  input.caseReference = m_reference;
  input.reason = reason;
  return m_edits.attempt(tr("escalating %1").arg(m_reference), [&] { return ReferralService(m_ctx).escalate(input); });
}

void CaseWorkspace::askReasonThen(QPushButton* button, const QString& title, const QString& question,
                                  const QString& refusedTitle,
                                  std::optional<QString> (CaseWorkspace::*edit)(const QString&)) {
  if (m_reference.isEmpty() || button->isHidden() || !button->isEnabled()) return;
  bool ok = false;
  const QString reason = QInputDialog::getText(this, title, question, QLineEdit::Normal, QString(), &ok);
  if (!ok) return;
  if (const auto problem = (this->*edit)(reason)) QMessageBox::warning(this, refusedTitle, *problem);
}

void CaseWorkspace::askToEscalate() {
  askReasonThen(m_escalate, tr("Escalate %1 to the JAG").arg(m_reference), tr("Why should the JAG take this case?"),
                tr("Not escalated"), &CaseWorkspace::escalateCurrentCase);
}

std::optional<QString> CaseWorkspace::stepDownCurrentCase(const QString& reason) {
  StepDownInput input;
  input.caseReference = m_reference;
  input.reason = reason;
  return m_edits.attempt(tr("stepping down %1").arg(m_reference), [&] { return ReferralService(m_ctx).stepDown(input); });
}

void CaseWorkspace::askToStepDown() {
  askReasonThen(m_stepDown, tr("Step %1 down").arg(m_reference), tr("Why does the JAG no longer need to hold this case?"),
                tr("Not stepped down"), &CaseWorkspace::stepDownCurrentCase);
}

void CaseWorkspace::askToEdit() {
  if (m_reference.isEmpty()) return;
  auto detail = CaseReader(m_ctx).refresh(m_reference);
  if (!detail) return;
  EditCaseDialog dialog(m_edits, detail.value(), this);
  dialog.exec();
}

void CaseWorkspace::askToDecide() {
  if (m_reference.isEmpty()) return;
  m_tabs->setCurrentWidget(m_referrals);
  m_referrals->askToDecide();
}

void CaseWorkspace::askToClose() {
  if (m_reference.isEmpty() || !m_close->isEnabled()) return;
  QStringList chairs;
  if (auto detail = CaseReader(m_ctx).refresh(m_reference)) {
    if (auto names = DirectoryService(m_ctx).chairsOf(detail->record.groupId)) chairs = names.value();
  }
  CloseCaseDialog dialog(m_reference, chairs, m_ctx.clock.today(), this);
  while (dialog.exec() == QDialog::Accepted) {
    const auto problem = closeCurrentCase(dialog.input());
    if (!problem) return;
    dialog.showError(*problem);
  }
}

void CaseWorkspace::reload() {
  if (!m_reference.isEmpty()) showCase(m_reference);
}

void CaseWorkspace::fillDetails(const CaseDetail& d) {
  const Case& c = d.record;
  QStringList lines;
  lines << tr("Subject: %1 (%2, %3)").arg(c.subject.name, toLabel(c.subject.kind), toLabel(c.subjectRole));
  if (c.subject.dateOfBirth) lines << tr("Date of birth: %1").arg(isoDate(*c.subject.dateOfBirth));
  if (!c.subject.ageBand.isEmpty()) lines << tr("Age band: %1").arg(c.subject.ageBand);
  if (!c.subject.address.isEmpty()) lines << tr("Address: %1").arg(c.subject.address);
  if (!c.subject.aliases.isEmpty()) lines << tr("Also known as: %1").arg(c.subject.aliases.join(QStringLiteral(", ")));
  lines << QString();
  lines << tr("Group: %1 (%2)").arg(d.groupCode, d.groupName);
  lines << tr("Area: %1    Lead agency: %2    Owner: %3").arg(orDash(d.areaCode), orDash(d.leadAgencyCode), orDash(d.ownerName));
  lines << tr("Themes: %1").arg(orDash(c.themes.join(QStringLiteral(", "))));
  lines << tr("Opened: %1").arg(isoDate(c.openedOn));
  lines << tr("Reason added: %1").arg(orDash(c.addedReason));
  lines << tr("Lawful basis / consent: %1").arg(orDash(c.lawfulBasis));
  if (c.status == CaseStatus::Closed && c.outcome) {
    lines << tr("Closed: %1, %2 %3").arg(isoDate(c.closedOn.value_or(QDate())), toLabel(*c.outcome), c.closureNote);
  }
  m_details->setText(lines.join(QLatin1Char('\n')));
}

}  // namespace casebook::gui
