#include "PriorityPicker.h"

#include "PlanService.h"

namespace casebook::gui {

namespace {
// Not a code a priority can have: codes are trimmed, so none starts with a space.
const QString kEarlierPlan = QStringLiteral(" earlier plan");
}  // namespace

PriorityPicker::PriorityPicker(QWidget* parent) : QComboBox(parent) {
  setAccessibleName(tr("CSP priority"));
  setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
  setMinimumContentsLength(24);
}

void PriorityPicker::load(ServiceContext& ctx) {
  clear();
  addItem(tr("(none)"), QString());
  const auto plan = PlanService(ctx).current();
  if (!plan || !plan->has_value()) {
    setToolTip(tr("There is no CSP plan yet: an administrator adds it in Reports > CSP plan"));
    return;
  }
  setToolTip(tr("A priority of %1").arg((*plan)->title));
  for (const auto& theme : (*plan)->themes) {
    for (const auto& p : theme.priorities) addItem(QStringLiteral("%1 - %2").arg(p.code, p.title), p.code);
  }
}

void PriorityPicker::showEarlierPlansPriority() {
  if (findData(kEarlierPlan) < 0) addItem(tr("(a priority of an earlier plan)"), kEarlierPlan);
  setCurrentIndex(findData(kEarlierPlan));
}

bool PriorityPicker::keepsEarlierPlansPriority() const { return currentData().toString() == kEarlierPlan; }

QString PriorityPicker::code() const { return keepsEarlierPlansPriority() ? QString() : currentData().toString(); }

void PriorityPicker::setCode(const QString& code) {
  const int index = findData(code, Qt::UserRole, Qt::MatchFixedString);  // codes match whatever their case
  setCurrentIndex(std::max(0, index));
}

}  // namespace casebook::gui
