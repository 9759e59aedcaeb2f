#include "PerformanceDataService.h"

#include "Database.h"
#include "Log.h"
#include "PerformanceCsv.h"
#include "PerformanceRepository.h"

#include <QFileInfo>

#include <map>

namespace casebook {

namespace {

// A crime type as held when one matches whatever its case ("burglary - Residential" is
// "Burglary - residential"), so one crime type never becomes two rows of a table.
QString heldSpelling(const QStringList& held, const QString& crimeType) {
  for (const QString& type : held) {
    if (type.compare(crimeType, Qt::CaseInsensitive) == 0) return type;
  }
  return crimeType;
}

void tally(PerformanceWriteSummary& summary, PerformanceRepository::Written written) {
  switch (written) {
    case PerformanceRepository::Written::Added:
      ++summary.added;
      break;
    case PerformanceRepository::Written::Replaced:
      ++summary.replaced;
      break;
    case PerformanceRepository::Written::Unchanged:
      ++summary.unchanged;
      break;
  }
}

QString described(const PerformanceWriteSummary& s) {
  return QStringLiteral("%1 added, %2 replaced, %3 removed").arg(s.added).arg(s.replaced).arg(s.removed);
}

}  // namespace

Status PerformanceDataService::allowed() const { return m_ctx.allow(Operation::EnterPerformanceData); }

Result<PerformanceWriteSummary> PerformanceDataService::set(const QString& crimeType, const Quarter& quarter, int count,
                                                           const std::optional<QString>& source) {
  if (auto ok = allowed(); !ok) return ok.error();
  PerformanceFigure figure{normalisedCrimeType(crimeType), quarter.firstDay(), count, source.value_or(QString()).trimmed(),
                           m_ctx.actor.userName, m_ctx.clock.now()};
  if (auto valid = validatePerformanceFigure(figure); !valid) return valid.error();
  return m_ctx.db.write([&]() -> Result<PerformanceWriteSummary> {
    PerformanceRepository figures(m_ctx.db);
    figure.crimeType = heldSpelling(figures.crimeTypes(), figure.crimeType);
    if (!source) {
      if (const auto held = figures.find(figure.crimeType, figure.quarterStart)) figure.source = held->source;
    }
    PerformanceWriteSummary summary;
    summary.rows = 1;
    summary.crimeType = figure.crimeType;
    tally(summary, figures.set(figure));
    if (summary.unchanged == 0) {
      m_ctx.audit(AuditEvent::ChangeReport, std::nullopt, QString(),
                  QStringLiteral("performance data: %1 in %2 set to %3").arg(figure.crimeType, quarter.name()).arg(count));
    }
    return summary;
  });
}

Status PerformanceDataService::remove(const QString& crimeType, const Quarter& quarter) {
  if (auto ok = allowed(); !ok) return ok;
  return m_ctx.db.write([&]() -> Status {
    PerformanceRepository figures(m_ctx.db);
    const QString type = heldSpelling(figures.crimeTypes(), normalisedCrimeType(crimeType));
    if (!figures.remove(type, quarter.firstDay())) {
      return Error::notFound(QStringLiteral("crime type"), QStringLiteral("there is no count for '%1' in %2").arg(type, quarter.name()),
                             QStringLiteral("See the quarter's figures with 'casebook-cli performance show --quarter %1'")
                                 .arg(quarter.name()));
    }
    m_ctx.audit(AuditEvent::ChangeReport, std::nullopt, QString(),
                QStringLiteral("performance data: %1 in %2 removed").arg(type, quarter.name()));
    return {};
  });
}

Result<PerformanceWriteSummary> PerformanceDataService::importCsv(const QString& path) {
  if (auto ok = allowed(); !ok) return ok.error();
  auto rows = readPerformanceCsv(path);
  if (!rows) return rows.error();
  // One transaction: every row is already checked, so only the database can fail now, and
  // then nothing is kept.
  return m_ctx.db.write([&]() -> Result<PerformanceWriteSummary> {
    PerformanceRepository figures(m_ctx.db);
    QStringList held = figures.crimeTypes();
    PerformanceWriteSummary summary;
    summary.rows = static_cast<int>(rows->size());
    for (PerformanceCsvRow& row : rows.value()) {
      PerformanceFigure& figure = row.figure;
      figure.crimeType = heldSpelling(held, figure.crimeType);
      if (!held.contains(figure.crimeType)) held << figure.crimeType;
      if (!row.hasSource) {
        if (const auto before = figures.find(figure.crimeType, figure.quarterStart)) figure.source = before->source;
      }
      figure.enteredBy = m_ctx.actor.userName;
      figure.enteredAt = m_ctx.clock.now();
      tally(summary, figures.set(figure));
    }
    m_ctx.audit(AuditEvent::ChangeReport, std::nullopt, QString(),
                QStringLiteral("performance data imported: %1 rows from a .%2 file (%3)")
                    .arg(summary.rows)
                    .arg(QFileInfo(path).suffix().left(8), described(summary)));
    log::services()->info("performance data imported: {} rows, {} added, {} replaced", summary.rows, summary.added,
                          summary.replaced);
    return summary;
  });
}

Result<PerformanceWriteSummary> PerformanceDataService::saveQuarter(const Quarter& quarter,
                                                                   const std::vector<PerformanceFigure>& given) {
  if (auto ok = allowed(); !ok) return ok.error();
  std::vector<PerformanceFigure> wanted;
  std::map<QString, QString> seen;  // folded crime type -> as typed
  for (const auto& g : given) {
    PerformanceFigure figure{normalisedCrimeType(g.crimeType), quarter.firstDay(), g.count, g.source.trimmed(),
                             m_ctx.actor.userName, m_ctx.clock.now()};
    if (auto valid = validatePerformanceFigure(figure); !valid) {
      Error e = valid.error();
      if (!figure.crimeType.isEmpty()) e.field = QStringLiteral("%1, %2").arg(figure.crimeType, e.field);
      return e;
    }
    if (!seen.emplace(figure.crimeType.toCaseFolded(), figure.crimeType).second) {
      return Error::invalid(QStringLiteral("crime type"), QStringLiteral("%1 is in the table twice").arg(figure.crimeType),
                            QStringLiteral("Keep one row for each crime type"));
    }
    wanted.push_back(std::move(figure));
  }
  return m_ctx.db.write([&]() -> Result<PerformanceWriteSummary> {
    PerformanceRepository figures(m_ctx.db);
    QStringList held = figures.crimeTypes();
    PerformanceWriteSummary summary;
    summary.rows = static_cast<int>(wanted.size());
    QStringList kept;
    for (PerformanceFigure& figure : wanted) {
      figure.crimeType = heldSpelling(held, figure.crimeType);
      if (!held.contains(figure.crimeType)) held << figure.crimeType;
      kept << figure.crimeType;
      tally(summary, figures.set(figure));
    }
    for (const auto& before : figures.forQuarter(quarter.firstDay())) {
      if (kept.contains(before.crimeType)) continue;
      figures.remove(before.crimeType, before.quarterStart);
      ++summary.removed;
    }
    if (summary.added + summary.replaced + summary.removed > 0) {
      m_ctx.audit(AuditEvent::ChangeReport, std::nullopt, QString(),
                  QStringLiteral("performance data for %1 saved (%2)").arg(quarter.name(), described(summary)));
    }
    return summary;
  });
}

Result<PerformanceTable> PerformanceDataService::table(const Quarter& quarter) {
  return m_ctx.db.read([&]() -> Result<PerformanceTable> {
    PerformanceRepository figures(m_ctx.db);
    std::map<QString, PerformanceRow> byType;
    auto fill = [&](const Quarter& q, std::optional<int> PerformanceRow::*into) {
      for (const auto& f : figures.forQuarter(q.firstDay())) {
        PerformanceRow& row = byType[f.crimeType];
        row.crimeType = f.crimeType;
        row.*into = f.count;
        if (q == quarter) row.source = f.source;
      }
    };
    fill(quarter, &PerformanceRow::now);
    fill(quarter.previous(), &PerformanceRow::previous);
    fill(quarter.sameQuarterLastYear(), &PerformanceRow::lastYear);
    PerformanceTable table;
    table.quarter = quarter;
    for (const QString& type : figures.crimeTypes()) {
      if (const auto it = byType.find(type); it != byType.end()) table.rows.push_back(it->second);
    }
    return table;
  });
}

Result<QStringList> PerformanceDataService::crimeTypes() {
  return m_ctx.db.read([&]() -> Result<QStringList> { return PerformanceRepository(m_ctx.db).crimeTypes(); });
}

Result<std::vector<PerformanceFigure>> PerformanceDataService::all() {
  return m_ctx.db.read([&]() -> Result<std::vector<PerformanceFigure>> { return PerformanceRepository(m_ctx.db).all(); });
}

}  // namespace casebook
