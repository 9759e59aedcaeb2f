#include "CaseExportQuery.h"

#include "CaseListSql.h"
#include "SqlStatement.h"

namespace casebook {

QStringList CaseExportQuery::header() {
  return {QStringLiteral("Reference"),        QStringLiteral("Group"),        QStringLiteral("Subject"),
          QStringLiteral("Subject type"),     QStringLiteral("Role"),         QStringLiteral("Date of birth"),
          QStringLiteral("Age band"),         QStringLiteral("Address"),      QStringLiteral("Aliases"),
          QStringLiteral("Area"),             QStringLiteral("Themes"),       QStringLiteral("Lead agency"),
          QStringLiteral("Owner"),            QStringLiteral("Status"),       QStringLiteral("Referral date"),
          QStringLiteral("Referring agency"), QStringLiteral("Referring officer"), QStringLiteral("Reason"),
          QStringLiteral("Criterion"),        QStringLiteral("Urgent"),       QStringLiteral("Likelihood"),
          QStringLiteral("Impact"),           QStringLiteral("Score"),        QStringLiteral("Assessed on"),
          QStringLiteral("Outcome"),          QStringLiteral("Transferred to"), QStringLiteral("Closed on"),
          QStringLiteral("Closure note"),     QStringLiteral("Approved by")};
}

std::vector<QStringList> CaseExportQuery::rows(const CaseQuery& filter) {
  const CaseListSql where(filter);
  SqlStatement q(m_db, where.exportSql());
  where.bindAll(q, false);
  q.exec();
  std::vector<QStringList> rows;
  while (q.next()) {
    QStringList row;
    for (int column = 0; column < 29; ++column) row << q.text(column);
    rows.push_back(std::move(row));
  }
  return rows;
}

}  // namespace casebook
