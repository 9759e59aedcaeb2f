#include "FormStyle.h"

#include <QLabel>

namespace casebook::gui {

QLabel* makeErrorLabel(QWidget* parent) {
  auto* label = new QLabel(parent);
  label->setWordWrap(true);
  label->setTextFormat(Qt::PlainText);
  QFont bold = label->font();
  bold.setBold(true);
  label->setFont(bold);
  label->setAccessibleName(QObject::tr("Problem"));
  label->hide();
  return label;
}

void showError(QLabel* label, const std::optional<QString>& problem) {
  label->setText(problem ? QStringLiteral("⚠ ") + *problem : QString());
  label->setVisible(problem.has_value());
}

}  // namespace casebook::gui
