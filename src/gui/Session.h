#pragma once

#include "Clock.h"
#include "Database.h"
#include "ServiceContext.h"

#include <memory>

namespace casebook::gui {

// One open database and the context every service call on it needs. The desktop holds
// one at a time; File > Open and New replace it.
class Session final {
 public:
  // An existing Casebook file (a newer or foreign file is refused untouched).
  static Result<std::unique_ptr<Session>> open(const QString& path);
  // A new file with the default groups, areas and agencies; refused if the file exists.
  static Result<std::unique_ptr<Session>> create(const QString& path);
  // An encrypted vault folder, opened with its passphrase (or recovery key).
  static Result<std::unique_ptr<Session>> openVault(const QString& folder, const QByteArray& secret, bool byRecoveryKey,
                                                    quint64 generation = 0);
  // A new vault with the default groups; *recoveryKey receives the key to show once.
  static Result<std::unique_ptr<Session>> createVault(const QString& folder, const QByteArray& passphrase,
                                                      QString* recoveryKey);
  Session(const Session&) = delete;
  Session& operator=(const Session&) = delete;

  ServiceContext& context() { return m_ctx; }
  QString path() const { return m_db->path(); }
  bool isDemo();
  bool isVault() const { return m_db->isVault(); }

 private:
  explicit Session(std::unique_ptr<Database> db);
  std::unique_ptr<Database> m_db;
  SystemClock m_clock;
  AllowAllAccess m_access;  // until accounts arrive (issue 5), the desktop user may do anything
  ServiceContext m_ctx;
};

}  // namespace casebook::gui
