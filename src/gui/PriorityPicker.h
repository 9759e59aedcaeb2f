#pragma once

#include <QComboBox>

namespace casebook {
struct ServiceContext;
}

namespace casebook::gui {

// "CSP priority": none, or a priority of the CSP plan in force ("P1 - Reduce anti-social
// behaviour"), by which cases are tagged for the quarterly report (docs/reports.md "CSP plan").
class PriorityPicker final : public QComboBox {
  Q_OBJECT
  Q_DISABLE_COPY_MOVE(PriorityPicker)

 public:
  explicit PriorityPicker(QWidget* parent = nullptr);
  void load(ServiceContext& ctx);
  // A case tagged to a priority of an earlier plan: shown as such and left as it is.
  void showEarlierPlansPriority();
  bool keepsEarlierPlansPriority() const;
  QString code() const;  // "" for none
  void setCode(const QString& code);
};

}  // namespace casebook::gui
