#include "ReportsPage.h"

#include "CaseReader.h"
#include "DirectoryService.h"
#include "RiskBandStyle.h"

#include <QHeaderView>
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
  m_note->setText(tr("Counts only, never names. Quarterly CSP report drafts in the partnership's template will be "
                     "written from these figures (a later release)."));
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(title);
  layout->addWidget(m_table, 1);
  layout->addWidget(m_note);
}

void ReportsPage::reload() {
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
