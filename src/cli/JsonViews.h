#pragma once

#include "ActionQuery.h"
#include "CaseInputs.h"
#include "MeetingService.h"

#include <QJsonObject>

namespace casebook::cli {

// The stable JSON of docs/cli.md. Keys and enum values never change within a format
// version; new keys may be added.
QJsonObject caseSummaryJson(const CaseSummary& row);
QJsonObject caseDetailJson(const CaseDetail& detail);
QJsonObject actionJson(const ActionRow& row);
QJsonObject meetingJson(const MeetingDetail& detail);

// {"format": name, "version": 1, ...body}
QByteArray envelope(const char* format, const QJsonObject& body);

}  // namespace casebook::cli
