#include "SubjectAccessService.h"

#include "CaseRepository.h"
#include "Database.h"
#include "Lookup.h"
#include "RetentionRepository.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace casebook {

Result<SubjectAccessReport> SubjectAccessService::exportSubject(const QString& caseReference, const QString& path,
                                                                const QString& reason) {
  if (reason.trimmed().isEmpty()) {
    return Error::invalid(QStringLiteral("reason"), QStringLiteral("a subject access export needs a reason"),
                          QStringLiteral("Give the request's reference, e.g. 'SAR 2026-014'"));
  }
  SubjectAccessReport report;
  QSaveFile file(path);
  bool committed = false;
  auto written = m_ctx.db.write([&]() -> Status {
    if (auto allowed = m_ctx.allow(Operation::ManageVault); !allowed) return allowed;
    auto id = Lookup(m_ctx).caseByReference(caseReference);
    if (!id) return id.error();
    QJsonObject tables = RetentionRepository(m_ctx.db).everythingAbout(id.value());
    for (auto it = tables.begin(); it != tables.end(); ++it) report.rows += static_cast<int>(it.value().toArray().size());
    report.cases = static_cast<int>(tables.value(QStringLiteral("cases")).toArray().size());
    const QJsonObject document{{QStringLiteral("format"), QStringLiteral("casebook-subject-access/1")},
                               {QStringLiteral("made_at"), m_ctx.clock.now().toUTC().toString(Qt::ISODate)},
                               {QStringLiteral("tables"), tables}};
    if (!file.open(QIODevice::WriteOnly)) {
      return Error::invalid(QStringLiteral("file"), QStringLiteral("cannot write %1").arg(path),
                            QStringLiteral("Choose a folder you may write to"));
    }
    file.write(QJsonDocument(document).toJson(QJsonDocument::Indented));
    // Recorded in the same transaction the file is committed in: if either fails, neither is.
    m_ctx.audit(AuditEvent::SubjectAccess, id.value(), CaseRepository(m_ctx.db).get(id.value())->reference,
                QStringLiteral("%1 cases, %2 rows").arg(report.cases).arg(report.rows),
                reason.trimmed());
    if (!file.commit()) {
      return Error::storage(QStringLiteral("could not finish writing %1 (%2)").arg(path, file.errorString()),
                            QStringLiteral("Check the disk has space; no partial file was left"));
    }
    committed = true;
    return {};
  });
  // The file is committed before the transaction: if the transaction then failed, the file
  // must not stay without its audit entry.
  if (!written) {
    if (committed) QFile::remove(path);
    return written.error();
  }
  return report;
}

}  // namespace casebook
