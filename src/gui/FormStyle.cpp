#include "FormStyle.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>

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

QTableView* makeRowTable(QWidget* parent, QAbstractItemModel* model, const QString& accessibleName) {
  auto* table = new QTableView(parent);
  table->setModel(model);
  table->setAccessibleName(accessibleName);
  table->setSelectionBehavior(QAbstractItemView::SelectRows);
  table->setSelectionMode(QAbstractItemView::SingleSelection);
  table->setEditTriggers(QAbstractItemView::NoEditTriggers);
  table->setAlternatingRowColors(true);
  table->setWordWrap(false);
  table->verticalHeader()->hide();
  table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
  return table;
}

void clearButtonOnFirstText(QLineEdit* field) {
  auto* untilFirstText = new QObject(field);
  QObject::connect(field, &QLineEdit::textChanged, untilFirstText, [field, untilFirstText](const QString& text) {
    if (text.isEmpty()) return;
    field->setClearButtonEnabled(true);
    untilFirstText->deleteLater();
  });
}

}  // namespace casebook::gui
