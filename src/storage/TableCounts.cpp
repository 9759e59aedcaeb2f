#include "TableCounts.h"

#include "SqlStatement.h"

namespace casebook {

std::vector<TableCount> TableCounts::all() {
  std::vector<TableCount> result;
  {
    SqlStatement q(m_db, "SELECT name FROM pragma_table_list WHERE schema = 'main' AND type IN ('table', 'virtual') "
                         "AND name NOT LIKE 'sqlite_%' ORDER BY name");
    q.exec();
    while (q.next()) result.push_back({q.text(0), 0});
  }
  for (auto& entry : result) {
    // The name comes from the schema itself, not from a caller; quoting keeps it an identifier.
    SqlStatement count(m_db, QStringLiteral("SELECT count(*) FROM \"%1\"").arg(entry.table));
    count.exec();
    entry.rows = count.next() ? count.int64(0) : 0;
  }
  return result;
}

}  // namespace casebook
