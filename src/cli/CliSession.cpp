#include "CliSession.h"

#include "Dates.h"
#include "AccountService.h"
#include "DirectoryService.h"
#include "GroupAccessPolicy.h"
#include "RetentionService.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#include <cstdlib>
#include <fcntl.h>
#include <termios.h>
#include <unistd.h>
#include <ostream>

namespace casebook::cli {

QString qs(const std::string& text) { return QString::fromStdString(text); }

namespace {

// Reads a line from the terminal with echo off, so the passphrase is never shown.
QByteArray readHidden(const QString& prompt) {
  const int tty = ::open("/dev/tty", O_RDWR | O_CLOEXEC);
  if (tty < 0) return {};
  const QByteArray text = prompt.toLocal8Bit();
  if (::write(tty, text.constData(), static_cast<size_t>(text.size())) < 0) {
    ::close(tty);
    return {};
  }
  termios before {};
  const bool terminal = ::tcgetattr(tty, &before) == 0;
  if (terminal) {
    termios quiet = before;
    quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
    ::tcsetattr(tty, TCSAFLUSH, &quiet);
  }
  QByteArray line;
  char c = 0;
  while (::read(tty, &c, 1) == 1 && c != '\n') line += c;
  if (terminal) ::tcsetattr(tty, TCSAFLUSH, &before);
  if (::write(tty, "\n", 1) < 0) line.clear();
  ::close(tty);
  return line;
}

}  // namespace

CliSession::CliSession(std::ostream& out, std::ostream& err) : m_out(out), m_err(err) {}
CliSession::~CliSession() { m_openedWith.fill('\0'); }

QString CliSession::databasePath() const {
  if (!vaultPath.empty()) return qs(vaultPath);
  if (!dbPath.empty()) return qs(dbPath);
  // The defaults the desktop uses too: the vault for real data, the demo file otherwise.
  return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
      .filePath(unencrypted ? QStringLiteral("casebook.db") : QStringLiteral("vault"));
}

QByteArray CliSession::secret(const QString& prompt) {
  const QByteArray fromEnvironment = qgetenv("CASEBOOK_PASSPHRASE");
  if (!fromEnvironment.isEmpty()) return fromEnvironment;
  QByteArray typed = readHidden(prompt);
  if (typed.isEmpty()) {
    invalid(QStringLiteral("passphrase"), QStringLiteral("no passphrase was given"),
            QStringLiteral("Type it when asked, or set CASEBOOK_PASSPHRASE for scripts"));
  }
  return typed;
}

QByteArray CliSession::newPassphrase(const char* environmentVariable) {
  const QByteArray fromEnvironment = qgetenv(environmentVariable);
  if (!fromEnvironment.isEmpty()) return fromEnvironment;
  const QByteArray first = readHidden(QStringLiteral("New passphrase (12 characters or more; a few unrelated words): "));
  const QByteArray again = first.isEmpty() ? QByteArray() : readHidden(QStringLiteral("The new passphrase again: "));
  if (first.isEmpty() || first != again) {
    invalid(QStringLiteral("passphrase"),
            first.isEmpty() ? QStringLiteral("no passphrase was given") : QStringLiteral("the two passphrases differ"),
            QStringLiteral("Type the same passphrase twice, or set %1 for scripts").arg(QLatin1String(environmentVariable)));
    return {};
  }
  return first;
}

ServiceContext* CliSession::open(bool create) {
  if (m_ctx) return m_ctx.get();
  if (!dbPath.empty() && !unencrypted) {
    if (QFileInfo(qs(dbPath)).isDir()) {
      invalid(QStringLiteral("--db"), QStringLiteral("%1 is a folder").arg(qs(dbPath)),
              QStringLiteral("An encrypted vault is named with --vault %1").arg(qs(dbPath)));
    } else {
      invalid(QStringLiteral("--db"), QStringLiteral("%1 names an unencrypted database file").arg(qs(dbPath)),
              QStringLiteral("Add --unencrypted to use a plain file (demo and test data only); real case data belongs "
                             "in an encrypted vault (--vault FOLDER)"));
    }
    return nullptr;
  }
  Result<std::unique_ptr<Database>> db = Error::storage(QString());
  if (usesVault()) {
    const QString folder = databasePath();
    if (create && !Database::isVaultFolder(folder)) {
      const QByteArray passphrase = newPassphrase("CASEBOOK_PASSPHRASE");
      if (passphrase.isEmpty()) return nullptr;
      auto created = Database::createVault(folder, passphrase);
      if (!created) {
        fail(created.error());
        return nullptr;
      }
      Database::NewVault made = std::move(created).value();
      note(QStringLiteral("Vault created. Its recovery key opens it if the passphrase is lost; it is shown only "
                          "now. Write it down and keep it apart from the laptop:\n  %1")
               .arg(made.recoveryKey));
      db = std::move(made.db);
    } else {
      const QByteArray key = secret(byRecoveryKey ? QStringLiteral("Recovery key: ")
                                                  : QStringLiteral("Passphrase for %1: ").arg(accountName()));
      if (key.isEmpty()) return nullptr;
      db = Database::openVault(folder, key, byRecoveryKey, generation, accountName());
      m_openedWith = key;
    }
  } else {
    db = Database::open(databasePath(), create ? Database::Mode::CreateIfMissing : Database::Mode::OpenExisting);
  }
  if (!db) {
    fail(db.error());
    // Damage: name the ways on, with the generation that is kept for this.
    const auto generations = Database::vaultGenerations(databasePath());
    if (usesVault() && db.error().kind == Error::Kind::Storage && generations.size() > 1 && generation == 0) {
      note(QStringLiteral("The previous generation may open: add --generation %1 (it then becomes the newest). Or "
                          "restore a backup into a new folder: casebook-cli --vault NEW restore --from BACKUP")
               .arg(generations.at(1)));
    }
    return nullptr;
  }
  m_db = std::move(db).value();
  if (!usesVault()) {
    m_ctx = std::make_unique<ServiceContext>(ServiceContext{*m_db, m_clock, Actor{accountName(), Role::Administrator}, m_allowAll});
    return m_ctx.get();
  }
  // A vault: the account signs in (recorded), and the access model applies to every call.
  auto actor = AccountService::signIn(*m_db, m_clock, accountName());
  if (actor) {
    if (auto finished = RetentionService::finishPendingPurge(*m_db); !finished) actor = finished.error();
  }
  auto policy = actor ? GroupAccessPolicy::load(*m_db) : Result<GroupAccessPolicy>(actor.error());
  if (!policy) {
    fail(policy.error());
    m_db.reset();
    return nullptr;
  }
  m_policy = std::make_unique<GroupAccessPolicy>(std::move(policy).value());
  m_ctx = std::make_unique<ServiceContext>(ServiceContext{*m_db, m_clock, actor.value(), *m_policy});
  return m_ctx.get();
}

QString CliSession::accountName() const {
  if (!user.empty()) return qs(user);
  const QString fromEnvironment = qEnvironmentVariable("CASEBOOK_USER");
  if (!fromEnvironment.isEmpty()) return fromEnvironment;
  return qEnvironmentVariable("USER", QStringLiteral("admin"));
}

void CliSession::closeDatabase() {
  m_ctx.reset();
  m_db.reset();
}

int CliSession::fail(const Error& error) {
  m_err << "error: " << error.message().toStdString() << '\n';
  exitCode = error.kind == Error::Kind::Storage ? kStorage : kInvalid;
  return exitCode;
}

int CliSession::invalid(const QString& field, const QString& problem, const QString& fix) {
  return fail(Error::invalid(field, problem, fix));
}

std::optional<Format> CliSession::outputFormat() {
  if (format == "table") return Format::Table;
  if (format == "csv") return Format::Csv;
  if (format == "json") return Format::Json;
  invalid(QStringLiteral("--format"), QStringLiteral("'%1' is not a format").arg(qs(format)),
          QStringLiteral("Use table, csv or json"));
  return std::nullopt;
}

std::optional<std::optional<QDate>> CliSession::date(const std::string& text, const char* option) {
  if (text.empty()) return std::optional<QDate>();
  auto parsed = parseIsoDate(qs(text), QString::fromLatin1(option));
  if (!parsed) {
    fail(parsed.error());
    return std::nullopt;
  }
  return std::optional<QDate>(parsed.value());
}

std::optional<Quarter> CliSession::quarter(const std::string& text) {
  auto parsed = Quarter::parse(qs(text));
  if (parsed) return parsed.value();
  Error e = parsed.error();
  e.field = QStringLiteral("--quarter");
  fail(e);
  return std::nullopt;
}

bool CliSession::readDate(const std::string& text, const char* option, QDate& into) {
  auto parsed = date(text, option);
  if (!parsed) return false;
  into = parsed->value_or(QDate());
  return true;
}

void CliSession::print(const QString& text) { m_out << text.toStdString() << '\n'; }
void CliSession::printRaw(const QByteArray& bytes) { m_out.write(bytes.constData(), bytes.size()); }
void CliSession::note(const QString& text) { m_err << text.toStdString() << '\n'; }

}  // namespace casebook::cli
