#pragma once

#include "Result.h"

#include <QString>

#include <exception>

namespace casebook {

// Thrown by storage code when SQL fails; caught by Database::write/read and turned into a
// Result, so no exception ever crosses out of the storage layer.
class StorageError final : public std::exception {
 public:
  explicit StorageError(Error error) : m_error(std::move(error)) {}
  const char* what() const noexcept override { return "casebook storage error"; }
  const Error& error() const { return m_error; }

 private:
  Error m_error;
};

}  // namespace casebook
