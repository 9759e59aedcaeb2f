#include "ExportService.h"

#include "AuditService.h"
#include "Lookup.h"

#include "CaseExportQuery.h"
#include "CaseReader.h"
#include "CsvWriter.h"
#include "Database.h"
#include "Dates.h"
#include "Log.h"

#include <QFileInfo>
#include <QSaveFile>

namespace casebook {

namespace {

Result<ExportReport> writeCsv(const QString& path, const QStringList& header, const std::vector<QStringList>& rows) {
  QSaveFile file(path);
  if (!file.open(QIODevice::WriteOnly)) {
    return Error::invalid(QStringLiteral("out"), QStringLiteral("cannot write %1 (%2)").arg(path, file.errorString()),
                          QStringLiteral("Choose a folder you may write to"));
  }
  const QByteArray bytes = CsvWriter::document(header, rows);
  if (file.write(bytes) != bytes.size() || !file.commit()) {
    return Error::storage(QStringLiteral("could not finish writing %1 (%2)").arg(path, file.errorString()),
                          QStringLiteral("Check the disk has space; no partial file was left"));
  }
  return ExportReport{static_cast<int>(rows.size())};
}

}  // namespace

Result<ExportReport> ExportService::exportCases(const QString& path, const CaseListRequest& filter, const QString& reason) {
  auto rows = m_ctx.db.read([&]() -> Result<std::vector<QStringList>> {
    auto query = CaseReader::toQuery(m_ctx, filter);
    if (!query) return query.error();
    // A group's cases are its chair's to export; every group's, an administrator's.
    if (auto allowed = m_ctx.allow(Operation::Export, query->groupId); !allowed) return allowed.error();
    if (auto given = requireReason(m_ctx, AuditEvent::Export, reason); !given) return given.error();
    return CaseExportQuery(m_ctx.db).rows(query.value());
  });
  if (!rows) return rows.error();
  auto written = writeCsv(path, CaseExportQuery::header(), rows.value());
  if (!written) return written;
  if (auto recorded = recordExport(path, QStringLiteral("%1 cases").arg(written->rows), reason); !recorded) {
    return recorded.error();
  }
  log::services()->info("exported {} cases", written->rows);
  return written;
}

Status ExportService::recordExport(const QString& path, const QString& what, const QString& reason) {
  auto recorded = m_ctx.db.write([&]() -> Status {
    // The file's name is left out: people name files after the subject.
    m_ctx.audit(AuditEvent::Export, std::nullopt, QString(),
                QStringLiteral("%1 to a .%2 file").arg(what, QFileInfo(path).suffix().left(8)), reason.trimmed());
    return {};
  });
  // An export the audit trail does not hold must not stay on disk.
  if (!recorded) QFile::remove(path);
  return recorded;
}

Result<ExportReport> ExportService::exportActions(const QString& path, const ActionListRequest& filter,
                                                  const QString& reason) {
  auto allowed = m_ctx.db.read([&]() -> Status {
    std::optional<GroupId> group;
    if (!filter.groupCode.isEmpty()) {
      auto found = Lookup(m_ctx).group(filter.groupCode);
      if (!found) return found.error();
      group = found->id;
    }
    if (auto permitted = m_ctx.allow(Operation::Export, group); !permitted) return permitted;
    return requireReason(m_ctx, AuditEvent::Export, reason);
  });
  if (!allowed) return allowed.error();
  ActionListRequest all = filter;
  all.limit = std::numeric_limits<int>::max();
  all.withUpdates = false;  // the latest update is in each row already
  auto actions = ActionService(m_ctx).list(all);
  if (!actions) return actions.error();
  // The partnership's action log columns: meeting date and item, action, owner, complete
  // by, update (seed 001), plus status and the case it belongs to.
  const QStringList header{QStringLiteral("Id"),          QStringLiteral("Case"),   QStringLiteral("Reference"),
                           QStringLiteral("Action"),      QStringLiteral("Owner"),  QStringLiteral("Owner agency"),
                           QStringLiteral("Raised"),      QStringLiteral("Complete by"), QStringLiteral("Status"),
                           QStringLiteral("Overdue"),     QStringLiteral("Status reported"), QStringLiteral("Completed"),
                           QStringLiteral("Carried forward"), QStringLiteral("Update")};
  std::vector<QStringList> rows;
  for (const auto& row : actions.value()) {
    const Action& a = row.action;
    rows.push_back({QString::number(a.id.value), row.caseReference, a.reference, a.text, row.ownerName,
                    row.ownerAgencyCode, isoDate(a.raisedOn), isoDate(a.dueOn), toKey(a.status),
                    row.overdue ? QStringLiteral("yes") : QStringLiteral("no"),
                    a.statusReportedOn ? isoDate(*a.statusReportedOn) : QString(),
                    a.completedOn ? isoDate(*a.completedOn) : QString(), QString::number(a.carriedForward),
                    row.latestUpdate});
  }
  auto written = writeCsv(path, header, rows);
  if (!written) return written;
  if (auto recorded = recordExport(path, QStringLiteral("%1 actions").arg(written->rows), reason); !recorded) {
    return recorded.error();
  }
  log::services()->info("exported {} actions", written->rows);
  return written;
}

}  // namespace casebook
