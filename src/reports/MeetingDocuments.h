#pragma once

#include "EnumKeys.h"
#include "MeetingRecord.h"
#include "Result.h"

#include <QString>
#include <QTextDocument>

#include <memory>

namespace casebook {

// The papers a JAG meeting produces, laid out as the partnership's own agendas, minutes
// and action logs (DOMAIN.md, "Meetings and attendance").
enum class MeetingDocument { AgendaPack, Minutes, ActionLog };

template <>
struct EnumTable<MeetingDocument> {
  static constexpr std::array<EnumEntry<MeetingDocument>, 3> entries{{
      {MeetingDocument::AgendaPack, "agenda", "Agenda pack"},
      {MeetingDocument::Minutes, "minutes", "Minutes"},
      {MeetingDocument::ActionLog, "actions", "Action log"},
  }};
};

enum class DocumentFormat { Odt, Pdf, Xlsx };

template <>
struct EnumTable<DocumentFormat> {
  static constexpr std::array<EnumEntry<DocumentFormat>, 3> entries{{
      {DocumentFormat::Odt, "odt", "OpenDocument text"},
      {DocumentFormat::Pdf, "pdf", "PDF"},
      {DocumentFormat::Xlsx, "xlsx", "Excel workbook"},
  }};
};

// "odt", "pdf", "xlsx" (any case; the label works too). An unknown key is an
// Error::invalid that lists the keys to use.
Result<DocumentFormat> documentFormatFromKey(const QString& key);
// "agenda", "minutes", "actions".
Result<MeetingDocument> meetingDocumentFromKey(const QString& key);

// "YJAG 2026-11-24 minutes.pdf": a file name that sorts by group and date.
QString defaultDocumentFileName(const MeetingRecord& record, MeetingDocument which, DocumentFormat format);

// All user text is inserted as plain text: a minute reading "<b>x</b>" prints literally.
std::unique_ptr<QTextDocument> agendaPackDocument(const MeetingRecord& record);
std::unique_ptr<QTextDocument> minutesDocument(const MeetingRecord& record);
std::unique_ptr<QTextDocument> actionLogDocument(const MeetingRecord& record);

// Writes one document in one format to path. Xlsx is only for the action log. Atomic: the
// document is written to a temporary file in path's folder and renamed over path, so on any
// failure path keeps its old content and no temporary file is left. Needs a QGuiApplication.
Status writeMeetingDocument(const MeetingRecord& record, MeetingDocument which, DocumentFormat format,
                            const QString& path);

}  // namespace casebook
