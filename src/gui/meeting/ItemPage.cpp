#include "ItemPage.h"

#include "ActionService.h"
#include "CaseReader.h"
#include "FormStyle.h"
#include "RiskMatrixWidget.h"
#include "RiskService.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace casebook::gui {

namespace {

enum ActionColumn { ActionText, ActionOwner, ActionDue };

QString esc(const QString& text) { return text.toHtmlEscaped(); }

QString ageText(const Subject& s, const QDate& today) {
  if (s.dateOfBirth) {
    int years = today.year() - s.dateOfBirth->year();
    if (QDate(today.year(), s.dateOfBirth->month(), 1).addDays(s.dateOfBirth->day() - 1) > today) --years;
    return QObject::tr("age %1").arg(years);
  }
  return s.ageBand.isEmpty() ? QString() : QObject::tr("age %1").arg(s.ageBand);
}

}  // namespace

ItemPage::ItemPage(ServiceContext& ctx, QWidget* parent) : QWidget(parent), m_ctx(ctx) {
  m_title = new QLabel(this);
  QFont big = m_title->font();
  big.setPointSizeF(big.pointSizeF() * 1.35);
  big.setBold(true);
  m_title->setFont(big);
  m_title->setWordWrap(true);
  m_title->setAccessibleName(tr("Item title"));

  m_summary = new QTextBrowser(this);
  m_summary->setAccessibleName(tr("Case summary, open actions and written updates"));
  m_summary->setOpenLinks(false);

  m_matrix = new RiskMatrixWidget(this);
  m_matrix->setAccessibleName(tr("Re-score on the 5x5 matrix"));
  m_scoreLabel = new QLabel(tr("Click a cell to re-score"), this);
  connect(m_matrix, &RiskMatrixWidget::cellPicked, this, [this](int likelihood, int impact) {
    m_scoreLabel->setText(tr("New score: %1 x %2 = %3").arg(likelihood).arg(impact).arg(likelihood * impact));
    if (!m_loading) {
      m_dirty = true;
      Q_EMIT edited();
    }
  });

  m_newActions = new QTableWidget(0, 3, this);
  m_newActions->setHorizontalHeaderLabels({tr("New action"), tr("Owner"), tr("Due")});
  m_newActions->horizontalHeader()->setSectionResizeMode(ActionText, QHeaderView::Stretch);
  m_newActions->setColumnWidth(ActionOwner, 170);
  m_newActions->setColumnWidth(ActionDue, 120);
  m_newActions->verticalHeader()->hide();
  m_newActions->setAccessibleName(tr("New actions"));
  m_newActions->setMinimumHeight(90);
  connect(m_newActions, &QTableWidget::itemChanged, this, [this] {
    if (!m_loading) {
      m_dirty = true;
      Q_EMIT edited();
    }
  });
  m_addAction = new QPushButton(tr("Add &action"), this);
  connect(m_addAction, &QPushButton::clicked, this, [this] {
    addActionRow();
    m_newActions->setCurrentCell(m_newActions->rowCount() - 1, ActionText);
    m_newActions->editItem(m_newActions->item(m_newActions->rowCount() - 1, ActionText));
  });

  m_decision = new QComboBox(this);
  for (const auto& entry : EnumTable<ItemDecision>::entries) {
    m_decision->addItem(QString::fromLatin1(entry.label), QString::fromLatin1(entry.key));
  }
  m_decision->setAccessibleName(tr("Decision"));
  m_outcome = new QComboBox(this);
  for (const auto& entry : EnumTable<Outcome>::entries) {
    m_outcome->addItem(QString::fromLatin1(entry.label), QString::fromLatin1(entry.key));
  }
  m_outcome->setAccessibleName(tr("Outcome at closure"));
  m_forum = new QComboBox(this);
  for (const auto& entry : EnumTable<Forum>::entries) {
    m_forum->addItem(QString::fromLatin1(entry.label), QString::fromLatin1(entry.key));
  }
  m_forum->setAccessibleName(tr("Forum referred to"));
  m_note = new QLineEdit(this);
  m_note->setPlaceholderText(tr("Reason for an escalation, step-down or decline; closing note"));
  m_note->setAccessibleName(tr("Decision note"));
  auto markDirty = [this] {
    if (!m_loading) {
      m_dirty = true;
      Q_EMIT edited();
    }
  };
  connect(m_decision, &QComboBox::currentIndexChanged, this, [this, markDirty] {
    updateDecisionFields();
    markDirty();
  });
  connect(m_outcome, &QComboBox::currentIndexChanged, this, markDirty);
  connect(m_forum, &QComboBox::currentIndexChanged, this, markDirty);
  connect(m_note, &QLineEdit::textEdited, this, markDirty);

  m_minutes = new QPlainTextEdit(this);
  m_minutes->setPlaceholderText(tr("Minute text: what was discussed and agreed"));
  m_minutes->setAccessibleName(tr("Minute text"));
  m_minutes->setTabChangesFocus(true);
  connect(m_minutes, &QPlainTextEdit::textChanged, this, markDirty);

  m_error = makeErrorLabel(this);

  auto* scoreBox = new QVBoxLayout;
  scoreBox->addWidget(new QLabel(tr("<b>Re-score</b>"), this));
  scoreBox->addWidget(m_matrix);
  scoreBox->addWidget(m_scoreLabel);
  scoreBox->addStretch();
  auto* top = new QHBoxLayout;
  top->addWidget(m_summary, 3);
  top->addLayout(scoreBox, 2);

  auto* decisionForm = new QFormLayout;
  decisionForm->addRow(tr("&Decision:"), m_decision);
  decisionForm->addRow(tr("&Outcome:"), m_outcome);
  decisionForm->addRow(tr("&Forum:"), m_forum);
  decisionForm->addRow(tr("&Note:"), m_note);

  auto* actionsHeader = new QHBoxLayout;
  actionsHeader->addWidget(new QLabel(tr("<b>AGREED actions</b>"), this));
  actionsHeader->addStretch();
  actionsHeader->addWidget(m_addAction);

  auto* layout = new QVBoxLayout(this);
  layout->addWidget(m_title);
  layout->addLayout(top, 3);
  layout->addLayout(actionsHeader);
  layout->addWidget(m_newActions, 1);
  layout->addLayout(decisionForm);
  auto* minutesLabel = new QLabel(tr("&Minutes:"), this);
  minutesLabel->setBuddy(m_minutes);
  layout->addWidget(minutesLabel);
  layout->addWidget(m_minutes, 2);
  layout->addWidget(m_error);
  updateDecisionFields();
}

void ItemPage::addActionRow(const QString& text, const QString& owner, const QDate& due) {
  const bool wasLoading = m_loading;
  m_loading = true;
  const int row = m_newActions->rowCount();
  m_newActions->insertRow(row);
  m_newActions->setItem(row, ActionText, new QTableWidgetItem(text));
  auto* ownerBox = new QComboBox(m_newActions);
  ownerBox->addItems(m_owners);
  ownerBox->setEditable(true);
  if (!owner.isEmpty()) ownerBox->setCurrentText(owner);
  m_newActions->setCellWidget(row, ActionOwner, ownerBox);
  auto* dueEdit = new QDateEdit(due.isValid() ? due : m_ctx.clock.today().addDays(28), m_newActions);
  dueEdit->setCalendarPopup(true);
  dueEdit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
  m_newActions->setCellWidget(row, ActionDue, dueEdit);
  m_loading = wasLoading;
  if (!m_loading) {
    m_dirty = true;
    Q_EMIT edited();
  }
}

void ItemPage::updateDecisionFields() {
  const auto decision = enumFromKey<ItemDecision>(m_decision->currentData().toString()).value_or(ItemDecision::None);
  m_outcome->setEnabled(decision == ItemDecision::Close);
  m_forum->setEnabled(decision == ItemDecision::ReferOn);
  m_note->setEnabled(decision != ItemDecision::None);
}

void ItemPage::showItem(qint64 meetingId, const AgendaItem& item, const QString& caseReference, const QStringList& owners,
                        bool locked) {
  m_loading = true;
  m_meetingId = meetingId;
  m_item = item;
  m_owners = owners;
  m_title->setText(QStringLiteral("%1. %2").arg(item.position).arg(item.title));
  m_minutes->setPlainText(item.minutes);
  m_decision->setCurrentIndex(std::max(0, m_decision->findData(toKey(item.decision))));
  m_note->setText(item.decisionNote);
  m_newActions->setRowCount(0);
  m_matrix->setSelection(0, 0);
  m_scoreLabel->setText(item.riskAfter.isEmpty() ? tr("Click a cell to re-score")
                                                 : tr("Re-scored in this meeting: %1").arg(item.riskAfter));
  showError(m_error, std::nullopt);
  m_hasCase = item.caseId.has_value() && !caseReference.isEmpty();
  m_matrix->setEnabled(m_hasCase && !locked);
  loadCase(meetingId, caseReference);
  for (QWidget* w : std::initializer_list<QWidget*>{m_newActions, m_addAction, m_decision, m_note})
    w->setEnabled(!locked);
  m_minutes->setReadOnly(locked);
  if (!locked) updateDecisionFields();
  // A decision carried out on the case is final here (MeetingRunService::recordItem).
  if (changesTheCase(item.decision)) m_decision->setEnabled(false);
  m_dirty = false;
  m_loading = false;
}

void ItemPage::loadCase(qint64 meetingId, const QString& reference) {
  QString html;
  html += QStringLiteral("<style>td{padding:2px 8px 2px 0;} h3{margin:8px 0 4px 0;}</style>");
  m_masked = MaskedCase();
  if (m_hasCase) {
    // Opening a case in a meeting is a view of it, audited with the meeting as the reason.
    auto detail = CaseReader(m_ctx).get(reference, tr("Meeting %1").arg(meetingId));
    if (!detail) {
      html += QStringLiteral("<p>%1</p>").arg(esc(detail.error().message()));
    } else {
      const Case& c = detail->record;
      const QDate today = m_ctx.clock.today();
      if (auto policy = RiskService(m_ctx).policy()) m_matrix->setPolicy(policy.value());
      m_masked.reference = c.reference;
      m_masked.initials = c.subject.initials();
      m_masked.age = ageText(c.subject, today);
      m_masked.group = detail->groupCode;
      m_masked.area = detail->areaCode;
      m_masked.leadAgency = detail->leadAgencyCode;
      m_masked.risk = c.currentScore ? QStringLiteral("%1 %2").arg(*c.currentScore).arg(toLabel(*c.currentBand)) : tr("not scored");
      m_masked.nextReview = c.nextReviewOn ? c.nextReviewOn->toString(QStringLiteral("d MMM yyyy")) : QString();
      html += QStringLiteral("<h3>%1: %2</h3><table>").arg(esc(c.reference), esc(c.subject.name));
      auto row = [&](const QString& label, const QString& value) {
        if (!value.isEmpty()) html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(label, esc(value));
      };
      row(tr("Status"), toLabel(c.status));
      row(tr("Age"), m_masked.age);
      row(tr("Address"), c.subject.address);
      row(tr("Group"), detail->groupCode);
      row(tr("Lead agency"), detail->leadAgencyCode);
      row(tr("Owner"), detail->ownerName);
      row(tr("Risk"), m_masked.risk);
      row(tr("Next review"), m_masked.nextReview + (detail->reviewOverdue ? tr(" (overdue)") : QString()));
      html += QStringLiteral("</table><h3>%1</h3>").arg(tr("Open actions"));
      int open = 0;
      for (const auto& a : detail->actions) {
        if (!isOutstanding(a.action.status)) continue;
        ++open;
        const QString owner = a.ownerName.isEmpty() ? a.ownerAgencyCode : a.ownerName;
        const QString due = a.action.dueOn.toString(QStringLiteral("dd/MM/yyyy"));
        m_masked.openActions.push_back({owner, due, toLabel(a.action.status), a.action.text});
        html += QStringLiteral("<p>%1 <i>(%2, due %3, %4%5)</i></p>")
                    .arg(esc(a.action.text), esc(owner), due, toLabel(a.action.status),
                         a.overdue ? tr(", overdue") : QString());
      }
      if (open == 0) html += QStringLiteral("<p>%1</p>").arg(tr("None."));
    }
  }
  html += QStringLiteral("<h3>%1</h3>").arg(tr("Written updates"));
  if (m_item.updates.empty()) html += QStringLiteral("<p>%1</p>").arg(tr("None received."));
  for (const auto& u : m_item.updates) {
    html += QStringLiteral("<p><b>%1</b>, %2:<br>%3</p>")
                .arg(esc(u.author), u.writtenAt.toString(QStringLiteral("d MMM HH:mm")), esc(u.body).replace(QLatin1Char('\n'), QStringLiteral("<br>")));
  }
  m_summary->setHtml(html);
}

bool ItemPage::isDirty() const { return m_dirty; }

std::optional<QString> ItemPage::save(int secondsSpent) {
  // An action still being typed is in its editor, not yet in the cell.
  m_newActions->setCurrentItem(nullptr);
  ItemRecordInput input;
  input.meetingId = m_meetingId;
  input.position = m_item.position;
  input.minutes = m_minutes->toPlainText().trimmed();
  if (m_matrix->likelihood() > 0 && m_matrix->impact() > 0) {
    input.likelihood = m_matrix->likelihood();
    input.impact = m_matrix->impact();
    input.rationale = input.minutes;
  }
  for (int row = 0; row < m_newActions->rowCount(); ++row) {
    const QString text = m_newActions->item(row, ActionText) ? m_newActions->item(row, ActionText)->text().trimmed() : QString();
    if (text.isEmpty()) continue;
    const auto* owner = qobject_cast<QComboBox*>(m_newActions->cellWidget(row, ActionOwner));
    const auto* due = qobject_cast<QDateEdit*>(m_newActions->cellWidget(row, ActionDue));
    input.actions.push_back({text, owner->currentText().trimmed(), due->date()});
  }
  input.decision = enumFromKey<ItemDecision>(m_decision->currentData().toString()).value_or(ItemDecision::None);
  input.decisionNote = m_note->text();
  if (input.decision == ItemDecision::Close) input.outcome = enumFromKey<Outcome>(m_outcome->currentData().toString());
  if (input.decision == ItemDecision::ReferOn) input.forum = enumFromKey<Forum>(m_forum->currentData().toString());
  input.secondsSpent = secondsSpent;
  auto recorded = MeetingRunService(m_ctx).recordItem(input);
  if (!recorded) {
    showError(m_error, recorded.error().message());
    return recorded.error().message();
  }
  showError(m_error, std::nullopt);
  m_dirty = false;
  return std::nullopt;
}

}  // namespace casebook::gui
