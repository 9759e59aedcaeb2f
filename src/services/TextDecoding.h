#pragma once

#include "Result.h"

#include <QByteArray>
#include <QString>

namespace casebook {

struct DecodedText {
  QString text;
  QString encoding;  // "UTF-8", "UTF-8 with BOM" or "Windows-1252"
};

// What spreadsheets save: UTF-8 with or without a BOM, or Windows-1252 ("CSV (Comma
// delimited)" in Excel). "auto" tries UTF-8 first and falls back to Windows-1252 only for
// bytes that read as text; anything else (NUL bytes, UTF-16, stray control bytes) is not
// a CSV file and is refused with the line where it goes wrong.
Result<DecodedText> decodeSpreadsheetText(const QByteArray& bytes, const QString& encoding);

// The file at path, decoded as above. Refused, naming the file, when it cannot be read or
// holds nothing but blanks (a BOM and empty lines included); emptyFix says what to do then.
Result<DecodedText> readSpreadsheetFile(const QString& path, const QString& encoding, const QString& emptyFix);

}  // namespace casebook
