#include "ThemePicker.h"

#include "DirectoryService.h"

namespace casebook::gui {

namespace {
constexpr int kCodeRole = Qt::UserRole + 1;
}

ThemePicker::ThemePicker(QWidget* parent) : QListWidget(parent) {
  setAccessibleName(tr("Themes"));
  setMaximumHeight(110);
}

void ThemePicker::load(ServiceContext& ctx) {
  clear();
  if (auto themes = DirectoryService(ctx).themes()) {
    for (const auto& t : themes.value()) {
      auto* item = new QListWidgetItem(t.label.isEmpty() ? t.code : t.label, this);
      item->setData(kCodeRole, t.code);
      item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
      item->setCheckState(Qt::Unchecked);
    }
  }
}

QStringList ThemePicker::checkedCodes() const {
  QStringList codes;
  for (int row = 0; row < count(); ++row) {
    if (item(row)->checkState() == Qt::Checked) codes << item(row)->data(kCodeRole).toString();
  }
  return codes;
}

void ThemePicker::setCheckedCodes(const QStringList& codes) {
  for (int row = 0; row < count(); ++row) {
    item(row)->setCheckState(codes.contains(item(row)->data(kCodeRole).toString()) ? Qt::Checked : Qt::Unchecked);
  }
}

}  // namespace casebook::gui
