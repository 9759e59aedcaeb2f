#include "CsvWriter.h"

#include <csv.h>

namespace casebook {

QString CsvWriter::neutraliseFormula(const QString& cell) {
  if (cell.isEmpty()) return cell;
  const QChar first = cell.front();
  if (first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-') ||
      first == QLatin1Char('@') || first == QLatin1Char('\t') || first == QLatin1Char('\r')) {
    return QLatin1Char('\'') + cell;
  }
  return cell;
}

QByteArray CsvWriter::line(const QStringList& cells) {
  QByteArray out;
  for (int i = 0; i < cells.size(); ++i) {
    if (i > 0) out += ',';
    const QByteArray utf8 = neutraliseFormula(cells[i]).toUtf8();
    // libcsv quotes the field and doubles embedded quotes; the worst case is twice the size.
    QByteArray quoted(utf8.size() * 2 + 2, Qt::Uninitialized);
    const size_t written = csv_write(quoted.data(), static_cast<size_t>(quoted.size()), utf8.constData(),
                                     static_cast<size_t>(utf8.size()));
    quoted.truncate(static_cast<qsizetype>(written));
    out += quoted;
  }
  out += "\r\n";
  return out;
}

QByteArray CsvWriter::document(const QStringList& header, const std::vector<QStringList>& rows) {
  QByteArray out("\xEF\xBB\xBF");
  out += line(header);
  for (const auto& row : rows) out += line(row);
  return out;
}

}  // namespace casebook
