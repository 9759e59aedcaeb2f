#pragma once

#include "CaseInputs.h"

#include <QAbstractTableModel>

#include <functional>
#include <vector>

namespace casebook::gui {

// The case list: pages of rows fetched from the services as the view scrolls, so that
// 100,000 cases never sit in memory at once. Filtering and sorting run in SQL.
class CaseTableModel final : public QAbstractTableModel {
  Q_OBJECT
  Q_DISABLE_COPY_MOVE(CaseTableModel)

 public:
  enum Column { Reference, Group, Subject, Status, Risk, NextReview, Owner, Area, Themes, ColumnCount };
  static constexpr int kPageSize = 200;

  // Fetches one page for a request; the model sets limit and offset.
  using PageSource = std::function<Result<CasePage>(const CaseListRequest&)>;

  explicit CaseTableModel(PageSource source, QObject* parent = nullptr);

  void setRequest(const CaseListRequest& request);  // resets and loads the first page
  const CaseListRequest& request() const { return m_request; }
  int totalMatching() const { return m_total; }
  const CaseSummary* summaryAt(int row) const;
  QString lastError() const { return m_lastError; }

  int rowCount(const QModelIndex& parent = {}) const override;
  int columnCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role) const override;
  QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
  bool canFetchMore(const QModelIndex& parent) const override;
  void fetchMore(const QModelIndex& parent) override;
  void sort(int column, Qt::SortOrder order) override;

 Q_SIGNALS:
  void totalChanged(int total);
  void loadFailed(const QString& message);

 private:
  bool loadPage(int offset, std::vector<CaseSummary>& into);

  PageSource m_source;
  CaseListRequest m_request;
  std::vector<CaseSummary> m_rows;
  int m_total = 0;
  QString m_lastError;
  // Until the window chooses what to list, a sort only records its order: the view sorts
  // once as it is built, and querying then would run the start-up's list twice.
  bool m_requested = false;
};

}  // namespace casebook::gui
