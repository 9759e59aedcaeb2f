#pragma once

#include "Case.h"
#include "Meeting.h"
#include "MeetingRunService.h"
#include "ServiceContext.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;
class QTextBrowser;

namespace casebook::gui {

class RiskMatrixWidget;

// What the presenter view may show of a case: initials, an age, no address, no date of birth.
struct MaskedCase {
  QString reference;
  QString initials;
  QString age;  // "age 15" or the age band
  QString group;
  QString area;
  QString leadAgency;
  QString risk;  // "16 Very high"
  QString nextReview;
  struct Action {
    QString owner;
    QString due;
    QString status;
    QString text;  // free text: shown to the room only when the chair allows it
  };
  std::vector<Action> openActions;
};

// One agenda item on one screen (issue 6): the case summary, its open actions and written
// updates, a quick 5x5 re-score, new actions, the decision and the minute text. Saved as one
// MeetingRunService::recordItem call.
class ItemPage final : public QWidget {
  Q_OBJECT
  Q_DISABLE_COPY_MOVE(ItemPage)

 public:
  ItemPage(ServiceContext& ctx, QWidget* parent = nullptr);

  // owners: the members actions may be given to (attendees first).
  void showItem(qint64 meetingId, const AgendaItem& item, const QString& caseReference, const QStringList& owners,
                bool locked);
  bool isDirty() const;
  // Records what was entered; nullopt on success, else the message shown under the form.
  std::optional<QString> save(int secondsSpent);
  const MaskedCase* maskedCase() const { return m_hasCase ? &m_masked : nullptr; }
  int position() const { return m_item.position; }

  // Test seams and the meeting window's keyboard flow.
  QPlainTextEdit* minutesEdit() const { return m_minutes; }
  RiskMatrixWidget* matrix() const { return m_matrix; }
  QTableWidget* newActions() const { return m_newActions; }
  QPushButton* addActionButton() const { return m_addAction; }
  QComboBox* decision() const { return m_decision; }
  QComboBox* outcome() const { return m_outcome; }
  QComboBox* forum() const { return m_forum; }
  QLineEdit* decisionNote() const { return m_note; }
  QLabel* errorLabel() const { return m_error; }
  QTextBrowser* summary() const { return m_summary; }
  // Adds a row to the new-actions table, filled in.
  void addActionRow(const QString& text = {}, const QString& owner = {}, const QDate& due = {});

 Q_SIGNALS:
  void edited();

 private:
  void loadCase(qint64 meetingId, const QString& reference);
  void updateDecisionFields();
  ServiceContext& m_ctx;
  qint64 m_meetingId = 0;
  AgendaItem m_item;
  QStringList m_owners;
  bool m_hasCase = false;
  MaskedCase m_masked;
  bool m_dirty = false;
  bool m_loading = false;

  QLabel* m_title;
  QTextBrowser* m_summary;
  RiskMatrixWidget* m_matrix;
  QLabel* m_scoreLabel;
  QTableWidget* m_newActions;
  QPushButton* m_addAction;
  QComboBox* m_decision;
  QComboBox* m_outcome;
  QComboBox* m_forum;
  QLineEdit* m_note;
  QPlainTextEdit* m_minutes;
  QLabel* m_error;
};

}  // namespace casebook::gui
