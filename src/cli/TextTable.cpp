#include "TextTable.h"

namespace casebook::cli {

namespace {

QString cut(const QString& text, int width) {
  QString single = text;
  single.replace(QLatin1Char('\n'), QLatin1Char(' '));
  return single.size() > width ? single.left(width - 1) + QChar(0x2026) : single;
}

}  // namespace

QString TextTable::render(int maxCellWidth) const {
  std::vector<int> widths(m_header.size(), 0);
  auto measure = [&](const QStringList& row) {
    for (int i = 0; i < row.size() && i < static_cast<int>(widths.size()); ++i) {
      widths[i] = std::max(widths[i], static_cast<int>(cut(row[i], maxCellWidth).size()));
    }
  };
  measure(m_header);
  for (const auto& row : m_rows) measure(row);
  auto line = [&](const QStringList& row) {
    QString out;
    for (int i = 0; i < static_cast<int>(widths.size()); ++i) {
      const QString cell = i < row.size() ? cut(row[i], maxCellWidth) : QString();
      out += i + 1 < static_cast<int>(widths.size()) ? cell.leftJustified(widths[i] + 2) : cell;
    }
    return out;
  };
  QString out = line(m_header) + QLatin1Char('\n');
  for (const auto& row : m_rows) out += line(row) + QLatin1Char('\n');
  return out;
}

}  // namespace casebook::cli
