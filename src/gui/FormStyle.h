#pragma once

#include <QString>

#include <optional>

class QAbstractItemModel;
class QLabel;
class QLineEdit;
class QTableView;
class QWidget;

namespace casebook::gui {

// Errors under a form: bold text with a warning sign in the palette's own text colour, so
// they read in light and dark themes and do not rely on colour.
QLabel* makeErrorLabel(QWidget* parent);
void showError(QLabel* label, const std::optional<QString>& problem);

// A read-only list of rows: whole-row single selection, alternating rows, one line a row.
QTableView* makeRowTable(QWidget* parent, QAbstractItemModel* model, const QString& accessibleName);

// A filter field's clear button, made once the field first holds text. The button only
// shows while there is text, and making it loads the style's icon through the image
// plugins: about 1.7 ms that the main window's first paint would otherwise wait for.
void clearButtonOnFirstText(QLineEdit* field);

}  // namespace casebook::gui
