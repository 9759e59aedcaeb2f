#include "ImportFixture.h"
#include "TextDecoding.h"

#include <QStringDecoder>

#include <catch2/catch.hpp>

using namespace casebook;
using casebook::test::ImportFixture;

namespace {
const QByteArray kMinimal = "Group,Subject,Referral date,Reason\r\n";
}

TEST_CASE("import: UTF-8 with a BOM, and LF line ends", "[import][encoding]") {
  ImportFixture f;
  auto report = f.import(f.write("bom.csv", "\xEF\xBB\xBFGroup,Subject,Referral date,Reason\nYJAG,Zo\xC3\xAB Example,2024-05-01,ASB\n"));
  REQUIRE(report.ok());
  CHECK(report->encoding == QStringLiteral("UTF-8 with BOM"));
  CHECK(report->committed);
  auto page = CaseReader(f.bed.ctx).list({});
  REQUIRE(page->rows.size() == 1);
  CHECK(page->rows.front().subjectName == QStringLiteral("Zo\u00EB Example"));
}

TEST_CASE("import: Windows-1252 from Excel is read as such", "[import][encoding]") {
  ImportFixture f;
  // 0xEB is e-diaeresis and 0x92 a right single quote in Windows-1252; neither is UTF-8.
  auto report = f.import(f.write("cp1252.csv", kMinimal + "YJAG,Zo\xEB O\x92" "Example,2024-05-01,Caf\xE9 ASB\r\n"));
  INFO(errorText(report));
  REQUIRE(report.ok());
  CHECK(report->encoding == QStringLiteral("Windows-1252"));
  auto page = CaseReader(f.bed.ctx).list({});
  REQUIRE(page->rows.size() == 1);
  CHECK(page->rows.front().subjectName == QStringLiteral("Zo\u00EB O\u2019Example"));
  CHECK(f.detail(page->rows.front().reference).record.addedReason == QStringLiteral("Caf\u00E9 ASB"));
}

TEST_CASE("import: the Windows-1252 bytes 0x80-0x9F are its own characters, not Latin-1 controls", "[import][encoding]") {
  QByteArray high;
  for (int b = 0x80; b <= 0x9F; ++b) {
    if (b != 0x81 && b != 0x8D && b != 0x8F && b != 0x90 && b != 0x9D) high += static_cast<char>(b);
  }
  auto text = decodeSpreadsheetText(high, QStringLiteral("windows-1252"));
  REQUIRE(text.ok());
  const QString expected = QStringLiteral(
      "\u20AC\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u017D"
      "\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u017E\u0178");
  CHECK(text->text == expected);
  // Cross-check with Qt's own codec where this Qt build has one (ICU).
  QStringDecoder qtDecoder("windows-1252");
  if (qtDecoder.isValid()) CHECK(QString(qtDecoder(high)) == expected);

  for (const char undefined : {'\x81', '\x8D', '\x8F', '\x90', '\x9D'}) {
    INFO(static_cast<int>(static_cast<unsigned char>(undefined)));
    auto refused = decodeSpreadsheetText(QByteArray("ok\n") + undefined, QStringLiteral("auto"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().problem.startsWith(QStringLiteral("line 2 has byte 0x")));
  }
}

TEST_CASE("import: CRLF, LF and CR line ends give the same cases", "[import][encoding]") {
  for (const char* end : {"\r\n", "\n", "\r"}) {
    INFO(QByteArray(end).toHex().toStdString());
    ImportFixture f;
    const QByteArray e(end);
    auto report = f.importBytes("Group,Subject,Referral date,Reason" + e + "YJAG,One Person,2024-05-01,ASB" + e +
                                "YJAG,Two Person,2024-05-01,\"Two" + e + "lines\"" + e + "YJAG,Bad Date,2024-02-30,ASB" + e);
    REQUIRE(report.problems.size() == 1);
    CHECK(report.problems.front().line == 5);
    CHECK(report.rowsRead == 3);
  }
}

TEST_CASE("import: how the encoding is chosen and reported", "[import][encoding]") {
  ImportFixture f;
  const QByteArray rows = kMinimal + "YJAG,Plain Person,2024-05-01,ASB\r\n";
  CHECK(f.importBytes(rows).encoding == QStringLiteral("UTF-8"));
  ImportOptions forced;
  forced.encoding = QStringLiteral("Windows-1252");
  CHECK(f.importBytes(rows, forced).encoding == QStringLiteral("Windows-1252"));
  forced.encoding = QStringLiteral("latin-9");
  auto unknown = f.import(f.write("x.csv", rows), forced);
  REQUIRE_FALSE(unknown.ok());
  CHECK(unknown.error().field == QStringLiteral("encoding"));
  // A BOM promises UTF-8: bytes that break it are an error, not a Windows-1252 file.
  auto broken = f.import(f.write("bom-bad.csv", "\xEF\xBB\xBF" + kMinimal + "YJAG,Zo\xEB,2024-05-01,ASB\r\n"));
  REQUIRE_FALSE(broken.ok());
  CHECK(broken.error().problem == QStringLiteral("line 2 is not valid UTF-8"));
}

TEST_CASE("import: text that is not UTF-8 is refused when UTF-8 is demanded", "[import][encoding]") {
  ImportFixture f;
  ImportOptions options;
  options.encoding = QStringLiteral("utf-8");
  auto report = f.import(f.write("latin.csv", kMinimal + "YJAG,Ok Person,2024-05-01,ASB\r\nYJAG,Zo\xEB,2024-05-01,ASB\r\n"), options);
  REQUIRE_FALSE(report.ok());
  CHECK(report.error().problem == QStringLiteral("line 3 is not valid UTF-8"));
  CHECK(f.caseCount() == 0);
}

TEST_CASE("import: control characters are text inside a quoted cell, and refused outside one", "[import][encoding]") {
  // A Word line break (0x0B) typed into a cell, or an exported note holding an escape byte.
  const QByteArray inCell("Reason\r\n\"Seen\x0B \"\"twice\"\"\x1B[0m\x7F\"\r\n");
  auto read = decodeSpreadsheetText(inCell, QStringLiteral("auto"));
  INFO(errorText(read));
  REQUIRE(read.ok());
  CHECK(read->text == QString::fromUtf8(inCell));

  // After the closing quote the same bytes are outside any cell again.
  auto outside = decodeSpreadsheetText(QByteArray("Reason\r\n\"Seen\"\x0B\r\n"), QStringLiteral("auto"));
  REQUIRE_FALSE(outside.ok());
  CHECK(outside.error().problem.contains(QStringLiteral("line 2 holds a control byte (0x0b)")));
  auto nul = decodeSpreadsheetText(QByteArray("Reason\r\n\"Seen\x00\"\r\n", 17), QStringLiteral("auto"));
  REQUIRE_FALSE(nul.ok());
  CHECK(nul.error().problem.contains(QStringLiteral("control byte (0x00)")));
}

TEST_CASE("import: binary and UTF-16 files are refused", "[import][encoding]") {
  ImportFixture f;
  auto binary = f.import(f.write("binary.csv", QByteArray("Group,Subject\r\n\x00\x01\x02", 18)));
  REQUIRE_FALSE(binary.ok());
  CHECK(binary.error().problem.contains(QStringLiteral("line 2")));
  CHECK(binary.error().problem.contains(QStringLiteral("not a CSV text file")));

  auto utf16 = f.import(f.write("utf16.csv", QByteArray("\xFF\xFEG\x00r\x00", 6)));
  REQUIRE_FALSE(utf16.ok());
  CHECK(utf16.error().problem.contains(QStringLiteral("UTF-16")));
  CHECK(utf16.error().fix.contains(QStringLiteral("CSV UTF-8")));

  QByteArray bare;  // UTF-16LE without a byte order mark
  for (const char c : QByteArray("Group,Subject\r\n")) bare += QByteArray(1, c) + QByteArray(1, '\0');
  auto noBom = f.import(f.write("utf16-bare.csv", bare));
  REQUIRE_FALSE(noBom.ok());
  CHECK(noBom.error().problem.contains(QStringLiteral("UTF-16")));

  auto bomOnly = f.import(f.write("bom-only.csv", "\xEF\xBB\xBF\r\n\r\n"));
  REQUIRE_FALSE(bomOnly.ok());
  CHECK(bomOnly.error().problem.contains(QStringLiteral("is empty")));

  auto undefined = f.import(f.write("undefined.csv", kMinimal + "YJAG,A\x81 B,2024-05-01,ASB\r\n"));
  REQUIRE_FALSE(undefined.ok());
  CHECK(undefined.error().problem.contains(QStringLiteral("not Windows-1252")));
  CHECK(f.caseCount() == 0);
}

TEST_CASE("import: a quote that is never closed is reported", "[import][encoding]") {
  ImportFixture f;
  auto report = f.import(f.write("quote.csv", kMinimal + "YJAG,\"Open quote,2024-05-01,ASB\r\n"));
  REQUIRE_FALSE(report.ok());
  CHECK(report.error().field == QStringLiteral("line 2"));
}
