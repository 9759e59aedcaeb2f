#include "ImportFixture.h"

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

TEST_CASE("import: binary and UTF-16 files are refused", "[import][encoding]") {
  ImportFixture f;
  auto binary = f.import(f.write("binary.csv", QByteArray("Group,Subject\r\n\x00\x01\x02", 18)));
  REQUIRE_FALSE(binary.ok());
  CHECK(binary.error().problem.contains(QStringLiteral("line 2")));
  CHECK(binary.error().problem.contains(QStringLiteral("not a CSV text file")));

  auto utf16 = f.import(f.write("utf16.csv", QByteArray("\xFF\xFEG\x00r\x00", 6)));
  REQUIRE_FALSE(utf16.ok());
  CHECK(utf16.error().problem.contains(QStringLiteral("UTF-16")));

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
