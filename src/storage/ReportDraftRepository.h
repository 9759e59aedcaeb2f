#pragma once

#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

namespace casebook {

class Database;

// Report drafts and their numbered versions (schema step 5). Sections are kept as the JSON
// text the service gives; this class does not read them.
class ReportDraftRepository final {
 public:
  explicit ReportDraftRepository(Database& db) : m_db(db) {}

  struct Version {
    int version = 0;
    QString sectionsJson;
    QString savedBy;
    QDateTime savedAt;
  };

  std::optional<qint64> find(const QString& templateName, const QString& quarter, const QString& groupsJson);
  qint64 create(const QString& templateName, const QString& quarter, const QString& groupsJson, const QString& by,
                const QDateTime& at);
  // Newest first; with sections only for the version asked for (0: the newest).
  std::vector<Version> versions(qint64 draftId);
  std::optional<Version> version(qint64 draftId, int version);
  int addVersion(qint64 draftId, const QString& sectionsJson, const QString& by, const QDateTime& at);

 private:
  Database& m_db;
};

}  // namespace casebook
