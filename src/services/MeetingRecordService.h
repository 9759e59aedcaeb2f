#pragma once

#include "MeetingRecord.h"
#include "ServiceContext.h"

#include <functional>

namespace casebook {

// A meeting as its documents show it, and the export of those documents (issue 6). The
// writer is the reports layer's: services know nothing of ODT, PDF or XLSX.
class MeetingRecordService final {
 public:
  using Writer = std::function<Status(const MeetingRecord&, const QString& path)>;

  explicit MeetingRecordService(ServiceContext& ctx) : m_ctx(ctx) {}

  Result<MeetingRecord> record(qint64 meetingId);
  // Writes a document of the meeting to path and records the disclosure in the audit trail
  // (with the reason, when the reason rule asks for one). A file the audit trail could not
  // record is removed.
  Status exportDocument(qint64 meetingId, const QString& what, const QString& path, const QString& reason,
                        const Writer& write);

 private:
  MeetingRecord build(const Meeting& meeting);
  ServiceContext& m_ctx;
};

}  // namespace casebook
