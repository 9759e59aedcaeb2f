#pragma once

#include "CaseInputs.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace casebook::gui {

class Edits;

// The case's notes, newest last, and a box for the next one (one undoable edit each).
class NotesTab final : public QWidget {
  Q_OBJECT
  Q_DISABLE_COPY_MOVE(NotesTab)

 public:
  explicit NotesTab(Edits& edits, QWidget* parent = nullptr);
  void showCase(const CaseDetail& detail);
  std::optional<QString> addNote(const QString& text);

  QListWidget* list() const { return m_list; }
  QPlainTextEdit* editor() const { return m_editor; }
  QPushButton* addButton() const { return m_add; }

 private:
  Edits& m_edits;
  QString m_reference;
  QListWidget* m_list;
  QPlainTextEdit* m_editor;
  QPushButton* m_add;
  QLabel* m_error;
};

}  // namespace casebook::gui
