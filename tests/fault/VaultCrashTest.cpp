#include "TestSupport.h"

#include "Clock.h"
#include "Database.h"
#include "DirectoryService.h"

#include <catch2/catch.hpp>

#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QThread>

#include <csignal>
#include <set>

using namespace casebook;

namespace {

const QByteArray kPassphrase("harbour lantern tulip");

struct Found {
  std::set<int> areas;
  std::set<int> agencies;
};

Found readBack(const QString& folder) {
  auto db = Database::openVault(folder, kPassphrase);
  INFO(errorText(db));
  REQUIRE(db.ok());
  FixedClock clock(QDate(2024, 6, 15));
  AllowAllAccess access;
  ServiceContext ctx{*db.value(), clock, Actor{QStringLiteral("check"), Role::Administrator}, access};
  Found found;
  static const QRegularExpression fault(QStringLiteral("^[FG](\\d+)$"));
  for (const auto& a : DirectoryService(ctx).areas().value()) {
    if (auto m = fault.match(a.code); m.hasMatch()) found.areas.insert(m.captured(1).toInt());
  }
  for (const auto& a : DirectoryService(ctx).agencies().value()) {
    if (auto m = fault.match(a.code); m.hasMatch()) found.agencies.insert(m.captured(1).toInt());
  }
  return found;
}

int iterations() {
  const int asked = qEnvironmentVariableIntValue("CASEBOOK_CRASH_ITERATIONS");
  return asked > 0 ? asked : 200;
}

}  // namespace

// kill -9 at random instants of a writer that commits pairs of rows and compacts every few
// commits: no acknowledged commit may be lost and no transaction may be half there.
TEST_CASE("vault: kill -9 of a writer loses no acknowledged commit and leaves no half transaction", "[vault][fault]") {
  QTemporaryDir root;
  const QString folder = root.filePath(QStringLiteral("vault"));
  {
    auto created = Database::createVault(folder, kPassphrase, vault::KdfParams{});
    REQUIRE(created.ok());
  }
  auto* random = QRandomGenerator::global();
  int acknowledged = 0;  // the highest number any writer reported committed
  int kills = 0;
  int killedWhileCompacting = 0;
  for (int round = 0; round < iterations(); ++round) {
    QProcess writer;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CASEBOOK_PASSPHRASE"), QString::fromLatin1(kPassphrase));
    writer.setProcessEnvironment(env);
    writer.start(QStringLiteral(CASEBOOK_CRASH_WRITER),
                 {folder, QString::number(acknowledged + 1000 * 0 + 1), QString::number(3)});
    REQUIRE(writer.waitForStarted());
    REQUIRE(writer.waitForReadyRead(20000));
    QThread::msleep(static_cast<unsigned long>(random->bounded(5, 120)));
    ::kill(static_cast<pid_t>(writer.processId()), SIGKILL);
    REQUIRE(writer.waitForFinished(10000));
    ++kills;
    const QStringList lines = QString::fromLatin1(writer.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    INFO("round " << round << ", stderr: " << writer.readAllStandardError().toStdString());
    REQUIRE(lines.value(0) == QStringLiteral("ready"));
    int last = acknowledged;
    for (const QString& line : lines.mid(1)) last = std::max(last, line.toInt());
    if (last > acknowledged && last % 3 == 0) ++killedWhileCompacting;  // killed right after a compaction began

    const Found found = readBack(folder);
    CHECK(found.areas == found.agencies);  // both rows of every transaction, or neither
    for (int i = 1; i <= last; ++i) {
      if (!found.areas.count(i)) FAIL("acknowledged commit " << i << " is lost");
    }
    // At most the one commit in flight when the writer died may be there unacknowledged.
    CHECK(static_cast<int>(found.areas.size()) <= last + 1);
    acknowledged = found.areas.empty() ? 0 : *found.areas.rbegin();
  }
  CHECK(kills == iterations());
  WARN("kills: " << kills << ", commits acknowledged: " << acknowledged
                 << ", kills just after a compaction started: " << killedWhileCompacting);
}
