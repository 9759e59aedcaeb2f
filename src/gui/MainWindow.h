#pragma once

#include "NavigationPane.h"

#include <QMainWindow>

class QLabel;
class QSplitter;
class QStackedWidget;
class QUndoStack;

namespace casebook {
struct ServiceContext;
}

namespace casebook::gui {

class ActionListView;
class BackupSchedule;
class CaseListView;
class CaseTableModel;
class CaseWorkspace;
class Edits;
class MeetingListView;
class ReportsPage;

// The window: navigation on the left; on the right the page chosen there (the case list
// over the case workspace, or actions, meetings, reports). Menus live in MainWindowMenus.cpp.
class MainWindow final : public QMainWindow {
  Q_OBJECT
  Q_DISABLE_COPY_MOVE(MainWindow)

 public:
  MainWindow(ServiceContext& ctx, const QString& databasePath, bool demo, QWidget* parent = nullptr);
  ~MainWindow() override;

  CaseListView* caseList() const { return m_list; }
  CaseWorkspace* workspace() const { return m_workspace; }
  NavigationPane* navigation() const { return m_navigation; }
  QUndoStack* undoStack() const { return m_undo; }
  Edits* edits() const { return m_edits; }
  BackupSchedule* backups() const { return m_backups; }
  QWidget* currentPage() const;
  // Built on first use.
  ActionListView* actionsPage();
  MeetingListView* meetingsPage();
  ReportsPage* reportsPage();
  void refreshGroups();
  // The directory's themes, areas, members and agencies in the filters and forms.
  void refreshChoices();
  void openCase(const QString& reference, int tab = 0);
  // The member the desktop user is (My cases, My actions), remembered per database file.
  void setMe(const QString& memberName);

  // File > Import: checks the whole file first, then imports it as one undoable edit.
  void importCases(const QString& path);

 Q_SIGNALS:
  void openRequested(const QString& path);
  void newRequested(const QString& path);
  void newDemoRequested(const QString& path, int cases);
  void openVaultRequested(const QString& folder);
  void newVaultRequested(const QString& folder);
  void openWithRecoveryKeyRequested(const QString& folder);
  void lockRequested();
  // File > Restore from a backup: the launcher copies it into a new vault and opens that.
  void restoreRequested();
  void idleMinutesChanged(int minutes);

 protected:
  void closeEvent(QCloseEvent* event) override;

 private:
  void buildMenus();
  void buildFileMenu();
  void buildCaseMenu();
  void buildViewMenu();
  void buildHelpMenu();
  void showPage(NavigationPane::Page page, const QString& title);
  void askWhoIAm();
  void askToImport();
  void askToExport();
  void askForSubjectAccess();
  void askForNewCase();
  void askToBackUp();
  void askForNewPassphrase();
  void showSecurityBadge(bool demo);
  void restoreLayout();
  // The page in `page`, built and added to the stack the first time it is asked for.
  template <typename Page>
  Page* built(Page*& page);
  QString settingsKey(const QString& name) const;
  ServiceContext& m_ctx;
  QString m_path;
  QUndoStack* m_undo;
  Edits* m_edits;
  CaseTableModel* m_model;
  NavigationPane* m_navigation;
  CaseListView* m_list;
  CaseWorkspace* m_workspace;
  QStackedWidget* m_pages;
  ActionListView* m_actionsPage = nullptr;
  MeetingListView* m_meetingsPage = nullptr;
  ReportsPage* m_reportsPage = nullptr;
  QSplitter* m_outer;
  QSplitter* m_inner;
  BackupSchedule* m_backups;
};

}  // namespace casebook::gui
