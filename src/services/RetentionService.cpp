#include "RetentionService.h"

#include "Database.h"
#include "Dates.h"
#include "Log.h"
#include "Lookup.h"
#include "SettingsRepository.h"

namespace casebook {

namespace {

const QString kYearsKey = QStringLiteral("retention.years");
// Set in the purge's own transaction and cleared once the history is rewritten: a purge whose
// rewrite failed (a full disk) is finished at the next sign-in.
const QString kForgetKey = QStringLiteral("retention.forget_pending");

Status forgetAndClear(Database& db) {
  if (auto forgotten = db.forgetHistory(); !forgotten) return forgotten;
  return db.write([&]() -> Status {
    SettingsRepository(db).set(kForgetKey, QStringLiteral("0"));
    return {};
  });
}

int storedYears(Database& db) {
  const auto stored = SettingsRepository(db).get(kYearsKey);
  bool ok = false;
  const int years = stored ? stored->toInt(&ok) : 0;
  return ok && years > 0 ? years : RetentionService::kDefaultYears;
}

}  // namespace

Result<int> RetentionService::years() {
  return m_ctx.db.read([&]() -> Result<int> { return storedYears(m_ctx.db); });
}

Status RetentionService::setYears(int years) {
  return m_ctx.db.write([&]() -> Status {
    if (auto allowed = m_ctx.allow(Operation::ManageVault); !allowed) return allowed;
    if (years < 1 || years > 100) {
      return Error::invalid(QStringLiteral("years"), QStringLiteral("%1 is not a retention period").arg(years),
                            QStringLiteral("Give a number of years from 1 to 100 (the default is 6)"));
    }
    SettingsRepository(m_ctx.db).set(kYearsKey, QString::number(years));
    m_ctx.audit(AuditEvent::ChangeDirectory, std::nullopt, QString(), QStringLiteral("retention period %1 years").arg(years));
    return {};
  });
}

Result<std::vector<RetentionCandidate>> RetentionService::due() {
  return m_ctx.db.read([&]() -> Result<std::vector<RetentionCandidate>> {
    if (auto allowed = m_ctx.allow(Operation::ManageVault); !allowed) return allowed.error();
    const QDate today = m_ctx.clock.today();
    return RetentionRepository(m_ctx.db).due(today.addYears(-storedYears(m_ctx.db)), today);
  });
}

// Inside a transaction: the case, if it is closed and past the period.
Result<RetentionCandidate> RetentionService::dueCase(const QString& reference) {
  auto id = Lookup(m_ctx).caseByReference(reference);
  if (!id) return id.error();
  const QDate today = m_ctx.clock.today();
  const int period = storedYears(m_ctx.db);
  auto found = RetentionRepository(m_ctx.db).due(today.addYears(-period), today, id.value());
  if (!found.empty()) return found.front();
  return Error::conflict(QStringLiteral("case"),
                         QStringLiteral("%1 is not due for retention review (open, closed less than %2 years ago, or "
                                        "kept until a later review)")
                             .arg(reference.trimmed().toUpper())
                             .arg(period),
                         QStringLiteral("List the cases due with 'retention list'"));
}

Status RetentionService::retain(const QString& reference, const QString& reason, const QDate& reviewOn) {
  return m_ctx.db.write([&]() -> Status {
    if (auto allowed = m_ctx.allow(Operation::ManageVault); !allowed) return allowed;
    auto candidate = dueCase(reference);
    if (!candidate) return candidate.error();
    if (reason.trimmed().isEmpty()) {
      return Error::invalid(QStringLiteral("reason"), QStringLiteral("keeping a case past retention needs a reason"),
                            QStringLiteral("Say why it is still needed, e.g. 'linked prosecution ongoing'"));
    }
    const QDate today = m_ctx.clock.today();
    const QDate review = reviewOn.isValid() ? reviewOn : today.addYears(1);
    if (review <= today) {
      return Error::invalid(QStringLiteral("review"), QStringLiteral("the review date %1 is not after today").arg(isoDate(review)),
                            QStringLiteral("Give a later date, or leave it empty for a year from today"));
    }
    RetentionRepository(m_ctx.db).addDecision(candidate->caseId, m_ctx.clock.now().toUTC().toString(Qt::ISODate),
                                              m_ctx.actor.userName, reason.trimmed(), review);
    m_ctx.audit(AuditEvent::Retain, candidate->caseId, candidate->reference,
                QStringLiteral("kept until %1").arg(isoDate(review)), reason.trimmed());
    return {};
  });
}

Result<PurgeCounts> RetentionService::purge(const QString& reference) {
  auto counts = m_ctx.db.write([&]() -> Result<PurgeCounts> {
    if (auto allowed = m_ctx.allow(Operation::ManageVault); !allowed) return allowed.error();
    auto candidate = dueCase(reference);
    if (!candidate) return candidate.error();
    const PurgeCounts removed = RetentionRepository(m_ctx.db).purge(candidate->caseId);
    SettingsRepository(m_ctx.db).set(kForgetKey, QStringLiteral("1"));
    m_ctx.audit(AuditEvent::Purge, candidate->caseId, candidate->reference,
                QStringLiteral("%1 rows removed (closed %2)").arg(removed.rows).arg(isoDate(candidate->closedOn)));
    return removed;
  });
  if (!counts) return counts;
  // The rows are gone from the database; now from its search index, free pages and every
  // older generation of the vault too.
  if (auto forgotten = forgetAndClear(m_ctx.db); !forgotten) return forgotten.error();
  log::services()->info("case purged under retention: {} rows", counts->rows);
  return counts;
}

Status RetentionService::finishPendingPurge(Database& db) {
  auto pending = db.read([&]() -> Result<bool> {
    return SettingsRepository(db).get(kForgetKey).value_or(QStringLiteral("0")) == QLatin1String("1");
  });
  if (!pending) return pending.error();
  if (!pending.value()) return {};
  log::services()->warn("finishing a purge whose history rewrite had failed");
  return forgetAndClear(db);
}

}  // namespace casebook
