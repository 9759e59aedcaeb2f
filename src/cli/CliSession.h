#pragma once

#include "Clock.h"
#include "Database.h"
#include "EnumKeys.h"
#include "Quarter.h"
#include "Result.h"
#include "ServiceContext.h"

#include <QDate>
#include <QString>

#include <iosfwd>
#include <memory>
#include <optional>
#include <string>

namespace casebook::cli {

// Exit codes (docs/cli.md): 0 ok, 2 invalid input, 3 storage problem.
enum ExitCode { kOk = 0, kInvalid = 2, kStorage = 3 };

enum class Format { Table, Csv, Json };

// The help of every --quarter option.
inline constexpr const char* kQuarterHelp = "2024Q4 (calendar) or 2023/24 Q4 (financial year)";

// State shared by every command of one invocation: where the database is, how to print,
// and the service context once the database is open.
class CliSession final {
 public:
  CliSession(std::ostream& out, std::ostream& err);
  ~CliSession();

  std::string dbPath;     // an unencrypted database file: only with --unencrypted
  std::string vaultPath;  // an encrypted vault folder; with neither, the default vault
  bool unencrypted = false;
  bool byRecoveryKey = false;
  quint64 generation = 0;  // 0: the newest
  std::string user;        // --user; else CASEBOOK_USER, else the login name
  std::string format = "table";

  // The vault folder or, with --unencrypted, the database file this invocation works on.
  QString databasePath() const;
  bool usesVault() const { return !unencrypted; }
  // Opens (or, with create, makes) the database; on failure prints and sets the exit code.
  ServiceContext* open(bool create = false);
  void closeDatabase();
  Database* database() const { return m_db.get(); }
  // The vault passphrase (or recovery key): CASEBOOK_PASSPHRASE, else asked on the terminal
  // without echo. Empty after an error.
  QByteArray secret(const QString& prompt);
  // A new passphrase: from the environment variable when set, else typed twice without echo.
  // Empty after an error (not given, or the two differ).
  QByteArray newPassphrase(const char* environmentVariable);
  // The passphrase or recovery key the vault was opened with (for changing it).
  const QByteArray& openedWith() const { return m_openedWith; }

  // Prints "error: field: problem. fix" to stderr and records the exit code for its kind.
  int fail(const Error& error);
  int invalid(const QString& field, const QString& problem, const QString& fix = {});
  template <typename T>
  bool check(const Result<T>& result) {
    if (result.ok()) return true;
    fail(result.error());
    return false;
  }

  std::optional<Format> outputFormat();
  // Who signs in to a vault: --user, CASEBOOK_USER, or the login name.
  QString accountName() const;
  // "" -> nullopt; otherwise a strict YYYY-MM-DD date, or an error naming the option.
  std::optional<std::optional<QDate>> date(const std::string& text, const char* option);
  // Same, into a QDate that stays invalid when the text is empty; false after an error.
  bool readDate(const std::string& text, const char* option, QDate& into);
  // A --quarter option's text (kQuarterHelp) as a quarter, or an error naming the option.
  std::optional<Quarter> quarter(const std::string& text);
  template <typename E>
  std::optional<E> enumValue(const std::string& text, const char* option) {
    if (auto value = enumFromKey<E>(QString::fromStdString(text))) return value;
    invalid(QString::fromLatin1(option), QStringLiteral("'%1' is not accepted").arg(QString::fromStdString(text)),
            QStringLiteral("Use one of: %1").arg(allKeys<E>().join(QStringLiteral(", "))));
    return std::nullopt;
  }

  void print(const QString& text);   // a line on stdout
  void printRaw(const QByteArray& bytes);
  void note(const QString& text);    // a line on stderr (hints, warnings)

  int exitCode = kOk;

 private:
  std::ostream& m_out;
  std::ostream& m_err;
  SystemClock m_clock;
  AllowAllAccess m_allowAll;  // a plain file (demo and tests): its user is its administrator
  std::unique_ptr<AccessPolicy> m_policy;
  std::unique_ptr<Database> m_db;
  std::unique_ptr<ServiceContext> m_ctx;
  QByteArray m_openedWith;
};

QString qs(const std::string& text);

}  // namespace casebook::cli
