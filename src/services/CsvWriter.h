#pragma once

#include <QByteArray>
#include <QStringList>

#include <vector>

namespace casebook {

// CSV as spreadsheets read it (RFC 4180, CRLF, UTF-8 with BOM so Excel picks UTF-8).
// Every cell that a spreadsheet would run as a formula (= + - @, tab or CR first) gets a
// leading apostrophe: exported data is people's text and must never execute (OWASP CSV
// injection guidance).
class CsvWriter final {
 public:
  static QString neutraliseFormula(const QString& cell);
  static QByteArray line(const QStringList& cells);
  static QByteArray document(const QStringList& header, const std::vector<QStringList>& rows);
};

}  // namespace casebook
