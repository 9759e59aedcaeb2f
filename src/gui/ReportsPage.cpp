#include "ReportsPage.h"

#include "CaseReader.h"
#include "DirectoryService.h"
#include "RiskBandStyle.h"
#include "reports/QuarterlyReportWindow.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace casebook::gui {

ReportsPage::ReportsPage(ServiceContext& ctx, QWidget* parent) : QWidget(parent), m_ctx(ctx) {
  auto* title = new QLabel(tr("Open cases by group and risk band"), this);
  QFont font = title->font();
  font.setBold(true);
  font.setPointSizeF(font.pointSizeF() * 1.2);
  title->setFont(font);
  m_table = new QTableWidget(this);
  m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
  m_table->setAccessibleName(tr("Open cases by group and risk band"));
  m_table->verticalHeader()->hide();
  m_note = new QLabel(this);
  m_note->setWordWrap(true);
  m_note->setText(tr("Counts only, never names."));
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(buildReportChooser());
  layout->addWidget(title);
  layout->addWidget(m_table, 1);
  layout->addWidget(m_note);
}

QWidget* ReportsPage::buildReportChooser() {
  auto* box = new QGroupBox(tr("Quarterly CSP report"), this);
  m_template = new QComboBox(box);
  m_template->setAccessibleName(tr("Report template"));
  m_quarter = new QComboBox(box);
  m_quarter->setAccessibleName(tr("Quarter"));
  m_financial = new QCheckBox(tr("Financial year (April to March)"), box);
  m_group = new QComboBox(box);
  m_group->setAccessibleName(tr("Groups"));
  m_openReport = new QPushButton(tr("&Open draft..."), box);
  m_openReport->setToolTip(tr("Figures, a first narrative to edit, versions and export (PDF, ODT, HTML, Markdown)"));
  auto* quarterRow = new QHBoxLayout;
  quarterRow->addWidget(m_quarter);
  quarterRow->addWidget(m_financial);
  quarterRow->addStretch();
  auto* form = new QFormLayout;
  form->addRow(tr("&Template:"), m_template);
  auto* quarterLabel = new QLabel(tr("&Quarter:"), box);
  quarterLabel->setBuddy(m_quarter);
  form->addRow(quarterLabel, quarterRow);
  form->addRow(tr("&Groups:"), m_group);
  auto* row = new QHBoxLayout(box);
  row->addLayout(form, 1);
  row->addWidget(m_openReport, 0, Qt::AlignBottom);
  connect(m_financial, &QCheckBox::toggled, this, &ReportsPage::fillQuarters);
  connect(m_openReport, &QPushButton::clicked, this, &ReportsPage::openReport);
  fillQuarters();
  return box;
}

// The last eight quarters, the latest complete one chosen: reports are written after the end.
void ReportsPage::fillQuarters() {
  m_quarter->clear();
  const QDate today = m_ctx.clock.today();
  Quarter q = Quarter::containing(today);
  if (m_financial->isChecked()) {
    const int startYear = today.month() >= 4 ? today.year() : today.year() - 1;
    const int number = ((today.month() + 8) % 12) / 3 + 1;
    q = Quarter::financial(startYear, number);
  }
  for (int i = 0; i < 8; ++i) {
    m_quarter->addItem(q.name(), q.name());
    q = q.previous();
  }
  m_quarter->setCurrentIndex(1);
}

void ReportsPage::openReport() {
  auto quarter = Quarter::parse(m_quarter->currentData().toString());
  if (!quarter) return;
  ReportRequest request{m_template->currentData().toString(), quarter.value(), {}, std::nullopt};
  if (!m_group->currentData().toString().isEmpty()) request.groups << m_group->currentData().toString();
  auto* window = new QuarterlyReportWindow(m_ctx, request, this->window());
  if (!window->load()) {
    window->deleteLater();
    return;
  }
  window->show();
  Q_EMIT reportOpened(window);
}

void ReportsPage::reload() {
  // Read when the page is shown, not at start-up: the templates are files, and one added to
  // the data folder since shows up.
  const QString chosenTemplate = m_template->currentData().toString();
  m_template->clear();
  for (const auto& t : availableTemplates()) m_template->addItem(t.title, t.name);
  m_template->setCurrentIndex(std::max(0, m_template->findData(chosenTemplate)));
  auto groups = DirectoryService(m_ctx).groups();
  if (!groups) {
    m_note->setText(groups.error().message());
    return;
  }
  const std::vector<std::optional<RiskBand>> bands{RiskBand::VeryHigh, RiskBand::High, RiskBand::Medium, RiskBand::Low};
  QStringList header{tr("Group")};
  for (const auto& band : bands) header << toLabel(*band);
  header << tr("All open") << tr("Reviews overdue");
  m_table->setColumnCount(static_cast<int>(header.size()));
  m_table->setHorizontalHeaderLabels(header);
  m_table->setRowCount(static_cast<int>(groups->size()) + 1);
  const QString chosenGroup = m_group->currentData().toString();
  m_group->clear();
  m_group->addItem(tr("All the groups I can see"), QString());
  for (const auto& g : groups.value()) m_group->addItem(QStringLiteral("%1 - %2").arg(g.group.code, g.group.name), g.group.code);
  m_group->setCurrentIndex(std::max(0, m_group->findData(chosenGroup)));
  CaseReader reader(m_ctx);
  auto count = [&](CaseListRequest request) {
    request.statuses = {CaseStatus::Referred, CaseStatus::Open, CaseStatus::Monitoring};
    request.limit = 1;
    const auto page = reader.list(request);
    return page ? QString::number(page->total) : QStringLiteral("?");
  };
  auto number = [](const QString& text) {
    auto* item = new QTableWidgetItem(text);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
  };
  auto fillRow = [&](int row, const QString& label, const QString& groupCode) {
    int column = 0;
    m_table->setItem(row, column++, new QTableWidgetItem(label));
    CaseListRequest request;
    request.groupCode = groupCode;
    for (const auto& band : bands) {
      request.band = band;
      m_table->setItem(row, column++, number(count(request)));
    }
    request.band.reset();
    m_table->setItem(row, column++, number(count(request)));
    request.overdueReviewOnly = true;
    m_table->setItem(row, column++, number(count(request)));
  };
  int row = 0;
  for (const auto& g : groups.value()) fillRow(row++, g.group.code, g.group.code);
  fillRow(row, tr("All groups"), QString());
  m_table->resizeColumnsToContents();
}

}  // namespace casebook::gui
