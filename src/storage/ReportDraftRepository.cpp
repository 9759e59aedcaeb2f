#include "ReportDraftRepository.h"

#include "SqlStatement.h"

namespace casebook {

std::optional<qint64> ReportDraftRepository::find(const QString& templateName, const QString& quarter,
                                                  const QString& groupsJson) {
  SqlStatement q(m_db, "SELECT id FROM report_drafts WHERE template = ? AND quarter = ? AND groups = ?");
  q.bind(templateName).bind(quarter).bind(groupsJson).exec();
  if (!q.next()) return std::nullopt;
  return q.int64(0);
}

qint64 ReportDraftRepository::create(const QString& templateName, const QString& quarter, const QString& groupsJson,
                                     const QString& by, const QDateTime& at) {
  SqlStatement q(m_db, "INSERT INTO report_drafts (template, quarter, groups, created_by, created_at) "
                       "VALUES (?, ?, ?, ?, ?)");
  q.bind(templateName).bind(quarter).bind(groupsJson).bind(by).bind(at).exec();
  return q.lastInsertId();
}

std::vector<ReportDraftRepository::Version> ReportDraftRepository::versions(qint64 draftId) {
  SqlStatement q(m_db, "SELECT version, saved_by, saved_at FROM report_draft_versions WHERE draft_id = ? "
                       "ORDER BY version DESC");
  q.bind(draftId).exec();
  std::vector<Version> result;
  while (q.next()) result.push_back({q.integer(0), QString(), q.text(1), QDateTime::fromString(q.text(2), Qt::ISODate)});
  return result;
}

std::optional<ReportDraftRepository::Version> ReportDraftRepository::version(qint64 draftId, int version) {
  SqlStatement q(m_db, "SELECT version, sections, saved_by, saved_at FROM report_draft_versions "
                       "WHERE draft_id = ?1 AND (version = ?2 OR (?2 = 0 AND version = "
                       "(SELECT max(version) FROM report_draft_versions WHERE draft_id = ?1)))");
  q.bind(draftId).bind(version).exec();
  if (!q.next()) return std::nullopt;
  return Version{q.integer(0), q.text(1), q.text(2), QDateTime::fromString(q.text(3), Qt::ISODate)};
}

int ReportDraftRepository::addVersion(qint64 draftId, const QString& sectionsJson, const QString& by,
                                      const QDateTime& at) {
  SqlStatement next(m_db, "SELECT coalesce(max(version), 0) + 1 FROM report_draft_versions WHERE draft_id = ?");
  next.bind(draftId).exec();
  next.next();
  const int version = next.integer(0);
  SqlStatement q(m_db, "INSERT INTO report_draft_versions (draft_id, version, sections, saved_by, saved_at) "
                       "VALUES (?, ?, ?, ?, ?)");
  q.bind(draftId).bind(version).bind(sectionsJson).bind(by).bind(at).exec();
  return version;
}

}  // namespace casebook
