#include "TextDecoding.h"

#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace casebook {

namespace {

const QString kField = QStringLiteral("file");

int lineOf(const QByteArray& bytes, qsizetype offset) {
  return static_cast<int>(bytes.left(offset).count('\n')) + 1;
}

// Offset of the first byte that breaks UTF-8, or -1 when the whole text is valid.
qsizetype firstInvalidUtf8(const QByteArray& b) {
  const auto* s = reinterpret_cast<const unsigned char*>(b.constData());
  const qsizetype n = b.size();
  for (qsizetype i = 0; i < n;) {
    const unsigned char c = s[i];
    int extra = 0;
    unsigned int min = 0;
    if (c < 0x80) { ++i; continue; }
    if ((c & 0xE0) == 0xC0) { extra = 1; min = 0x80; }
    else if ((c & 0xF0) == 0xE0) { extra = 2; min = 0x800; }
    else if ((c & 0xF8) == 0xF0) { extra = 3; min = 0x10000; }
    else return i;
    unsigned int code = c & (0x3F >> extra);
    for (int k = 1; k <= extra; ++k) {
      if (i + k >= n || (s[i + k] & 0xC0) != 0x80) return i;
      code = (code << 6) | (s[i + k] & 0x3F);
    }
    if (code < min || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) return i;
    i += extra + 1;
  }
  return -1;
}

// Windows-1252 differs from Latin-1 in 0x80-0x9F; five of those bytes are unassigned.
constexpr char16_t kCp1252High[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

Result<QString> decodeCp1252(const QByteArray& bytes) {
  QString text;
  text.reserve(bytes.size());
  for (qsizetype i = 0; i < bytes.size(); ++i) {
    const auto c = static_cast<unsigned char>(bytes[i]);
    if (c >= 0x80 && c <= 0x9F) {
      const char16_t mapped = kCp1252High[c - 0x80];
      if (mapped == 0) {
        return Error::invalid(kField, QStringLiteral("line %1 has byte 0x%2, which is not Windows-1252 text")
                                          .arg(lineOf(bytes, i)).arg(c, 2, 16, QLatin1Char('0')),
                              QStringLiteral("Save the file from the spreadsheet as 'CSV UTF-8'"));
      }
      text += QChar(mapped);
    } else {
      text += QChar(static_cast<char16_t>(c));
    }
  }
  return text;
}

// UTF-16 without a byte order mark: ASCII text with a NUL beside every character. Told
// apart from a binary file so that the message can say how to save the file instead.
bool looksLikeUtf16(const QByteArray& bytes) {
  const qsizetype n = std::min<qsizetype>(bytes.size() & ~qsizetype(1), 64);
  if (n < 4) return false;
  int evenNul = 0;
  int oddNul = 0;
  for (qsizetype i = 0; i < n; ++i) {
    if (bytes[i] != 0) continue;
    if (i % 2 == 0) ++evenNul;
    else ++oddNul;
  }
  const qsizetype units = n / 2;
  return (oddNul == units && evenNul == 0) || (evenNul == units && oddNul == 0);
}

// Control bytes other than tab, CR and LF never occur between a spreadsheet's cells, and
// NUL never occurs in text at all. Inside a quoted cell other control characters are the
// cell's text (a Word line break is 0x0B; Casebook's own export quotes every cell and
// writes what was typed), so they are read, and the export imports back unchanged.
qsizetype firstControlByte(const QByteArray& bytes) {
  bool quoted = false;  // a doubled quote inside a cell flips this twice
  for (qsizetype i = 0; i < bytes.size(); ++i) {
    const auto c = static_cast<unsigned char>(bytes[i]);
    if (c == '"') quoted = !quoted;
    if (c == 0) return i;
    if (quoted) continue;
    if (c < 0x20 && c != '\t' && c != '\r' && c != '\n') return i;
    if (c == 0x7F) return i;
  }
  return -1;
}

}  // namespace

Result<DecodedText> decodeSpreadsheetText(const QByteArray& input, const QString& encoding) {
  const QString mode = encoding.trimmed().toLower();
  if (mode != QStringLiteral("auto") && mode != QStringLiteral("utf-8") && mode != QStringLiteral("windows-1252")) {
    return Error::invalid(QStringLiteral("encoding"), QStringLiteral("'%1' is not supported").arg(encoding),
                          QStringLiteral("Use auto, utf-8 or windows-1252"));
  }
  if (input.startsWith("\xFF\xFE") || input.startsWith("\xFE\xFF") || looksLikeUtf16(input)) {
    return Error::invalid(kField, QStringLiteral("the file is UTF-16 (Excel's 'Unicode text')"),
                          QStringLiteral("Save it from the spreadsheet as 'CSV UTF-8 (comma delimited)'"));
  }
  QByteArray bytes = input;
  bool bom = false;
  if (bytes.startsWith("\xEF\xBB\xBF")) {
    bytes.remove(0, 3);
    bom = true;
  }
  if (const qsizetype bad = firstControlByte(bytes); bad >= 0) {
    return Error::invalid(kField, QStringLiteral("line %1 holds a control byte (0x%2): this is not a CSV text file")
                                      .arg(lineOf(bytes, bad))
                                      .arg(static_cast<unsigned char>(bytes[bad]), 2, 16, QLatin1Char('0')),
                          QStringLiteral("Export the tracker from the spreadsheet as CSV"));
  }
  if (mode == QStringLiteral("windows-1252") && !bom) {
    auto text = decodeCp1252(bytes);
    if (!text) return text.error();
    return DecodedText{text.value(), QStringLiteral("Windows-1252")};
  }
  const qsizetype invalid = firstInvalidUtf8(bytes);
  if (invalid < 0) {
    return DecodedText{QString::fromUtf8(bytes), bom ? QStringLiteral("UTF-8 with BOM") : QStringLiteral("UTF-8")};
  }
  if (mode == QStringLiteral("utf-8") || bom) {
    return Error::invalid(kField, QStringLiteral("line %1 is not valid UTF-8").arg(lineOf(bytes, invalid)),
                          QStringLiteral("Save the file as 'CSV UTF-8', or import with --encoding windows-1252"));
  }
  auto text = decodeCp1252(bytes);
  if (!text) return text.error();
  return DecodedText{text.value(), QStringLiteral("Windows-1252")};
}

Result<DecodedText> readSpreadsheetFile(const QString& path, const QString& encoding, const QString& emptyFix) {
  QFile file(path);
  if (!QFileInfo(path).isFile() || !file.open(QIODevice::ReadOnly)) {
    return Error::invalid(QStringLiteral("file"), QStringLiteral("cannot read %1").arg(path),
                          QStringLiteral("Check the file name and that you may read it"));
  }
  const auto empty = [&] {
    return Error::invalid(QStringLiteral("file"), QStringLiteral("%1 is empty").arg(path), emptyFix);
  };
  const QByteArray bytes = file.readAll();
  if (bytes.trimmed().isEmpty()) return empty();  // before decoding: not an encoding problem
  auto text = decodeSpreadsheetText(bytes, encoding);
  if (!text) return text.error();
  if (text->text.trimmed().isEmpty()) return empty();
  return text;
}

}  // namespace casebook
