#pragma once

#include "MeetingRecord.h"
#include "Result.h"

#include <QStringList>

namespace casebook {

// The partnership's action log columns (seed 001), shared by the ODT table and the sheet.
const QStringList& actionLogHeaders();

// Writes the action log as an XLSX workbook straight to file (not atomically: the caller
// passes a temporary file and renames it).
Status writeActionLogWorkbook(const MeetingRecord& record, const QString& file);

}  // namespace casebook
