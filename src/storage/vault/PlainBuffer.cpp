#include "PlainBuffer.h"

#include <sqlite3.h>

#include <utility>

namespace casebook::vault {

std::optional<PlainBuffer> PlainBuffer::allocate(qint64 capacity) {
  if (capacity <= 0) return std::nullopt;
  auto* data = static_cast<unsigned char*>(sqlite3_malloc64(static_cast<sqlite3_uint64>(capacity)));
  if (!data) return std::nullopt;
  return PlainBuffer(data, capacity);
}

PlainBuffer::PlainBuffer(PlainBuffer&& other) noexcept
    : m_data(std::exchange(other.m_data, nullptr)),
      m_size(std::exchange(other.m_size, 0)),
      m_capacity(std::exchange(other.m_capacity, 0)) {}

PlainBuffer& PlainBuffer::operator=(PlainBuffer&& other) noexcept {
  if (this != &other) {
    sqlite3_free(m_data);
    m_data = std::exchange(other.m_data, nullptr);
    m_size = std::exchange(other.m_size, 0);
    m_capacity = std::exchange(other.m_capacity, 0);
  }
  return *this;
}

PlainBuffer::~PlainBuffer() { sqlite3_free(m_data); }

unsigned char* PlainBuffer::release() {
  m_size = 0;
  m_capacity = 0;
  return std::exchange(m_data, nullptr);
}

QByteArray PlainBuffer::copy() const {
  return m_data ? QByteArray(reinterpret_cast<const char*>(m_data), static_cast<qsizetype>(m_size)) : QByteArray();
}

}  // namespace casebook::vault
