#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace casebook {

// The one error convention (docs/architecture.md): every service returns a Result whose
// error tells the user which field is wrong, what is wrong with it and how to fix it.
struct Error {
  enum class Kind {
    Invalid,   // bad input: the caller can fix it
    NotFound,  // a named thing does not exist
    Conflict,  // the input clashes with stored data (duplicate reference, wrong state)
    Denied,    // the acting user may not do this
    Storage,   // the database could not do what was asked
  };

  Kind kind = Kind::Invalid;
  QString field;    // e.g. "likelihood", "line 4, column Referral date"; empty if none
  QString problem;  // what is wrong, in the user's words
  QString fix;      // what to do about it; may be empty

  static Error invalid(QString field, QString problem, QString fix = {}) {
    return {Kind::Invalid, std::move(field), std::move(problem), std::move(fix)};
  }
  static Error notFound(QString field, QString problem, QString fix = {}) {
    return {Kind::NotFound, std::move(field), std::move(problem), std::move(fix)};
  }
  static Error conflict(QString field, QString problem, QString fix = {}) {
    return {Kind::Conflict, std::move(field), std::move(problem), std::move(fix)};
  }
  static Error denied(QString problem) { return {Kind::Denied, {}, std::move(problem), {}}; }
  static Error storage(QString problem, QString fix = {}) {
    return {Kind::Storage, {}, std::move(problem), std::move(fix)};
  }

  // "field: problem. fix" — the single-line form used by the CLI and logs of error kinds.
  QString message() const;
};

template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : m_state(std::move(value)) {}  // NOLINT: implicit by design
  Result(Error error) : m_state(std::move(error)) {}  // NOLINT: implicit by design

  bool ok() const { return std::holds_alternative<T>(m_state); }
  explicit operator bool() const { return ok(); }

  const T& value() const& { return std::get<T>(m_state); }
  T& value() & { return std::get<T>(m_state); }
  // By value: a reference into a temporary Result would dangle in "for (x : f().value())".
  T value() && { return std::get<T>(std::move(m_state)); }
  const T* operator->() const { return &std::get<T>(m_state); }
  const T& operator*() const { return std::get<T>(m_state); }

  const Error& error() const { return std::get<Error>(m_state); }
  T value_or(T fallback) const { return ok() ? value() : std::move(fallback); }

 private:
  std::variant<T, Error> m_state;
};

template <>
class [[nodiscard]] Result<void> {
 public:
  Result() = default;
  Result(Error error) : m_error(std::move(error)) {}  // NOLINT: implicit by design

  bool ok() const { return !m_error.has_value(); }
  explicit operator bool() const { return ok(); }
  const Error& error() const { return *m_error; }

 private:
  std::optional<Error> m_error;
};

using Status = Result<void>;

}  // namespace casebook
