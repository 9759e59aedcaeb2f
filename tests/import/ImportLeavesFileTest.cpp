#include "CaseService.h"
#include "ImportFixture.h"

#include <QFileInfo>

#include <catch2/catch.hpp>

using namespace casebook;
using casebook::test::kHeader;

namespace {

struct BadInput {
  const char* name;
  QByteArray bytes;
  QString encoding = QStringLiteral("auto");
  QByteArray map;  // a --map file when not empty
  bool dryRun = false;
};

BadInput bad(const char* name, const QByteArray& bytes, const QString& encoding = QStringLiteral("auto"),
               const QByteArray& map = {}, bool dryRun = false) {
  return BadInput{name, bytes, encoding, map, dryRun};
}

const QByteArray kGood = "YJAG-2024-010,YJAG,Good Person,2008-01-01,2024-05-01,ASB,3,3,open,\r\n";

// A database file on disk, opened and closed around each step as the CLI does, so that
// what is compared is the file itself with nothing left in SQLite's WAL.
class DiskDatabase {
 public:
  DiskDatabase() : m_path(m_dir.filePath(QStringLiteral("casebook.db"))) {
    withContext([](ServiceContext& ctx) {
      REQUIRE(DirectoryService(ctx).seedDefaults().ok());
      NewCaseInput existing;  // for "duplicate reference against the database"
      existing.reference = QStringLiteral("YJAG-2024-001");
      existing.subject.name = QStringLiteral("Existing Person");
      existing.referral.groupCode = QStringLiteral("YJAG");
      existing.referral.receivedOn = QDate(2024, 4, 1);
      existing.referral.reason = QStringLiteral("ASB");
      REQUIRE(CaseService(ctx).create(existing).ok());
    });
  }

  template <typename F>
  void withContext(F&& work) {
    {
      auto db = Database::open(m_path, Database::Mode::CreateIfMissing);
      REQUIRE(db.ok());
      ServiceContext ctx{*db.value(), m_clock, Actor{}, m_access};
      work(ctx);
    }
    // Closing the last connection checkpoints the WAL into the file and removes it.
    REQUIRE_FALSE(QFileInfo::exists(m_path + QStringLiteral("-wal")));
  }
  QByteArray bytes() const { return fileBytes(m_path); }
  QString file(const char* name, const QByteArray& content) const {
    const QString path = m_dir.filePath(QString::fromLatin1(name));
    QFile out(path);
    REQUIRE(out.open(QIODevice::WriteOnly));
    out.write(content);
    return path;
  }

 private:
  QTemporaryDir m_dir;
  QString m_path;
  FixedClock m_clock{QDate(2024, 6, 15)};
  AllowAllAccess m_access;
};

}  // namespace

TEST_CASE("import: every kind of bad input leaves the database file byte for byte as it was", "[import][disk]") {
  const QByteArray row11 = "YJAG-2024-011,YJAG,Some One,2008-01-01,2024-05-01,ASB,3,3,open,\r\n";
  const std::vector<BadInput> inputs{
      bad("unknown group", kHeader + kGood + "YJAG-2024-011,NOPE,Some One,2008-01-01,2024-05-01,ASB,3,3,open,\r\n"),
      bad("likelihood 0", kHeader + kGood + "YJAG-2024-011,YJAG,Some One,2008-01-01,2024-05-01,ASB,0,3,open,\r\n"),
      bad("likelihood 6", kHeader + kGood + "YJAG-2024-011,YJAG,Some One,2008-01-01,2024-05-01,ASB,6,3,open,\r\n"),
      bad("date 2024-02-30", kHeader + kGood + "YJAG-2024-011,YJAG,Some One,2008-01-01,2024-02-30,ASB,3,3,open,\r\n"),
      bad("duplicate reference in the file", kHeader + kGood + kGood),
      bad("duplicate reference against the database",
          kHeader + kGood + "YJAG-2024-001,YJAG,Some One,2008-01-01,2024-05-01,ASB,3,3,open,\r\n"),
      bad("missing required column", "Reference,Subject,Referral date,Reason\r\nYJAG-2024-010,Some One,2024-05-01,ASB\r\n"),
      bad("non-UTF-8 under --encoding utf-8", kHeader + "YJAG-2024-010,YJAG,Zo\xEB,,2024-05-01,ASB,3,3,open,\r\n",
          QStringLiteral("utf-8")),
      bad("empty file", QByteArray()),
      bad("header only", kHeader),
      bad("binary", QByteArray("\x00\x01\x02\x03PK\x05\x06", 8)),
      bad("UTF-16", QByteArray("\xFF\xFEG\x00r\x00o\x00u\x00p\x00", 12)),
      bad("bad map file", kHeader + kGood, QStringLiteral("auto"), "Young person,Shoe size\r\n"),
      bad("dry run of a good file", kHeader + kGood + row11, QStringLiteral("auto"), QByteArray(), true),
  };
  DiskDatabase disk;
  const QByteArray before = disk.bytes();
  REQUIRE_FALSE(before.isEmpty());
  for (const auto& input : inputs) {
    INFO(input.name);
    ImportOptions options;
    options.encoding = input.encoding;
    options.dryRun = input.dryRun;
    if (!input.map.isEmpty()) options.mapFile = disk.file("map.csv", input.map);
    const QString csv = disk.file("input.csv", input.bytes);
    disk.withContext([&](ServiceContext& ctx) {
      auto report = ImportService(ctx).importCases(csv, options);
      // Either the file is refused or its rows are; nothing is committed.
      CHECK((!report.ok() || !report->committed));
      if (report.ok() && !input.dryRun) CHECK_FALSE(report->problems.empty());
    });
    CHECK(disk.bytes() == before);
  }

  // The check can fail: a good import does change the file.
  const QString good = disk.file("good.csv", kHeader + kGood);
  disk.withContext([&](ServiceContext& ctx) { REQUIRE(ImportService(ctx).importCases(good, {})->committed); });
  CHECK(disk.bytes() != before);
}
