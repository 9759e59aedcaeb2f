#include "CsvReader.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>

using namespace casebook;

namespace {

std::vector<int> linesOf(const CsvTable& table) {
  std::vector<int> lines;
  for (const auto& row : table.rows) lines.push_back(row.line);
  return lines;
}

}  // namespace

TEST_CASE("csv: rows keep the physical line they start on", "[csv]") {
  SECTION("blank lines are skipped but counted") {
    auto table = CsvReader::parse(QStringLiteral("a,b\r\n\r\n1,2\r\n,\r\n3,4"));
    REQUIRE(table.ok());
    CHECK(table->header == QStringList{QStringLiteral("a"), QStringLiteral("b")});
    CHECK(linesOf(*table) == std::vector<int>{3, 5});
  }
  SECTION("quoted cells over several lines, LF") {
    auto table = CsvReader::parse(QStringLiteral("a,b\n\"one\ntwo\nthree\",x\nnext,y\n"));
    REQUIRE(table.ok());
    CHECK(linesOf(*table) == std::vector<int>{2, 5});
    CHECK(table->rows[0].cells.at(0) == QStringLiteral("one\ntwo\nthree"));
  }
  SECTION("quoted cells over several lines, CRLF") {
    auto table = CsvReader::parse(QStringLiteral("a,b\r\n\"one\r\ntwo\",x\r\nnext,y\r\n"));
    REQUIRE(table.ok());
    CHECK(linesOf(*table) == std::vector<int>{2, 4});
    CHECK(table->rows[0].cells.at(0) == QStringLiteral("one\r\ntwo"));
  }
  SECTION("CR alone, as old Mac spreadsheets save") {
    auto table = CsvReader::parse(QStringLiteral("a,b\r1,2\r3,4\r"));
    REQUIRE(table.ok());
    CHECK(linesOf(*table) == std::vector<int>{2, 3});
  }
}

TEST_CASE("csv: quoting as spreadsheets write it", "[csv]") {
  auto table = CsvReader::parse(QStringLiteral("a,b,c\n\"say \"\"hi\"\"\",\"x, y\",  padded  \n"));
  REQUIRE(table.ok());
  REQUIRE(table->rows.size() == 1);
  CHECK(table->rows[0].cells == QStringList{QStringLiteral("say \"hi\""), QStringLiteral("x, y"), QStringLiteral("padded")});
}

TEST_CASE("csv: a quote never closed names the line its row starts on", "[csv]") {
  auto table = CsvReader::parse(QStringLiteral("a,b\n1,2\n\"open,3\n4,5\n"));
  REQUIRE_FALSE(table.ok());
  CHECK(table.error().field == QStringLiteral("line 3"));
}
