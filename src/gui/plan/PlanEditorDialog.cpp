#include "PlanEditorDialog.h"

#include "FormStyle.h"
#include "PlanService.h"
#include "PlanTree.h"
#include "edits/Edits.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace casebook::gui {

namespace {

QDateEdit* dateEdit(QWidget* parent, const QString& accessibleName) {
  auto* edit = new QDateEdit(parent);
  edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
  edit->setCalendarPopup(true);
  edit->setAccessibleName(accessibleName);
  return edit;
}

QString periodText(const Plan& p) {
  return QStringLiteral("%1 (%2 to %3)").arg(p.title, p.startsOn.toString(Qt::ISODate), p.endsOn.toString(Qt::ISODate));
}

}  // namespace

PlanEditorDialog::PlanEditorDialog(Edits& edits, QWidget* parent)
    : QDialog(parent), m_edits(edits), m_mayEdit(edits.context().allow(Operation::ManageDirectory).ok()) {
  setWindowTitle(tr("CSP plan"));
  m_picker = new QComboBox(this);
  m_picker->setAccessibleName(tr("Plan"));
  m_title = new QLineEdit(this);
  m_title->setAccessibleName(tr("Plan title"));
  m_title->setPlaceholderText(tr("e.g. Community Safety Plan 2023-2026"));
  m_starts = dateEdit(this, tr("Plan starts on"));
  m_ends = dateEdit(this, tr("Plan ends on"));
  m_tree = new PlanTree(this);
  m_error = makeErrorLabel(this);

  auto* period = new QHBoxLayout;
  period->addWidget(m_starts);
  period->addWidget(new QLabel(tr("to"), this));
  period->addWidget(m_ends);
  period->addStretch(1);
  auto* form = new QFormLayout;
  form->addRow(tr("&Plan:"), m_picker);
  form->addRow(tr("&Title:"), m_title);
  auto* periodLabel = new QLabel(tr("P&eriod:"), this);
  periodLabel->setBuddy(m_starts);
  form->addRow(periodLabel, period);

  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
  buttons->button(QDialogButtonBox::Save)->setEnabled(m_mayEdit);
  connect(buttons, &QDialogButtonBox::accepted, this, &PlanEditorDialog::accept);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

  auto* middle = new QHBoxLayout;
  middle->addWidget(m_tree, 1);
  middle->addLayout(treeButtons());
  auto* layout = new QVBoxLayout(this);
  layout->addLayout(form);
  if (!m_mayEdit) {
    auto* note = new QLabel(tr("Administrators keep the CSP plan; you can read it here."), this);
    note->setWordWrap(true);
    layout->addWidget(note);
  }
  layout->addLayout(middle, 1);
  layout->addWidget(m_error);
  layout->addWidget(buttons);
  resize(960, 600);

  for (QWidget* w : {static_cast<QWidget*>(m_title), static_cast<QWidget*>(m_starts), static_cast<QWidget*>(m_ends)}) {
    w->setEnabled(m_mayEdit);
  }
  if (!m_mayEdit) m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
  const auto touched = [this] {
    m_dirty = true;
    updateButtons();
  };
  connect(m_title, &QLineEdit::textEdited, this, touched);
  connect(m_starts, &QDateEdit::dateChanged, this, touched);
  connect(m_ends, &QDateEdit::dateChanged, this, touched);
  connect(m_tree, &PlanTree::edited, this, touched);
  connect(m_tree, &QTreeWidget::currentItemChanged, this, &PlanEditorDialog::updateButtons);

  const auto current = PlanService(m_edits.context()).current();
  const PlanId shown = current && current->has_value() ? (*current)->id : PlanId();
  fillPicker(shown);
  connect(m_picker, &QComboBox::currentIndexChanged, this, &PlanEditorDialog::pickerChanged);
  showPlan(shown);
}

QLayout* PlanEditorDialog::treeButtons() {
  auto* column = new QVBoxLayout;
  auto button = [&](const QString& text, auto slot) {
    auto* b = new QPushButton(text, this);
    b->setEnabled(m_mayEdit);
    connect(b, &QPushButton::clicked, this, slot);
    column->addWidget(b);
    return b;
  };
  button(tr("Add t&heme"), [this] { m_tree->editItem(m_tree->addTheme(QString()), PlanTree::TextColumn); });
  m_addPriority = button(tr("Add p&riority"), [this] {
    m_tree->editItem(m_tree->addPriority(m_tree->currentItem()), PlanTree::TextColumn);
  });
  m_addObjective = button(tr("Add &objective"), [this] {
    if (auto* item = m_tree->addObjective(m_tree->currentItem())) m_tree->editItem(item, PlanTree::TextColumn);
  });
  m_remove = button(tr("Re&move"), [this] { showProblem(m_tree->removeItem(m_tree->currentItem())); });
  m_up = button(tr("Move &up"), [this] { m_tree->moveItem(m_tree->currentItem(), -1); });
  m_down = button(tr("Move do&wn"), [this] { m_tree->moveItem(m_tree->currentItem(), +1); });
  column->addStretch(1);
  return column;
}

void PlanEditorDialog::fillPicker(PlanId select) {
  const QSignalBlocker quiet(m_picker);
  m_picker->clear();
  if (const auto plans = PlanService(m_edits.context()).list()) {
    for (const auto& p : plans.value()) m_picker->addItem(periodText(p), p.id.value);
  }
  if (m_mayEdit) m_picker->addItem(tr("(new plan)"), qint64{0});
  m_picker->setCurrentIndex(std::max(0, m_picker->findData(select.value)));
}

void PlanEditorDialog::showPlan(PlanId id) {
  PlanService plans(m_edits.context());
  Plan p;
  std::map<qint64, int> tagged;
  if (id.isValid()) {
    auto held = plans.get(id);
    if (!held) {
      showProblem(held.error().message());
      return;
    }
    p = held.value();
    tagged = plans.taggedCases(id).value_or({});
  } else {
    // A new plan starts on the 1 April after the last one ends (or this year's), for three years.
    const QDate today = m_edits.context().clock.today();
    QDate start(today.month() >= 4 ? today.year() : today.year() - 1, 4, 1);
    if (const auto all = plans.list(); all && !all->empty()) start = std::max(start, all->back().endsOn.addDays(1));
    p.startsOn = start;
    p.endsOn = start.addYears(3).addDays(-1);
  }
  m_plan = id;
  {
    const QSignalBlocker a(m_starts), b(m_ends);
    m_title->setText(p.title);
    m_starts->setDate(p.startsOn);
    m_ends->setDate(p.endsOn);
  }
  m_tree->setPlan(p, tagged);
  m_tree->markProblems({});
  m_picker->blockSignals(true);
  m_picker->setCurrentIndex(std::max(0, m_picker->findData(id.value)));
  m_picker->blockSignals(false);
  m_dirty = false;
  showProblem(std::nullopt);
  updateButtons();
}

void PlanEditorDialog::pickerChanged(int index) {
  const PlanId wanted(m_picker->itemData(index).toLongLong());
  if (m_dirty && QMessageBox::question(this, tr("CSP plan"), tr("Drop the changes not yet saved?")) != QMessageBox::Yes) {
    const QSignalBlocker quiet(m_picker);
    m_picker->setCurrentIndex(std::max(0, m_picker->findData(m_plan.value)));
    return;
  }
  showPlan(wanted);
}

Plan PlanEditorDialog::plan() const {
  Plan p;
  p.id = m_plan;
  p.title = m_title->text();
  p.startsOn = m_starts->date();
  p.endsOn = m_ends->date();
  p.themes = m_tree->themes();
  return p;
}

void PlanEditorDialog::updateButtons() {
  QTreeWidgetItem* item = m_tree->currentItem();
  if (m_addObjective) m_addObjective->setEnabled(m_mayEdit && item && PlanTree::kindOf(item) != PlanTree::Kind::Theme);
  for (QPushButton* b : {m_remove, m_up, m_down}) {
    if (b) b->setEnabled(m_mayEdit && item);
  }
}

void PlanEditorDialog::showProblem(const std::optional<QString>& problem) { showError(m_error, problem); }

std::optional<QString> PlanEditorDialog::save() {
  const Plan p = plan();
  // The same rules the service applies, checked here too so every item at fault is marked.
  const auto problems = planProblems(p);
  m_tree->markProblems(problems);
  if (!problems.empty()) {
    const PlanProblem& first = problems.front();
    if (QTreeWidgetItem* item = m_tree->itemAt(first.theme, first.priority, first.objective)) m_tree->setCurrentItem(item);
    QString message = first.error.message();
    if (problems.size() > 1) message += tr(" (%n more problem(s) marked in the tree)", nullptr, static_cast<int>(problems.size()) - 1);
    showProblem(message);
    return message;
  }
  ServiceContext& ctx = m_edits.context();
  Result<PlanId> saved = PlanId();
  if (p.id.isValid()) {
    const auto updated = m_edits.run(tr("changes to %1").arg(p.title), [&] { return PlanService(ctx).update(p); });
    saved = updated ? Result<PlanId>(p.id) : Result<PlanId>(updated.error());
  } else {
    saved = m_edits.run(tr("new plan %1").arg(p.title), [&] { return PlanService(ctx).add(p); });
  }
  if (!saved) {
    showProblem(saved.error().message());
    return saved.error().message();
  }
  m_saved = saved.value();
  m_dirty = false;
  fillPicker(m_saved);
  showPlan(m_saved);
  return std::nullopt;
}

void PlanEditorDialog::accept() {
  if (!save()) QDialog::accept();
}

}  // namespace casebook::gui
