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

int size(void* block) { return block ? static_cast<int>(sizeOf(block)) : 0; }
int roundUp(int bytes) { return (bytes + 7) & ~7; }
int init(void*) { return SQLITE_OK; }
void shutdown(void*) {}

}  // namespace

void* wipingMalloc(int bytes) {
  if (bytes <= 0) return nullptr;
  auto* base = static_cast<char*>(std::malloc(kHeader + static_cast<std::size_t>(bytes)));
  if (!base) return nullptr;
  const std::size_t n = static_cast<std::size_t>(bytes);
  std::memcpy(base, &n, sizeof n);
  return base + kHeader;
}

void wipingFree(void* block) {
  if (!block) return;
  char* base = static_cast<char*>(block) - kHeader;
  const std::size_t bytes = sizeOf(block);
  sodium_memzero(block, bytes);  // not optimised away, unlike memset before free
  if (g_hook) g_hook(block, bytes);
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

void setWipedBlockHookForTests(void (*hook)(void*, std::size_t)) { g_hook = hook; }

}  // namespace casebook::vault
