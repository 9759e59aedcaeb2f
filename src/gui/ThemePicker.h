#pragma once

#include <QListWidget>

namespace casebook {
struct ServiceContext;
}

namespace casebook::gui {

// The partnership's themes as a list of check boxes (Space ticks the current one).
class ThemePicker final : public QListWidget {
  Q_OBJECT
  Q_DISABLE_COPY_MOVE(ThemePicker)

 public:
  explicit ThemePicker(QWidget* parent = nullptr);
  void load(ServiceContext& ctx);
  QStringList checkedCodes() const;
  void setCheckedCodes(const QStringList& codes);
};

}  // namespace casebook::gui
