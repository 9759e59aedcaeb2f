#pragma once

#include "CaseInputs.h"

#include <QWidget>

class QFrame;
class QLabel;
class QStackedWidget;
class QTabWidget;
class QPushButton;

namespace casebook {
struct ServiceContext;
}

namespace casebook::gui {

class Edits;
class ActionsTab;
class LinksTab;
class NotesTab;
class ReferralsTab;
class RiskPanel;

// One case on one screen: subject and details, referrals and escalation history, the risk
// panel, actions, notes and linked cases, with a banner when the subject is open elsewhere.
class CaseWorkspace final : public QWidget {
  Q_OBJECT
  Q_DISABLE_COPY_MOVE(CaseWorkspace)

 public:
  explicit CaseWorkspace(Edits& edits, QWidget* parent = nullptr);
  // Closes the shown case through the undo stack; the service's message if it refused.
  std::optional<QString> closeCurrentCase(const CloseInput& input);
  // Escalates the shown case to the JAG through the undo stack.
  std::optional<QString> escalateCurrentCase(const QString& reason);
  // Steps the shown JAG case down to the sub-group it was escalated from.
  std::optional<QString> stepDownCurrentCase(const QString& reason);
  bool showCase(const QString& reference);  // false if it could not be read
  void reload();
  void clear();
  QString reference() const { return m_reference; }
  // The tabs are built when the first case is shown, or when one is asked for.
  RiskPanel* riskPanel() { buildTabs(); return m_risk; }
  ActionsTab* actionsTab() { buildTabs(); return m_actions; }
  NotesTab* notesTab() { buildTabs(); return m_notes; }
  LinksTab* linksTab() { buildTabs(); return m_links; }
  ReferralsTab* referralsTab() { buildTabs(); return m_referrals; }
  // The owners and agencies an action may name, kept for the actions tab.
  void setActionChoices(const QStringList& owners, const QStringList& agencies);
  QPushButton* stepDownButton() const { return m_stepDown; }
  QTabWidget* tabs() const { return m_tabs; }
  QLabel* emptyState() const { return m_empty; }  // shown instead of the case until one is shown
  QPushButton* closeButton() const { return m_close; }

  // The dialogs behind the buttons, also reached from the Case menu.
  void askToClose();
  void askToEscalate();
  void askToStepDown();
  void askToDecide();
  void askToEdit();

 Q_SIGNALS:
  void caseChanged(const QString& reference);

 private:
  // Asks for a reason, then makes the edit; for the buttons that need only a reason.
  void askReasonThen(QPushButton* button, const QString& title, const QString& question, const QString& refusedTitle,
                     std::optional<QString> (CaseWorkspace::*edit)(const QString&));
  void fillDetails(const CaseDetail& d);
  void buildTabs();

  ServiceContext& m_ctx;
  Edits& m_edits;
  QPushButton* m_close;
  QPushButton* m_edit;
  QPushButton* m_escalate;
  QPushButton* m_stepDown;
  QString m_reference;
  QStackedWidget* m_pages;  // the empty state until a case is shown, then the case
  QLabel* m_empty;
  QWidget* m_case;
  QLabel* m_title;
  QFrame* m_bannerFrame;
  QLabel* m_banner;
  QTabWidget* m_tabs;
  QLabel* m_details;
  ReferralsTab* m_referrals = nullptr;
  RiskPanel* m_risk = nullptr;
  ActionsTab* m_actions = nullptr;
  NotesTab* m_notes = nullptr;
  LinksTab* m_links = nullptr;
  QStringList m_owners;
  QStringList m_agencies;
};

}  // namespace casebook::gui
