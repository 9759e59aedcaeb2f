#pragma once

#include "Plan.h"

#include <QTreeWidget>

#include <map>
#include <optional>

namespace casebook::gui {

// A CSP plan's themes > priorities (code and title) > objectives as an editable tree, with the
// number of cases tagged to each priority beside it. Priorities keep their ids through
// edits and moves, so saving keeps the cases tagged to them (PlanService::update).
class PlanTree final : public QTreeWidget {
  Q_OBJECT
  Q_DISABLE_COPY_MOVE(PlanTree)

 public:
  enum class Kind { Theme, Priority, Objective };
  enum Column { CodeColumn, TextColumn, CasesColumn };

  explicit PlanTree(QWidget* parent = nullptr);

  // taggedCases: priority id -> cases tagged to it.
  void setPlan(const Plan& plan, const std::map<qint64, int>& taggedCases);
  // The themes as the tree shows them (title and period are the dialog's).
  std::vector<PlanTheme> themes() const;

  static Kind kindOf(const QTreeWidgetItem* item);
  static PriorityId priorityIdOf(const QTreeWidgetItem* item);
  int taggedCasesOf(const QTreeWidgetItem* item) const;

  QTreeWidgetItem* addTheme(const QString& title);
  // Under the theme holding `at` (the last theme when none); the next free code when none is given.
  QTreeWidgetItem* addPriority(QTreeWidgetItem* at, const QString& code = {}, const QString& title = {});
  // Under the priority holding `at`; none when `at` is a theme or nothing.
  QTreeWidgetItem* addObjective(QTreeWidgetItem* at, const QString& text = {});
  // Refuses (saying why) a priority, or a theme holding one, that cases are tagged to.
  std::optional<QString> removeItem(QTreeWidgetItem* item);
  // One place up (-1) or down (+1) among its siblings; a priority at either end moves on into
  // the theme before or after.
  void moveItem(QTreeWidgetItem* item, int delta);

  // Marks each problem's item (a warning icon, the problem as its tooltip); clears old marks.
  void markProblems(const std::vector<PlanProblem>& problems);
  QTreeWidgetItem* itemAt(int theme, int priority, int objective) const;

 Q_SIGNALS:
  void edited();

 private:
  // Adds the item under parent, renumbers, selects it and says the plan was edited.
  QTreeWidgetItem* attach(QTreeWidgetItem* parent, QTreeWidgetItem* item);
  QTreeWidgetItem* makeItem(Kind kind, const QString& code, const QString& text);
  QString nextCode() const;
  void renumber();
  std::map<qint64, int> m_tagged;
};

}  // namespace casebook::gui
