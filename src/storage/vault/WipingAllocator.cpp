#include "WipingAllocator.h"

#include <sodium.h>
#include <sqlite3.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>

namespace casebook::vault {

namespace {

// Each block carries its size in front, so it can be wiped whole; 16 bytes keep the block
// itself aligned for any type.
constexpr std::size_t kHeader = 16;

void (*g_hook)(void*, std::size_t) = nullptr;

std::size_t sizeOf(void* block) {
  std::size_t bytes = 0;
  std::memcpy(&bytes, static_cast<char*>(block) - kHeader, sizeof bytes);
  return bytes;
}

// Small blocks, once wiped, are kept for reuse. SQLite as Debian builds it has no lookaside
// memory, so every statement allocates and frees dozens of small blocks, more of a size
// than glibc's per-thread cache keeps (its slow path was 12 % of an import). Each thread
// keeps its own lists, linked through the blocks' headers; the blocks' contents stay zero.
constexpr std::size_t kStep = 16;
constexpr std::size_t kSmall = 1024;
constexpr std::size_t kClasses = kSmall / kStep;
constexpr unsigned kKeptPerClass = 256;

struct FreeLists {
  char* heads[kClasses];
  unsigned counts[kClasses];
  bool closed;  // the thread is ending: blocks go back to the system
};
thread_local FreeLists t_lists{};  // trivially destructible: usable by frees during thread exit

char*& nextOf(char* base) { return *reinterpret_cast<char**>(base + sizeof(std::size_t)); }

void freeKeptBlocks() {
  for (std::size_t c = 0; c < kClasses; ++c) {
    while (char* base = t_lists.heads[c]) {
      t_lists.heads[c] = nextOf(base);
      std::free(base);
    }
    t_lists.counts[c] = 0;
  }
}

void releaseLists() {
  t_lists.closed = true;
  freeKeptBlocks();
}

// Gives a thread's kept blocks back when the thread ends.
struct ListsReleaser {
  bool armed = false;
  ~ListsReleaser() {
    if (armed) releaseLists();
  }
};
thread_local ListsReleaser t_releaser;

std::size_t roundedSize(std::size_t bytes) {
  return bytes <= kSmall ? (bytes + kStep - 1) / kStep * kStep : (bytes + 7) & ~std::size_t{7};
}

int size(void* block) { return block ? static_cast<int>(sizeOf(block)) : 0; }
int roundUp(int bytes) { return static_cast<int>(roundedSize(static_cast<std::size_t>(bytes))); }
int init(void*) { return SQLITE_OK; }
void shutdown(void*) {}

}  // namespace

void* wipingMalloc(int bytes) {
  if (bytes <= 0) return nullptr;
  const std::size_t n = roundedSize(static_cast<std::size_t>(bytes));
  char* base = nullptr;
  if (n <= kSmall && !t_lists.closed) {
    const std::size_t c = n / kStep - 1;
    if ((base = t_lists.heads[c])) {
      t_lists.heads[c] = nextOf(base);
      --t_lists.counts[c];
    }
  }
  if (!base) base = static_cast<char*>(std::malloc(kHeader + n));
  if (!base) return nullptr;
  std::memcpy(base, &n, sizeof n);
  return base + kHeader;
}

void wipingFree(void* block) {
  if (!block) return;
  char* base = static_cast<char*>(block) - kHeader;
  const std::size_t bytes = sizeOf(block);
  sodium_memzero(block, bytes);  // not optimised away, unlike memset before free
  if (g_hook) g_hook(block, bytes);
  if (bytes <= kSmall && !t_lists.closed) {
    const std::size_t c = bytes / kStep - 1;
    if (t_lists.counts[c] < kKeptPerClass) {
      t_releaser.armed = true;
      nextOf(base) = t_lists.heads[c];
      t_lists.heads[c] = base;
      ++t_lists.counts[c];
      return;
    }
  }
  std::free(base);
}

void* wipingRealloc(void* block, int bytes) {
  if (!block) return wipingMalloc(bytes);
  // A fresh block and a wiped old one: realloc() could move the data and leave the old copy.
  void* moved = wipingMalloc(bytes);
  if (!moved) return nullptr;
  std::memcpy(moved, block, std::min(sizeOf(block), static_cast<std::size_t>(bytes)));
  wipingFree(block);
  return moved;
}

bool installWipingAllocator() {
  static const sqlite3_mem_methods methods{&wipingMalloc, &wipingFree, &wipingRealloc, &size, &roundUp, &init,
                                           &shutdown, nullptr};
  // SQLite's memory statistics take a global mutex around every allocation and free (9 % of
  // an import's time); nothing reads them.
  if (sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0) != SQLITE_OK) return false;
  return sqlite3_config(SQLITE_CONFIG_MALLOC, &methods) == SQLITE_OK;
}

void freeKeptBlocksForTests() { freeKeptBlocks(); }

void setWipedBlockHookForTests(void (*hook)(void*, std::size_t)) { g_hook = hook; }

}  // namespace casebook::vault
