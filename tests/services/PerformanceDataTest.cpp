#include "AuditService.h"
#include "GroupAccessPolicy.h"
#include "PerformanceDataService.h"
#include "ReportDataState.h"
#include "ServiceFixture.h"

#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace casebook;

namespace {

Quarter quarter(const char* name) { return Quarter::parse(QString::fromLatin1(name)).value(); }

// The table as "crime type: now / previous / last year" lines, "-" for a count not held.
QStringList lines(TestBed& bed, const char* name) {
  const auto table = PerformanceDataService(bed.ctx).table(quarter(name));
  REQUIRE(table.ok());
  const auto text = [](std::optional<int> n) { return n ? QString::number(*n) : QStringLiteral("-"); };
  QStringList result;
  for (const auto& r : table->rows) {
    result << QStringLiteral("%1: %2 / %3 / %4").arg(r.crimeType, text(r.now), text(r.previous), text(r.lastYear));
  }
  return result;
}

QString writeFile(const QTemporaryDir& dir, const char* name, const QByteArray& bytes) {
  const QString path = dir.filePath(QString::fromLatin1(name));
  REQUIRE(writeFileBytes(path, bytes));
  return path;
}

int auditEntries(TestBed& bed) {
  AuditFilter filter;
  filter.event = AuditEvent::ChangeReport;
  const auto entries = AuditService(bed.ctx).list(filter);
  REQUIRE(entries.ok());
  return static_cast<int>(entries->size());
}

void setCount(TestBed& bed, const char* crimeType, const char* q, int count) {
  const auto set = PerformanceDataService(bed.ctx).set(QString::fromUtf8(crimeType), quarter(q), count);
  INFO(errorText(set));
  REQUIRE(set.ok());
}

}  // namespace

TEST_CASE("performance data: counts are whole numbers of 0 or more and crime types are named", "[performance]") {
  CHECK(parsePerformanceCount(QStringLiteral(" 123 ")).value() == 123);
  CHECK(parsePerformanceCount(QStringLiteral("0")).value() == 0);
  for (const char* bad : {"", "-1", "12.5", "1,234", "12a", "1e3", "99999999999"}) {
    INFO(bad);
    const auto parsed = parsePerformanceCount(QString::fromLatin1(bad));
    REQUIRE_FALSE(parsed.ok());
    CHECK(parsed.error().field == QStringLiteral("count"));
    CHECK_FALSE(parsed.error().fix.isEmpty());
  }
  CHECK(parsePerformanceCount(QStringLiteral("1,234")).error().fix.contains(QStringLiteral("without separators")));
  CHECK(normalisedCrimeType(QStringLiteral("  Burglary  -   residential ")) == QStringLiteral("Burglary - residential"));

  PerformanceFigure figure{QStringLiteral("Vehicle crime"), QDate(2024, 10, 1), 5, QString(), QString(), QDateTime()};
  CHECK(validatePerformanceFigure(figure).ok());
  figure.crimeType = QStringLiteral("   ");
  CHECK(validatePerformanceFigure(figure).error().field == QStringLiteral("crime type"));
  figure.crimeType = QString(kCrimeTypeMaxLength + 1, QLatin1Char('x'));
  CHECK(validatePerformanceFigure(figure).error().field == QStringLiteral("crime type"));
  figure.crimeType = QStringLiteral("Vehicle crime");
  figure.count = -1;
  CHECK(validatePerformanceFigure(figure).error().field == QStringLiteral("count"));
}

TEST_CASE("performance data: the change in percent reads as in the CSP plan's tables", "[performance]") {
  CHECK(performanceChangeText(636, 670) == QStringLiteral("+5.3%"));
  CHECK(performanceChangeText(782, 570) == QStringLiteral("-27.1%"));
  CHECK(performanceChangeText(100, 93) == QStringLiteral("-7%"));
  CHECK(performanceChangeText(100, 100) == QStringLiteral("0%"));
  CHECK(performanceChangeText(10000, 9999) == QStringLiteral("0%"));  // never "-0%"
  CHECK(performanceChangeText(0, 4) == QStringLiteral("new"));
  CHECK(performanceChangeText(0, 0) == QStringLiteral("-"));
  CHECK(performanceChangeText(std::nullopt, 4) == QStringLiteral("n/a"));
  CHECK(performanceChangeText(4, std::nullopt) == QStringLiteral("n/a"));

  PerformanceRow row{QStringLiteral("Shoplifting"), 150, 120, 200, QString()};
  CHECK(row.changeFromPrevious() == Approx(25.0));
  CHECK(row.changeFromLastYear() == Approx(-25.0));
  row.previous.reset();
  CHECK_FALSE(row.changeFromPrevious().has_value());
}

TEST_CASE("performance data: a quarter's table holds the quarter before and a year before", "[performance]") {
  TestBed bed;
  setCount(bed, "All crime", "2024Q4", 2800);
  setCount(bed, "All crime", "2024Q3", 2600);
  setCount(bed, "All crime", "2023Q4", 3000);
  setCount(bed, "Shoplifting", "2024Q3", 210);  // nothing this quarter or a year before
  setCount(bed, "Cycle theft", "2022Q4", 50);   // too long ago: not in the table

  CHECK(lines(bed, "2024Q4") ==
        QStringList{QStringLiteral("All crime: 2800 / 2600 / 3000"), QStringLiteral("Shoplifting: - / 210 / -")});
  // The same quarter named as a financial one (October to December 2024 is 2024/25 Q3).
  const auto financial = PerformanceDataService(bed.ctx).table(quarter("2024/25 Q3"));
  REQUIRE(financial.ok());
  CHECK(financial->quarter.name() == QStringLiteral("2024/25 Q3"));
  REQUIRE(financial->rows.size() == 2u);
  CHECK(financial->rows[0].now == 2800);
  CHECK(financial->rows[0].changeFromPrevious() == Approx(100.0 * 200 / 2600));
  CHECK(financial->rows[0].changeFromLastYear() == Approx(100.0 * -200 / 3000));

  // Replacing a count keeps one row; a crime type typed in another case is the one held.
  const auto replaced = PerformanceDataService(bed.ctx).set(QStringLiteral("all   CRIME"), quarter("2024Q4"), 2850);
  REQUIRE(replaced.ok());
  CHECK(replaced->replaced == 1);
  CHECK(replaced->crimeType == QStringLiteral("All crime"));
  CHECK(lines(bed, "2024Q4").first() == QStringLiteral("All crime: 2850 / 2600 / 3000"));
  CHECK(PerformanceDataService(bed.ctx).crimeTypes().value() ==
        QStringList({QStringLiteral("All crime"), QStringLiteral("Shoplifting"), QStringLiteral("Cycle theft")}));

  const QString before = test::reportDataState(bed);
  const int audits = auditEntries(bed);
  CHECK(PerformanceDataService(bed.ctx).set(QStringLiteral("All crime"), quarter("2024Q4"), 2850)->unchanged == 1);
  CHECK(auditEntries(bed) == audits);  // nothing changed, nothing recorded
  CHECK_REFUSED_KEEPS_REPORT_DATA(bed, before, PerformanceDataService(bed.ctx).set(QStringLiteral(" "), quarter("2024Q4"), 1),
                          Error::Kind::Invalid, "crime type");
  CHECK_REFUSED_KEEPS_REPORT_DATA(bed, before, PerformanceDataService(bed.ctx).set(QStringLiteral("All crime"), quarter("2024Q4"), -5),
                          Error::Kind::Invalid, "count");
  CHECK_REFUSED_KEEPS_REPORT_DATA(bed, before, PerformanceDataService(bed.ctx).remove(QStringLiteral("Robbery"), quarter("2024Q4")),
                          Error::Kind::NotFound, "crime type");

  REQUIRE(PerformanceDataService(bed.ctx).remove(QStringLiteral("all crime"), quarter("2024Q3")).ok());
  CHECK(lines(bed, "2024Q4").first() == QStringLiteral("All crime: 2850 / - / 3000"));
  CHECK(auditEntries(bed) == audits + 1);
}

TEST_CASE("performance data: only administrators and chairs write it, and each write is audited", "[performance]") {
  TestBed bed;
  setCount(bed, "Vehicle crime", "2024Q1", 190);
  const int audits = auditEntries(bed);
  CHECK(audits == 1);
  QTemporaryDir dir;
  const QString file = writeFile(dir, "counts.csv", "crime_type,quarter,count\nVehicle crime,2024Q2,200\n");

  // The access rule, as in a vault: a plain file's own access lets its user do anything.
  const GroupAccessPolicy policy = GroupAccessPolicy::load(*bed.db).value();
  for (const Role role : {Role::Caseworker, Role::Viewer}) {
    ServiceContext as{*bed.db, bed.clock, Actor{QStringLiteral("casey"), role}, policy};
    const QString before = test::reportDataState(bed);
    PerformanceDataService service(as);
    const auto refused = service.set(QStringLiteral("Vehicle crime"), quarter("2024Q2"), 200);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == Error::Kind::Denied);
    CHECK(refused.error().problem.contains(QStringLiteral("administrators and chairs")));
    CHECK_FALSE(service.remove(QStringLiteral("Vehicle crime"), quarter("2024Q1")).ok());
    CHECK(service.importCsv(file).error().kind == Error::Kind::Denied);
    CHECK(service.saveQuarter(quarter("2024Q1"), {}).error().kind == Error::Kind::Denied);
    CHECK(test::reportDataState(bed) == before);
    CHECK(service.table(quarter("2024Q1"))->rows.size() == 1u);  // everyone reads it
  }

  ServiceContext chair{*bed.db, bed.clock, Actor{QStringLiteral("jo"), Role::Chair}, policy};
  REQUIRE(PerformanceDataService(chair).set(QStringLiteral("Vehicle crime"), quarter("2024Q2"), 200).ok());
  REQUIRE(PerformanceDataService(chair).importCsv(file).ok());  // the same count again
  CHECK(auditEntries(bed) == audits + 2);
  AuditFilter filter;
  filter.event = AuditEvent::ChangeReport;
  const auto entries = AuditService(bed.ctx).list(filter).value();
  QStringList details;
  for (const auto& e : entries) details << e.account + QStringLiteral(": ") + e.record.detail;
  CHECK(details.contains(QStringLiteral("jo: performance data: Vehicle crime in 2024Q2 set to 200")));
}

TEST_CASE("performance data: a CSV import adds and replaces counts in one go", "[performance]") {
  TestBed bed;
  setCount(bed, "Burglary - residential", "2024Q4", 100);
  REQUIRE(PerformanceDataService(bed.ctx).set(QStringLiteral("Shoplifting"), quarter("2024Q4"), 200, QStringLiteral("Police")).ok());
  QTemporaryDir dir;
  // Header names in any case and order, quoted cells, a financial quarter, padding cells.
  const QString path = writeFile(dir, "performance.csv",
                                 "Quarter,Crime type,Count\r\n"
                                 "2024Q4,\"Burglary - residential\",123\r\n"
                                 "2024/25 Q3,shoplifting,210,\r\n"
                                 "2024Q3,\"Burglary - residential\",98\r\n"
                                 "\r\n"
                                 "2024Q4,\"Robbery, personal\",7\r\n");
  const int audits = auditEntries(bed);
  const auto imported = PerformanceDataService(bed.ctx).importCsv(path);
  INFO(errorText(imported));
  REQUIRE(imported.ok());
  CHECK(imported->rows == 4);
  CHECK(imported->added == 2);
  CHECK(imported->replaced == 2);
  CHECK(auditEntries(bed) == audits + 1);  // the import is one entry
  CHECK(lines(bed, "2024Q4") == QStringList({QStringLiteral("Burglary - residential: 123 / 98 / -"),
                                             QStringLiteral("Shoplifting: 210 / - / -"),
                                             QStringLiteral("Robbery, personal: 7 / - / -")}));
  // Without a source column, the source held is kept.
  CHECK(PerformanceDataService(bed.ctx).table(quarter("2024Q4"))->rows[1].source == QStringLiteral("Police"));

  const QString withSource = writeFile(dir, "source.csv", "crime_type,quarter,count,source\nShoplifting,2024Q4,211,Retail forum\n");
  REQUIRE(PerformanceDataService(bed.ctx).importCsv(withSource).ok());
  CHECK(PerformanceDataService(bed.ctx).table(quarter("2024Q4"))->rows[1].source == QStringLiteral("Retail forum"));
}

TEST_CASE("performance data: a bad row refuses the whole file, naming its line and column", "[performance]") {
  TestBed bed;
  setCount(bed, "All crime", "2024Q4", 2800);
  QTemporaryDir dir;
  const QString before = test::reportDataState(bed);
  const int audits = auditEntries(bed);

  struct BadFile {
    const char* name;
    QByteArray text;
    const char* field;
    const char* problem;
  };
  const std::vector<BadFile> files{
      {"count on line 4", "crime_type,quarter,count\nAll crime,2024Q4,2900\nShoplifting,2024Q4,210\nVehicle crime,2024Q4,12a\n",
       "line 4, column count", "'12a' is not a whole number"},
      {"negative count", "crime_type,quarter,Count\nAll crime,2024Q4,-3\n", "line 2, column Count", "'-3' is not a whole number"},
      {"quarter", "crime_type,quarter,count\nAll crime,2024Q4,1\nAll crime,2024Q5,2\n", "line 3, column quarter", "'2024Q5' is not a quarter"},
      {"no quarter", "crime_type,quarter,count\nAll crime,,2\n", "line 2, column quarter", "no quarter given"},
      {"crime type", "crime_type,quarter,count\n  ,2024Q4,2\n", "line 2, column crime_type", "is empty"},
      {"twice", "crime_type,quarter,count\nAll crime,2024Q4,1\nall crime,2024/25 Q3,2\n", "line 3, column crime_type",
       "all crime in 2024/25 Q3 is also on line 2"},
      {"too many cells", "crime_type,quarter,count\nRobbery, personal,2024Q4,7\n", "line 2, column 4", "the row has 4 cells"},
      {"unknown column", "crime_type,quarter,count,area\nAll crime,2024Q4,1,NL61\n", "line 1, column area", "'area' is not a column"},
      {"missing column", "crime_type,count\nAll crime,1\n", "line 1, column quarter", "the header has no quarter column"},
      {"no rows", "crime_type,quarter,count\n", "file", "has a header but no rows"},
      {"empty", "", "file", "is empty"},
      {"open quote", "crime_type,quarter,count\n\"All crime,2024Q4,1\n", "line 2", "quoted field"},
  };
  for (const auto& bad : files) {
    INFO(bad.name);
    const QString path = writeFile(dir, "bad.csv", bad.text);
    const auto refused = PerformanceDataService(bed.ctx).importCsv(path);
    REQUIRE_FALSE(refused.ok());
    INFO(refused.error().message());
    CHECK(refused.error().kind == Error::Kind::Invalid);
    CHECK(refused.error().field == QString::fromLatin1(bad.field));
    CHECK(refused.error().problem.contains(QString::fromLatin1(bad.problem)));
    CHECK_FALSE(refused.error().fix.isEmpty());
    CHECK(test::reportDataState(bed) == before);
    CHECK(lines(bed, "2024Q4") == QStringList{QStringLiteral("All crime: 2800 / - / -")});
  }
  CHECK(auditEntries(bed) == audits);

  // Several problems: the first in full, the others by where they are, and nothing saved.
  const QString several = writeFile(dir, "several.csv", "crime_type,quarter,count\nAll crime,2024Q4,2900\nA,2024Q4,x\nB,2024Q9,1\n");
  const auto refused = PerformanceDataService(bed.ctx).importCsv(several);
  REQUIRE_FALSE(refused.ok());
  CHECK(refused.error().field == QStringLiteral("line 3, column count"));
  CHECK(refused.error().problem.contains(QStringLiteral("1 more problem: line 4, column quarter")));
  CHECK(refused.error().fix.contains(QStringLiteral("Nothing was imported")));
  CHECK(lines(bed, "2024Q4") == QStringList{QStringLiteral("All crime: 2800 / - / -")});
}

TEST_CASE("performance data: saving a quarter's table adds, replaces and removes in one transaction", "[performance]") {
  TestBed bed;
  setCount(bed, "All crime", "2024Q4", 2800);
  setCount(bed, "Shoplifting", "2024Q4", 200);
  setCount(bed, "Shoplifting", "2024Q3", 190);
  const auto figure = [](const char* type, int count) {
    return PerformanceFigure{QString::fromUtf8(type), QDate(), count, QString(), QString(), QDateTime()};
  };
  const auto saved = PerformanceDataService(bed.ctx).saveQuarter(quarter("2024Q4"), {figure("All crime", 2900), figure("Arson", 4)});
  INFO(errorText(saved));
  REQUIRE(saved.ok());
  CHECK(saved->added == 1);
  CHECK(saved->replaced == 1);
  CHECK(saved->removed == 1);
  CHECK(lines(bed, "2024Q4") == QStringList({QStringLiteral("All crime: 2900 / - / -"), QStringLiteral("Shoplifting: - / 190 / -"),
                                             QStringLiteral("Arson: 4 / - / -")}));

  const QString before = test::reportDataState(bed);
  CHECK_REFUSED_KEEPS_REPORT_DATA(bed, before,
                          PerformanceDataService(bed.ctx).saveQuarter(quarter("2024Q4"), {figure("Arson", 5), figure("arson", 6)}),
                          Error::Kind::Invalid, "crime type");
  CHECK_REFUSED_KEEPS_REPORT_DATA(bed, before,
                          PerformanceDataService(bed.ctx).saveQuarter(quarter("2024Q4"), {figure("Arson", 5), figure("Theft", -1)}),
                          Error::Kind::Invalid, "Theft, count");
}
