#pragma once

#include <QHash>
#include <QJsonObject>
#include <QStringList>
#include <QTemporaryDir>

namespace casebook::test {

// Command-line words from string literals.
QStringList args(std::initializer_list<const char*> items);

struct CliRun {
  int exitCode = -1;
  QString out;
  QString err;
  QJsonObject json() const;  // stdout parsed as a JSON object
};

// Runs the real casebook-cli binary against a database in a fresh temporary folder, with
// its data and log folders inside it too, so tests never touch the user's files.
class CliRunner final {
 public:
  CliRunner();
  CliRun run(const QStringList& args, const QString& db = {}) const;
  // The same on an encrypted vault folder, the passphrase (or recovery key) given as
  // CASEBOOK_PASSPHRASE.
  CliRun runVault(const QStringList& args, const QString& folder, const QString& secret) const;
  // Exactly these words, no database named: the defaults in the temporary data folder.
  CliRun runAsIs(const QStringList& args, const QString& secret = {}) const;
  // An extra environment variable for every later run (e.g. CASEBOOK_NEW_PASSPHRASE).
  void setEnv(const QString& name, const QString& value) { m_env.insert(name, value); }
  QString dbPath() const { return m_dir.filePath(QStringLiteral("casebook.db")); }
  QString path(const QString& name) const { return m_dir.filePath(name); }

 private:
  CliRun start(const QStringList& all, const QString& secret) const;
  QTemporaryDir m_dir;
  QHash<QString, QString> m_env;
};

}  // namespace casebook::test
