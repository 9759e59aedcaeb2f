#include "MeetingDocuments.h"

#include "ActionLogWorkbook.h"
#include "DocumentFiles.h"
#include "DocumentWriters.h"

#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>

namespace casebook {

namespace {

template <typename E>
Result<E> fromKey(const QString& key, const QString& field) {
  if (const auto value = enumFromKey<E>(key)) return *value;
  return Error::invalid(field, QStringLiteral("'%1' is not one of %2").arg(key, allKeys<E>().join(QStringLiteral(", "))),
                        QStringLiteral("Use one of: %1").arg(allKeys<E>().join(QStringLiteral(", "))));
}

std::unique_ptr<QTextDocument> textDocument(const MeetingRecord& r, MeetingDocument which) {
  switch (which) {
    case MeetingDocument::AgendaPack:
      return agendaPackDocument(r);
    case MeetingDocument::Minutes:
      return minutesDocument(r);
    case MeetingDocument::ActionLog:
      return actionLogDocument(r);
  }
  return minutesDocument(r);
}

}  // namespace

Result<DocumentFormat> documentFormatFromKey(const QString& key) {
  return fromKey<DocumentFormat>(key, QStringLiteral("format"));
}

Result<MeetingDocument> meetingDocumentFromKey(const QString& key) {
  return fromKey<MeetingDocument>(key, QStringLiteral("document"));
}

QString defaultDocumentFileName(const MeetingRecord& r, MeetingDocument which, DocumentFormat format) {
  QString name = r.groupCode + QLatin1Char(' ') + r.heldOn.toString(Qt::ISODate) + QLatin1Char(' ') +
                 toLabel(which).toLower() + QLatin1Char('.') + toKey(format);
  // A group code is typed by users: keep it from naming another folder.
  name.replace(QLatin1Char('/'), QLatin1Char('-'));
  name.replace(QLatin1Char('\\'), QLatin1Char('-'));
  return name.trimmed();
}

Status writeMeetingDocument(const MeetingRecord& r, MeetingDocument which, DocumentFormat format,
                            const QString& path) {
  if (format == DocumentFormat::Xlsx && which != MeetingDocument::ActionLog) {
    return Error::invalid(QStringLiteral("format"),
                          QStringLiteral("the %1 cannot be written as xlsx: only the action log is a spreadsheet")
                              .arg(toLabel(which).toLower()),
                          QStringLiteral("Use odt or pdf for the %1").arg(toLabel(which).toLower()));
  }
  if (format != DocumentFormat::Xlsx && qobject_cast<QGuiApplication*>(QCoreApplication::instance()) == nullptr) {
    return Error::invalid(QStringLiteral("application"),
                          QStringLiteral("ODT and PDF documents need fonts, which need a QGuiApplication"),
                          QStringLiteral("Create a QGuiApplication first (QT_QPA_PLATFORM=offscreen needs no display)"));
  }

  AtomicFileWriter file(path);
  if (format == DocumentFormat::Xlsx) {
    return file.writeNamedFile([&](const QString& temporary) { return writeActionLogWorkbook(r, temporary); });
  }
  const std::unique_ptr<QTextDocument> document = textDocument(r, which);
  // Seven columns of the action log need the width of a landscape page to keep dates whole.
  const auto orientation =
      which == MeetingDocument::ActionLog ? QPageLayout::Landscape : QPageLayout::Portrait;
  return file.writeDevice([&](QIODevice& device) {
    return format == DocumentFormat::Odt ? writeOdtDocument(*document, device) : writePdfDocument(*document, orientation, device);
  });
}

}  // namespace casebook
