#include "CliSession.h"

#include "Dates.h"
#include "DirectoryService.h"

#include <QDir>
#include <QStandardPaths>

#include <cstdlib>
#include <ostream>

namespace casebook::cli {

QString qs(const std::string& text) { return QString::fromStdString(text); }

CliSession::CliSession(std::ostream& out, std::ostream& err) : m_out(out), m_err(err) {}
CliSession::~CliSession() = default;

QString CliSession::databasePath() const {
  if (!dbPath.empty()) return qs(dbPath);
  return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
      .filePath(QStringLiteral("casebook.db"));
}

ServiceContext* CliSession::open(bool create) {
  if (m_ctx) return m_ctx.get();
  auto db = Database::open(databasePath(), create ? Database::Mode::CreateIfMissing : Database::Mode::OpenExisting);
  if (!db) {
    fail(db.error());
    return nullptr;
  }
  m_db = std::move(db).value();
  const char* user = std::getenv("USER");
  Actor actor{user ? QString::fromLocal8Bit(user) : QStringLiteral("local user"), Role::Administrator};
  m_ctx = std::make_unique<ServiceContext>(ServiceContext{*m_db, m_clock, actor, m_access});
  return m_ctx.get();
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
