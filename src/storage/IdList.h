#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace casebook {

// A list of ids as one bound parameter, for "column IN (SELECT value FROM json_each(?))":
// the SQL text stays fixed and parameterised whatever the number of ids (none matches nothing).
template <typename IdT>
QString idListJson(const std::vector<IdT>& ids) {
  QStringList numbers;
  for (const IdT& id : ids) numbers << QString::number(id.value);
  return QLatin1Char('[') + numbers.join(QLatin1Char(',')) + QLatin1Char(']');
}

}  // namespace casebook
