#include "DocumentWriters.h"

#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocumentWriter>

namespace casebook {

Status writeOdtDocument(const QTextDocument& document, QIODevice& device) {
  QTextDocumentWriter writer(&device, "odf");
  if (!writer.write(&document)) {
    return Error::storage(QStringLiteral("could not write the OpenDocument file (%1)").arg(device.errorString()),
                          QStringLiteral("Check the disk is not full and try again"));
  }
  return {};
}

Status writePdfDocument(const QTextDocument& document, QPageLayout::Orientation orientation, QIODevice& device) {
  {
    QPdfWriter writer(&device);
    // 15 mm all round on A4: the papers are printed and filed in the UK.
    writer.setPageLayout(
        QPageLayout(QPageSize(QPageSize::A4), orientation, QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter));
    writer.setResolution(300);
    writer.setTitle(document.metaInformation(QTextDocument::DocumentTitle));
    writer.setCreator(QStringLiteral("Casebook"));
    document.print(&writer);
  }  // the PDF trailer is written when the writer goes
  if (device.size() == 0) {
    return Error::storage(QStringLiteral("could not write the PDF (%1)").arg(device.errorString()),
                          QStringLiteral("Check the disk is not full and try again"));
  }
  return {};
}

}  // namespace casebook
