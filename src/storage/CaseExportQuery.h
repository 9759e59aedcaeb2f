#pragma once

#include "CaseQuery.h"

#include <QStringList>

#include <vector>

namespace casebook {

class Database;

// Cases flattened to the tracker columns of docs/import.md, one query for the lot, so an
// export of 100,000 cases does not read each case separately.
class CaseExportQuery final {
 public:
  explicit CaseExportQuery(Database& db) : m_db(db) {}
  static QStringList header();
  std::vector<QStringList> rows(const CaseQuery& filter);

 private:
  Database& m_db;
};

}  // namespace casebook
