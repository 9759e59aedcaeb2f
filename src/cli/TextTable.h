#pragma once

#include <QStringList>

#include <vector>

namespace casebook::cli {

// Rows printed as aligned columns for a terminal; long cells are cut with an ellipsis.
class TextTable final {
 public:
  explicit TextTable(QStringList header) : m_header(std::move(header)) {}
  void add(QStringList row) { m_rows.push_back(std::move(row)); }
  QString render(int maxCellWidth = 40) const;

  const QStringList& header() const { return m_header; }
  const std::vector<QStringList>& rows() const { return m_rows; }

 private:
  QStringList m_header;
  std::vector<QStringList> m_rows;
};

}  // namespace casebook::cli
