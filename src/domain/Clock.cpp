#include "Clock.h"

namespace casebook {

void SystemClock::settleTimeZone() {
  // With TZ unset, glibc's tzset() looks at /etc/localtime again on every call, and Qt calls
  // it for every QDateTime::currentDateTime(): 6 % of a 100,000-row import went to stat().
  // Naming that same file lets tzset() see that nothing changed. Daylight saving still
  // follows the file's rules; only a change of the machine's zone waits for a restart.
  if (!qEnvironmentVariableIsSet("TZ")) qputenv("TZ", ":/etc/localtime");
}

}  // namespace casebook
