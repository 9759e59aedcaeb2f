#include "AuditRepository.h"

#include "SqlStatement.h"

#include <sodium.h>

#include <QtEndian>

namespace casebook {

namespace {

// The chain starts from a fixed value, so the first entry is checked like any other.
const QString kGenesis = QString(64, QLatin1Char('0'));

QString stamp(const QDateTime& at) { return at.toUTC().toString(Qt::ISODateWithMs); }

void addField(QByteArray& into, const QString& text) {
  const QByteArray bytes = text.toUtf8();
  char length[8];
  qToLittleEndian<quint64>(static_cast<quint64>(bytes.size()), length);
  into.append(length, 8).append(bytes);
}

AuditEntry fromRow(const SqlStatement& q) {
  AuditEntry e;
  e.seq = q.int64(0);
  e.at = QDateTime::fromString(q.text(1), Qt::ISODateWithMs);
  e.account = q.text(2);
  e.record.event = enumFromKey<AuditEvent>(q.text(3)).value_or(AuditEvent::ChangeCase);
  e.record.caseId = q.optionalId<CaseId>(4);
  e.record.caseReference = q.text(5);
  e.record.detail = q.text(6);
  e.record.reason = q.text(7);
  e.previousHash = q.text(8);
  e.hash = q.text(9);
  return e;
}

// BLAKE2b-256 over the previous hash, the sequence number and the fields, each prefixed by
// its length so that no two different entries hash the same bytes.
QString chainHash(const QStringList& fields) {
  QByteArray canonical;
  for (const QString& field : fields) addField(canonical, field);
  unsigned char digest[32];
  crypto_generichash(digest, sizeof digest, reinterpret_cast<const unsigned char*>(canonical.constData()),
                     static_cast<unsigned long long>(canonical.size()), nullptr, 0);
  return QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(digest), sizeof digest).toHex());
}

// The fields exactly as stored: an unknown event key is hashed as read, not as parsed.
QString rowHash(const SqlStatement& q) {
  QStringList fields{q.text(8), QString::number(q.int64(0))};
  for (int column = 1; column <= 7; ++column) fields << (q.isNull(column) ? QString() : q.text(column));
  return chainHash(fields);
}

constexpr const char* kColumns = "seq, at, account, event, case_id, case_ref, detail, reason, prev_hash, hash";

}  // namespace

QString AuditRepository::hashOf(const AuditEntry& e) {
  return chainHash({e.previousHash, QString::number(e.seq), stamp(e.at), e.account, toKey(e.record.event),
                    e.record.caseId ? QString::number(e.record.caseId->value) : QString(), e.record.caseReference,
                    e.record.detail, e.record.reason});
}

AuditEntry AuditRepository::append(const QDateTime& at, const QString& account, const AuditRecord& record) {
  AuditEntry entry;
  entry.seq = 1;
  entry.previousHash = kGenesis;
  {
    SqlStatement last(m_db, "SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1");
    last.exec();
    if (last.next()) {
      entry.seq = last.int64(0) + 1;
      entry.previousHash = last.text(1);
    }
  }
  // Stored at millisecond precision: the hash covers the text as it is read back.
  entry.at = QDateTime::fromString(stamp(at), Qt::ISODateWithMs);
  entry.account = account;
  entry.record = record;
  entry.hash = hashOf(entry);
  SqlStatement q(m_db, "INSERT INTO audit_log (seq, at, account, event, case_id, case_ref, detail, reason, prev_hash, hash) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  q.bind(entry.seq).bind(stamp(entry.at)).bind(account).bind(toKey(record.event));
  q.bind(record.caseId ? std::optional<qint64>(record.caseId->value) : std::nullopt);
  q.bind(record.caseReference).bind(record.detail).bind(record.reason).bind(entry.previousHash).bind(entry.hash);
  q.exec();
  return entry;
}

std::vector<AuditEntry> AuditRepository::list(const AuditFilter& filter) {
  // Every filter is a bound value; an absent one binds NULL and matches everything.
  SqlStatement q(m_db, QStringLiteral("SELECT %1 FROM audit_log "
                                      "WHERE (?1 IS NULL OR event = ?1) AND (?2 = '' OR account = ?2 COLLATE NOCASE) "
                                      "AND (?3 = '' OR case_ref = ?3 COLLATE NOCASE) AND (?4 IS NULL OR at >= ?4) "
                                      "AND (?5 IS NULL OR at < ?5) ORDER BY seq DESC LIMIT ?6")
                           .arg(QLatin1String(kColumns)));
  q.bind(filter.event ? std::optional<QString>(toKey(*filter.event)) : std::nullopt);
  q.bind(filter.account).bind(filter.caseReference);
  // Dates are the user's local days; entries are stamped in UTC.
  q.bind(filter.from ? std::optional<QString>(stamp(filter.from->startOfDay())) : std::nullopt);
  q.bind(filter.to ? std::optional<QString>(stamp(filter.to->addDays(1).startOfDay())) : std::nullopt);
  q.bind(filter.limit > 0 ? filter.limit : -1);
  q.exec();
  std::vector<AuditEntry> out;
  while (q.next()) out.push_back(fromRow(q));
  return out;
}

AuditVerdict AuditRepository::verify() {
  AuditVerdict verdict;
  QString previous = kGenesis;
  qint64 expectedSeq = 1;
  SqlStatement q(m_db, QStringLiteral("SELECT %1 FROM audit_log ORDER BY seq").arg(QLatin1String(kColumns)));
  q.exec();
  while (q.next()) {
    const qint64 seq = q.int64(0);
    auto broken = [&](const QString& problem) {
      verdict.brokenAt = seq;
      verdict.problem = problem;
    };
    if (seq != expectedSeq) {
      broken(QStringLiteral("entry %1 is missing (the next one is %2): an entry was deleted").arg(expectedSeq).arg(seq));
    } else if (q.text(8) != previous) {
      broken(QStringLiteral("entry %1 does not follow entry %2: entries were deleted, replaced or reordered")
                 .arg(seq).arg(seq - 1));
    } else if (rowHash(q) != q.text(9)) {
      broken(QStringLiteral("entry %1 was changed after it was written").arg(seq));
    }
    if (verdict.brokenAt) return verdict;
    previous = q.text(9);
    ++verdict.entries;
    ++expectedSeq;
  }
  verdict.headHash = previous;
  return verdict;
}

qint64 AuditRepository::count() {
  SqlStatement q(m_db, "SELECT count(*) FROM audit_log");
  q.exec();
  return q.next() ? q.int64(0) : 0;
}

qint64 AuditRepository::countFor(AuditEvent event, CaseId caseId) {
  SqlStatement q(m_db, "SELECT count(*) FROM audit_log WHERE event = ? AND case_id = ?");
  q.bind(toKey(event)).bind(caseId.value);
  q.exec();
  return q.next() ? q.int64(0) : 0;
}

}  // namespace casebook
