#pragma once

#include "CaseInputs.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace casebook::gui {

class Edits;

// A case's actions: the list with each status changeable in place, the dated updates of
// the chosen action with a form for the next one, and a form for a new action. Every
// change is one undoable edit.
class ActionsTab final : public QWidget {
  Q_OBJECT
  Q_DISABLE_COPY_MOVE(ActionsTab)

 public:
  explicit ActionsTab(Edits& edits, QWidget* parent = nullptr);
  void showCase(const CaseDetail& detail);
  void setOwners(const QStringList& memberNames, const QStringList& agencyCodes);

  // What the forms do, for the buttons and for tests; the service's message if refused.
  std::optional<QString> addAction(const QString& text, const QString& owner, const QDate& due);
  std::optional<QString> recordUpdate(qint64 actionId, std::optional<ActionStatus> status, const QString& text,
                                      const QDate& on, std::optional<QDate> carryTo = std::nullopt);

  QTableWidget* table() const { return m_table; }
  QLineEdit* newActionText() const { return m_newText; }
  QComboBox* newActionOwner() const { return m_newOwner; }
  QDateEdit* newActionDue() const { return m_newDue; }
  QPushButton* addButton() const { return m_add; }
  QComboBox* updateStatus() const { return m_updateStatus; }
  QLineEdit* updateText() const { return m_updateText; }
  QPushButton* updateButton() const { return m_update; }
  QLabel* errorLabel() const { return m_error; }

 private:
  void showUpdatesOfSelected();
  void submitNewAction();
  void submitUpdate();
  void showOutcome(const std::optional<QString>& problem);
  qint64 selectedActionId() const;
  Edits& m_edits;
  QString m_reference;
  std::vector<ActionRow> m_rows;
  QTableWidget* m_table;
  QListWidget* m_updates;
  QDateEdit* m_updateOn;
  QComboBox* m_updateStatus;
  QLineEdit* m_updateText;
  QDateEdit* m_carryTo;
  QPushButton* m_update;
  QLineEdit* m_newText;
  QComboBox* m_newOwner;
  QDateEdit* m_newDue;
  QPushButton* m_add;
  QLabel* m_error;
};

}  // namespace casebook::gui
