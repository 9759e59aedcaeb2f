#pragma once

#include "Result.h"

#include <QIODevice>
#include <QPageLayout>
#include <QTextDocument>

namespace casebook {

// A laid-out document written as OpenDocument text or as an A4 PDF (15 mm margins, 300 dpi),
// for the meeting papers and the quarterly reports alike.
Status writeOdtDocument(const QTextDocument& document, QIODevice& device);
Status writePdfDocument(const QTextDocument& document, QPageLayout::Orientation orientation, QIODevice& device);

}  // namespace casebook
