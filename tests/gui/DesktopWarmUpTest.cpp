#include "DesktopWarmUp.h"

#include <QApplication>
#include <QFile>
#include <QTest>

using namespace casebook;

// The work done while a vault is unlocked: in a process of its own, so nothing before it
// has loaded what it loads.
class DesktopWarmUpTest final : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void loadsTheImagePlugins();
};

namespace {

bool mapped(const QByteArray& part) {
  QFile maps(QStringLiteral("/proc/self/maps"));
  return maps.open(QIODevice::ReadOnly) && maps.readAll().contains(part);
}

}  // namespace

void DesktopWarmUpTest::loadsTheImagePlugins() {
  QVERIFY(!mapped("/imageformats/"));
  { gui::DesktopWarmUp warmUp; }  // its destructor waits for the work
  QVERIFY(mapped("/imageformats/"));
}

QTEST_MAIN(DesktopWarmUpTest)
#include "DesktopWarmUpTest.moc"
