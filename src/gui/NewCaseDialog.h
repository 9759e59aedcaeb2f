#pragma once

#include "CaseInputs.h"

#include <QDialog>

#include <memory>

namespace Ui {
class NewCaseDialog;
}

namespace casebook::gui {

class Edits;

// A new case with its referral, in one undoable edit. The form is ui/NewCaseDialog.ui;
// the service's checks (required fields, likely duplicates) show inline and the dialog
// stays open with what was typed.
class NewCaseDialog final : public QDialog {
  Q_OBJECT
  Q_DISABLE_COPY_MOVE(NewCaseDialog)

 public:
  NewCaseDialog(Edits& edits, const QString& groupCode, QWidget* parent = nullptr);
  ~NewCaseDialog() override;

  NewCaseInput input() const;
  // Creates the case; the service's message if refused (then nothing is saved).
  std::optional<QString> submit();
  QString createdReference() const { return m_created; }

  void accept() override;

 private:
  void fillChoices(const QString& groupCode);
  std::unique_ptr<Ui::NewCaseDialog> m_ui;
  Edits& m_edits;
  QString m_created;
};

}  // namespace casebook::gui
