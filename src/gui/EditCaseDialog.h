#pragma once

#include "CaseInputs.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace casebook::gui {

class Edits;
class PriorityPicker;
class ThemePicker;

// The details a caseworker keeps up to date: the subject, role, area, lead agency, owner,
// themes, CSP priority, lawful basis, and open or monitoring. Only what was changed is sent, as one
// undoable edit; the service's message shows under the form.
class EditCaseDialog final : public QDialog {
  Q_OBJECT
  Q_DISABLE_COPY_MOVE(EditCaseDialog)

 public:
  EditCaseDialog(Edits& edits, const CaseDetail& detail, QWidget* parent = nullptr);
  CaseChanges changes() const;
  std::optional<QString> submit();
  void accept() override;

  QLineEdit* subjectName() const { return m_name; }
  QComboBox* owner() const { return m_owner; }
  QComboBox* status() const { return m_status; }
  ThemePicker* themes() const { return m_themes; }
  PriorityPicker* priority() const { return m_priority; }

 private:
  Edits& m_edits;
  CaseDetail m_before;
  QLineEdit* m_name;
  QLineEdit* m_aliases;
  QCheckBox* m_dobKnown;
  QDateEdit* m_dob;
  QLineEdit* m_ageBand;
  QLineEdit* m_address;
  QComboBox* m_role;
  QComboBox* m_area;
  QComboBox* m_lead;
  QComboBox* m_owner;
  ThemePicker* m_themes;
  PriorityPicker* m_priority;
  QLineEdit* m_lawful;
  QComboBox* m_status;
  QLabel* m_error;
};

}  // namespace casebook::gui
