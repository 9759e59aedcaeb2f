#pragma once

#include <QMainWindow>

class QLabel;
class QSplitter;
class QUndoStack;

namespace casebook {
struct ServiceContext;
}

namespace casebook::gui {

class CaseListView;
class CaseTableModel;
class CaseWorkspace;
class Edits;
class NavigationPane;

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
  void refreshGroups();
  // The directory's themes, areas, members and agencies in the filters and forms.
  void refreshChoices();
  void openCase(const QString& reference, int tab = 0);

 protected:
  void closeEvent(QCloseEvent* event) override;

 private:
  void buildMenus();
  void restoreLayout();
  ServiceContext& m_ctx;
  QUndoStack* m_undo;
  Edits* m_edits;
  CaseTableModel* m_model;
  NavigationPane* m_navigation;
  CaseListView* m_list;
  CaseWorkspace* m_workspace;
  QSplitter* m_outer;
  QSplitter* m_inner;
};

}  // namespace casebook::gui
