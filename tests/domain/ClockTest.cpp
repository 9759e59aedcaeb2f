#include "Clock.h"

#include <catch2/catch.hpp>

#include <ctime>

using namespace casebook;

namespace {

// TZ as it was, put back when the test ends.
class SavedTimeZone {
 public:
  SavedTimeZone() : m_set(qEnvironmentVariableIsSet("TZ")), m_value(qgetenv("TZ")) {}
  ~SavedTimeZone() {
    if (m_set) qputenv("TZ", m_value);
    else qunsetenv("TZ");
    tzset();
  }

 private:
  bool m_set;
  QByteArray m_value;
};

}  // namespace

TEST_CASE("settling the time zone names the machine's own zone and keeps a chosen one", "[domain][clock]") {
  SavedTimeZone saved;
  SECTION("unset: the machine's zone file, and local time as before") {
    qunsetenv("TZ");
    tzset();
    const QDateTime utc(QDate(2026, 7, 1), QTime(12, 0), Qt::UTC);
    const int offsetBefore = utc.toLocalTime().offsetFromUtc();
    SystemClock::settleTimeZone();
    CHECK(qgetenv("TZ") == QByteArray(":/etc/localtime"));
    CHECK(utc.toLocalTime().offsetFromUtc() == offsetBefore);
  }
  SECTION("chosen by the user: left alone") {
    qputenv("TZ", "Europe/London");
    SystemClock::settleTimeZone();
    CHECK(qgetenv("TZ") == QByteArray("Europe/London"));
  }
}
