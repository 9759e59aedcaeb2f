#pragma once

namespace casebook::vault {

// No core dumps and no ptrace attach by other processes of the same user: a crash must not
// write case data from memory to disk; SQLite's freed memory is wiped (WipingAllocator.h).
// Called first thing by both programs, before SQLite starts.
void hardenProcess();

}  // namespace casebook::vault
