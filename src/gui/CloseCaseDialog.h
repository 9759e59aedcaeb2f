#pragma once

#include "CaseInputs.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace casebook::gui {

// Close with an outcome: the outcome is required, a transfer names the forum, and groups
// that require it name the approving chair. The service's message shows inline.
class CloseCaseDialog final : public QDialog {
  Q_OBJECT
  Q_DISABLE_COPY_MOVE(CloseCaseDialog)

 public:
  CloseCaseDialog(const QString& reference, const QStringList& chairs, const QDate& today, QWidget* parent = nullptr);
  CloseInput input() const;
  void showError(const QString& message);
  QComboBox* outcome() const { return m_outcome; }
  QComboBox* approver() const { return m_approver; }

 private:
  QComboBox* m_outcome;
  QComboBox* m_forum;
  QLineEdit* m_note;
  QDateEdit* m_date;
  QComboBox* m_approver;
  QLabel* m_error;
};

}  // namespace casebook::gui
