#include "PerformanceDataDialog.h"

#include "FormStyle.h"
#include "PerformanceDataService.h"
#include "edits/Edits.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace casebook::gui {

namespace {

constexpr int kQuartersBack = 16;  // the picker offers four years of quarters

// The same three months named as a financial-year quarter (the year starting in April).
Quarter financialName(const Quarter& q) {
  const QDate first = q.firstDay();
  return first.month() >= 4 ? Quarter::financial(first.year(), (first.month() - 4) / 3 + 1) : Quarter::financial(first.year() - 1, 4);
}

QString countText(std::optional<int> count) { return count ? QString::number(*count) : QString(); }

QTableWidgetItem* readOnly(const QString& text, bool number) {
  auto* item = new QTableWidgetItem(text);
  item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
  if (number) item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
  return item;
}

std::optional<int> storedCount(const QTableWidgetItem* item) {
  const QVariant v = item ? item->data(Qt::UserRole) : QVariant();
  return v.isValid() ? std::optional<int>(v.toInt()) : std::nullopt;
}

}  // namespace

PerformanceDataDialog::PerformanceDataDialog(Edits& edits, QWidget* parent)
    : QDialog(parent), m_edits(edits), m_mayEdit(edits.context().allow(Operation::EnterPerformanceData).ok()) {
  setWindowTitle(tr("Performance data"));
  m_picker = new QComboBox(this);
  m_picker->setAccessibleName(tr("Quarter"));
  auto* pickerLabel = new QLabel(tr("&Quarter:"), this);
  pickerLabel->setBuddy(m_picker);
  auto* note = new QLabel(this);
  note->setWordWrap(true);
  note->setText(m_mayEdit ? tr("Counts per crime type for the quarter, e.g. police recorded crime. Leave a count empty "
                               "when there is none for the quarter; 0 means none were recorded.")
                          : tr("Administrators and chairs enter performance data; you can read it here."));

  m_table = new QTableWidget(0, ColumnCount, this);
  m_table->setAccessibleName(tr("Performance data by crime type"));
  m_table->verticalHeader()->hide();
  m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
  m_table->setSelectionMode(QAbstractItemView::SingleSelection);
  m_table->horizontalHeader()->setSectionResizeMode(CrimeType, QHeaderView::Stretch);
  if (!m_mayEdit) m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
  connect(m_table, &QTableWidget::cellChanged, this, &PerformanceDataDialog::cellChanged);

  m_add = new QPushButton(tr("&Add row"), this);
  m_remove = new QPushButton(tr("&Remove row"), this);
  m_import = new QPushButton(tr("&Import CSV..."), this);
  m_import->setToolTip(tr("A CSV file with the header crime_type,quarter,count and, if you wish, source"));
  connect(m_add, &QPushButton::clicked, this, [this] { m_table->editItem(m_table->item(addRow(), CrimeType)); });
  connect(m_remove, &QPushButton::clicked, this, [this] { removeRow(m_table->currentRow()); });
  connect(m_import, &QPushButton::clicked, this, &PerformanceDataDialog::askToImport);

  m_error = makeErrorLabel(this);
  m_status = new QLabel(this);
  m_status->setAccessibleName(tr("Status"));
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this);
  m_save = buttons->button(QDialogButtonBox::Save);
  auto* undo = buttons->addButton(tr("&Undo"), QDialogButtonBox::ActionRole);
  undo->setEnabled(m_edits.stack().canUndo());
  connect(undo, &QPushButton::clicked, &m_edits.stack(), &QUndoStack::undo);
  connect(&m_edits.stack(), &QUndoStack::canUndoChanged, undo, &QWidget::setEnabled);
  // An undo or redo (here or from the main window) shows the quarter as it then is.
  connect(&m_edits.stack(), &QUndoStack::indexChanged, this, [this] {
    if (!m_dirty) reload();
  });
  connect(m_save, &QPushButton::clicked, this, [this] { save(); });
  connect(buttons, &QDialogButtonBox::rejected, this, &PerformanceDataDialog::reject);
  for (QWidget* w : {static_cast<QWidget*>(m_add), static_cast<QWidget*>(m_remove), static_cast<QWidget*>(m_import),
                     static_cast<QWidget*>(m_save)}) {
    w->setEnabled(m_mayEdit);
  }

  auto* top = new QHBoxLayout;
  top->addWidget(pickerLabel);
  top->addWidget(m_picker, 1);
  auto* rowButtons = new QHBoxLayout;
  rowButtons->addWidget(m_add);
  rowButtons->addWidget(m_remove);
  rowButtons->addStretch(1);
  rowButtons->addWidget(m_import);
  auto* layout = new QVBoxLayout(this);
  layout->addLayout(top);
  layout->addWidget(note);
  layout->addWidget(m_table, 1);
  layout->addLayout(rowButtons);
  layout->addWidget(m_error);
  layout->addWidget(m_status);
  layout->addWidget(buttons);
  resize(900, 480);

  fillPicker();
  connect(m_picker, &QComboBox::currentIndexChanged, this, &PerformanceDataDialog::pickerChanged);
  // The last whole quarter: figures for a quarter arrive after it ends.
  showQuarter(Quarter::containing(m_edits.context().clock.today()).previous().name());
}

void PerformanceDataDialog::fillPicker() {
  Quarter q = Quarter::containing(m_edits.context().clock.today());
  for (int i = 0; i <= kQuartersBack; ++i, q = q.previous()) {
    m_picker->addItem(tr("%1  (%2, %3 to %4)")
                          .arg(q.name(), financialName(q).name(), q.firstDay().toString(QStringLiteral("MMM")),
                               q.lastDay().toString(QStringLiteral("MMM yyyy"))),
                      q.name());
  }
}

bool PerformanceDataDialog::showQuarter(const QString& name) {
  const auto parsed = Quarter::parse(name);
  if (!parsed) return false;
  m_quarter = parsed.value();
  const QString calendarName = Quarter::containing(m_quarter.firstDay()).name();
  int index = m_picker->findData(calendarName);
  if (index < 0) {
    m_picker->blockSignals(true);
    m_picker->addItem(calendarName, calendarName);
    m_picker->blockSignals(false);
    index = m_picker->count() - 1;
  }
  m_picker->blockSignals(true);
  m_picker->setCurrentIndex(index);
  m_picker->blockSignals(false);
  m_dirty = false;
  showError(m_error, std::nullopt);
  m_status->clear();
  reload();
  return true;
}

void PerformanceDataDialog::reload() {
  PerformanceDataService service(m_edits.context());
  const auto table = service.table(m_quarter);
  const auto known = service.crimeTypes();
  if (!table || !known) {
    showError(m_error, (!table ? table.error() : known.error()).message());
    return;
  }
  std::vector<PerformanceRow> rows = table->rows;
  // Crime types held for other quarters, ready to fill in for this one.
  for (const QString& type : known.value()) {
    const bool shown = std::any_of(rows.begin(), rows.end(), [&](const PerformanceRow& r) { return r.crimeType == type; });
    if (!shown) rows.push_back({type, std::nullopt, std::nullopt, std::nullopt, QString()});
  }
  m_filling = true;
  m_table->setHorizontalHeaderLabels({tr("Crime type"), tr("%1 count").arg(m_quarter.name()), tr("Source"),
                                      m_quarter.previous().name(), tr("Change"), m_quarter.sameQuarterLastYear().name(),
                                      tr("Change")});
  m_table->setRowCount(0);
  for (const auto& r : rows) setRow(addRow(), r);
  m_filling = false;
  m_dirty = false;
  m_table->resizeColumnsToContents();
}

int PerformanceDataDialog::addRow() {
  const bool wasFilling = m_filling;
  m_filling = true;
  const int row = m_table->rowCount();
  m_table->insertRow(row);
  m_table->setItem(row, CrimeType, new QTableWidgetItem);
  auto* count = new QTableWidgetItem;
  count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
  m_table->setItem(row, Count, count);
  m_table->setItem(row, Source, new QTableWidgetItem);
  for (int c : {Previous, ChangeFromPrevious, LastYear, ChangeFromLastYear}) m_table->setItem(row, c, readOnly(QString(), true));
  m_filling = wasFilling;
  updateChanges(row);
  if (!m_filling) m_dirty = true;
  return row;
}

void PerformanceDataDialog::removeRow(int row) {
  if (row < 0 || row >= m_table->rowCount()) return;
  m_table->removeRow(row);
  m_dirty = true;
}

void PerformanceDataDialog::setRow(int row, const PerformanceRow& figures) {
  m_table->item(row, CrimeType)->setText(figures.crimeType);
  m_table->item(row, Count)->setText(countText(figures.now));
  m_table->item(row, Source)->setText(figures.source);
  m_table->item(row, Previous)->setText(countText(figures.previous));
  m_table->item(row, Previous)->setData(Qt::UserRole, figures.previous ? QVariant(*figures.previous) : QVariant());
  m_table->item(row, LastYear)->setText(countText(figures.lastYear));
  m_table->item(row, LastYear)->setData(Qt::UserRole, figures.lastYear ? QVariant(*figures.lastYear) : QVariant());
  updateChanges(row);
}

std::optional<int> PerformanceDataDialog::countAt(int row) const {
  const auto parsed = parsePerformanceCount(m_table->item(row, Count)->text());
  return parsed ? std::optional<int>(parsed.value()) : std::nullopt;
}

void PerformanceDataDialog::updateChanges(int row) {
  const std::optional<int> now = countAt(row);
  const bool wasFilling = m_filling;
  m_filling = true;
  m_table->item(row, ChangeFromPrevious)->setText(performanceChangeText(storedCount(m_table->item(row, Previous)), now));
  m_table->item(row, ChangeFromLastYear)->setText(performanceChangeText(storedCount(m_table->item(row, LastYear)), now));
  m_filling = wasFilling;
}

void PerformanceDataDialog::cellChanged(int row, int column) {
  if (m_filling) return;
  m_dirty = true;
  if (column == Count) updateChanges(row);
  // A problem marked on the cell goes once it is edited.
  if (QTableWidgetItem* item = m_table->item(row, column); item && !item->toolTip().isEmpty()) item->setToolTip(QString());
}

void PerformanceDataDialog::markProblem(int row, int column, const QString& problem) {
  m_table->setCurrentCell(row, column);
  m_table->item(row, column)->setData(Qt::ToolTipRole, problem);
  showError(m_error, problem);
}

std::optional<QString> PerformanceDataDialog::save() {
  std::vector<PerformanceFigure> figures;
  for (int row = 0; row < m_table->rowCount(); ++row) {
    const QString crimeType = m_table->item(row, CrimeType)->text().trimmed();
    const QString count = m_table->item(row, Count)->text().trimmed();
    if (count.isEmpty()) continue;  // no count for this quarter (one held before is removed)
    const QString where = crimeType.isEmpty() ? tr("Row %1").arg(row + 1) : tr("Row %1 (%2)").arg(row + 1).arg(crimeType);
    if (crimeType.isEmpty()) {
      const QString problem = tr("%1: the crime type is empty. Name it, or clear the count").arg(where);
      markProblem(row, CrimeType, problem);
      return problem;
    }
    const auto parsed = parsePerformanceCount(count);
    if (!parsed) {
      const QString problem = tr("%1, count: %2").arg(where, parsed.error().problem + QStringLiteral(". ") + parsed.error().fix);
      markProblem(row, Count, problem);
      return problem;
    }
    figures.push_back({crimeType, m_quarter.firstDay(), parsed.value(), m_table->item(row, Source)->text(), QString(), QDateTime()});
  }
  ServiceContext& ctx = m_edits.context();
  const auto saved = m_edits.run(tr("performance data for %1").arg(m_quarter.name()),
                                 [&] { return PerformanceDataService(ctx).saveQuarter(m_quarter, figures); });
  if (!saved) {
    showError(m_error, saved.error().message());
    return saved.error().message();
  }
  showError(m_error, std::nullopt);
  m_dirty = false;
  reload();
  m_status->setText(tr("Saved %1: %2 added, %3 replaced, %4 removed")
                        .arg(m_quarter.name())
                        .arg(saved->added)
                        .arg(saved->replaced)
                        .arg(saved->removed));
  return std::nullopt;
}

std::optional<QString> PerformanceDataDialog::importFile(const QString& path) {
  if (m_dirty) {
    const QString problem = tr("The table has changes not yet saved. Save them (or pick the quarter again to drop "
                               "them), then import");
    showError(m_error, problem);
    return problem;
  }
  ServiceContext& ctx = m_edits.context();
  const auto imported = m_edits.run(tr("import of %1").arg(QFileInfo(path).fileName()),
                                    [&] { return PerformanceDataService(ctx).importCsv(path); });
  if (!imported) {
    showError(m_error, imported.error().message());
    return imported.error().message();
  }
  showError(m_error, std::nullopt);
  reload();
  m_status->setText(tr("Imported %1 rows from %2: %3 added, %4 replaced (Undo takes the whole import back)")
                        .arg(imported->rows)
                        .arg(QFileInfo(path).fileName())
                        .arg(imported->added)
                        .arg(imported->replaced));
  return std::nullopt;
}

void PerformanceDataDialog::askToImport() {
  const QString path = QFileDialog::getOpenFileName(this, tr("Import performance data"), QString(),
                                                    tr("CSV files (*.csv);;All files (*)"));
  if (!path.isEmpty()) importFile(path);
}

bool PerformanceDataDialog::settleUnsaved() {
  if (!m_dirty) return true;
  const auto answer = QMessageBox::question(this, tr("Performance data"),
                                            tr("Save the changes to %1 first?").arg(m_quarter.name()),
                                            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
  if (answer == QMessageBox::Cancel) return false;
  return answer == QMessageBox::Discard || !save().has_value();
}

void PerformanceDataDialog::pickerChanged(int index) {
  if (!settleUnsaved()) {
    m_picker->blockSignals(true);
    m_picker->setCurrentIndex(m_picker->findData(Quarter::containing(m_quarter.firstDay()).name()));
    m_picker->blockSignals(false);
    return;
  }
  showQuarter(m_picker->itemData(index).toString());
}

void PerformanceDataDialog::reject() {
  if (settleUnsaved()) QDialog::reject();
}

}  // namespace casebook::gui
