#pragma once

#include <QByteArray>

#include <optional>

namespace casebook::vault {

// A decrypted snapshot, held in SQLite's allocator (the wiping one, WipingAllocator.h) so
// that sqlite3_deserialize can take the very buffer over: the database is in memory once,
// not three times (sealed file, plaintext, SQLite's copy), and what is freed is wiped.
class PlainBuffer final {
 public:
  // capacity bytes, of which none is used yet; nullopt when memory is short.
  static std::optional<PlainBuffer> allocate(qint64 capacity);
  PlainBuffer() = default;
  PlainBuffer(PlainBuffer&& other) noexcept;
  PlainBuffer& operator=(PlainBuffer&& other) noexcept;
  PlainBuffer(const PlainBuffer&) = delete;
  PlainBuffer& operator=(const PlainBuffer&) = delete;
  ~PlainBuffer();

  unsigned char* data() { return m_data; }
  qint64 size() const { return m_size; }
  qint64 capacity() const { return m_capacity; }
  void setSize(qint64 size) { m_size = size; }
  // The buffer, for sqlite3_deserialize(SQLITE_DESERIALIZE_FREEONCLOSE); this no longer owns it.
  unsigned char* release();
  // A copy outside the wiping allocator: for tests and for comparing small snapshots.
  QByteArray copy() const;

 private:
  PlainBuffer(unsigned char* data, qint64 capacity) : m_data(data), m_capacity(capacity) {}
  unsigned char* m_data = nullptr;
  qint64 m_size = 0;
  qint64 m_capacity = 0;
};

}  // namespace casebook::vault
