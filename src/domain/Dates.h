#pragma once

#include "Result.h"

#include <QDate>

namespace casebook {

// Dates are ISO 8601 (YYYY-MM-DD) everywhere: CLI, CSV, JSON and the database.
// A date such as 2024-02-30 is rejected, never rolled over.
Result<QDate> parseIsoDate(const QString& text, const QString& field);

// Also reads the UK day-first forms spreadsheets save (31/01/2024, 31-01-2024, 31.01.2024)
// for imports; never the US month-first form, which would silently swap day and month.
Result<QDate> parseSpreadsheetDate(const QString& text, const QString& field);

QString isoDate(const QDate& date);

// Monday to Friday; bank holidays are not modelled (docs/risk.md).
int workingDaysBetween(const QDate& from, const QDate& to);

}  // namespace casebook
