#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace casebook {
class Database;
}

namespace casebook::demo {

// Fictional performance data for the demo (docs/reports.md "Performance data"): eight crime
// types, each quarter from a year before the demo's two years up to the last whole quarter,
// so every quarter of the demo has a quarter before and a year before to compare with.
// Counts follow a season and a gentle trend with some noise, from a random stream of their
// own (the cases' stories do not change). Returns how many figures were written.
int writeDemoPerformance(Database& db, quint64 seed, const QDate& today, const QString& enteredBy, const QDateTime& at);

}  // namespace casebook::demo
