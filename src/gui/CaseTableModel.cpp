#include "CaseTableModel.h"

#include "Dates.h"
#include "RiskBandStyle.h"

#include <QBrush>
#include <QFont>

namespace casebook::gui {

CaseTableModel::CaseTableModel(PageSource source, QObject* parent)
    : QAbstractTableModel(parent), m_source(std::move(source)) {}

void CaseTableModel::setRequest(const CaseListRequest& request) {
  std::vector<CaseSummary> first;
  m_request = request;
  m_requested = true;
  const bool loaded = loadPage(0, first);
  beginResetModel();
  m_rows = loaded ? std::move(first) : std::vector<CaseSummary>{};
  if (!loaded) m_total = 0;
  endResetModel();
  Q_EMIT totalChanged(m_total);
}

bool CaseTableModel::loadPage(int offset, std::vector<CaseSummary>& into) {
  CaseListRequest page = m_request;
  page.limit = kPageSize;
  page.offset = offset;
  auto result = m_source(page);
  if (!result) {
    m_lastError = result.error().message();
    Q_EMIT loadFailed(m_lastError);
    return false;
  }
  m_lastError.clear();
  m_total = result->total;
  into = std::move(result.value().rows);
  return true;
}

const CaseSummary* CaseTableModel::summaryAt(int row) const {
  return row >= 0 && row < static_cast<int>(m_rows.size()) ? &m_rows[static_cast<std::size_t>(row)] : nullptr;
}

int CaseTableModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int CaseTableModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant CaseTableModel::data(const QModelIndex& index, int role) const {
  const CaseSummary* row = summaryAt(index.row());
  if (!row || !index.isValid()) return {};
  const auto column = static_cast<Column>(index.column());
  if (role == Qt::DisplayRole) {
    switch (column) {
      case Reference: return row->reference;
      case Group: return row->groupCode;
      case Subject: return row->subjectName;
      case Status: return toLabel(row->status);
      case Risk: return row->band ? RiskBandStyle::chipText(*row->band, row->score.value_or(0)) : QStringLiteral("-");
      case NextReview:
        if (!row->nextReviewOn) return QStringLiteral("-");
        return row->reviewOverdue ? tr("%1 (overdue)").arg(isoDate(*row->nextReviewOn)) : isoDate(*row->nextReviewOn);
      case Owner: return row->ownerName;
      case Area: return row->areaCode;
      case Themes: return row->themes.join(QStringLiteral(", "));
      case ColumnCount: break;
    }
  }
  if (role == Qt::BackgroundRole && column == Risk && row->band) return QBrush(RiskBandStyle::background(*row->band));
  if (role == Qt::ForegroundRole && column == Risk && row->band) return QBrush(RiskBandStyle::foreground(*row->band));
  if (role == Qt::FontRole && column == NextReview && row->reviewOverdue) {
    QFont bold;
    bold.setBold(true);
    return bold;
  }
  if (role == Qt::ToolTipRole && column == Subject && row->openInSeveralGroups) {
    return tr("This subject is also open in another group");
  }
  if (role == Qt::DecorationRole && column == Subject && row->openInSeveralGroups) {
    return RiskBandStyle::severalGroupsIcon();
  }
  if (role == Qt::AccessibleTextRole) return data(index, Qt::DisplayRole);
  return {};
}

QVariant CaseTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
  switch (static_cast<Column>(section)) {
    case Reference: return tr("Reference");
    case Group: return tr("Group");
    case Subject: return tr("Subject");
    case Status: return tr("Status");
    case Risk: return tr("Risk");
    case NextReview: return tr("Next review");
    case Owner: return tr("Owner");
    case Area: return tr("Area");
    case Themes: return tr("Themes");
    case ColumnCount: break;
  }
  return {};
}

bool CaseTableModel::canFetchMore(const QModelIndex& parent) const {
  return !parent.isValid() && static_cast<int>(m_rows.size()) < m_total;
}

void CaseTableModel::fetchMore(const QModelIndex& parent) {
  if (!canFetchMore(parent)) return;
  std::vector<CaseSummary> more;
  if (!loadPage(static_cast<int>(m_rows.size()), more) || more.empty()) return;
  const int first = static_cast<int>(m_rows.size());
  beginInsertRows({}, first, first + static_cast<int>(more.size()) - 1);
  for (auto& row : more) m_rows.push_back(std::move(row));
  endInsertRows();
}

void CaseTableModel::sort(int column, Qt::SortOrder order) {
  CaseListRequest request = m_request;
  switch (static_cast<Column>(column)) {
    case Reference: request.sort = CaseQuery::Sort::Reference; break;
    case Group: request.sort = CaseQuery::Sort::Group; break;
    case Subject: request.sort = CaseQuery::Sort::Subject; break;
    case Status: request.sort = CaseQuery::Sort::CaseStatus; break;
    case Risk: request.sort = CaseQuery::Sort::Score; break;
    case NextReview: request.sort = CaseQuery::Sort::NextReview; break;
    default: return;  // owner, area and themes are not sortable
  }
  request.descending = order == Qt::DescendingOrder;
  if (!m_requested) {
    m_request = request;
    return;
  }
  setRequest(request);
}

}  // namespace casebook::gui
