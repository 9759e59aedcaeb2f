// A reference point for the desktop's start-up (docs/performance.md), not a target: a
// window with the same kinds and numbers of widgets as Casebook's first window (menus,
// navigation tree, search box, filters, a table of 200 rows, status bar), filled with
// made-up text, and no database, vault, translations or Casebook code. Timed by bench/run
// like the bare window, it shows how much of the desktop's start Qt needs for such a
// window at all.
#include "FirstPaintProbe.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenuBar>
#include <QSplitter>
#include <QAbstractTableModel>
#include <QStatusBar>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

// 200 rows of made-up text, answered as asked like Casebook's own model (a page of rows).
class RowsModel final : public QAbstractTableModel {
 public:
  using QAbstractTableModel::QAbstractTableModel;
  int rowCount(const QModelIndex& parent) const override { return parent.isValid() ? 0 : 200; }
  int columnCount(const QModelIndex& parent) const override { return parent.isValid() ? 0 : m_headers.size(); }
  QVariant data(const QModelIndex& index, int role) const override {
    if (role == Qt::DisplayRole) {
      return QStringLiteral("%1 %2").arg(m_headers.at(index.column())).arg(index.row() * 37 % 1000);
    }
    if (role == Qt::BackgroundRole && index.column() == 4) {
      return index.row() % 3 ? QColor(0x2e7d32) : QColor(0xc62828);
    }
    return {};
  }
  QVariant headerData(int section, Qt::Orientation orientation, int role) const override {
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole) return m_headers.at(section);
    return QAbstractTableModel::headerData(section, orientation, role);
  }

 private:
  const QStringList m_headers{QStringLiteral("Reference"), QStringLiteral("Group"), QStringLiteral("Subject"),
                             QStringLiteral("Status"),    QStringLiteral("Risk"),  QStringLiteral("Next review"),
                             QStringLiteral("Owner"),     QStringLiteral("Area"),  QStringLiteral("Themes")};
};

QWidget* caseList(QWidget* parent) {
  auto* list = new QWidget(parent);
  auto* search = new QLineEdit(list);
  search->setPlaceholderText(QStringLiteral("Search subjects, aliases, references and notes (Ctrl+F)"));
  auto* filters = new QHBoxLayout;
  for (int f = 0; f < 5; ++f) {
    auto* combo = new QComboBox(list);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    for (int i = 0; i < 12; ++i) combo->addItem(QStringLiteral("Filter choice %1 of %2").arg(i).arg(f));
    filters->addWidget(combo);
  }
  filters->addWidget(new QCheckBox(QStringLiteral("Review overdue"), list));
  filters->addWidget(new QCheckBox(QStringLiteral("Open in several groups"), list));
  filters->addStretch();
  filters->addWidget(new QLabel(QStringLiteral("1182 cases"), list));
  auto* model = new RowsModel(list);
  auto* table = new QTableView(list);
  table->setModel(model);
  table->setAlternatingRowColors(true);
  table->setSortingEnabled(true);
  table->verticalHeader()->hide();
  table->horizontalHeader()->setStretchLastSection(true);
  auto* layout = new QVBoxLayout(list);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(search);
  layout->addLayout(filters);
  layout->addWidget(table);
  return list;
}

QTreeWidget* navigation(QWidget* parent) {
  auto* tree = new QTreeWidget(parent);
  tree->setHeaderHidden(true);
  for (const char* top : {"All cases", "Groups", "My cases", "Reviews due", "Actions", "Meetings", "Reports"}) {
    auto* item = new QTreeWidgetItem(tree, {QString::fromLatin1(top)});
    for (int child = 0; child < (item->text(0).size() % 3) * 2; ++child) {
      new QTreeWidgetItem(item, {QStringLiteral("Entry %1 (%2 open)").arg(child).arg(child * 41)});
    }
  }
  tree->expandAll();
  tree->setCurrentItem(tree->topLevelItem(0));
  return tree;
}

}  // namespace

int main(int argc, char** argv) {
  QApplication app(argc, argv);
  QMainWindow window;
  for (const char* title : {"&File", "&Edit", "&Case", "&Partnership", "&Reports", "&View", "&Help"}) {
    QMenu* menu = window.menuBar()->addMenu(QString::fromLatin1(title));
    for (int i = 0; i < 8; ++i) {
      menu->addAction(QStringLiteral("Command %1...").arg(i), QKeySequence(Qt::CTRL | (Qt::Key_A + i)));
    }
  }
  auto* inner = new QSplitter(Qt::Vertical);
  inner->addWidget(caseList(inner));
  auto* hint = new QLabel(QStringLiteral("No case selected\n\nChoose a case in the list above."), inner);
  hint->setAlignment(Qt::AlignCenter);
  inner->addWidget(hint);
  inner->setSizes({330, 470});
  auto* outer = new QSplitter(Qt::Horizontal);
  outer->addWidget(navigation(outer));
  outer->addWidget(inner);
  outer->setSizes({190, 1090});
  window.setCentralWidget(outer);
  window.statusBar()->addPermanentWidget(new QLabel(QStringLiteral("Encrypted vault")));
  window.statusBar()->showMessage(QStringLiteral("All cases"));
  window.resize(1280, 800);
  new casebook::gui::FirstPaintProbe(&window);
  window.show();
  return app.exec();
}
