#pragma once

#include "Plan.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;

namespace casebook::gui {

class Edits;
class PlanTree;

// The CSP plan editor (docs/reports.md "CSP plan"): pick a plan or start a new one; its
// title, period, and a tree of themes > priorities > objectives with Add, Remove and Move
// up/down. Save writes the whole plan as one undoable edit. Problems are shown inline: a
// warning on each item at fault and the first problem under the tree (what, where, how to
// fix it). A priority that cases are tagged to cannot be removed until they are re-tagged.
class PlanEditorDialog final : public QDialog {
  Q_OBJECT
  Q_DISABLE_COPY_MOVE(PlanEditorDialog)

 public:
  explicit PlanEditorDialog(Edits& edits, QWidget* parent = nullptr);

  // Loads a held plan, or a blank new one (invalid id). Unsaved edits are dropped.
  void showPlan(PlanId id);
  // The plan as the form shows it.
  Plan plan() const;
  // Adds or updates the plan; the problem if refused (then nothing is saved).
  std::optional<QString> save();
  void accept() override;
  bool hasUnsavedChanges() const { return m_dirty; }

  QComboBox* planPicker() const { return m_picker; }
  QLineEdit* titleEdit() const { return m_title; }
  QDateEdit* startsOn() const { return m_starts; }
  QDateEdit* endsOn() const { return m_ends; }
  PlanTree* tree() const { return m_tree; }
  QLabel* errorLabel() const { return m_error; }
  PlanId savedPlan() const { return m_saved; }

 private:
  void fillPicker(PlanId select);
  void pickerChanged(int index);
  void updateButtons();
  void showProblem(const std::optional<QString>& problem);
  QLayout* treeButtons();
  Edits& m_edits;
  PlanId m_plan;   // the plan shown; invalid for a new one
  PlanId m_saved;  // the plan last saved
  bool m_mayEdit = false;
  bool m_dirty = false;
  QComboBox* m_picker;
  QLineEdit* m_title;
  QDateEdit* m_starts;
  QDateEdit* m_ends;
  PlanTree* m_tree;
  QLabel* m_error;
  QPushButton* m_addPriority = nullptr;
  QPushButton* m_addObjective = nullptr;
  QPushButton* m_remove = nullptr;
  QPushButton* m_up = nullptr;
  QPushButton* m_down = nullptr;
};

}  // namespace casebook::gui
