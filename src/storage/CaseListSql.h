#pragma once

// Private to src/storage: turns a CaseQuery into one parameterised SELECT. Filter values
// are always bound; only fixed fragments chosen from this file are joined into the text.

#include "CaseQuery.h"

#include <QVariantList>

namespace casebook {

class SqlStatement;

// Makes an FTS5 query from what a person typed: every word must match, each as a prefix,
// quoted so that FTS5 operators in the input (AND, NEAR, *, ") are plain text.
QString ftsQueryFromUserText(const QString& text);

class CaseListSql final {
 public:
  explicit CaseListSql(const CaseQuery& query);
  QString selectSql() const;
  QString countSql() const;
  QString exportSql() const;  // the columns of CaseExportQuery::header(), in reference order
  void bindAll(SqlStatement& statement, bool withPaging) const;

 private:
  const char* fromClause() const;
  const CaseQuery& m_query;
  QString m_where;
  QVariantList m_values;
};

}  // namespace casebook
