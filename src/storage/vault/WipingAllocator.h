#pragma once

#include <cstddef>

namespace casebook::vault {

// SQLite's memory allocator for both programs: every block is zeroed as it is freed, so the
// pages of a database that has been closed (on lock, on quit) do not linger in freed heap
// memory where a later allocation, a swap-out or a debugger could find them. It must be
// installed before SQLite starts; false if it came too late (SQLite already running).
bool installWipingAllocator();

// For the allocator's own tests: shown each block once wiped, just before it is freed.
void setWipedBlockHookForTests(void (*hook)(void* block, std::size_t bytes));
// Gives back the blocks this thread keeps for reuse, so a test starts from empty lists.
void freeKeptBlocksForTests();
// The allocator's functions, for those tests.
void* wipingMalloc(int bytes);
void wipingFree(void* block);
void* wipingRealloc(void* block, int bytes);

}  // namespace casebook::vault
