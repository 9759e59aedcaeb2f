#include "ProcessHardening.h"

#include "WipingAllocator.h"

#include <sys/prctl.h>
#include <sys/resource.h>

namespace casebook::vault {

void hardenProcess() {
  const rlimit none{0, 0};
  setrlimit(RLIMIT_CORE, &none);
  prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
  installWipingAllocator();
}

}  // namespace casebook::vault
