#pragma once

#include "Result.h"
#include "StorageError.h"

#include <QString>

#include <memory>
#include <type_traits>

namespace casebook {

class SqlStatement;

// One SQLite database (file or memory) on one connection. Services never see SQL: they
// pass lambdas to write()/read(), which run them in one transaction and turn any
// StorageError into a Result (docs/architecture.md).
class Database final {
 public:
  enum class Mode { OpenExisting, CreateIfMissing };

  static Result<std::unique_ptr<Database>> open(const QString& path, Mode mode);
  static Result<std::unique_ptr<Database>> openInMemory();
  ~Database();
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;

  QString path() const;
  int schemaVersion() const;

  // Runs work() in a transaction: commits if it returns ok, rolls back otherwise.
  // Calls nest through savepoints, so a service may compose others into one transaction.
  template <typename F>
  std::invoke_result_t<F> write(F&& work);
  template <typename F>
  std::invoke_result_t<F> read(F&& work) { return write(std::forward<F>(work)); }

  bool inTransaction() const;

  // The connection's value of journal_mode, synchronous, foreign_keys or temp_store, for
  // diagnostics and tests; empty for any other name.
  QString pragma(const QString& name);

 private:
  friend class SqlStatement;
  friend class NativeSqlite;
  struct Impl;
  explicit Database(std::unique_ptr<Impl> impl);

  Status begin();
  Status commit();
  void rollback();

  std::unique_ptr<Impl> m_impl;
};

template <typename F>
std::invoke_result_t<F> Database::write(F&& work) {
  using R = std::invoke_result_t<F>;
  if (auto begun = begin(); !begun) return R(begun.error());
  try {
    R result = work();
    if (!result.ok()) {
      rollback();
      return result;
    }
    if (auto committed = commit(); !committed) {
      rollback();
      return R(committed.error());
    }
    return result;
  } catch (const StorageError& e) {
    rollback();
    return R(e.error());
  }
}

}  // namespace casebook
