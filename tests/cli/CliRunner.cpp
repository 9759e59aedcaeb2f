#include "CliRunner.h"

#include <QJsonDocument>
#include <QProcess>
#include <QProcessEnvironment>

namespace casebook::test {

QStringList args(std::initializer_list<const char*> items) {
  QStringList list;
  for (const char* item : items) list << QString::fromUtf8(item);
  return list;
}

QJsonObject CliRun::json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }

CliRunner::CliRunner() = default;

CliRun CliRunner::run(const QStringList& args, const QString& db) const {
  return start(QStringList{QStringLiteral("--unencrypted"), QStringLiteral("--db"), db.isEmpty() ? dbPath() : db} + args,
               QString());
}

CliRun CliRunner::runAsIs(const QStringList& args, const QString& secret) const { return start(args, secret); }

CliRun CliRunner::runVault(const QStringList& args, const QString& folder, const QString& secret) const {
  return start(QStringList{QStringLiteral("--vault"), folder} + args, secret);
}

CliRun CliRunner::start(const QStringList& all, const QString& secret) const {
  QProcess process;
  QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
  env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
  env.remove(QStringLiteral("CASEBOOK_PASSPHRASE"));
  env.remove(QStringLiteral("CASEBOOK_NEW_PASSPHRASE"));
  if (!secret.isEmpty()) env.insert(QStringLiteral("CASEBOOK_PASSPHRASE"), secret);
  for (auto it = m_env.cbegin(); it != m_env.cend(); ++it) env.insert(it.key(), it.value());
  process.setProcessEnvironment(env);
  process.start(QStringLiteral(CASEBOOK_CLI_PATH), all);
  process.waitForFinished(120000);
  CliRun result;
  result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
  result.out = QString::fromUtf8(process.readAllStandardOutput());
  result.err = QString::fromUtf8(process.readAllStandardError());
  return result;
}

}  // namespace casebook::test
